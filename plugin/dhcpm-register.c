/* dhcpm-register.c: the protocol, its registration with DCE/RPC, and the
 * plugin entry points. */

#include <string.h>

#include <epan/packet.h>
#include <epan/guid-utils.h>
#include <epan/proto.h>
#include <wsutil/str_util.h>

#include "dhcpm.h"
#include "dhcpm-conformance.h"
#include "dhcpm-demand.h"
#include "dhcpm-generated.h"
#include "dhcpm-security.h"
#include "dhcpm-stats.h"
#include "compat.h"

#ifndef DHCPM_VERSION
#define DHCPM_VERSION "0.0.0"
#endif

static int proto_dhcpm = -1;
static int hf_dhcpm_opnum = -1;
static gint ett_dhcpm = -1;

static void
dhcpm_prefs_applied(void)
{
    dhcpm_conf_rpc_prefs_applied();
}

void
proto_register_dhcpm(void)
{
    static hf_register_info hf[] = {
        { &hf_dhcpm_opnum, { "Operation", "dhcpm.opnum", FT_UINT16, BASE_DEC,
          NULL, 0x0, "Operation number, in the interface of the call", HFILL } },
    };
    static gint *ett[] = { &ett_dhcpm };
    module_t *prefs;

    proto_dhcpm = proto_register_protocol("Microsoft DHCP Server Management Protocol",
                                          "DHCPM", "dhcpm");
    proto_register_field_array(proto_dhcpm, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    prefs = prefs_register_protocol(proto_dhcpm, dhcpm_prefs_applied);
    /* the runtime's own fields first: they name the filters' first rows */
    ndr_register(proto_dhcpm);
    ndr_register_prefs(prefs);
    dhcpm_register_generated(proto_dhcpm);
    dhcpm_call_register(proto_dhcpm);
    dhcpm_sdk_register(proto_dhcpm);
    dhcpm_stats_register(proto_dhcpm);
    dhcpm_conformance_register(proto_dhcpm, prefs);
    dhcpm_security_register(proto_dhcpm, prefs);
}

/* DCE/RPC gives each interface a dissector handle named after its
 * protocol, and warns when two handles share a name: so the failover
 * interface, dhcpsrv2 (DHCPM_MAIN_INTERFACE), is the protocol "dhcpm"
 * itself, and every other interface is a protocol of its own below it
 * ("dhcpm.dhcpsrv").  Each keeps its interface name where DCE/RPC shows
 * interfaces. */

void
proto_reg_handoff_dhcpm(void)
{
    guint i;

    for (i = 0; i < dhcpm_n_interfaces; i++) {
        const dhcpm_interface_t *iface = &dhcpm_interfaces[i];
        e_guid_t uuid = iface->uuid;
        int proto = proto_dhcpm;

        if (strcmp(iface->name, DHCPM_MAIN_INTERFACE) != 0) {
            proto = proto_register_protocol_in_name_only(
                wmem_strdup_printf(wmem_epan_scope(), "MS-DHCPM %s interface", iface->name),
                ascii_strup_inplace(wmem_strdup(wmem_epan_scope(), iface->name)),
                wmem_strdup_printf(wmem_epan_scope(), "dhcpm.%s", iface->name),
                proto_dhcpm, FT_PROTOCOL);
        }
        dcerpc_init_uuid(proto, ett_dhcpm, &uuid, iface->ver_major, iface->procs,
                         hf_dhcpm_opnum);
        guids_add_uuid(&uuid, iface->name);
    }
    dhcpm_demand_handoff(proto_dhcpm);
    dhcpm_conformance_handoff(proto_dhcpm);
}

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = DHCPM_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);

void
plugin_register(void)
{
    static proto_plugin plug;

    plug.register_protoinfo = proto_register_dhcpm;
    plug.register_handoff = proto_reg_handoff_dhcpm;
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
