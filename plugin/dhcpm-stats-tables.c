/* dhcpm-stats-tables.c: Statistics > DHCPM in the Wireshark GUI, and the
 * same tables in tshark:
 *   DHCPM/Calls                   -z dhcpm,calls[,filter]
 *   DHCPM/Failover relationships  -z dhcpm,relationships[,filter]
 *   DHCPM/Changes                 -z dhcpm,changes[,filter]
 *
 * They are Wireshark's "tap tables" (stat_tap_table_ui): Wireshark draws
 * them, in a window of its own in the GUI and as text in tshark, from the
 * rows kept here.  The rows are GLib memory that stat_tap_init_table_row
 * allocates and free_stat_tables frees; their strings are too (g_strdup),
 * freed through free_item, the table's own callback for it.
 *
 * Each table's state (per-method counts, the inventory, the audit log)
 * lives in an allocator of its own, emptied when Wireshark resets the
 * table (a new capture, a retap with another filter).
 */

#include <string.h>

#include <epan/packet.h>
#include <epan/tap.h>
#include <epan/stat_tap_ui.h>

#include "dhcpm.h"
#include "dhcpm-audit.h"
#include "dhcpm-generated.h"
#include "dhcpm-inventory.h"
#include "dhcpm-stats.h"

static tap_param filter_param[] = {
    { PARAM_FILTER, "filter", "Filter", NULL, TRUE }
};

/* ---- rows ---------------------------------------------------------------- */

static stat_tap_table *
only_table(void *tapdata)
{
    stat_data_t *stat_data = (stat_data_t *)tapdata;

    return g_array_index(stat_data->stat_tap_data->tables, stat_tap_table *, 0);
}

static void
set_uint(stat_tap_table_item_type *item, guint v)
{
    item->type = TABLE_ITEM_UINT;
    item->value.uint_value = v;
}

static void
set_float(stat_tap_table_item_type *item, double v)
{
    item->type = TABLE_ITEM_FLOAT;
    item->value.float_value = v;
}

/* A copy the table owns (free_item frees it). */
static void
set_string(stat_tap_table_item_type *item, const char *s)
{
    item->type = TABLE_ITEM_STRING;
    item->value.string_value = g_strdup(s ? s : "");
}

/* Writes row index (a new row when index is the table's size), taking
 * over the strings of items and freeing the row's old ones. */
static void
put_row(stat_tap_table *table, guint index, guint n, stat_tap_table_item_type *items)
{
    guint i;

    if (index < table->num_elements) {
        for (i = 0; i < n; i++) {
            stat_tap_table_item_type *old = stat_tap_get_field_data(table, index, i);

            if (old->type == TABLE_ITEM_STRING)
                g_free((char *)old->value.string_value);      /* GLib memory: set_string's */
        }
    }
    stat_tap_init_table_row(table, index, n, items);
}

static void
free_item(stat_tap_table *table _U_, guint row _U_, guint column _U_,
          stat_tap_table_item_type *item)
{
    if (item->type == TABLE_ITEM_STRING) {
        g_free((char *)item->value.string_value);     /* GLib memory: set_string's */
        item->value.string_value = NULL;
    }
}

/* Empties a table: every row and its strings. */
static void
clear_rows(stat_tap_table *table)
{
    guint row, col;

    for (row = 0; row < table->num_elements; row++) {
        for (col = 0; col < table->num_fields; col++)
            free_item(table, row, col, stat_tap_get_field_data(table, row, col));
        g_free(table->elements[row]);     /* GLib memory: stat_tap_init_table_row's row */
        table->elements[row] = NULL;
    }
    table->num_elements = 0;
}

/* The table of ui, made on first use and emptied after (init callback). */
static stat_tap_table *
init_table(stat_tap_table_ui *ui, const char *title)
{
    stat_tap_table *table = stat_tap_find_table(ui, title);

    if (table) {
        if (ui->stat_tap_reset_table_cb)
            ui->stat_tap_reset_table_cb(table);
        return table;
    }
    table = stat_tap_init_table(title, (int)ui->nfields, 0, NULL);
    stat_tap_add_table(ui, table);
    return table;
}

static const char *
ipv4_text(wmem_allocator_t *a, guint32 v)
{
    return wmem_strdup_printf(a, "%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff,
                              v & 0xff);
}

static const char *
method_label(wmem_allocator_t *a, const dhcpm_interface_t *iface, const dhcpm_method_t *m)
{
    return strcmp(iface->name, DHCPM_MAIN_INTERFACE) == 0 ? m->short_name
         : wmem_strdup_printf(a, "%s.%s", iface->name, m->short_name);
}

/* ---- Calls ----------------------------------------------------------------- */

