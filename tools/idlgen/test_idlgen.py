#!/usr/bin/env python3
"""Unit tests of the IDL generator: parsing, NDR layout and field naming."""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cnf import parse_cnf                      # noqa: E402
from codegen import Generator, StructT, snake  # noqa: E402
from idl_parser import IdlError, parse_idl     # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))


def load():
    with open(os.path.join(ROOT, 'idl', 'dhcpm.idl'), encoding='utf-8') as f:
        idl = parse_idl(f.read())
    with open(os.path.join(ROOT, 'idl', 'dhcpm.cnf'), encoding='utf-8') as f:
        cnf = parse_cnf(f.read())
    return idl, cnf


class TestIdl(unittest.TestCase):
    def test_opnums(self):
        idl, _ = load()
        ifaces = {i.name: i for i in idl.interfaces}
        self.assertEqual(len(ifaces['dhcpsrv'].methods), 51)
        self.assertEqual(len(ifaces['dhcpsrv2'].methods), 133)
        m = ifaces['dhcpsrv2'].methods
        self.assertEqual(m[89].name, 'R_DhcpV4FailoverCreateRelationship')
        self.assertEqual(m[100].name, 'R_DhcpV4FailoverTriggerAddrAllocation')
        self.assertEqual(m[125].name, 'R_DhcpV4FailoverGetAddressStatus')
        decoded = [x.opnum for x in m if x.decoded]
        self.assertEqual(decoded, list(range(89, 101)) + [125])

    def test_layout_matches_fact_sheet(self):
        # NDR20 flat sizes, MS-DHCPM fact sheet section 4
        idl, cnf = load()
        g = Generator(idl, cnf)
        size = lambda n: g.flat_size(StructT(idl.types[n]))
        self.assertEqual(size('DHCP_FAILOVER_RELATIONSHIP'), 48)
        self.assertEqual(size('DHCP_FAILOVER_STATISTICS'), 28)
        self.assertEqual(size('DHCP_IP_ARRAY'), 8)
        self.assertEqual(size('DHCP_FAILOVER_RELATIONSHIP_ARRAY'), 8)
        # 96 with the three pad bytes after the final BYTE
        self.assertEqual(size('DHCPV4_FAILOVER_CLIENT_INFO'), 93)
        self.assertEqual(g.align_of(StructT(idl.types['DHCP_SEARCH_INFO'])), 4)

    def test_layout_ndr64(self):
        # MS-RPCE 2.2.5: pointers 8 bytes, enums 4 bytes, a structure padded
        # at its end to its alignment; fact sheet 4.1 gives the relationship
        idl, cnf = load()
        g = Generator(idl, cnf)
        size = lambda n: g.flat_size(StructT(idl.types[n]), True)
        align = lambda n: g.align_of(StructT(idl.types[n]), True)
        self.assertEqual((size('DHCP_FAILOVER_RELATIONSHIP'), align('DHCP_FAILOVER_RELATIONSHIP')), (80, 8))
        self.assertEqual((size('DHCP_FAILOVER_STATISTICS'), align('DHCP_FAILOVER_STATISTICS')), (28, 4))
        self.assertEqual((size('DHCP_IP_ARRAY'), align('DHCP_IP_ARRAY')), (16, 8))
        self.assertEqual(size('DHCP_FAILOVER_RELATIONSHIP_ARRAY'), 16)
        self.assertEqual(size('DHCP_BINARY_DATA'), 16)
        self.assertEqual(size('DHCP_HOST_INFO'), 24)
        # flags ends at 129; the trailing pad makes it 136
        self.assertEqual(size('DHCPV4_FAILOVER_CLIENT_INFO'), 136)
        # SearchType @0, discriminant @8 (4 bytes), arm @16: at least 20, padded to 24
        self.assertEqual((size('DHCP_SEARCH_INFO'), align('DHCP_SEARCH_INFO')), (24, 8))

    def test_generated_layout_calls(self):
        # the C asks the runtime for both syntaxes' alignment where they differ
        idl, cnf = load()
        g = Generator(idl, cnf)
        c_text, _ = g.generate('x.h')
        self.assertIn('ndr_conformant_array(ctx, tree, offset, size_is, 48, 80, '
                      'dhcpm_dissect_DHCP_FAILOVER_RELATIONSHIP, hf_index)', c_text)
        self.assertIn('offset = ndr_union_switch_enum(ctx, tree, offset, switch_is, 8, &level);', c_text)
        body = c_text[c_text.index('\ndhcpm_dissect_DHCP_FAILOVER_STATISTICS(ndr_ctx_t'):]
        body = body[:body.index('\n}\n')]
        self.assertIn('offset = ndr_align(ctx, offset, 4);', body)
        self.assertIn('offset = ndr_struct_trailer(ctx, offset, 4);', body)
        body = c_text[c_text.index('\ndhcpm_dissect_DHCP_IP_ARRAY(ndr_ctx_t'):]
        self.assertIn('offset = ndr_align_syntax(ctx, offset, 4, 8);', body[:body.index('\n}\n')])

    def test_snake(self):
        self.assertEqual(snake('partnerAddrInUse'), 'partner_addr_in_use')
        self.assertEqual(snake('CltLastTransTime'), 'clt_last_trans_time')
        self.assertEqual(snake('ServerIpAddress'), 'server_ip_address')

    def test_contract_names(self):
        idl, cnf = load()
        g = Generator(idl, cnf)
        g.generate('x.h')
        for name in ('dhcpm.relationship.name', 'dhcpm.relationship.scope', 'dhcpm.scope_id',
                     'dhcpm.search.hardware_address', 'dhcpm.client.owner_netbios_name',
                     'dhcpm.set_flags.shared_secret', 'dhcpm.werror', 'dhcpm.time'):
            self.assertIn(name, g.fields)
        self.assertEqual(g.fields['dhcpm.client.hardware_address'].ftype, 'FT_BYTES')
        self.assertEqual(g.fields['dhcpm.scope_id'].ftype, 'FT_IPv4')
        self.assertEqual(g.unused_cnf(), [])

    def test_errors_have_lines(self):
        with self.assertRaises(IdlError) as e:
            parse_idl('typedef struct { DWORD a; } X;\n typedef struct { DWORD b } Y;')
        self.assertIn('line 2', str(e.exception))


if __name__ == '__main__':
    unittest.main()
