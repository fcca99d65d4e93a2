/* dhcpm-conformance.h: checks of a capture against the rules of MS-DHCPM
 * (fact sheet sections 4 and 6), each rule its own expert info. */
#ifndef DHCPM_CONFORMANCE_H
#define DHCPM_CONFORMANCE_H

#include <epan/packet.h>
#include <epan/prefs.h>
#include <epan/dissectors/packet-dcerpc.h>

#include "dhcpm.h"

typedef struct dhcpm_conf dhcpm_conf_t;

/* One PDU of a decoded failover method.  request_scope is the scopeId of
 * the request, carried to its response (have_request_scope FALSE when the
 * request was not seen). */
dhcpm_conf_t *dhcpm_conf_begin(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree,
                               dcerpc_info *di, gboolean is_request,
                               gboolean have_request_scope, guint32 request_scope);
/* Decoded values, as the NDR observer sees them. */
void dhcpm_conf_uint(dhcpm_conf_t *conf, int hf, guint32 value);
/* the fields dhcpm_conf_uint reads */
extern int *const dhcpm_conf_uint_hfs[];
extern const guint dhcpm_conf_n_uint_hfs;
/* Whether a rule of its own judges this enum field's value (then the NDR
 * runtime does not report a value its type lacks). */
gboolean dhcpm_conf_checks_enum(int hf);
/* Whether dhcpm_conf_string reads this field: other strings need not be converted. */
gboolean dhcpm_conf_wants_string(int hf);
void dhcpm_conf_string(dhcpm_conf_t *conf, int hf, const char *value);
/* The PDU is over; complete is FALSE when its stub could not be decoded to
 * the end (the rules about the whole PDU are then not judged). */
void dhcpm_conf_end(dhcpm_conf_t *conf, gboolean complete);

/* A complete response's return code, against the codes its method's page
 * lists (every method). */
void dhcpm_conf_return_code(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree,
                            const dhcpm_method_t *method, guint32 code);

void dhcpm_conformance_register(int proto, module_t *prefs);
void dhcpm_conformance_handoff(int proto);

/* dhcpm-conformance-rpc.c: the rules that need the DCE/RPC header.  A
 * failover request (its fault, if one answers it, is a failover call's),
 * and each PDU of the frame that is a failover request, a change request
 * or carries a secret (a password or a shared secret). */
void dhcpm_conf_rpc_note_call(packet_info *pinfo, dcerpc_info *di);
/* its response: a call answered without a fault is forgotten */
void dhcpm_conf_rpc_note_response(packet_info *pinfo, dcerpc_info *di);
void dhcpm_conf_rpc_note_pdu(packet_info *pinfo, gboolean failover_request,
                             gboolean change_request, gboolean has_secret);
/* The auth level of the connection's last bind (1 none ... 6 privacy), 0
 * when no bind was seen; *pipe: the connection carries SMB (a named pipe,
 * whose SMB session authenticates the client). */
guint32 dhcpm_conf_rpc_bind_level(packet_info *pinfo, gboolean *pipe);
/* Who the connection authenticated as, by its last NTLM or Kerberos
 * exchange up to this frame; NULL when the capture does not show it. */
const char *dhcpm_conf_rpc_principal(packet_info *pinfo);
void dhcpm_conf_rpc_register(int proto, module_t *prefs);
/* the preferences have changed */
void dhcpm_conf_rpc_prefs_applied(void);
void dhcpm_conf_rpc_handoff(int proto);

#endif
