/* dhcpm-inventory.c: the failover relationships a capture shows, rebuilt
 * from the records of the "dhcpm" tap (README, "Batch analysis"):
 * - a relationship in a response (GetRelationship, EnumRelationship,
 *   GetScopeRelationship) is taken as the server reported it; members sent
 *   as NULL leave what is known;
 * - a request that changes a relationship (Create, Set, Delete, AddScope,
 *   DeleteScope) is applied when its response says ERROR_SUCCESS: the
 *   request waits, one per relationship name, for that response;
 * - a scope belongs to one relationship at a time: the last one seen with it.
 *
 * Everything lives in the allocator given to dhcpm_inventory_new() and grows
 * with the distinct relationship names and scopes in the capture.
 */

#include <string.h>

#include <epan/packet.h>

#include "dhcpm-inventory.h"

/* dhcpsrv2 opnums that tell about relationships. */
#define OP_CREATE 89
#define OP_SET 90
#define OP_DELETE 91
#define OP_ADD_SCOPE 94
#define OP_DELETE_SCOPE 95
#define OP_GET_SCOPE 96

/* SetRelationship Flags (MS-DHCPM 3.2.4.91) the inventory shows. */
#define SET_CHANGESTATE 0x04
#define SET_PERCENTAGE 0x08
#define SET_MODE 0x10

/* A request waiting for its response. */
struct dhcpm_inventory_pending {
    guint32 req_frame;
    guint16 opnum;
    guint32 flags;
    dhcpm_stats_rel_t rel;      /* scopes and names copied into the pool */
};

struct dhcpm_inventory {
    wmem_allocator_t *pool;
    wmem_map_t *rels;           /* name -> dhcpm_inventory_rel_t */
    wmem_map_t *scopes;         /* scope -> dhcpm_inventory_rel_t */
};

dhcpm_inventory_t *
dhcpm_inventory_new(wmem_allocator_t *pool)
{
    dhcpm_inventory_t *inv = wmem_new0(pool, dhcpm_inventory_t);

    inv->pool = pool;
    inv->rels = wmem_map_new(pool, g_str_hash, g_str_equal);
    inv->scopes = wmem_map_new(pool, g_direct_hash, g_direct_equal);
    return inv;
}

static dhcpm_inventory_rel_t *
rel_entry(dhcpm_inventory_t *inv, const char *name)
{
    dhcpm_inventory_rel_t *e = (dhcpm_inventory_rel_t *)wmem_map_lookup(inv->rels, name);

    if (!e) {
        e = wmem_new0(inv->pool, dhcpm_inventory_rel_t);
        e->name = wmem_strdup(inv->pool, name);
        e->scopes = wmem_map_new(inv->pool, g_direct_hash, g_direct_equal);
        wmem_map_insert(inv->rels, e->name, e);
    }
    return e;
}

/* Replaces *dst with a copy of value; NULL forgets it. */
static void
set_string(dhcpm_inventory_t *inv, char **dst, const char *value)
{
    wmem_free(inv->pool, *dst);
    *dst = value ? wmem_strdup(inv->pool, value) : NULL;
}

static void
scope_add(dhcpm_inventory_t *inv, dhcpm_inventory_rel_t *e, guint32 scope)
{
    gpointer key = GUINT_TO_POINTER(scope);
    dhcpm_inventory_rel_t *owner = (dhcpm_inventory_rel_t *)wmem_map_lookup(inv->scopes, key);

    /* A scope is in one relationship at a time (MS-DHCPM 3.2.4.90). */
    if (owner && owner != e)
        wmem_map_remove(owner->scopes, key);
    wmem_map_insert(inv->scopes, key, e);
    wmem_map_insert(e->scopes, key, key);
}