#define CALLS_TITLE "MS-DHCPM calls per method"
enum { C_INTERFACE, C_METHOD, C_CALLS, C_RESPONSES, C_ERRORS, C_RT_MIN, C_RT_AVG, C_RT_MAX,
       C_CODES, C_N };

static stat_tap_table_item calls_fields[] = {
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Interface", "%-9s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Method", "%-36s" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Calls", "%6u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Responses", "%9u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Errors", "%6u" },
    { TABLE_ITEM_FLOAT, TAP_ALIGN_RIGHT, "Min RT (s)", "%10.6f" },
    { TABLE_ITEM_FLOAT, TAP_ALIGN_RIGHT, "Avg RT (s)", "%10.6f" },
    { TABLE_ITEM_FLOAT, TAP_ALIGN_RIGHT, "Max RT (s)", "%10.6f" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Return codes", "%s" },
};

typedef struct {
    guint row;
    guint calls, responses, errors, n_rt;
    double rt_min, rt_max, rt_sum;
    wmem_array_t *codes;        /* code_count_t, in the order first seen */
} calls_method_t;

typedef struct {
    guint32 code;
    guint count;
} code_count_t;

static wmem_allocator_t *calls_pool;
static wmem_map_t *calls_methods;   /* const dhcpm_method_t * -> calls_method_t */

static void
calls_reset(stat_tap_table *table)
{
    clear_rows(table);
    wmem_free_all(calls_pool);
    calls_methods = wmem_map_new(calls_pool, g_direct_hash, g_direct_equal);
}

static void
calls_init(stat_tap_table_ui *ui)
{
    init_table(ui, CALLS_TITLE);
}

static const char *
codes_text(wmem_allocator_t *a, const calls_method_t *m)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, "");
    guint i;

    for (i = 0; i < wmem_array_get_count(m->codes); i++) {
        const code_count_t *c = (const code_count_t *)wmem_array_index(m->codes, i);

        wmem_strbuf_append_printf(b, "%s%s %u", i ? ", " : "", dhcpm_werror_name(c->code),
                                  c->count);
    }
    return wmem_strbuf_get_str(b);
}

static tap_packet_status
calls_packet(void *tapdata, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data,
             tap_flags_t flags _U_)
{
    const dhcpm_stats_pdu_t *s = (const dhcpm_stats_pdu_t *)data;
    stat_tap_table *table = only_table(tapdata);
    stat_tap_table_item_type items[C_N];
    calls_method_t *m = (calls_method_t *)wmem_map_lookup(calls_methods, s->method);
    guint i;

    if (!m) {
        m = wmem_new0(calls_pool, calls_method_t);
        m->row = table->num_elements;
        m->codes = wmem_array_new(calls_pool, sizeof(code_count_t));
        wmem_map_insert(calls_methods, s->method, m);
    }
    if (s->is_request) {
        m->calls++;
    } else {
        m->responses++;
        if (s->have_rt) {
            m->rt_min = m->n_rt == 0 || s->rt < m->rt_min ? s->rt : m->rt_min;
            m->rt_max = m->n_rt == 0 || s->rt > m->rt_max ? s->rt : m->rt_max;
            m->rt_sum += s->rt;
            m->n_rt++;
        }
        if (s->have_werror) {
            code_count_t *c = NULL;

            m->errors += s->werror != 0;
            for (i = 0; i < wmem_array_get_count(m->codes) && !c; i++)
                if (((code_count_t *)wmem_array_index(m->codes, i))->code == s->werror)
                    c = (code_count_t *)wmem_array_index(m->codes, i);
            if (c) {
                c->count++;
            } else {
                code_count_t n = { s->werror, 1 };
                wmem_array_append_one(m->codes, n);
            }
        }
    }
    memset(items, 0, sizeof(items));
    set_string(&items[C_INTERFACE], s->iface->name);
    set_string(&items[C_METHOD], method_label(pinfo->pool, s->iface, s->method));
    set_uint(&items[C_CALLS], m->calls);
    set_uint(&items[C_RESPONSES], m->responses);
    set_uint(&items[C_ERRORS], m->errors);
    set_float(&items[C_RT_MIN], m->rt_min);
    set_float(&items[C_RT_AVG], m->n_rt ? m->rt_sum / m->n_rt : 0.0);
    set_float(&items[C_RT_MAX], m->rt_max);
    set_string(&items[C_CODES], codes_text(pinfo->pool, m));
    put_row(table, m->row, C_N, items);
    return TAP_PACKET_REDRAW;
}

/* ---- Failover relationships ------------------------------------------------- */

