/* dhcpm-demand.h: what this run of Wireshark can show, so that the plugin
 * computes only that (docs/design.md, "What is asked").
 *
 * Wireshark tells a dissector per field whether something reads it
 * (proto_field_is_referenced) and per tap whether it listens; it does not
 * say whether an expert info can be seen, nor, in tshark 4.0 -T fields,
 * which fields -e prints.  tshark's command line says both, and it is read
 * once.  Any other program (Wireshark, sharkd, a fuzzer), or a command
 * line that cannot be read, is taken to show everything. */
#ifndef DHCPM_DEMAND_H
#define DHCPM_DEMAND_H

#include <epan/packet.h>

void dhcpm_demand_handoff(int proto);

/* Whether an expert info of this PDU can be seen: tshark -V, -O, -T pdml,
 * json or ek, -z expert, a filter, -e or column on experts, the Expert
 * column, or any program but tshark. */
gboolean dhcpm_demand_experts(packet_info *pinfo, proto_tree *tree);
/* Whether the run may show the DCE/RPC authentication the audit and the
 * rpc checks read: experts may be seen, or a -z dhcpm statistic runs. */
gboolean dhcpm_demand_rpc_header(void);

/* tshark 4.0 and 4.1 -T fields build a visible tree and print only the -e
 * fields from it; 4.2 made that tree hidden, with the -e fields primed.
 * Around our PDU, dhcpm_demand_fields_begin does for those versions what
 * 4.2 does: the tree is hidden and our -e fields referenced, so that the
 * items nothing prints are not built.  Returns whether it changed the
 * tree; dhcpm_demand_fields_end undoes it. */
gboolean dhcpm_demand_fields_begin(proto_tree *tree);
void dhcpm_demand_fields_end(proto_tree *tree, gboolean changed);

#endif
