/* dhcpm-stats-failover.c: tshark -q -z dhcpm,failover[,filter]
 *
 * Two reports from the "dhcpm" tap:
 * - per method: calls, responses, errors by name, response times;
 * - a failover inventory rebuilt from the traffic: each relationship seen,
 *   its partners, mode, percentage or server type, last state and scopes,
 *   and which relationship each scope belongs to.
 *
 * What counts as seen (README, "Batch analysis"):
 * - a relationship in a response (GetRelationship, EnumRelationship,
 *   GetScopeRelationship) is taken as the server reported it; members sent
 *   as NULL leave what is known;
 * - a request that changes a relationship (Create, Set, Delete, AddScope,
 *   DeleteScope) is applied when its response says ERROR_SUCCESS: the
 *   request waits, one per relationship name, for that response;
 * - a scope belongs to one relationship at a time: the last one seen with it.
 *
 * Memory: everything lives in the listener's own allocator, emptied at
 * reset and destroyed at finish, and grows with the distinct relationship
 * names and scopes in the capture.
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
#include "compat.h"

#define FAILOVER_CLI "dhcpm,failover"

/* dhcpsrv2 opnums whose request changes a relationship. */
#define OP_CREATE 89
#define OP_SET 90
#define OP_DELETE 91
#define OP_GET_SCOPE 96

/* SetRelationship Flags (MS-DHCPM 3.2.4.91) the inventory shows. */
#define SET_CHANGESTATE 0x04
#define SET_PERCENTAGE 0x08
#define SET_MODE 0x10

#define OP_ADD_SCOPE 94
#define OP_DELETE_SCOPE 95

typedef struct {
    guint calls, responses, errors, n_rt;
    double rt_min, rt_max, rt_sum;
    wmem_map_t *by_code;        /* werror -> count */
} method_stats_t;

/* A request waiting for its response. */
typedef struct {
    guint32 req_frame;
    guint16 opnum;
    guint32 flags;
    dhcpm_stats_rel_t rel;      /* scopes copied into the listener's pool */
} pending_t;

typedef struct {
    char *name;
    gboolean seen;              /* FALSE: only a request named it so far */
    gboolean deleted;
    guint have;                 /* DHCPM_REL_* */
    guint32 primary, secondary, mode, server_type, state, percentage;
    char *primary_name, *secondary_name;
    guint32 state_frame, deleted_frame;
    wmem_map_t *scopes;         /* scope -> itself */
    pending_t *pending;
} rel_entry_t;

typedef struct {
    wmem_allocator_t *self;     /* holds this structure */
    wmem_allocator_t *pool;     /* holds what the capture told; emptied at reset */
    char *filter;
    wmem_map_t *methods;        /* const dhcpm_method_t * -> method_stats_t */
    wmem_map_t *rels;           /* name -> rel_entry_t */
    wmem_map_t *scopes;         /* scope -> rel_entry_t */
} failover_tap_t;