#define RELS_TITLE "MS-DHCPM failover relationships"
enum { R_NAME, R_PRIMARY, R_SECONDARY, R_MODE, R_PERCENTAGE, R_SERVER_TYPE, R_STATE,
       R_STATE_FRAME, R_SCOPES, R_N };

static stat_tap_table_item rels_fields[] = {
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Relationship", "%-24s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Primary", "%-32s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Secondary", "%-32s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Mode", "%-11s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_RIGHT, "Percentage", "%10s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Server type", "%-11s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "State", "%-22s" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "State frame", "%11u" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Scopes", "%s" },
};

static wmem_allocator_t *rels_pool;
static dhcpm_inventory_t *rels_inventory;

static void
rels_reset(stat_tap_table *table)
{
    clear_rows(table);
    wmem_free_all(rels_pool);
    rels_inventory = dhcpm_inventory_new(rels_pool);
}

static void
rels_init(stat_tap_table_ui *ui)
{
    init_table(ui, RELS_TITLE);
}

static const char *
partner_text(wmem_allocator_t *a, gboolean known, guint32 ip, const char *name)
{
    const char *addr = known ? ipv4_text(a, ip) : "?";

    return name ? wmem_strdup_printf(a, "%s %s", addr, dhcpm_stats_quoted(a, name)) : addr;
}

static const char *
enum_text(wmem_allocator_t *a, gboolean known, guint32 v, const value_string *names)
{
    const char *name;

    if (!known)
        return "?";
    name = try_val_to_str(v, names);
    return name ? name : wmem_strdup_printf(a, "%u", v);
}

static void
rels_row(stat_tap_table *table, guint index, wmem_allocator_t *a, const dhcpm_inventory_rel_t *e)
{
    stat_tap_table_item_type items[R_N];
    wmem_array_t *scopes = dhcpm_inventory_rel_scopes(e, a);
    wmem_strbuf_t *b = wmem_strbuf_new(a, "");
    guint i;

    for (i = 0; i < wmem_array_get_count(scopes); i++)
        wmem_strbuf_append_printf(b, "%s%s", i ? " " : "",
                                  ipv4_text(a, *(guint32 *)wmem_array_index(scopes, i)));
    memset(items, 0, sizeof(items));
    set_string(&items[R_NAME], dhcpm_stats_quoted(a, e->name));
    set_string(&items[R_PRIMARY], partner_text(a, e->have & DHCPM_REL_PRIMARY, e->primary,
                                               e->primary_name));
    set_string(&items[R_SECONDARY], partner_text(a, e->have & DHCPM_REL_SECONDARY, e->secondary,
                                                 e->secondary_name));
    set_string(&items[R_MODE], enum_text(a, e->have & DHCPM_REL_MODE, e->mode,
                                         dhcpm_DHCP_FAILOVER_MODE_vals));
    set_string(&items[R_PERCENTAGE], (e->have & DHCPM_REL_PERCENTAGE) ?
               wmem_strdup_printf(a, "%u", e->percentage) : "?");
    /* the role of the server that reported a hot-standby relationship */
    set_string(&items[R_SERVER_TYPE], (e->have & DHCPM_REL_MODE) && e->mode == 1 ?
               enum_text(a, e->have & DHCPM_REL_SERVER_TYPE, e->server_type,
                         dhcpm_DHCP_FAILOVER_SERVER_vals) : "");
    if (e->deleted)
        set_string(&items[R_STATE], "deleted");
    else
        set_string(&items[R_STATE], enum_text(a, e->have & DHCPM_REL_STATE, e->state,
                                              dhcpm_FSM_STATE_vals));
    set_uint(&items[R_STATE_FRAME], e->deleted ? e->deleted_frame :
                                    (e->have & DHCPM_REL_STATE) ? e->state_frame : 0);
    set_string(&items[R_SCOPES], wmem_strbuf_get_str(b));
    put_row(table, index, R_N, items);
}

static tap_packet_status
rels_packet(void *tapdata, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data,
            tap_flags_t flags _U_)
{
    const dhcpm_stats_pdu_t *s = (const dhcpm_stats_pdu_t *)data;
    stat_tap_table *table = only_table(tapdata);
    wmem_array_t *entries;
    guint i;

    dhcpm_inventory_add(rels_inventory, s);
    /* only a failover call can change a relationship */
    if (strcmp(s->iface->name, DHCPM_MAIN_INTERFACE) != 0 ||
        !((s->method->opnum >= 89 && s->method->opnum <= 100) || s->method->opnum == 125))
        return TAP_PACKET_DONT_REDRAW;
    /* the inventory is sorted by name: rows are rewritten in its order */
    entries = dhcpm_inventory_relationships(rels_inventory, pinfo->pool);
    clear_rows(table);
    for (i = 0; i < wmem_array_get_count(entries); i++)
        rels_row(table, i, pinfo->pool, *(dhcpm_inventory_rel_t **)wmem_array_index(entries, i));
    return TAP_PACKET_REDRAW;
}