static void
scope_remove(dhcpm_inventory_t *inv, dhcpm_inventory_rel_t *e, guint32 scope)
{
    gpointer key = GUINT_TO_POINTER(scope);

    if (wmem_map_lookup(inv->scopes, key) == e)
        wmem_map_remove(inv->scopes, key);
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

int
dhcpm_inventory_compare_scope(gconstpointer a, gconstpointer b)
{
    guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

    return x < y ? -1 : x > y;
}

wmem_array_t *
dhcpm_inventory_rel_scopes(const dhcpm_inventory_rel_t *e, wmem_allocator_t *a)
{
    wmem_array_t *list = wmem_array_new(a, sizeof(guint32));

    wmem_map_foreach(e->scopes, collect_scope, list);
    wmem_array_sort(list, dhcpm_inventory_compare_scope);
    return list;
}

static void
scopes_release(dhcpm_inventory_t *inv, dhcpm_inventory_rel_t *e)
{
    wmem_array_t *old = dhcpm_inventory_rel_scopes(e, NULL);
    guint i, n = wmem_array_get_count(old);

    for (i = 0; i < n; i++)
        scope_remove(inv, e, *(guint32 *)wmem_array_index(old, i));
    wmem_destroy_array(old);
}

/* The relationship now has exactly these scopes. */
static void
scopes_replace(dhcpm_inventory_t *inv, dhcpm_inventory_rel_t *e, wmem_array_t *list)
{
    wmem_array_t *old = dhcpm_inventory_rel_scopes(e, NULL);
    guint i, n = wmem_array_get_count(old);

    for (i = 0; i < n; i++) {
        guint32 scope = *(guint32 *)wmem_array_index(old, i);
        if (!scope_listed(list, scope))
            scope_remove(inv, e, scope);
    }
    wmem_destroy_array(old);
    n = wmem_array_get_count(list);
    for (i = 0; i < n; i++)
        scope_add(inv, e, *(const guint32 *)wmem_array_index(list, i));
}

/* Copies the members selected, and the partner names when with_names. */
static void
copy_members(dhcpm_inventory_t *inv, dhcpm_inventory_rel_t *e, const dhcpm_stats_rel_t *r,
             guint members, gboolean with_names)
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
        set_string(inv, &e->primary_name, r->primary_name);
    if (r->secondary_name)
        set_string(inv, &e->secondary_name, r->secondary_name);
}

#define CONFIG_MEMBERS (DHCPM_REL_PRIMARY | DHCPM_REL_SECONDARY | DHCPM_REL_MODE | \
                        DHCPM_REL_SERVER_TYPE | DHCPM_REL_PERCENTAGE)

/* A relationship as a server reported it in a response. */
static void
apply_reported(dhcpm_inventory_t *inv, const dhcpm_stats_rel_t *r, guint32 frame)
{
    dhcpm_inventory_rel_t *e = rel_entry(inv, r->name);

    e->seen = TRUE;
    e->deleted = FALSE;
    copy_members(inv, e, r, CONFIG_MEMBERS | DHCPM_REL_STATE, TRUE);
    if (r->have & DHCPM_REL_STATE)
        e->state_frame = frame;
    if (r->scopes)
        scopes_replace(inv, e, r->scopes);
}

/* A change the server accepted: the request's values, as the method uses them. */
static void
apply_request(dhcpm_inventory_t *inv, dhcpm_inventory_rel_t *e, const dhcpm_inventory_pending_t *p,
              guint32 frame)
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
        set_string(inv, &e->primary_name, NULL);
        set_string(inv, &e->secondary_name, NULL);
        copy_members(inv, e, r, CONFIG_MEMBERS, TRUE);
        if (r->scopes)
            scopes_replace(inv, e, r->scopes);
        break;
    case OP_SET:
        /* Only the members its Flags select (MS-DHCPM 3.2.4.91). */
        copy_members(inv, e, r, ((p->flags & SET_MODE) ? DHCPM_REL_MODE : 0) |
                              ((p->flags & SET_PERCENTAGE) ? DHCPM_REL_PERCENTAGE : 0) |
                              ((p->flags & SET_CHANGESTATE) ? DHCPM_REL_STATE : 0), FALSE);
        if ((p->flags & SET_CHANGESTATE) && (r->have & DHCPM_REL_STATE))
            e->state_frame = frame;
        break;
    case OP_DELETE:
        e->deleted = TRUE;
        e->deleted_frame = frame;
        scopes_release(inv, e);
        break;
    case OP_ADD_SCOPE:
        for (i = 0; i < n; i++)
            scope_add(inv, e, *(const guint32 *)wmem_array_index(r->scopes, i));
        break;
    case OP_DELETE_SCOPE:
        for (i = 0; i < n; i++)
            scope_remove(inv, e, *(const guint32 *)wmem_array_index(r->scopes, i));
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
pending_free(dhcpm_inventory_t *inv, dhcpm_inventory_pending_t *p)
{
    if (!p)
        return;
    if (p->rel.scopes)
        wmem_destroy_array(p->rel.scopes);
    wmem_free(inv->pool, (void *)p->rel.primary_name);
    wmem_free(inv->pool, (void *)p->rel.secondary_name);
    wmem_free(inv->pool, p);
}

/* Keeps the request until its response says whether it was applied: one
 * per relationship name, the latest. */