static void
failover_reset(void *tapdata)
{
    failover_tap_t *t = (failover_tap_t *)tapdata;

    wmem_free_all(t->pool);
    t->methods = wmem_map_new(t->pool, g_direct_hash, g_direct_equal);
    t->rels = wmem_map_new(t->pool, g_str_hash, g_str_equal);
    t->scopes = wmem_map_new(t->pool, g_direct_hash, g_direct_equal);
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

/* ---- the inventory ----------------------------------------------------- */

static rel_entry_t *
rel_entry(failover_tap_t *t, const char *name)
{
    rel_entry_t *e = (rel_entry_t *)wmem_map_lookup(t->rels, name);

    if (!e) {
        e = wmem_new0(t->pool, rel_entry_t);
        e->name = wmem_strdup(t->pool, name);
        e->scopes = wmem_map_new(t->pool, g_direct_hash, g_direct_equal);
        wmem_map_insert(t->rels, e->name, e);
    }
    return e;
}

/* Replaces *dst with a copy of value; NULL forgets it. */
static void
set_string(failover_tap_t *t, char **dst, const char *value)
{
    wmem_free(t->pool, *dst);
    *dst = value ? wmem_strdup(t->pool, value) : NULL;
}

static void
scope_add(failover_tap_t *t, rel_entry_t *e, guint32 scope)
{
    gpointer key = GUINT_TO_POINTER(scope);
    rel_entry_t *owner = (rel_entry_t *)wmem_map_lookup(t->scopes, key);

    /* A scope is in one relationship at a time (MS-DHCPM 3.2.4.90). */
    if (owner && owner != e)
        wmem_map_remove(owner->scopes, key);
    wmem_map_insert(t->scopes, key, e);
    wmem_map_insert(e->scopes, key, key);
}

static void
scope_remove(failover_tap_t *t, rel_entry_t *e, guint32 scope)
{
    gpointer key = GUINT_TO_POINTER(scope);

    if (wmem_map_lookup(t->scopes, key) == e)
        wmem_map_remove(t->scopes, key);
    wmem_map_remove(e->scopes, key);
}

static gboolean
scope_listed(wmem_array_t *list, guint32 scope)
{
    guint i, n = wmem_array_get_count(list);

    for (i = 0; i < n; i++) {
        if (*(const guint32 *)wmem_array_index(list, i) == scope)
            return TRUE;
    }
    return FALSE;
}

static void
collect_scope(gpointer key, gpointer value _U_, gpointer user_data)
{
    guint32 scope = GPOINTER_TO_UINT(key);

    wmem_array_append_one((wmem_array_t *)user_data, scope);
}

static int
compare_scope(gconstpointer a, gconstpointer b)
{
    guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

    return x < y ? -1 : x > y;
}

/* The entry's scopes, sorted, in allocator a. */
static wmem_array_t *
scopes_of(wmem_allocator_t *a, const rel_entry_t *e)
{
    wmem_array_t *list = wmem_array_new(a, sizeof(guint32));

    wmem_map_foreach(e->scopes, collect_scope, list);
    wmem_array_sort(list, compare_scope);
    return list;
}

static void
scopes_release(failover_tap_t *t, rel_entry_t *e)
{
    wmem_array_t *old = scopes_of(NULL, e);
    guint i, n = wmem_array_get_count(old);

    for (i = 0; i < n; i++)
        scope_remove(t, e, *(guint32 *)wmem_array_index(old, i));
    wmem_destroy_array(old);
}

/* The relationship now has exactly these scopes. */
static void
scopes_replace(failover_tap_t *t, rel_entry_t *e, wmem_array_t *list)
{
    wmem_array_t *old = scopes_of(NULL, e);
    guint i, n = wmem_array_get_count(old);

    for (i = 0; i < n; i++) {
        guint32 scope = *(guint32 *)wmem_array_index(old, i);
        if (!scope_listed(list, scope))
            scope_remove(t, e, scope);
    }
    wmem_destroy_array(old);
    n = wmem_array_get_count(list);
    for (i = 0; i < n; i++)
        scope_add(t, e, *(const guint32 *)wmem_array_index(list, i));
}

/* Copies the members selected, and the partner names when with_names. */
static void
copy_members(failover_tap_t *t, rel_entry_t *e, const dhcpm_stats_rel_t *r, guint members,
             gboolean with_names)
{
    guint have = r->have & members;

    if (have & DHCPM_REL_PRIMARY)
        e->primary = r->primary;
    if (have & DHCPM_REL_SECONDARY)
        e->secondary = r->secondary;
    if (have & DHCPM_REL_MODE)
        e->mode = r->mode;
    if (have & DHCPM_REL_SERVER_TYPE)
        e->server_type = r->server_type;
    if (have & DHCPM_REL_PERCENTAGE)
        e->percentage = r->percentage;
    if (have & DHCPM_REL_STATE)
        e->state = r->state;
    e->have |= have;
    if (!with_names)
        return;
    /* A name sent as NULL leaves the one known. */
    if (r->primary_name)
        set_string(t, &e->primary_name, r->primary_name);
    if (r->secondary_name)
        set_string(t, &e->secondary_name, r->secondary_name);
}

#define CONFIG_MEMBERS (DHCPM_REL_PRIMARY | DHCPM_REL_SECONDARY | DHCPM_REL_MODE | \
                        DHCPM_REL_SERVER_TYPE | DHCPM_REL_PERCENTAGE)

/* A relationship as a server reported it in a response. */
static void
apply_reported(failover_tap_t *t, const dhcpm_stats_rel_t *r, guint32 frame)
{
    rel_entry_t *e = rel_entry(t, r->name);

    e->seen = TRUE;
    e->deleted = FALSE;
    copy_members(t, e, r, CONFIG_MEMBERS | DHCPM_REL_STATE, TRUE);
    if (r->have & DHCPM_REL_STATE)
        e->state_frame = frame;
    if (r->scopes)
        scopes_replace(t, e, r->scopes);
}

