/* decode_as_driver.c: a test-only Wireshark plugin that does, at start-up,
 * what Wireshark's Decode As dialog does when a user binds a DCE/RPC
 * conversation to dhcpsrv2 (Analyze > Decode As..., DCE-RPC, DHCPM).
 *
 * tshark 4.0 has no way to express that binding (README, "No bind in the
 * capture"), so the no-bind test loads this plugin next to dhcpm.so to prove
 * that, once the binding the dialog makes exists, the calls of a capture
 * without bind decode to their truth.  It hands the DCE-RPC Decode As entry
 * the same values the dialog takes from the selected packet: both addresses
 * and ports, the port type, the context id and the transport salt (0 on TCP).
 *
 *     DHCPM_TEST_DECODE_AS="ADDR_A PORT_A ADDR_B PORT_B CTX_ID"
 *
 * Never installed; not part of the dhcpm plugin. */

#include <stdio.h>
#include <string.h>

#include <epan/packet.h>
#include <epan/decode_as.h>
#include <epan/dissectors/packet-dcerpc.h>
#include <wsutil/inet_addr.h>

#include "compat.h"

/* dhcpsrv2 5B821720-F63B-11D0-AAD2-00C04FC324DB version 1 (MS-DHCPM 1.9) */
static const e_guid_t dhcpsrv2 = { 0x5b821720, 0xf63b, 0x11d0,
                                   { 0xaa, 0xd2, 0x00, 0xc0, 0x4f, 0xc3, 0x24, 0xdb } };

static ws_in4_addr addr_a, addr_b;

static void
register_nothing(void)
{
}

static void
apply_decode_as(void)
{
    const char *spec = g_getenv("DHCPM_TEST_DECODE_AS");
    char text_a[64], text_b[64];
    unsigned port_a, port_b, ctx_id;
    decode_dcerpc_bind_values_t binding;
    guid_key key;
    const guid_key *key_ptr = &key;
    GList *l;
    gboolean applied = FALSE;

    if (spec == NULL)
        return;
    if (sscanf(spec, "%63s %u %63s %u %u", text_a, &port_a, text_b, &port_b, &ctx_id) != 5 ||
        !ws_inet_pton4(text_a, &addr_a) || !ws_inet_pton4(text_b, &addr_b)) {
        fprintf(stderr, "decode_as_driver: bad DHCPM_TEST_DECODE_AS \"%s\"\n", spec);
        return;
    }
    memset(&binding, 0, sizeof binding);
    set_address(&binding.addr_a, AT_IPv4, 4, &addr_a);
    set_address(&binding.addr_b, AT_IPv4, 4, &addr_b);
    binding.ptype = PT_TCP;
    binding.port_a = port_a;
    binding.port_b = port_b;
    binding.ctx_id = (guint16)ctx_id;
    binding.transport_salt = 0;
    key.guid = dhcpsrv2;
    key.ver = 1;

    for (l = decode_as_list; l != NULL; l = l->next) {
        decode_as_t *entry = (decode_as_t *)l->data;
        if (strcmp(entry->table_name, "dcerpc.uuid") == 0 && entry->change_value != NULL) {
            entry->change_value(entry->table_name, &binding, DHCPM_DCERPC_DECODE_AS_HANDLE(&key_ptr), "DHCPM");
            applied = TRUE;
        }
    }
    if (!applied)
        fprintf(stderr, "decode_as_driver: no DCE-RPC Decode As entry\n");
}

/* tshark clears the Decode As bindings after the plugins' hand-off, and
 * DCE/RPC copies them into its bind table in an init routine when a file is
 * opened.  Init routines run newest first (Wireshark 4.0), so ours, registered
 * here, makes the binding just before DCE/RPC reads it.  Should that order
 * change, the no-bind Decode As test fails; it cannot pass by accident. */
static void
register_init(void)
{
    register_init_routine(apply_decode_as);
}

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = "0";
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);

void
plugin_register(void)
{
    static proto_plugin plug;

    plug.register_protoinfo = register_nothing;
    plug.register_handoff = register_init;
    proto_register_plugin(&plug);
}

#ifdef DHCPM_HAVE_PLUGIN_DESCRIBE
WS_DLL_PUBLIC uint32_t plugin_describe(void);

uint32_t
plugin_describe(void)
{
    return WS_PLUGIN_DESC_DISSECTOR;
}
#endif
