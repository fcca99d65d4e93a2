/* dhcpm-stats-failover.c: tshark -q -z dhcpm,failover[,filter]
 *
 * Two reports from the "dhcpm" tap:
 * - per method: calls, responses, errors by name, response times;
 * - the failover inventory (dhcpm-inventory.c): each relationship seen, its
 *   partners, mode, percentage or server type, last state and scopes, and
 *   which relationship each scope belongs to.
 *
 * Memory: everything lives in the listener's own allocator, emptied at
 * reset and destroyed at finish, and grows with the distinct methods,
 * return codes, relationship names and scopes in the capture.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <epan/packet.h>
#include <epan/tap.h>
#include <epan/stat_tap_ui.h>

#include "dhcpm.h"
#include "dhcpm-generated.h"
#include "dhcpm-stats.h"
#include "dhcpm-inventory.h"
#include "compat.h"

#define FAILOVER_CLI "dhcpm,failover"

typedef struct {
    guint calls, responses, errors, n_rt;
    double rt_min, rt_max, rt_sum;
    wmem_map_t *by_code;        /* werror -> count */
} method_stats_t;

typedef struct {
    wmem_allocator_t *self;     /* holds this structure */
    wmem_allocator_t *pool;     /* holds what the capture told; emptied at reset */
    char *filter;
    wmem_map_t *methods;        /* const dhcpm_method_t * -> method_stats_t */
    dhcpm_inventory_t *inv;
} failover_tap_t;

static void
failover_reset(void *tapdata)
{
    failover_tap_t *t = (failover_tap_t *)tapdata;

    wmem_free_all(t->pool);
    t->methods = wmem_map_new(t->pool, g_direct_hash, g_direct_equal);
    t->inv = dhcpm_inventory_new(t->pool);
}

/* ---- per method ------------------------------------------------------ */

static void
count_method(failover_tap_t *t, const dhcpm_stats_pdu_t *s)
{
    method_stats_t *m = (method_stats_t *)wmem_map_lookup(t->methods, s->method);
    guint n;

    if (!m) {
        m = wmem_new0(t->pool, method_stats_t);
        m->by_code = wmem_map_new(t->pool, g_direct_hash, g_direct_equal);
        wmem_map_insert(t->methods, s->method, m);
    }
    if (s->is_request) {
        m->calls++;
        return;
    }
    m->responses++;
    if (s->have_rt) {
        if (m->n_rt == 0 || s->rt < m->rt_min)
            m->rt_min = s->rt;
        if (m->n_rt == 0 || s->rt > m->rt_max)
            m->rt_max = s->rt;
        m->rt_sum += s->rt;
        m->n_rt++;
    }
    if (s->have_werror && s->werror != 0) {
        m->errors++;
        n = GPOINTER_TO_UINT(wmem_map_lookup(m->by_code, GUINT_TO_POINTER(s->werror)));
        wmem_map_insert(m->by_code, GUINT_TO_POINTER(s->werror), GUINT_TO_POINTER(n + 1));
    }
}

static tap_packet_status
failover_packet(void *tapdata, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *data,
                tap_flags_t flags _U_)
{
    failover_tap_t *t = (failover_tap_t *)tapdata;
    const dhcpm_stats_pdu_t *s = (const dhcpm_stats_pdu_t *)data;

    count_method(t, s);
    dhcpm_inventory_add(t->inv, s);
    return TAP_PACKET_REDRAW;
}

/* ---- the report ---------------------------------------------------------- */

#define RULE_WIDE "================================================================================"
#define RULE_THIN "--------------------------------------------------------------------------------"
#define SCOPES_PER_LINE 8

static const char *
ipv4_text(wmem_allocator_t *a, guint32 v)
{
    return wmem_strdup_printf(a, "%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff,
                              v & 0xff);
}

static const char *
enum_text(wmem_allocator_t *a, guint32 v, const value_string *names)
{
    const char *name = try_val_to_str(v, names);

    return name ? name : wmem_strdup_printf(a, "%u", v);
}