/* A change the server accepted: the request's values, as the method uses them. */
static void
apply_request(failover_tap_t *t, rel_entry_t *e, const pending_t *p, guint32 frame)
{
    const dhcpm_stats_rel_t *r = &p->rel;
    guint i, n = r->scopes ? wmem_array_get_count(r->scopes) : 0;

    e->seen = TRUE;
    switch (p->opnum) {
    case OP_CREATE:
        /* A new relationship, even under an old name: nothing known of it
         * but the request.  The server sets its state (STARTUP): not seen yet. */
        e->deleted = FALSE;
        e->have = 0;
        set_string(t, &e->primary_name, NULL);
        set_string(t, &e->secondary_name, NULL);
        copy_members(t, e, r, CONFIG_MEMBERS, TRUE);
        if (r->scopes)
            scopes_replace(t, e, r->scopes);
        break;
    case OP_SET:
        /* Only the members its Flags select (MS-DHCPM 3.2.4.91). */
        copy_members(t, e, r, ((p->flags & SET_MODE) ? DHCPM_REL_MODE : 0) |
                              ((p->flags & SET_PERCENTAGE) ? DHCPM_REL_PERCENTAGE : 0) |
                              ((p->flags & SET_CHANGESTATE) ? DHCPM_REL_STATE : 0), FALSE);
        if ((p->flags & SET_CHANGESTATE) && (r->have & DHCPM_REL_STATE))
            e->state_frame = frame;
        break;
    case OP_DELETE:
        e->deleted = TRUE;
        e->deleted_frame = frame;
        scopes_release(t, e);
        break;
    case OP_ADD_SCOPE:
        for (i = 0; i < n; i++)
            scope_add(t, e, *(const guint32 *)wmem_array_index(r->scopes, i));
        break;
    case OP_DELETE_SCOPE:
        for (i = 0; i < n; i++)
            scope_remove(t, e, *(const guint32 *)wmem_array_index(r->scopes, i));
        break;
    default:
        break;
    }
}

static gboolean
changes_relationship(guint16 opnum)
{
    return opnum == OP_CREATE || opnum == OP_SET || opnum == OP_DELETE ||
           opnum == OP_ADD_SCOPE || opnum == OP_DELETE_SCOPE;
}

static void
pending_free(failover_tap_t *t, pending_t *p)
{
    if (!p)
        return;
    if (p->rel.scopes)
        wmem_destroy_array(p->rel.scopes);
    wmem_free(t->pool, (void *)p->rel.primary_name);
    wmem_free(t->pool, (void *)p->rel.secondary_name);
    wmem_free(t->pool, p);
}

/* Keeps the request until its response says whether it was applied: one
 * per relationship name, the latest. */
static void
hold_request(failover_tap_t *t, const dhcpm_stats_pdu_t *s)
{
    rel_entry_t *e = rel_entry(t, s->req_name);
    const dhcpm_stats_rel_t *r = NULL;
    pending_t *p;
    guint i, n;

    pending_free(t, e->pending);
    p = wmem_new0(t->pool, pending_t);
    p->req_frame = s->frame;
    p->opnum = s->method->opnum;
    p->flags = s->flags;
    e->pending = p;
    if (wmem_array_get_count(s->rels) == 0)
        return;
    r = *(dhcpm_stats_rel_t **)wmem_array_index(s->rels, 0);
    p->rel.have = r->have;
    p->rel.primary = r->primary;
    p->rel.secondary = r->secondary;
    p->rel.mode = r->mode;
    p->rel.server_type = r->server_type;
    p->rel.state = r->state;
    p->rel.prev_state = r->prev_state;
    p->rel.percentage = r->percentage;
    if (r->primary_name)
        p->rel.primary_name = wmem_strdup(t->pool, r->primary_name);
    if (r->secondary_name)
        p->rel.secondary_name = wmem_strdup(t->pool, r->secondary_name);
    if (r->scopes) {
        n = wmem_array_get_count(r->scopes);
        p->rel.scopes = wmem_array_sized_new(t->pool, sizeof(guint32), n);
        for (i = 0; i < n; i++)
            wmem_array_append_one(p->rel.scopes, *(guint32 *)wmem_array_index(r->scopes, i));
    }
}

