#!/usr/bin/env python3
"""Unit tests of the IDL generator: parsing, NDR layout and field naming."""

import os
import re
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
        # every method is described: none is left [nodecode]
        for iface in ifaces.values():
            self.assertEqual([x.opnum for x in iface.methods if not x.decoded], [])

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
        self.assertEqual(g.fields['dhcpm.client.hardware_address'][0].ftype, 'FT_BYTES')
        self.assertEqual(g.fields['dhcpm.scope_id'][0].ftype, 'FT_IPv4')
        self.assertEqual(g.unused_cnf(), [])

    def generated(self):
        idl, cnf = load()
        g = Generator(idl, cnf)
        c_text, _ = g.generate('x.h')
        return g, c_text

    @staticmethod
    def body(c_text, fn):
        text = c_text[c_text.index('\n%s(' % fn):]
        return text[:text.index('\n}\n')]

    def need_of(self, c_text, fn):
        line = next(l for l in c_text.splitlines()
                    if l.startswith('static int *const need_hfs_%s[]' % fn))
        return set(re.findall(r'&(hf_\w+)', line))

    def test_need_tables(self):
        """Every structure and union lists the fields it and what it holds
        can show (what lazy decoding asks before it steps over one): its
        members, its pointees' and nested types', bitmap bits and the
        Ethernet address of a byte array; and reads quietly only with it."""
        _, c = self.generated()
        rel = self.need_of(c, 'dhcpm_dissect_DHCP_FAILOVER_RELATIONSHIP')
        # members, strings behind pointers, and the scopes of the nested DHCP_IP_ARRAY
        for hf in ('hf_dhcpm_relationship_name', 'hf_dhcpm_relationship_mode',
                   'hf_dhcpm_relationship_shared_secret', 'hf_dhcpm_relationship_scope',
                   'hf_dhcpm_relationship_scope_count'):
            self.assertIn(hf, rel)
        self.assertNotIn('hf_dhcpm_werror', rel)
        arr = self.need_of(c, 'dhcpm_dissect_DHCP_FAILOVER_RELATIONSHIP_ARRAY')
        self.assertTrue(rel <= arr)
        # a client's hardware address, and the MAC the cnf derives from it
        client = self.need_of(c, 'dhcpm_dissect_DHCP_CLIENT_INFO_V4')
        self.assertIn('hf_dhcpm_client_hardware_address', client)
        self.assertIn('hf_dhcpm_client_mac_address', client)
        # the quiet decision is taken in every structure's and union's function
        body = self.body(c, 'dhcpm_dissect_DHCP_FAILOVER_RELATIONSHIP')
        self.assertIn('ndr_quiet_begin(ctx, &parent_tree, hf_index, '
                      '&need_dhcpm_dissect_DHCP_FAILOVER_RELATIONSHIP)', body)
        self.assertIn('ndr_quiet_end(ctx, was_quiet);', body)
        n_struct = len(re.findall(r'^dhcpm_dissect_\w+\(ndr_ctx_t \*ctx, proto_tree \*parent_tree',
                                  c, re.M))
        self.assertEqual(n_struct, len(re.findall(r'^static ndr_need_t need_', c, re.M)))

    def test_quiet_members(self):
        """A structure of values and pointers without sizes is stepped over
        at once when quiet (ndr_quiet_members), with each member's size and
        alignment in both syntaxes; one whose members size others is not."""
        _, c = self.generated()
        body = self.body(c, 'dhcpm_dissect_DHCP_FAILOVER_RELATIONSHIP')
        rows = re.findall(r'^\s+\{ (\d+), (\d+), (\d+), (\d+), (\w+), &?(\w+) \},$', body, re.M)
        # two IPv4 addresses, four enums (2 bytes, 4 in NDR64), two DWORDs,
        # three strings, the scopes, the percentage and the shared secret
        self.assertEqual(len(rows), 14)
        self.assertEqual(rows[2], ('2', '2', '4', '4', 'NULL', 'NULL'))
        self.assertEqual(rows[8], ('4', '4', '8', '8', 'ndr_pointee_string',
                                   'hf_dhcpm_relationship_name'))
        self.assertEqual(rows[11][4], 'dhcpm_pointee_DHCP_IP_ARRAY__relationship')
        self.assertEqual(rows[12], ('1', '1', '1', '1', 'NULL', 'NULL'))
        self.assertIn('offset = ndr_quiet_members(ctx, offset, quiet_members, 14);', body)
        # NumElements sizes Elements: read member by member
        self.assertNotIn('quiet_members', self.body(c, 'dhcpm_dissect_DHCP_IP_ARRAY__relationship'))

    def test_layout_whole_protocol(self):
        # worked out by hand from C706 / MS-RPCE 2.2.5 (see the comments)
        idl, cnf = load()
        g = Generator(idl, cnf)
        sizes = lambda n: (g.flat_size(StructT(idl.types[n])), g.align_of(StructT(idl.types[n])),
                           g.flat_size(StructT(idl.types[n]), True),
                           g.align_of(StructT(idl.types[n]), True))
        # two INT64 at the end make the structure 8-aligned in NDR 2.0 too:
        # 28 bytes to PrimaryHost's end, state @28, QuarantineOn @32, the
        # reserved DWORDs @36 and @40, the INT64s @48 and @56
        self.assertEqual(sizes('DHCP_SUBNET_INFO_VQ'), (64, 8, 80, 8))
        # a union's discriminant is aligned to its own type in NDR 2.0
        # (type @0, discriminant @2, a BYTE arm @4), to the union's 8 in
        # NDR64 (type @0, discriminant @8, arm @16, padded to 24)
        self.assertEqual(sizes('DHCP_OPTION_DATA_ELEMENT'), (5, 4, 24, 8))
        # BOOL, BYTE, BOOL @8, BYTE @12, then the 255 bytes of the pattern
        self.assertEqual(sizes('DHCP_ADDR_PATTERN'), (268, 4, 268, 4))
        self.assertEqual(g.align_of(StructT(idl.types['DHCP_IPV6_ADDRESS'])), 8)

    def test_expressions(self):
        g, c_text = self.generated()
        # ELEMENT_MASK(ElementType): the three range types switch to DhcpIpRanges
        body = self.body(c_text, 'dhcpm_dissect_DHCP_SUBNET_ELEMENT_DATA_V5')
        self.assertIn('( ( ( v_ElementType <= 7 ) && ( 5 <= v_ElementType ) ) ? 0 : v_ElementType )',
                      body)
        # a size_is that names a member sent after the pointer
        body = self.body(c_text, 'dhcpm_dissect_DHCP_POL_COND')
        self.assertIn('slot_Value = ndr_deferred_slot(ctx);', body)
        self.assertIn('ndr_deferred_set_arg(ctx, slot_Value, (guint64)(v_ValueLength));', body)
        # [in, size_is(dwAttribCount)] LPDHCP_ATTRIB_ID: an array in place,
        # and the [range(0, 6)] of its count
        body = self.body(c_text, 'dhcpm_dhcpsrv2_R_DhcpServerQueryAttributes_request')
        self.assertIn('ndr_pointee_uint32s(ctx, tree, offset, hf_dhcpm_attrib_ids, '
                      '(guint64)(v_dwAttribCount))', body)
        self.assertIn('ndr_check_range(ctx, tree, hf_dhcpm_dw_attrib_count, v_dwAttribCount, 0, 6);', body)
        # an [out] array sized by an [in] parameter: the response takes its max_count
        body = self.body(c_text, 'dhcpm_dhcpsrv2_R_DhcpQueryDnsRegCredentials_response')
        self.assertIn('ndr_pointee_wchars(ctx, tree, offset, hf_dhcpm_uname, NDR_SIZE_IS_ANY)', body)

    def test_unions_and_arrays(self):
        g, c_text = self.generated()
        body = self.body(c_text, 'dhcpm_dissect_DHCP_ATTRIB_AttribValue')
        self.assertIn('ndr_union_switch32(', body)
        body = self.body(c_text, 'dhcpm_dissect_DHCP_OPTION_SCOPE_INFO_ScopeInfo')
        self.assertIn('case 0: /* DhcpDefaultOptions */\n        break;', body)
        self.assertIn('ndr_union_unknown_arm', body)
        # an array of pointers: max_count, the referent IDs, then the pointees
        body = self.body(c_text, 'dhcpm_array_ptr_DHCP_CLIENT_INFO')
        self.assertIn('ndr_conformant_array(ctx, tree, offset, size_is, 4, 8, '
                      'dhcpm_element_ptr_DHCP_CLIENT_INFO, hf_index)', body)
        self.assertIn('ndr_fixed_bytes(ctx, tree, offset, hf_dhcpm_filter_pattern, 255)', c_text)

    def test_contexts(self):
        g, c_text = self.generated()
        # a DHCPv6 method's option structures name DHCPv6 options
        self.assertIn('dhcpm_dissect_DHCP_OPTION__v6', self.body(
            c_text, 'dhcpm_dhcpsrv2_R_DhcpCreateOptionV6_request'))
        forms = {f.runtime_strings for f in g.fields['dhcpm.option.option_id']}
        self.assertEqual(forms, {'dhcpm_option_names', 'dhcpm_option6_names'})
        # a client's OwnerHost is named as the client's, a subnet's primary host not
        self.assertIn('dhcpm.client.owner_ip_address', g.fields)
        self.assertIn('dhcpm.host.ip_address', g.fields)
        self.assertIn('hf_dhcpm_host_ip_address', self.body(c_text, 'dhcpm_dissect_DHCP_HOST_INFO'))
        self.assertIn('hf_dhcpm_client_owner_ip_address',
                      self.body(c_text, 'dhcpm_dissect_DHCP_HOST_INFO__owner'))
        # the failover relationship's scopes keep their contract names
        self.assertIn('hf_dhcpm_relationship_scope_count',
                      self.body(c_text, 'dhcpm_dissect_DHCP_IP_ARRAY__relationship'))
        self.assertIn('hf_dhcpm_ip_array_num_elements', self.body(c_text, 'dhcpm_dissect_DHCP_IP_ARRAY'))
        self.assertEqual(g.fields['dhcpm.subnet_address_v6'][0].ftype, 'FT_IPv6')
        self.assertEqual(g.fields['dhcpm.subnet_address'][0].ftype, 'FT_IPv4')

    def test_small_idl(self):
        # the features on an IDL of their own, so a change of dhcpm.idl
        # cannot hide them
        text = """
        typedef unsigned long DWORD;
        typedef unsigned short WORD;
        typedef unsigned char BYTE;
        #define PICK(E) (((E) == 9) ? (1) : (E))
        const DWORD N = 3;
        typedef enum _K { A = 0, B = 1 } K;
        typedef struct _S {
            K kind;
            [switch_is(PICK(kind)), switch_type(K)] union _U {
                [case(A)] ;
                [case(B)] DWORD b;
            } u;
            [size_is(count)] BYTE *late;
            DWORD count;
            BYTE fixed[N];
        } S;
        [uuid(00000000-0000-0000-0000-000000000001), version(1.0)]
        interface t { DWORD M([in] DWORD n, [in, size_is(n)] WORD *w, [in] S *s); }
        """
        from cnf import parse_cnf as pc
        g = Generator(parse_idl(text), pc('PROTOCOL x "X" "X"\nRETURN werror f\n'))
        c_text, _ = g.generate('x.h')
        self.assertIn('( ( v_kind == 9 ) ? 1 : v_kind )', c_text)
        self.assertIn('ndr_fixed_bytes(ctx, tree, offset, hf_x_fixed, 3)', c_text)
        self.assertIn('ndr_deferred_set_arg(ctx, slot_late, (guint64)(v_count));', c_text)
        self.assertEqual(g.flat_size(StructT(g.idl.types['S'])), 2 + 2 + 0 + 4 + 4 + 3)

    def test_errors_have_lines(self):
        with self.assertRaises(IdlError) as e:
            parse_idl('typedef struct { DWORD a; } X;\n typedef struct { DWORD b } Y;')
        self.assertIn('line 2', str(e.exception))


    def test_changes_and_codes(self):
        text = """
        typedef unsigned long DWORD;
        [uuid(00000000-0000-0000-0000-000000000001), version(1.0)]
        interface t {
            DWORD R_XGetAddressStatus([in] DWORD a);
            DWORD R_XAddScope([in] DWORD a);
            DWORD R_XAddScopeEx([in] DWORD a);
        }
        """
        from cnf import parse_cnf as pc
        from codes import CodesError, parse_codes
        cnf = pc('PROTOCOL x "X" "X"\nRETURN werror f\nCHANGE R_X*Add[A-Z]*\n')
        names = {'R_XGetAddressStatus', 'R_XAddScope', 'R_XAddScopeEx'}
        codes = parse_codes('# comment\n'
                            'R_XAddScope\t0x00000000\tERROR_SUCCESS\t=\t0x00000000\n'
                            'R_XAddScope\t0x00004E92\tERROR_B\t=\t0x00004E93\n'
                            'R_XAddScopeEx\t=\tR_XAddScope\n'
                            'R_XAddScopeEx\t-\tERROR_ACCESS_DENIED\t=\t0x00000005\n', names)
        self.assertEqual(codes['R_XAddScope'], [(0, 0, 'ERROR_SUCCESS'),
                                                (0x4E93, 0x4E92, 'ERROR_B')])
        self.assertEqual(codes['R_XAddScopeEx'], [(0, 0, 'ERROR_SUCCESS'), (5, 5, 'ERROR_ACCESS_DENIED'),
                                                  (0x4E93, 0x4E92, 'ERROR_B')])
        g = Generator(parse_idl(text), cnf, codes)
        c_text, _ = g.generate('x.h')
        # GetAddressStatus holds "Add" but no verb: it reads
        self.assertIn('x_t_R_XGetAddressStatus_response, FALSE, NULL, 0 }', c_text)
        self.assertIn('x_t_R_XAddScope_response, TRUE, x_codes_t_1, 2 }', c_text)
        self.assertIn('{ 0x00004E93, 0x00004E92, "ERROR_B" }', c_text)
        self.assertEqual(g.unused_cnf(), [])
        with self.assertRaises(CodesError):
            parse_codes('R_Nope\t-\tERROR_X\t=\t0x1\n', names)
        with self.assertRaises(CodesError):
            parse_codes('R_XAddScope\t=\tR_XAddScopeEx\nR_XAddScopeEx\t=\tR_XAddScope\n',
                        names)


if __name__ == '__main__':
    unittest.main()
