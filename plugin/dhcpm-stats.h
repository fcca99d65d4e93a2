/* dhcpm-stats.h: the "dhcpm" tap.
 *
 * While a tap listener is attached, each decoded PDU leaves a record of
 * what it said (method, direction, status, response time and the
 * relationships it carried).  Without a listener nothing is collected:
 * dhcpm_stats_begin() returns NULL and every other call does nothing. */
#ifndef DHCPM_STATS_H
#define DHCPM_STATS_H

#include "dhcpm.h"

/* Which members of a relationship the PDU carried. */
#define DHCPM_REL_PRIMARY        0x0001u
#define DHCPM_REL_SECONDARY      0x0002u
#define DHCPM_REL_MODE           0x0004u
#define DHCPM_REL_SERVER_TYPE    0x0008u
#define DHCPM_REL_STATE          0x0010u
#define DHCPM_REL_PREV_STATE     0x0020u
#define DHCPM_REL_PERCENTAGE     0x0040u

/* One DHCP_FAILOVER_RELATIONSHIP as decoded. */
typedef struct {
    guint have;                 /* DHCPM_REL_* */
    guint32 primary, secondary; /* host order: 10.0.0.1 is 0x0a000001 */
    guint32 mode, server_type, state, prev_state, percentage;
    const char *name;           /* NULL: not sent */
    const char *primary_name;
    const char *secondary_name;
    wmem_array_t *scopes;       /* guint32; NULL when pScopes was NULL */
} dhcpm_stats_rel_t;

/* A value of a change request, for the audit (dhcpm-audit.c). */
typedef enum {
    DHCPM_VALUE_UINT,           /* an integer, an IPv4 address or a boolean (by its field) */
    DHCPM_VALUE_U64,            /* a 64-bit number */
    DHCPM_VALUE_FILETIME,       /* 100 ns ticks since 1601 */
    DHCPM_VALUE_TIME_T,         /* seconds since 1970 */
    DHCPM_VALUE_TEXT,           /* text: a string, an IPv6 or Ethernet address, bytes in hex */
} dhcpm_value_kind_t;

typedef struct {
    int hf;
    dhcpm_value_kind_t kind;
    guint64 u;
    const char *text;
} dhcpm_stats_value_t;

/* What the taps hand to their listeners, one per decoded PDU: the "dhcpm"
 * tap every PDU, the "dhcpm_audit" tap the PDUs of methods that change a
 * server. */
typedef struct dhcpm_stats_pdu {
    const dhcpm_interface_t *iface;
    const dhcpm_method_t *method;
    gboolean is_request;
    gboolean complete;          /* decoded to its end, not cut short as malformed */
    guint32 frame;
    guint32 req_frame;          /* responses: the request's frame, 0 if not seen */
    guint32 call_frame;         /* both: the frame DCE/RPC knows the call by (a fragmented
                                 * request's first), 0 if the request was not seen */
    gboolean have_rt;
    double rt;                  /* responses: seconds since the request */
    gboolean have_werror, have_flags, have_scope;
    guint32 werror, flags, scope;
    const char *name;           /* a relationship name passed outside a structure (91, 92, 100) */
    const char *req_name;       /* the request's relationship name, in both directions */
    wmem_array_t *rels;         /* dhcpm_stats_rel_t *, in wire order */
    /* for the audit only: audit is set when an audit listener wants the PDU */
    gboolean audit;
    wmem_array_t *values;       /* a change request's dhcpm_stats_value_t, in wire order */
    const char *object;         /* what the call is about, as the Info column says it */
} dhcpm_stats_pdu_t;

void dhcpm_stats_register(int proto);

/* Called by the dissector (dhcpm-call.c). */
dhcpm_stats_pdu_t *dhcpm_stats_begin(packet_info *pinfo, const dcerpc_info *di,
                                     const dhcpm_interface_t *iface, const dhcpm_method_t *method,
                                     gboolean is_request);
void dhcpm_stats_uint(dhcpm_stats_pdu_t *s, ndr_ctx_t *ctx, int hf, guint32 value);
/* the fields dhcpm_stats_uint reads */
extern int *const dhcpm_stats_uint_hfs[];
extern const guint dhcpm_stats_n_uint_hfs;
void dhcpm_stats_string(dhcpm_stats_pdu_t *s, ndr_ctx_t *ctx, int hf, const char *value);
void dhcpm_stats_struct(dhcpm_stats_pdu_t *s, ndr_ctx_t *ctx, int hf);
void dhcpm_stats_done(dhcpm_stats_pdu_t *s);
/* Whether the audit wants every value of this PDU. */
static inline gboolean
dhcpm_stats_wants_values(const dhcpm_stats_pdu_t *s)
{
    return s && s->values;
}
void dhcpm_stats_value(dhcpm_stats_pdu_t *s, int hf, dhcpm_value_kind_t kind, guint64 u,
                       const char *text);
/* Queues the record; req_name and the scope are the request's keys. */
void dhcpm_stats_queue(packet_info *pinfo, dhcpm_stats_pdu_t *s, const char *req_name,
                       gboolean have_scope, guint32 scope);

/* A name from the wire, for a report: in quotes, or not, with what could
 * forge its lines escaped (control characters, and in quotes " and \). */
const char *dhcpm_stats_quoted(wmem_allocator_t *a, const char *s);
const char *dhcpm_stats_escaped(wmem_allocator_t *a, const char *s);

/* dhcpm-stats-failover.c: -z dhcpm,failover */
void dhcpm_stats_failover_register(void);
/* dhcpm-stats-tables.c: Statistics > DHCPM in the GUI, -z dhcpm,calls ... */
void dhcpm_stats_tables_register(void);
/* dhcpm-audit.c: the changes a capture shows */
void dhcpm_audit_register(void);

#endif