static void
hold_request(dhcpm_inventory_t *inv, const dhcpm_stats_pdu_t *s)
{
    dhcpm_inventory_rel_t *e = rel_entry(inv, s->req_name);
    const dhcpm_stats_rel_t *r = NULL;
    dhcpm_inventory_pending_t *p;
    guint i, n;

    pending_free(inv, e->pending);
    p = wmem_new0(inv->pool, dhcpm_inventory_pending_t);
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
        p->rel.primary_name = wmem_strdup(inv->pool, r->primary_name);
    if (r->secondary_name)
        p->rel.secondary_name = wmem_strdup(inv->pool, r->secondary_name);
    if (r->scopes) {
        n = wmem_array_get_count(r->scopes);
        p->rel.scopes = wmem_array_sized_new(inv->pool, sizeof(guint32), n);
        for (i = 0; i < n; i++)
            wmem_array_append_one(p->rel.scopes, *(guint32 *)wmem_array_index(r->scopes, i));
    }
}

void
dhcpm_inventory_add(dhcpm_inventory_t *inv, const dhcpm_stats_pdu_t *s)
{
    guint i, n;

    if (!s->complete || strcmp(s->iface->name, "dhcpsrv2") != 0)
        return;
    if (s->is_request) {
        if (changes_relationship(s->method->opnum) && s->req_name)
            hold_request(inv, s);
        return;
    }
    n = wmem_array_get_count(s->rels);
    for (i = 0; i < n; i++) {
        const dhcpm_stats_rel_t *r = *(dhcpm_stats_rel_t **)wmem_array_index(s->rels, i);
        if (r->name)
            apply_reported(inv, r, s->frame);
    }
    if (s->werror == 0 && s->method->opnum == OP_GET_SCOPE && s->have_scope && n == 1) {
        const dhcpm_stats_rel_t *r = *(dhcpm_stats_rel_t **)wmem_array_index(s->rels, 0);
        if (r->name)
            scope_add(inv, rel_entry(inv, r->name), s->scope);
    }
    if (changes_relationship(s->method->opnum) && s->req_name) {
        dhcpm_inventory_rel_t *e = (dhcpm_inventory_rel_t *)wmem_map_lookup(inv->rels, s->req_name);
        /* The request's answer, whatever it says, ends its wait. */
        if (e && e->pending && e->pending->req_frame == s->req_frame) {
            if (s->werror == 0)
                apply_request(inv, e, e->pending, s->frame);
            pending_free(inv, e->pending);
            e->pending = NULL;
        }
    }
}

static void
collect_entry(gpointer key _U_, gpointer value, gpointer user_data)
{
    dhcpm_inventory_rel_t *e = (dhcpm_inventory_rel_t *)value;

    if (e->seen)
        wmem_array_append_one((wmem_array_t *)user_data, e);
}

static int
compare_entry(gconstpointer a, gconstpointer b)
{
    const dhcpm_inventory_rel_t *x = *(dhcpm_inventory_rel_t * const *)a;
    const dhcpm_inventory_rel_t *y = *(dhcpm_inventory_rel_t * const *)b;

    return strcmp(x->name, y->name);
}

/* The relationships seen, sorted by name, in allocator a. */
wmem_array_t *
dhcpm_inventory_relationships(dhcpm_inventory_t *inv, wmem_allocator_t *a)
{
    wmem_array_t *entries = wmem_array_new(a, sizeof(dhcpm_inventory_rel_t *));

    wmem_map_foreach(inv->rels, collect_entry, entries);
    wmem_array_sort(entries, compare_entry);
    return entries;
}

/* The scopes in relationships, sorted, in allocator a. */
wmem_array_t *
dhcpm_inventory_scopes(dhcpm_inventory_t *inv, wmem_allocator_t *a)
{
    wmem_array_t *scopes = wmem_array_new(a, sizeof(guint32));
    wmem_list_t *keys = wmem_map_get_keys(a, inv->scopes);
    wmem_list_frame_t *f;

    for (f = wmem_list_head(keys); f; f = wmem_list_frame_next(f)) {
        guint32 scope = GPOINTER_TO_UINT(wmem_list_frame_data(f));
        wmem_array_append_one(scopes, scope);
    }
    wmem_array_sort(scopes, dhcpm_inventory_compare_scope);
    return scopes;
}

const dhcpm_inventory_rel_t *
dhcpm_inventory_scope_owner(dhcpm_inventory_t *inv, guint32 scope)
{
    return (const dhcpm_inventory_rel_t *)wmem_map_lookup(inv->scopes, GUINT_TO_POINTER(scope));
}
