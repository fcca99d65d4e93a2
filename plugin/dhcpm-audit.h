/* dhcpm-audit.h: the configuration audit: every call that changes a server,
 * rebuilt from the records of the "dhcpm_audit" tap (dhcpm-audit.c). */
#ifndef DHCPM_AUDIT_H
#define DHCPM_AUDIT_H

#include <wsutil/nstime.h>

#include "dhcpm-stats.h"

/* One change: its request and, once seen, its response. */
typedef struct {
    guint32 frame;              /* the request's; the response's when the request was not seen */
    guint32 response_frame;     /* 0: no response seen */
    nstime_t time;              /* of that frame */
    const char *client, *server;
    const char *principal;      /* NULL: the capture does not show who authenticated */
    const char *auth;           /* the connection's auth level: none ... privacy, "named pipe" */
    const dhcpm_interface_t *iface;
    const dhcpm_method_t *method;
    const char *object;         /* what the call is about ("" when nothing says it) */
    dhcpm_stats_value_t *values;    /* the request's values, in wire order */
    guint n_values;
    gboolean have_result;
    guint32 code;
} dhcpm_audit_row_t;

typedef struct dhcpm_audit_log dhcpm_audit_log_t;

/* Everything is allocated in pool and goes when the pool is emptied. */
dhcpm_audit_log_t *dhcpm_audit_log_new(wmem_allocator_t *pool);
/* Adds a record of the "dhcpm_audit" tap: a request makes a row, its
 * response completes it.  Returns the row and sets *index to its place,
 * or returns NULL when the record adds nothing. */
dhcpm_audit_row_t *dhcpm_audit_log_add(dhcpm_audit_log_t *log, packet_info *pinfo,
                                       const dhcpm_stats_pdu_t *s, guint *index);
guint dhcpm_audit_log_count(const dhcpm_audit_log_t *log);
dhcpm_audit_row_t *dhcpm_audit_log_row(const dhcpm_audit_log_t *log, guint index);

/* The row's values as people read them: "name=value, ..." (secrets
 * masked, control characters escaped), in allocator a. */
const char *dhcpm_audit_values_text(wmem_allocator_t *a, const dhcpm_audit_row_t *r);
/* The row's result: the return code's name, or "" without a response. */
const char *dhcpm_audit_result_text(const dhcpm_audit_row_t *r);
/* The time as ISO 8601 in UTC. */
const char *dhcpm_audit_time_text(wmem_allocator_t *a, const dhcpm_audit_row_t *r);

#endif