static void
print_methods(failover_tap_t *t, wmem_allocator_t *a)
{
    guint i, j;

    printf("%-28s %7s %9s %6s %10s %10s %10s\n", "Method", "Calls", "Responses", "Errors",
           "Min RT(s)", "Max RT(s)", "Avg RT(s)");
    for (i = 0; i < dhcpm_n_interfaces; i++) {
        const dhcpm_interface_t *iface = &dhcpm_interfaces[i];
        for (j = 0; j < iface->n_methods; j++) {
            const dhcpm_method_t *method = &iface->methods[j];
            method_stats_t *m = (method_stats_t *)wmem_map_lookup(t->methods, method);
            wmem_list_t *codes;
            wmem_array_t *sorted;
            wmem_list_frame_t *f;
            guint k;

            if (!m)
                continue;
            printf("%-28s %7u %9u %6u", strcmp(iface->name, "dhcpsrv2") == 0 ? method->short_name :
                   wmem_strdup_printf(a, "%s.%s", iface->name, method->short_name),
                   m->calls, m->responses, m->errors);
            if (m->n_rt)
                printf(" %10.6f %10.6f %10.6f\n", m->rt_min, m->rt_max, m->rt_sum / m->n_rt);
            else
                printf(" %10s %10s %10s\n", "-", "-", "-");
            codes = wmem_map_get_keys(a, m->by_code);
            sorted = wmem_array_new(a, sizeof(guint32));
            for (f = wmem_list_head(codes); f; f = wmem_list_frame_next(f)) {
                guint32 code = GPOINTER_TO_UINT(wmem_list_frame_data(f));
                wmem_array_append_one(sorted, code);
            }
            wmem_array_sort(sorted, dhcpm_inventory_compare_scope);
            for (k = 0; k < wmem_array_get_count(sorted); k++) {
                guint32 code = *(guint32 *)wmem_array_index(sorted, k);
                printf("    %-58s %6u\n",
                       wmem_strdup_printf(a, "%s (0x%08x)", dhcpm_werror_name(code), code),
                       GPOINTER_TO_UINT(wmem_map_lookup(m->by_code, GUINT_TO_POINTER(code))));
            }
        }
    }
}

static void
print_partner(wmem_allocator_t *a, const char *label, gboolean known, guint32 ip, const char *name)
{
    printf("    %-11s %s", label, known ? ipv4_text(a, ip) : "?");
    if (name)
        printf(" %s", dhcpm_stats_quoted(a, name));
    printf("\n");
}

static void
print_scopes(wmem_allocator_t *a, wmem_array_t *scopes)
{
    guint i, n = wmem_array_get_count(scopes);

    if (n == 0) {
        printf("    scopes(0):\n");
        return;
    }
    printf("    %-11s", wmem_strdup_printf(a, "scopes(%u):", n));
    for (i = 0; i < n; i++) {
        if (i > 0 && i % SCOPES_PER_LINE == 0)
            printf("\n    %-11s", "");
        printf(" %s", ipv4_text(a, *(guint32 *)wmem_array_index(scopes, i)));
    }
    printf("\n");
}

static void
print_relationship(wmem_allocator_t *a, const dhcpm_inventory_rel_t *e)
{
    const char *percentage = (e->have & DHCPM_REL_PERCENTAGE) ?
                             wmem_strdup_printf(a, "%u", e->percentage) : "?";

    printf("%s\n", dhcpm_stats_quoted(a, e->name));
    print_partner(a, "primary:", e->have & DHCPM_REL_PRIMARY, e->primary, e->primary_name);
    print_partner(a, "secondary:", e->have & DHCPM_REL_SECONDARY, e->secondary, e->secondary_name);
    if (!(e->have & DHCPM_REL_MODE))
        printf("    %-11s ?, percentage %s\n", "mode:", percentage);
    else if (e->mode == 1)
        /* HotStandby: the percentage is the standby's reserve, and the
         * server type the role of the server that reported it. */
        printf("    %-11s HotStandby, server type %s, percentage %s\n", "mode:",
               (e->have & DHCPM_REL_SERVER_TYPE) ?
               enum_text(a, e->server_type, dhcpm_DHCP_FAILOVER_SERVER_vals) : "?", percentage);
    else
        printf("    %-11s %s, percentage %s\n", "mode:",
               enum_text(a, e->mode, dhcpm_DHCP_FAILOVER_MODE_vals), percentage);
    printf("    %-11s ", "state:");
    if (e->deleted)
        printf("deleted (frame %u)%s", e->deleted_frame,
               (e->have & DHCPM_REL_STATE) ? ", last " : "");
    if (e->have & DHCPM_REL_STATE)
        printf("%s (frame %u)", enum_text(a, e->state, dhcpm_FSM_STATE_vals), e->state_frame);
    else if (!e->deleted)
        printf("?");
    printf("\n");
    print_scopes(a, dhcpm_inventory_rel_scopes(e, a));
}