/* ---- Changes ------------------------------------------------------------------ */

#define CHANGES_TITLE "MS-DHCPM configuration changes"
enum { X_FRAME, X_RESPONSE, X_TIME, X_CLIENT, X_SERVER, X_PRINCIPAL, X_AUTH, X_METHOD, X_OBJECT,
       X_RESULT, X_VALUES, X_N };

static stat_tap_table_item changes_fields[] = {
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Frame", "%7u" },
    { TABLE_ITEM_UINT, TAP_ALIGN_RIGHT, "Response", "%8u" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Time (UTC)", "%-27s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Client", "%-15s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Server", "%-15s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Principal", "%-20s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Auth", "%-10s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Method", "%-36s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Object", "%-30s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Result", "%-40s" },
    { TABLE_ITEM_STRING, TAP_ALIGN_LEFT, "Values", "%s" },
};

static wmem_allocator_t *changes_pool;
static dhcpm_audit_log_t *changes_log;

static void
changes_reset(stat_tap_table *table)
{
    clear_rows(table);
    wmem_free_all(changes_pool);
    changes_log = dhcpm_audit_log_new(changes_pool);
}

static void
changes_init(stat_tap_table_ui *ui)
{
    init_table(ui, CHANGES_TITLE);
}

static tap_packet_status
changes_packet(void *tapdata, packet_info *pinfo, epan_dissect_t *edt _U_, const void *data,
               tap_flags_t flags _U_)
{
    stat_tap_table *table = only_table(tapdata);
    stat_tap_table_item_type items[X_N];
    dhcpm_audit_row_t *r;
    guint index;

    r = dhcpm_audit_log_add(changes_log, pinfo, (const dhcpm_stats_pdu_t *)data, &index);
    if (!r)
        return TAP_PACKET_DONT_REDRAW;
    memset(items, 0, sizeof(items));
    set_uint(&items[X_FRAME], r->frame);
    set_uint(&items[X_RESPONSE], r->response_frame != r->frame ? r->response_frame : 0);
    set_string(&items[X_TIME], dhcpm_audit_time_text(pinfo->pool, r));
    set_string(&items[X_CLIENT], r->client);
    set_string(&items[X_SERVER], r->server);
    set_string(&items[X_PRINCIPAL], r->principal ? dhcpm_stats_escaped(pinfo->pool, r->principal)
                                                 : "");
    set_string(&items[X_AUTH], r->auth);
    set_string(&items[X_METHOD], method_label(pinfo->pool, r->iface, r->method));
    set_string(&items[X_OBJECT], dhcpm_stats_escaped(pinfo->pool, r->object));
    set_string(&items[X_RESULT], dhcpm_audit_result_text(r));
    set_string(&items[X_VALUES], dhcpm_audit_values_text(pinfo->pool, r));
    put_row(table, index, X_N, items);
    return TAP_PACKET_REDRAW;
}

/* ---- registration ---------------------------------------------------------------- */

void
dhcpm_stats_tables_register(void)
{
    static stat_tap_table_ui calls_ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "DHCPM/Calls", "dhcpm", "dhcpm,calls",
        calls_init, calls_packet, calls_reset, free_item, NULL,
        G_N_ELEMENTS(calls_fields), calls_fields,
        G_N_ELEMENTS(filter_param), filter_param, NULL, 0
    };
    static stat_tap_table_ui rels_ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "DHCPM/Failover relationships", "dhcpm",
        "dhcpm,relationships", rels_init, rels_packet, rels_reset, free_item, NULL,
        G_N_ELEMENTS(rels_fields), rels_fields,
        G_N_ELEMENTS(filter_param), filter_param, NULL, 0
    };
    static stat_tap_table_ui changes_ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "DHCPM/Changes", "dhcpm_audit", "dhcpm,changes",
        changes_init, changes_packet, changes_reset, free_item, NULL,
        G_N_ELEMENTS(changes_fields), changes_fields,
        G_N_ELEMENTS(filter_param), filter_param, NULL, 0
    };

    calls_pool = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);
    rels_pool = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);
    changes_pool = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);
    calls_methods = wmem_map_new(calls_pool, g_direct_hash, g_direct_equal);
    rels_inventory = dhcpm_inventory_new(rels_pool);
    changes_log = dhcpm_audit_log_new(changes_pool);
    register_stat_tap_table_ui(&calls_ui);
    register_stat_tap_table_ui(&rels_ui);
    register_stat_tap_table_ui(&changes_ui);
}
