/* dhcpm-security.h: security findings of decoded calls (dhcpm-security.c). */
#ifndef DHCPM_SECURITY_H
#define DHCPM_SECURITY_H

#include <epan/packet.h>
#include <epan/prefs.h>

#include "dhcpm.h"

/* Whether the field holds a secret (a password, a shared secret). */
gboolean dhcpm_security_is_secret(int hf);
/* Whether dhcpm_security_string reads this field. */
gboolean dhcpm_security_wants_string(int hf);
/* A decoded string: a path on another host is a finding. */
void dhcpm_security_string(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree,
                           gboolean is_request, int hf, const char *value);
/* A complete response: refusals of a client's changes in a burst. */
void dhcpm_security_response(packet_info *pinfo, tvbuff_t *tvb, proto_tree *tree,
                             const dhcpm_method_t *method, guint32 werror);
void dhcpm_security_register(int proto, module_t *prefs);

#endif