static tap_packet_status
failover_packet(void *tapdata, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *data,
                tap_flags_t flags _U_)
{
    failover_tap_t *t = (failover_tap_t *)tapdata;
    const dhcpm_stats_pdu_t *s = (const dhcpm_stats_pdu_t *)data;
    guint i, n;

    count_method(t, s);
    if (!s->complete || strcmp(s->iface->name, "dhcpsrv2") != 0)
        return TAP_PACKET_REDRAW;
    if (s->is_request) {
        if (changes_relationship(s->method->opnum) && s->req_name)
            hold_request(t, s);
        return TAP_PACKET_REDRAW;
    }
    n = wmem_array_get_count(s->rels);
    for (i = 0; i < n; i++) {
        const dhcpm_stats_rel_t *r = *(dhcpm_stats_rel_t **)wmem_array_index(s->rels, i);
        if (r->name)
            apply_reported(t, r, s->frame);
    }
    if (s->werror != 0)
        return TAP_PACKET_REDRAW;
    if (s->method->opnum == OP_GET_SCOPE && s->have_scope && n == 1) {
        const dhcpm_stats_rel_t *r = *(dhcpm_stats_rel_t **)wmem_array_index(s->rels, 0);
        if (r->name)
            scope_add(t, rel_entry(t, r->name), s->scope);
    }
    if (changes_relationship(s->method->opnum) && s->req_name) {
        rel_entry_t *e = (rel_entry_t *)wmem_map_lookup(t->rels, s->req_name);
        if (e && e->pending && e->pending->req_frame == s->req_frame) {
            apply_request(t, e, e->pending, s->frame);
            pending_free(t, e->pending);
            e->pending = NULL;
        }
    }
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

/* A name from the wire, quoted, with control characters escaped so that a
 * hostile name cannot forge lines of the report. */
static const char *
quoted(wmem_allocator_t *a, const char *s)
{
    wmem_strbuf_t *b = wmem_strbuf_new(a, "\"");

    for (; *s; s++) {
        guchar c = (guchar)*s;
        if (c == '"' || c == '\\')
            wmem_strbuf_append_printf(b, "\\%c", c);
        else if (c < 0x20 || c == 0x7f)
            wmem_strbuf_append_printf(b, "\\x%02x", c);
        else
            wmem_strbuf_append_c(b, (char)c);
    }
    wmem_strbuf_append_c(b, '"');
    return wmem_strbuf_get_str(b);
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
            wmem_array_sort(sorted, compare_scope);
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
        printf(" %s", quoted(a, name));
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
print_relationship(wmem_allocator_t *a, const rel_entry_t *e)
{
    const char *percentage = (e->have & DHCPM_REL_PERCENTAGE) ?
                             wmem_strdup_printf(a, "%u", e->percentage) : "?";

    printf("%s\n", quoted(a, e->name));
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
        printf("deleted (frame %u)%s", e->deleted_frame, (e->have & DHCPM_REL_STATE) ? ", last " : "");
    if (e->have & DHCPM_REL_STATE)
        printf("%s (frame %u)", enum_text(a, e->state, dhcpm_FSM_STATE_vals), e->state_frame);
    else if (!e->deleted)
        printf("?");
    printf("\n");
    print_scopes(a, scopes_of(a, e));
}

static void
collect_entry(gpointer key _U_, gpointer value, gpointer user_data)
{
    rel_entry_t *e = (rel_entry_t *)value;

    if (e->seen)
        wmem_array_append_one((wmem_array_t *)user_data, e);
}

static int
compare_entry(gconstpointer a, gconstpointer b)
{
    return strcmp((*(rel_entry_t * const *)a)->name, (*(rel_entry_t * const *)b)->name);
}

static void
print_inventory(failover_tap_t *t, wmem_allocator_t *a)
{
    wmem_array_t *entries = wmem_array_new(a, sizeof(rel_entry_t *));
    wmem_list_t *keys;
    wmem_list_frame_t *f;
    wmem_array_t *scopes = wmem_array_new(a, sizeof(guint32));
    guint i, n;

    wmem_map_foreach(t->rels, collect_entry, entries);
    wmem_array_sort(entries, compare_entry);
    n = wmem_array_get_count(entries);
    printf("Failover relationships: %u\n", n);
    for (i = 0; i < n; i++)
        print_relationship(a, *(rel_entry_t **)wmem_array_index(entries, i));

    keys = wmem_map_get_keys(a, t->scopes);
    for (f = wmem_list_head(keys); f; f = wmem_list_frame_next(f)) {
        guint32 scope = GPOINTER_TO_UINT(wmem_list_frame_data(f));
        wmem_array_append_one(scopes, scope);
    }
    wmem_array_sort(scopes, compare_scope);
    n = wmem_array_get_count(scopes);
    printf("%s\n", RULE_THIN);
    printf("Scopes in relationships: %u\n", n);
    for (i = 0; i < n; i++) {
        guint32 scope = *(guint32 *)wmem_array_index(scopes, i);
        rel_entry_t *e = (rel_entry_t *)wmem_map_lookup(t->scopes, GUINT_TO_POINTER(scope));
        printf("    %-16s %s\n", ipv4_text(a, scope), quoted(a, e->name));
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