static void
print_inventory(failover_tap_t *t, wmem_allocator_t *a)
{
    wmem_array_t *entries = dhcpm_inventory_relationships(t->inv, a);
    wmem_array_t *scopes = dhcpm_inventory_scopes(t->inv, a);
    guint i, n;

    n = wmem_array_get_count(entries);
    printf("Failover relationships: %u\n", n);
    for (i = 0; i < n; i++)
        print_relationship(a, *(dhcpm_inventory_rel_t **)wmem_array_index(entries, i));
    n = wmem_array_get_count(scopes);
    printf("%s\n", RULE_THIN);
    printf("Scopes in relationships: %u\n", n);
    for (i = 0; i < n; i++) {
        guint32 scope = *(guint32 *)wmem_array_index(scopes, i);
        printf("    %-16s %s\n", ipv4_text(a, scope),
               dhcpm_stats_quoted(a, dhcpm_inventory_scope_owner(t->inv, scope)->name));
    }
}

static void
failover_draw(void *tapdata)
{
    failover_tap_t *t = (failover_tap_t *)tapdata;
    wmem_allocator_t *a = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);

    printf("\n%s\n", RULE_WIDE);
    printf("MS-DHCPM failover statistics\n");
    printf("Filter: %s\n", t->filter ? t->filter : "<none>");
    printf("%s\n", RULE_THIN);
    print_methods(t, a);
    printf("%s\n", RULE_THIN);
    print_inventory(t, a);
    printf("%s\n", RULE_WIDE);
    wmem_destroy_allocator(a);
}

static void
failover_finish(void *tapdata)
{
    failover_tap_t *t = (failover_tap_t *)tapdata;

    wmem_destroy_allocator(t->pool);
    wmem_destroy_allocator(t->self);
}

/* Attaches a listener for "-z dhcpm,failover[,filter]"; FALSE, with a
 * message, when the argument or the filter is wrong. */
static gboolean
failover_start(const char *opt_arg)
{
    const char *prefix = FAILOVER_CLI ",";
    wmem_allocator_t *self;
    failover_tap_t *t;
    GString *err;

    /* tshark picks this statistic by prefix: "dhcpm,failoverX" is not it. */
    if (strcmp(opt_arg, FAILOVER_CLI) != 0 && strncmp(opt_arg, prefix, strlen(prefix)) != 0) {
        fprintf(stderr, "tshark: invalid \"-z %s\": use -z " FAILOVER_CLI "[,filter]\n", opt_arg);
        return FALSE;
    }
    self = wmem_allocator_new(WMEM_ALLOCATOR_SIMPLE);
    t = wmem_new0(self, failover_tap_t);
    t->self = self;
    t->pool = wmem_allocator_new(WMEM_ALLOCATOR_BLOCK);
    if (opt_arg[strlen(FAILOVER_CLI)] == ',' && opt_arg[strlen(prefix)])
        t->filter = wmem_strdup(self, opt_arg + strlen(prefix));
    failover_reset(t);
    err = register_tap_listener("dhcpm", t, t->filter, TL_REQUIRES_NOTHING, failover_reset,
                                failover_packet, failover_draw, failover_finish);
    if (err) {
        fprintf(stderr, "tshark: -z " FAILOVER_CLI ": %s\n", err->str);
        g_string_free(err, TRUE);
        failover_finish(t);
        return FALSE;
    }
    return TRUE;
}

/* The two forms of the init callback (compat.h): one for the Wireshark
 * versions that ignore failure, one for those that are told of it. */
static void
failover_init_void(const char *opt_arg, void *userdata _U_)
{
    if (!failover_start(opt_arg))
        exit(1);
}

static bool
failover_init_bool(const char *opt_arg, void *userdata _U_)
{
    return failover_start(opt_arg);
}

void
dhcpm_stats_failover_register(void)
{
    static stat_tap_ui ui = {
        REGISTER_PACKET_STAT_GROUP_UNSORTED, "MS-DHCPM failover", FAILOVER_CLI,
        DHCPM_STAT_TAP_INIT(failover_init_void, failover_init_bool), 0, NULL
    };

    register_stat_tap_ui(&ui, NULL);
}
