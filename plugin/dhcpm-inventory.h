/* dhcpm-inventory.h: the failover relationships and scopes a capture shows,
 * rebuilt from the records of the "dhcpm" tap (dhcpm-inventory.c). */
#ifndef DHCPM_INVENTORY_H
#define DHCPM_INVENTORY_H

#include "dhcpm-stats.h"

typedef struct dhcpm_inventory dhcpm_inventory_t;
typedef struct dhcpm_inventory_pending dhcpm_inventory_pending_t;

/* One relationship, by name. */
typedef struct {
    char *name;
    gboolean seen;              /* FALSE: only a request named it so far */
    gboolean deleted;
    guint have;                 /* DHCPM_REL_*: the members known */
    guint32 primary, secondary, mode, server_type, state, percentage;
    char *primary_name, *secondary_name;    /* NULL: not known */
    guint32 state_frame, deleted_frame;
    wmem_map_t *scopes;         /* scope -> itself */
    dhcpm_inventory_pending_t *pending;
} dhcpm_inventory_rel_t;

/* Everything is allocated in pool, and goes when the pool is emptied. */
dhcpm_inventory_t *dhcpm_inventory_new(wmem_allocator_t *pool);
void dhcpm_inventory_add(dhcpm_inventory_t *inv, const dhcpm_stats_pdu_t *s);

/* For the report, sorted, in allocator a. */
wmem_array_t *dhcpm_inventory_relationships(dhcpm_inventory_t *inv, wmem_allocator_t *a);
wmem_array_t *dhcpm_inventory_rel_scopes(const dhcpm_inventory_rel_t *e, wmem_allocator_t *a);
wmem_array_t *dhcpm_inventory_scopes(dhcpm_inventory_t *inv, wmem_allocator_t *a);
const dhcpm_inventory_rel_t *dhcpm_inventory_scope_owner(dhcpm_inventory_t *inv, guint32 scope);
int dhcpm_inventory_compare_scope(gconstpointer a, gconstpointer b);

#endif
