#!/usr/bin/python3
"""Self-checks of dhcpm_types / dhcpm_fill.

    /usr/bin/python3 captures/test_dhcpm_types.py [-v]

(a) every request and response class of the 184 methods marshals in NDR 2.0
    and NDR64 under every fill profile and every union arm;
(b) every NDR 2.0 stub unmarshals with the same class and marshals again to
    the same bytes (make_captures.roundtrip: alignment gaps excepted); so
    does every NDR64 stub;
(c) hand-computed byte layouts (C706 chapter 14, MS-RPCE 2.2.5 for NDR64);
(d) impacket's own dhcpm classes against ours (IMPACKET_CONFORMANT);
plus consistency of the metadata, the filler and, if the specification is
at /work/spec/appendix.idl, member and parameter names against its IDL.
Exit status 0 when everything passes.
"""

import os
import re
import struct
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dhcpm_types as T      # noqa: E402
import dhcpm_fill as F       # noqa: E402
import make_captures as mc   # noqa: E402

VERBOSE = '-v' in sys.argv
APPENDIX = '/work/spec/appendix.idl'


################################################################################
# helpers
################################################################################

def layout(*rows):
    """rows of (hex, comment) -> list of (byte or None, comment); 'xx' is an
    alignment gap byte (any value)."""
    out = []
    for hexes, comment in rows:
        h = ''.join(hexes.split())
        assert len(h) % 2 == 0, hexes
        for i in range(0, len(h), 2):
            pair = h[i:i + 2]
            out.append((None if pair == 'xx' else int(pair, 16), comment))
    return out


def check_layout(name, stub, expected):
    if len(stub) != len(expected):
        dump(stub)
        raise AssertionError('%s: %d bytes, expected %d' % (name, len(stub), len(expected)))
    for i, (want, comment) in enumerate(expected):
        if want is None:
            assert stub[i] in mc.PAD_FILL or stub[i] == 0, (name, i, 'gap byte %02x' % stub[i])
        elif stub[i] != want:
            dump(stub)
            raise AssertionError('%s: offset %d (%s): %02x, expected %02x'
                                 % (name, i, comment, stub[i], want))


def dump(b):
    for i in range(0, len(b), 16):
        print('    %04x  %s' % (i, b[i:i + 16].hex(' ')))


def utf16(text):
    return (text + '\x00').encode('utf-16-le').hex()


TESTS = []


def case(fn):
    TESTS.append(fn)
    return fn


################################################################################
# (a) + (b): everything marshals, NDR 2.0 round trips
################################################################################

def all_calls():
    for key in sorted(T.METHODS):
        for cls in T.METHODS[key]:
            yield key, cls


@case
def test_methods_table():
    assert len(T.METHODS) == 184
    assert len([k for k in T.METHODS if k[0] == 'dhcpsrv']) == 51
    assert len([k for k in T.METHODS if k[0] == 'dhcpsrv2']) == 133
    for (iface, opnum), (req, resp) in T.METHODS.items():
        assert req.opnum == resp.opnum == opnum and req.IFACE == resp.IFACE == iface
        assert req.__name__.startswith('R_Dhcp') and resp.__name__ == req.__name__ + 'Response'
        assert resp.structure[-1] == ('ErrorCode', T.DWORD), resp
        assert req.__name__ in T.IDL_PARAMS
    assert T.METHODS[('dhcpsrv', 0)][0] is T.R_DhcpCreateSubnet
    assert T.METHODS[('dhcpsrv2', 132)][0] is T.R_DhcpV4GetClientInfoEx
    assert T.MSRPC_UUID_DHCPSRV == mc.uuidtup_to_bin(mc.DHCPSRV)
    assert T.MSRPC_UUID_DHCPSRV2 == mc.uuidtup_to_bin(mc.DHCPSRV2)


@case
def test_every_call_every_profile_every_arm():
    count = 0
    for key, cls in all_calls():
        arms = F.max_arms(cls)
        for profile in F.PROFILES:
            for arm in range(arms):
                for seed in ((0, 1, 2, 3) if arms > 1 and profile == 'full' else (0,)):
                    what = (key, cls.__name__, profile, arm, seed)
                    try:
                        obj = F.fill(cls, profile=profile, arm=arm, seed=seed, length=7)
                        stub = T.marshal(obj)
                        mc.roundtrip(cls, stub)                                    # (b)
                        stub64 = T.marshal(obj, ndr64=True)
                        assert not obj._isNDR64            # marshal() left obj alone
                        back = T.unmarshal(cls, stub64, ndr64=True)
                        assert same(T.marshal(back, ndr64=True), stub64)
                    except Exception:
                        traceback.print_exc()
                        raise AssertionError('failed: %r' % (what,))
                    count += 1
    if VERBOSE:
        print('    %d fills marshalled in both syntaxes' % count)


@case
def test_long_profile():
    for cls in (T.R_DhcpEnumSubnetClientsV4Response, T.R_DhcpGetAllOptionValuesResponse,
                T.R_DhcpServerQueryAttributes, T.R_DhcpQueryDnsRegCredentialsResponse,
                T.R_DhcpEnumMScopesResponse, T.R_DhcpV4EnumPoliciesExResponse):
        obj = F.fill(cls, profile='long', length=300)
        stub = T.marshal(obj)
        mc.roundtrip(cls, stub)
        T.marshal(obj, ndr64=True)
    obj = F.fill(T.R_DhcpEnumSubnetClientsV4Response, profile='long', length=300)
    assert obj['ClientInfo']['NumElements'] == 300 == len(obj['ClientInfo']['Clients'])
    assert obj['ClientsRead'] == 300
    obj = F.fill(T.R_DhcpServerQueryAttributes, profile='long', length=300)
    assert obj['dwAttribCount'] == 6 == len(obj['pDhcpAttribs'])            # [range(0,6)]
    req = F.fill(T.R_DhcpQueryDnsRegCredentials, profile='long', length=2000)
    resp = F.fill(T.R_DhcpQueryDnsRegCredentialsResponse, profile='long', length=2000)
    assert req['UnameSize'] == len(resp['Uname']) == 1024                     # [range(0,1024)]


################################################################################
# metadata and filler consistency
################################################################################

def walk(obj, visit):
    """Call visit(x) for every structure / union / call reachable from obj."""
    if isinstance(obj, list):
        for item in obj:
            walk(item, visit)
        return
    if not isinstance(obj, T.NDR) or isinstance(obj, T.NDRPOINTERNULL):
        return
    if isinstance(obj, (T.Struct, T.Union, T.Call)):
        visit(obj)
    for name, _ in obj.commonHdr + obj.structure + obj.referent:
        walk(obj.fields.get(name), visit)


def check_consistent(obj):
    def visit(x):
        if isinstance(x, (T.Struct, T.Call)):
            for array, count in x.SIZE_IS.items():
                if count not in x.fields:
                    continue
                if isinstance(x.fields[array], T.CArray):
                    n = len(x.fields[array].fields['Data'])
                else:
                    n = 0 if T.is_null(x, array) else len(x[array])
                assert x[count] == n, (type(x).__name__, array, count, x[count], n)
        if isinstance(x, T.Struct):
            for union, disc in x.SWITCH_IS.items():
                value = x[disc]
                tag = T.ELEMENT_MASK(value) if x.SWITCH_MASK.get(union) else value
                assert x[union]['tag'] == tag, (type(x).__name__, union, value)
                arm = x[union].ARMS[tag]
                assert x[union].arm() == arm
    walk(obj, visit)


@case
def test_metadata():
    structs = [c for c in vars(T).values() if isinstance(c, type) and issubclass(c, T.Struct)
               and c is not T.Struct]
    unions = [c for c in vars(T).values() if isinstance(c, type) and issubclass(c, T.Union)
              and c is not T.Union]
    assert len(unions) == 11, len(unions)
    for s in structs:
        assert 'SIZE_IS' in vars(s) or s in (T.DHCP_CLIENT_UID, T.DHCP_RESUME_IPV6_HANDLE), s
        names = [n for n, _ in s.structure]
        for array, count in s.SIZE_IS.items():
            assert array in names and count in names, (s, array)
        for union, disc in s.SWITCH_IS.items():
            assert union in names and disc in names
    for u in unions:
        assert set(u.ARMS) == set(u.union)
    masked = sorted(s.__name__ for s in structs if s.SWITCH_MASK)
    assert masked == ['DHCP_SUBNET_ELEMENT_DATA', 'DHCP_SUBNET_ELEMENT_DATA_V4',
                      'DHCP_SUBNET_ELEMENT_DATA_V5', 'DHCP_SUBNET_ELEMENT_DATA_V6'], masked
    assert T.DHCP_ATTRIB.SWITCH_IS == {'AttribValue': 'DhcpAttribType'}
    assert T.DHCP_ATTRIB_VALUE_UNION.ARMS == {1: 'DhcpAttribBool', 2: 'DhcpAttribUlong'}
    assert T.DHCP_ATTRIB_VALUE_UNION.tag_class(False) is T.NDRULONG
    assert T.DHCP_OPTION_SCOPE_UNION.ARMS[0] is None and T.DHCP_OPTION_SCOPE_UNION.ARMS[1] is None
    assert T.DHCP_OPTION_SCOPE_UNION6.ARMS[3] is None
    assert [n for n, _ in T.DHCP_VENDOR_OPTION.structure] == ['Option', 'VendorName', 'ClassName']
    assert [n for n, _ in T.DHCP_ALL_OPTION_VALUES_ELEMENT.structure] == \
        ['ClassName', 'VendorName', 'IsVendor', 'OptionsArray']
    assert [n for n, _ in T.DHCP_ALL_OPTION_VALUES_PB_ELEMENT.structure] == \
        ['PolicyName', 'VendorName', 'IsVendor', 'OptionsArray']
    assert T.DHCP_POL_COND.SIZE_IS == {'Value': 'ValueLength'}
    for cls, a20, a64 in ((T.DHCP_SEARCH_INFO, 4, 8), (T.DHCP_OPTION_DATA_ELEMENT, 4, 8),
                          (T.DHCP_IPV6_ADDRESS, 8, 8), (T.DHCP_ADDR_PATTERN, 4, 4),
                          (T.DHCP_ATTRIB, 4, 4), (T.DHCP_OPTION_SCOPE_INFO6, 8, 8),
                          (T.DATE_TIME, 4, 4), (T.DHCP_SUBNET_INFO_VQ, 8, 8),
                          (T.DHCP_OPTION_SCOPE_INFO, 4, 8)):
        assert T.static_alignment(cls, False) == a20, cls
        assert T.static_alignment(cls, True) == a64, cls
    assert T.ELEMENT_MASK(5) == T.ELEMENT_MASK(6) == T.ELEMENT_MASK(7) == 0
    assert [T.ELEMENT_MASK(v) for v in (0, 1, 2, 3, 4, 8)] == [0, 1, 2, 3, 4, 8]


@case
def test_filler():
    for key, cls in all_calls():
        for profile in F.PROFILES:
            for arm in range(F.max_arms(cls)):
                check_consistent(F.fill(cls, profile=profile, arm=arm, length=4))
    # deterministic
    a = T.marshal(F.fill(T.R_DhcpV4GetAllOptionValuesResponse, seed=5))
    b = T.marshal(F.fill(T.R_DhcpV4GetAllOptionValuesResponse, seed=5))
    c = T.marshal(F.fill(T.R_DhcpV4GetAllOptionValuesResponse, seed=6))
    assert a == b != c
    # the arms cycle through everything, ELEMENT_MASK element types included
    seen = set()
    for seed in range(4):
        for arm in range(F.max_arms(T.R_DhcpAddSubnetElementV5)):
            e = F.fill(T.R_DhcpAddSubnetElementV5, arm=arm, seed=seed)['AddElementInfo']
            seen.add((e['ElementType'], e['Element']['tag']))
    assert seen == {(0, 0), (5, 0), (6, 0), (7, 0), (1, 1), (2, 2), (3, 3), (4, 4)}, seen
    # values: distinct scalars, plausible addresses, infinite date, non-ASCII
    r = F.fill(T.R_DhcpEnumSubnetClientsVQResponse, seed=0)
    clients = [p['Data'] for p in r['ClientInfo']['Clients']]
    ips = [c['ClientIpAddress'] for c in clients]
    assert len(set(ips)) == len(ips) and all(ip >> 24 == 10 for ip in ips)
    assert all(c['SubnetMask'] in [(0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF for p in F.PREFIXES]
               for c in clients)
    dates = [(c['ClientLeaseExpires']['dwHighDateTime'], c['ClientLeaseExpires']['dwLowDateTime'])
             for c in clients] + [(c['ProbationEnds']['dwHighDateTime'],
                                   c['ProbationEnds']['dwLowDateTime']) for c in clients]
    assert (0x7FFFFFFF, 0xFFFFFFFF) in dates
    assert all(c['ClientHardwareAddress']['DataLength'] == 6 for c in clients)
    assert all(c['ClientHardwareAddress']['Data'][:3] == [0x00, 0x15, 0x5D] for c in clients)
    texts = []
    walk(F.fill(T.R_DhcpGetAllOptionsResponse), lambda x: texts.extend(
        x[n] for n, c in x.structure if isinstance(x.fields[n], T.LPWSTR) and
        not T.is_null(x, n)))
    assert any(not t.isascii() for t in texts), texts
    assert F.fill(T.R_DhcpCreateSubnetResponse, error_code=0x4E2D)['ErrorCode'] == 0x4E2D
    v6 = F.fill(T.R_DhcpCreateSubnetV6)['SubnetAddress']
    assert v6['HighOrderBits'] >> 32 == 0x20010DB8 and v6['LowOrderBits'] == 0
    # null: every unique pointer NULL; empty: pointers set, arrays empty
    n = F.fill(T.R_DhcpGetSubnetInfoResponse, profile='null')
    assert T.is_null(n, 'SubnetInfo')
    n = F.fill(T.R_DhcpCreateSubnet, profile='null')
    assert T.is_null(n, 'ServerIpAddress') and T.is_null(n['SubnetInfo'], 'SubnetName')
    e = F.fill(T.R_DhcpEnumSubnetsResponse, profile='empty')
    assert e['EnumInfo']['NumElements'] == 0 and e['EnumInfo']['Elements'] == []
    assert not T.is_null(e['EnumInfo'], 'Elements') and e['ElementsRead'] == 0


@case
def test_names_against_appendix():
    """Member and parameter names against the IDL of Appendix A (if present)."""
    if not os.path.exists(APPENDIX):
        print('    (no %s: name check skipped)' % APPENDIX)
        return
    idl = open(APPENDIX, encoding='utf-8').read()
    idl = re.sub(r'//[^\n]*', '', idl)
    idl = re.sub(r'/\*.*?\*/', '', idl, flags=re.S)
    body_of = {}
    for m in re.finditer(r'typedef\s+struct\s*\w*\s*\{', idl):
        depth, i = 1, m.end()
        while depth:
            depth += {'{': 1, '}': -1}.get(idl[i], 0)
            i += 1
        name = re.match(r'\s*(\w+)', idl[i:]).group(1)
        body_of[name] = idl[m.end():i - 1]
    checked = 0
    for name, body in body_of.items():
        flat = re.sub(r'(union|struct)\s*\w*\s*\{[^{}]*\}\s*\*?\s*(\w*)\s*;',
                      lambda u: ' X %s;' % (u.group(2) or 'AttribValue'), body)
        members = [re.findall(r'(\w+)\s*(?:\[\s*\w+\s*\])?$', decl.strip())[0]
                   for decl in re.sub(r'\[[^\]]*\]', ' ', flat).split(';') if decl.strip()]
        # a fixed array keeps its name: strip "[N]" but not the name
        members = [m for m in members]
        cls = getattr(T, name)
        assert [n for n, _ in cls.structure] == members, (name, members)
        checked += 1
    assert checked >= 115, checked
    for iface, section in (('dhcpsrv', idl[idl.index('interface dhcpsrv\n'):
                                            idl.index('interface dhcpsrv2')]),
                           ('dhcpsrv2', idl[idl.index('interface dhcpsrv2'):])):
        methods = re.findall(r'DWORD\s+(R_\w+)\s*\((.*?)\)\s*;', section, re.S)
        for opnum, (method, params) in enumerate(methods):
            req, resp = T.METHODS[(iface, opnum)]
            assert req.__name__ == method
            decls = [' '.join(p.split()) for p in re.split(r',\s*(?![^\[]*\])', params)]
            ins = [re.findall(r'(\w+)$', d)[0] for d in decls if re.match(r'\[[^\]]*\bin\b', d)]
            outs = [re.findall(r'(\w+)$', d)[0] for d in decls if re.match(r'\[[^\]]*\bout\b', d)]
            assert [n for n, _ in req.structure] == ins, (method, ins)
            assert [n for n, _ in resp.structure] == outs + ['ErrorCode'], (method, outs)


################################################################################
# (c) hand-computed layouts
################################################################################

def lpwstr(obj, name, text):
    T.set_string(obj, name, text)


@case
def test_layout_create_subnet():
    """R_DhcpCreateSubnet (dhcpsrv 0) request, NDR 2.0: a unique string, a
    [ref] structure in place with an embedded structure, deferred strings."""
    r = T.R_DhcpCreateSubnet()
    lpwstr(r, 'ServerIpAddress', 'dhcp')
    r['SubnetAddress'] = T.ip('10.0.0.0')
    si = r['SubnetInfo']
    si['SubnetAddress'] = T.ip('10.0.0.0')
    si['SubnetMask'] = T.ip('255.255.255.0')
    lpwstr(si, 'SubnetName', 'lab')
    lpwstr(si, 'SubnetComment', None)
    si['PrimaryHost']['IpAddress'] = T.ip('10.0.0.1')
    lpwstr(si['PrimaryHost'], 'NetBiosName', 'SRV1')
    lpwstr(si['PrimaryHost'], 'HostName', None)
    si['SubnetState'] = T.DHCP_SUBNET_STATE.DhcpSubnetDisabled
    check_layout('R_DhcpCreateSubnet', T.marshal(r), layout(
        ('00000200', '@0 ServerIpAddress: referent ID 0x00020000 (unique)'),
        ('05000000 00000000 05000000', '@4 max_count 5, offset 0, actual_count 5'),
        ('64006800630070000000', '@16 "dhcp\\0"'),
        ('xxxx', '@26 gap to 4'),
        ('0000000a', '@28 SubnetAddress 10.0.0.0'),
        ('0000000a', '@32 SubnetInfo ([ref]: in place, no referent ID).SubnetAddress'),
        ('00ffffff', '@36 SubnetMask 255.255.255.0'),
        ('04000200', '@40 SubnetName referent ID 0x00020004'),
        ('00000000', '@44 SubnetComment NULL'),
        ('0100000a', '@48 PrimaryHost.IpAddress 10.0.0.1'),
        ('08000200', '@52 PrimaryHost.NetBiosName referent ID 0x00020008'),
        ('00000000', '@56 PrimaryHost.HostName NULL'),
        ('0100', '@60 SubnetState DhcpSubnetDisabled (enum: 16 bits)'),
        ('xxxx', '@62 gap to 4'),
        ('04000000 00000000 04000000', '@64 SubnetName counts'),
        ('6c00610062000000', '@76 "lab\\0"'),
        ('05000000 00000000 05000000', '@84 NetBiosName counts'),
        ('53005200560031000000', '@96 "SRV1\\0", ends at 106'),
    ))


def option_value_request():
    r = T.R_DhcpSetOptionValue()
    lpwstr(r, 'ServerIpAddress', None)
    r['OptionID'] = 6
    T.select_arm(r['ScopeInfo'], 'ScopeInfo', T.DHCP_OPTION_SCOPE_TYPE.DhcpSubnetOptions)
    r['ScopeInfo']['ScopeInfo']['SubnetScopeInfo'] = T.ip('10.0.1.0')
    e0 = T.DHCP_OPTION_DATA_ELEMENT()
    T.select_arm(e0, 'Element', T.DHCP_OPTION_DATA_TYPE.DhcpByteOption)
    e0['Element']['ByteOption'] = 42
    e1 = T.DHCP_OPTION_DATA_ELEMENT()
    T.select_arm(e1, 'Element', T.DHCP_OPTION_DATA_TYPE.DhcpStringDataOption)
    lpwstr(e1['Element'], 'StringDataOption', 'ab')
    T.set_array(r['OptionValue'], 'Elements', [e0, e1])
    assert r['OptionValue']['NumElements'] == 2
    return r


@case
def test_layout_set_option_value():
    """R_DhcpSetOptionValue (dhcpsrv 12) request, NDR 2.0: DhcpSubnetOptions
    scope, DHCP_OPTION_DATA with a BYTE arm then a string arm.  The
    discriminants sit at their natural 2-byte alignment, the arms at theirs;
    the structures are 4-aligned (their unions' largest arm), so element 1
    starts at 36, not 34."""
    check_layout('R_DhcpSetOptionValue', T.marshal(option_value_request()), layout(
        ('00000000', '@0 ServerIpAddress NULL'),
        ('06000000', '@4 OptionID 6'),
        ('0200', '@8 ScopeInfo.ScopeType DhcpSubnetOptions'),
        ('0200', '@10 union discriminant 2 (16 bits)'),
        ('0001000a', '@12 SubnetScopeInfo 10.0.1.0'),
        ('02000000', '@16 OptionValue.NumElements 2'),
        ('00000200', '@20 Elements referent ID 0x00020000'),
        ('02000000', '@24 max_count 2'),
        ('0000', '@28 [0].OptionType DhcpByteOption'),
        ('0000', '@30 [0] discriminant 0'),
        ('2a', '@32 [0].ByteOption 42'),
        ('xxxxxx', '@33 gap: the next element is 4-aligned'),
        ('0500', '@36 [1].OptionType DhcpStringDataOption'),
        ('0500', '@38 [1] discriminant 5'),
        ('04000200', '@40 [1].StringDataOption referent ID 0x00020004'),
        ('03000000 00000000 03000000', '@44 deferred string counts'),
        ('610062000000', '@56 "ab\\0", ends at 62'),
    ))


@case
def test_layout_set_option_value_ndr64():
    """The same request in NDR64: 8-byte pointers and counts, 4-byte enums
    and discriminants; DHCP_OPTION_SCOPE_INFO and DHCP_OPTION_DATA_ELEMENT
    are 8-aligned (a pointer arm), their unions aligned to 8 before the
    discriminant and again before the arm, structures padded to a multiple
    of 8 at their end (MS-RPCE 2.2.5.3.4.1, 2.2.5.3.4.4)."""
    check_layout('R_DhcpSetOptionValue/NDR64', T.marshal(option_value_request(), ndr64=True),
                 layout(
        ('0000000000000000', '@0 ServerIpAddress NULL (8 bytes)'),
        ('06000000', '@8 OptionID 6'),
        ('xxxxxxxx', '@12 gap: DHCP_OPTION_SCOPE_INFO is 8-aligned'),
        ('02000000', '@16 ScopeType (enum: 32 bits)'),
        ('xxxxxxxx', '@20 gap: union 8-aligned'),
        ('02000000', '@24 discriminant 2 (32 bits)'),
        ('xxxxxxxx', '@28 gap: arm aligned to the union alignment'),
        ('0001000a', '@32 SubnetScopeInfo 10.0.1.0'),
        ('xxxxxxxx', '@36 trailing pad of DHCP_OPTION_SCOPE_INFO to 40'),
        ('02000000', '@40 OptionValue.NumElements 2'),
        ('xxxxxxxx', '@44 gap'),
        ('0000020000000000', '@48 Elements referent ID 0x00020000'),
        ('0200000000000000', '@56 max_count 2 (64 bits)'),
        ('00000000', '@64 [0].OptionType'),
        ('xxxxxxxx', '@68 gap'),
        ('00000000', '@72 [0] discriminant 0'),
        ('xxxxxxxx', '@76 gap'),
        ('2a', '@80 [0].ByteOption 42'),
        ('xxxxxxxxxxxxxx', '@81 trailing pad of element 0 to 88'),
        ('05000000', '@88 [1].OptionType'),
        ('xxxxxxxx', '@92 gap'),
        ('05000000', '@96 [1] discriminant 5'),
        ('xxxxxxxx', '@100 gap'),
        ('0400020000000000', '@104 [1].StringDataOption referent ID 0x00020004'),
        ('0300000000000000 0000000000000000 0300000000000000', '@112 string counts (64 bits)'),
        ('610062000000', '@136 "ab\\0", ends at 142'),
    ))


@case
def test_layout_add_subnet_element_v5():
    """R_DhcpAddSubnetElementV5 (dhcpsrv2 37) request: ElementType
    DhcpIpRangesBootpOnly (7) goes out as 7, the union discriminant as
    ELEMENT_MASK(7) = 0, selecting the IpRange arm (a pointer)."""
    r = T.R_DhcpAddSubnetElementV5()
    lpwstr(r, 'ServerIpAddress', None)
    r['SubnetAddress'] = T.ip('10.0.2.0')
    e = r['AddElementInfo']
    T.set_element_type(e, T.DHCP_SUBNET_ELEMENT_TYPE.DhcpIpRangesBootpOnly)
    rng = e['Element']['IpRange']
    rng['StartAddress'] = T.ip('10.0.2.10')
    rng['EndAddress'] = T.ip('10.0.2.200')
    rng['BootpAllocated'] = 5
    rng['MaxBootpAllowed'] = 100
    check_layout('R_DhcpAddSubnetElementV5', T.marshal(r), layout(
        ('00000000', '@0 ServerIpAddress NULL'),
        ('0002000a', '@4 SubnetAddress 10.0.2.0'),
        ('0700', '@8 AddElementInfo.ElementType DhcpIpRangesBootpOnly'),
        ('0000', '@10 discriminant ELEMENT_MASK(7) = 0'),
        ('00000200', '@12 IpRange referent ID 0x00020000'),
        ('0a02000a', '@16 DHCP_BOOTP_IP_RANGE.StartAddress 10.0.2.10'),
        ('c802000a', '@20 EndAddress 10.0.2.200'),
        ('05000000', '@24 BootpAllocated 5'),
        ('64000000', '@28 MaxBootpAllowed 100, ends at 32'),
    ))


@case
def test_layout_enum_subnet_clients_v4_response():
    """R_DhcpEnumSubnetClientsV4 (dhcpsrv 35) response with two clients: the
    array of pointers is max_count, both referent IDs, then client 0 (flat)
    with its pointees, then client 1 with its pointees."""
    r = T.R_DhcpEnumSubnetClientsV4Response()
    r['ResumeHandle'] = 2
    arr = r['ClientInfo']
    c0, c1 = T.LPDHCP_CLIENT_INFO_V4(), T.LPDHCP_CLIENT_INFO_V4()
    for p, ip, mask, hw, name, comment, lease, owner, ctype in (
            (c0, '10.0.0.50', '255.255.255.0', [0x00, 0x15, 0x5D, 1, 2, 3], 'pc1', None,
             (0x11223344, 0x01DA1234), '10.0.0.1', 1),
            (c1, '10.0.0.51', '255.255.0.0', None, None, 'x', (0xFFFFFFFF, 0x7FFFFFFF),
             '10.0.0.2', 2)):
        c = p['Data']
        c['ClientIpAddress'] = T.ip(ip)
        c['SubnetMask'] = T.ip(mask)
        T.set_array(c['ClientHardwareAddress'], 'Data', hw)
        lpwstr(c, 'ClientName', name)
        lpwstr(c, 'ClientComment', comment)
        c['ClientLeaseExpires']['dwLowDateTime'], c['ClientLeaseExpires']['dwHighDateTime'] = lease
        c['OwnerHost']['IpAddress'] = T.ip(owner)
        lpwstr(c['OwnerHost'], 'NetBiosName', None)
        lpwstr(c['OwnerHost'], 'HostName', None)
        c['bClientType'] = ctype
    T.set_array(arr, 'Clients', [c0, c1])
    r['ClientsRead'] = 2
    r['ClientsTotal'] = 2
    r['ErrorCode'] = 0
    check_layout('R_DhcpEnumSubnetClientsV4Response', T.marshal(r), layout(
        ('02000000', '@0 ResumeHandle 2 ([in, out] DHCP_RESUME_HANDLE *: in place)'),
        ('00000200', '@4 ClientInfo referent ID 0x00020000 (ref -> unique)'),
        ('02000000', '@8 DHCP_CLIENT_INFO_ARRAY_V4.NumElements 2'),
        ('04000200', '@12 Clients referent ID 0x00020004'),
        ('02000000', '@16 max_count 2'),
        ('08000200', '@20 Clients[0] referent ID 0x00020008'),
        ('0c000200', '@24 Clients[1] referent ID 0x0002000c'),
        ('3200000a', '@28 client 0: ClientIpAddress 10.0.0.50'),
        ('00ffffff', '@32 SubnetMask 255.255.255.0'),
        ('06000000', '@36 ClientHardwareAddress.DataLength 6'),
        ('10000200', '@40 ClientHardwareAddress.Data referent ID 0x00020010'),
        ('14000200', '@44 ClientName referent ID 0x00020014'),
        ('00000000', '@48 ClientComment NULL'),
        ('44332211 3412da01', '@52 ClientLeaseExpires low, high'),
        ('0100000a', '@60 OwnerHost.IpAddress 10.0.0.1'),
        ('00000000 00000000', '@64 OwnerHost.NetBiosName, HostName NULL'),
        ('01', '@72 bClientType 1'),
        ('xxxxxx', '@73 gap'),
        ('06000000', '@76 client 0 pointees: hardware address max_count 6'),
        ('00155d010203', '@80 the 6 bytes'),
        ('xxxx', '@86 gap'),
        ('04000000 00000000 04000000', '@88 ClientName counts'),
        ('7000630031000000', '@100 "pc1\\0"'),
        ('3300000a', '@108 client 1: ClientIpAddress 10.0.0.51'),
        ('0000ffff', '@112 SubnetMask 255.255.0.0'),
        ('00000000', '@116 ClientHardwareAddress.DataLength 0'),
        ('00000000', '@120 ClientHardwareAddress.Data NULL'),
        ('00000000', '@124 ClientName NULL'),
        ('18000200', '@128 ClientComment referent ID 0x00020018'),
        ('ffffffff ffffff7f', '@132 ClientLeaseExpires infinite'),
        ('0200000a', '@140 OwnerHost.IpAddress 10.0.0.2'),
        ('00000000 00000000', '@144 OwnerHost names NULL'),
        ('02', '@152 bClientType 2'),
        ('xxxxxx', '@153 gap'),
        ('02000000 00000000 02000000', '@156 client 1 pointees: ClientComment counts'),
        ('78000000', '@168 "x\\0"'),
        ('02000000', '@172 ClientsRead 2'),
        ('02000000', '@176 ClientsTotal 2'),
        ('00000000', '@180 ErrorCode 0, ends at 184'),
    ))


def mib_v6_response():
    r = T.R_DhcpGetMibInfoV6Response()
    m = r['MibInfo']
    for i, name in enumerate(('Solicits', 'Advertises', 'Requests', 'Renews', 'Rebinds',
                              'Replies', 'Confirms', 'Declines', 'Releases', 'Informs')):
        m[name] = i + 1
    m['ServerStartTime']['dwLowDateTime'] = 0x89ABCDEF
    m['ServerStartTime']['dwHighDateTime'] = 0x01D9C2B3
    scopes = []
    for high, inuse, free, pending in ((0x20010DB800010000, 0x100000005, 250, 3),
                                       (0x20010DB800020000, 7, 0x100000000, 0)):
        s = T.SCOPE_MIB_INFO_V6()
        s['Subnet']['HighOrderBits'] = high
        s['Subnet']['LowOrderBits'] = 0
        s['NumAddressesInuse'] = inuse
        s['NumAddressesFree'] = free
        s['NumPendingAdvertises'] = pending
        scopes.append(s)
    T.set_array(m, 'ScopeInfo', scopes)
    r['ErrorCode'] = 0
    return r


MIB_SCOPES = (
    ('000001 00b80d0120 0000000000000000', 'scope 0 Subnet 2001:db8:1::/64 (high, low)'),
    ('0500000001000000', 'NumAddressesInuse 0x100000005'),
    ('fa00000000000000', 'NumAddressesFree 250'),
    ('0300000000000000', 'NumPendingAdvertises 3'),
    ('000002 00b80d0120 0000000000000000', 'scope 1 Subnet 2001:db8:2::/64'),
    ('0700000000000000', 'NumAddressesInuse 7'),
    ('0000000001000000', 'NumAddressesFree 0x100000000'),
    ('0000000000000000', 'NumPendingAdvertises 0'),
)


@case
def test_layout_get_mib_info_v6_response():
    """R_DhcpGetMibInfoV6 (dhcpsrv2 68) response, NDR 2.0: ULONGLONG members
    are 8-aligned, so SCOPE_MIB_INFO_V6 (40 bytes) is; max_count is 4-aligned."""
    check_layout('R_DhcpGetMibInfoV6Response', T.marshal(mib_v6_response()), layout(
        ('00000200', '@0 MibInfo referent ID 0x00020000'),
        ('01000000 02000000 03000000 04000000 05000000', '@4 Solicits .. Rebinds 1..5'),
        ('06000000 07000000 08000000 09000000 0a000000', '@24 Replies .. Informs 6..10'),
        ('efcdab89 b3c2d901', '@44 ServerStartTime low, high'),
        ('02000000', '@52 Scopes 2'),
        ('04000200', '@56 ScopeInfo referent ID 0x00020004'),
        ('02000000', '@60 max_count 2; the elements are 8-aligned: @64, @104'),
    ) + layout(*MIB_SCOPES) + layout(
        ('00000000', '@144 ErrorCode, ends at 148'),
    ))


@case
def test_layout_get_mib_info_v6_response_ndr64():
    """The same response in NDR64: the structure is 8-aligned (a pointer),
    the pointer at @64 after a gap; 8-byte max_count."""
    check_layout('R_DhcpGetMibInfoV6Response/NDR64', T.marshal(mib_v6_response(), ndr64=True),
                 layout(
        ('0000020000000000', '@0 MibInfo referent ID'),
        ('01000000 02000000 03000000 04000000 05000000', '@8 Solicits .. Rebinds'),
        ('06000000 07000000 08000000 09000000 0a000000', '@28 Replies .. Informs'),
        ('efcdab89 b3c2d901', '@48 ServerStartTime'),
        ('02000000', '@56 Scopes 2'),
        ('xxxxxxxx', '@60 gap'),
        ('0400020000000000', '@64 ScopeInfo referent ID; structure ends at 72 (no pad)'),
        ('0200000000000000', '@72 max_count 2'),
    ) + layout(*MIB_SCOPES) + layout(
        ('00000000', '@160 ErrorCode, ends at 164'),
    ))


@case
def test_layout_client_info_v4_ndr64():
    """R_DhcpGetClientInfoV4 (dhcpsrv 34) response in NDR64 with every
    pointer NULL: DHCP_CLIENT_INFO_V4 is 8-aligned and ends with a BYTE, so
    its trailing pad (MS-RPCE 2.2.5.3.4.1) puts ErrorCode at 88, not 84; the
    embedded DHCP_CLIENT_UID and DHCP_HOST_INFO get gaps before their
    pointers."""
    r = T.R_DhcpGetClientInfoV4Response()
    c = r['ClientInfo']
    c['ClientIpAddress'] = T.ip('10.0.0.50')
    c['SubnetMask'] = T.ip('255.255.255.0')
    T.set_array(c['ClientHardwareAddress'], 'Data', None)
    lpwstr(c, 'ClientName', None)
    lpwstr(c, 'ClientComment', None)
    c['ClientLeaseExpires']['dwLowDateTime'] = 0x11223344
    c['ClientLeaseExpires']['dwHighDateTime'] = 0x01DA1234
    c['OwnerHost']['IpAddress'] = T.ip('10.0.0.1')
    lpwstr(c['OwnerHost'], 'NetBiosName', None)
    lpwstr(c['OwnerHost'], 'HostName', None)
    c['bClientType'] = 1
    r['ErrorCode'] = 0x4E2D
    check_layout('R_DhcpGetClientInfoV4Response/NDR64', T.marshal(r, ndr64=True), layout(
        ('0000020000000000', '@0 ClientInfo referent ID (64 bits)'),
        ('3200000a', '@8 ClientIpAddress 10.0.0.50'),
        ('00ffffff', '@12 SubnetMask'),
        ('00000000', '@16 ClientHardwareAddress.DataLength 0'),
        ('xxxxxxxx', '@20 gap: DHCP_CLIENT_UID is 8-aligned inside'),
        ('0000000000000000', '@24 ClientHardwareAddress.Data NULL'),
        ('0000000000000000 0000000000000000', '@32 ClientName, ClientComment NULL'),
        ('44332211 3412da01', '@48 ClientLeaseExpires'),
        ('0100000a', '@56 OwnerHost.IpAddress'),
        ('xxxxxxxx', '@60 gap'),
        ('0000000000000000 0000000000000000', '@64 OwnerHost.NetBiosName, HostName NULL'),
        ('01', '@80 bClientType'),
        ('xxxxxxxxxxxxxx', '@81 trailing pad of DHCP_CLIENT_INFO_V4 to 88'),
        ('2d4e0000', '@88 ErrorCode 0x4E2D, ends at 92'),
    ))


@case
def test_layout_add_filter_v4():
    """R_DhcpAddFilterV4 (dhcpsrv2 82) request: DHCP_FILTER_ADD_INFO in place
    ([in] DHCP_FILTER_ADD_INFO *: ref) with the fixed 255-byte Pattern; the
    Comment string is deferred to the end of that parameter, before ForceFlag."""
    r = T.R_DhcpAddFilterV4()
    lpwstr(r, 'ServerIpAddress', None)
    info = r['AddFilterInfo']
    patt = info['AddrPatt']
    patt['MatchHWType'] = 1
    patt['HWType'] = 1
    patt['IsWildcard'] = 0
    patt['Length'] = 6
    patt['Pattern'] = bytes.fromhex('00155d0a0b0c')
    lpwstr(info, 'Comment', 'guest')
    info['ListType'] = T.DHCP_FILTER_LIST_TYPE.Allow
    r['ForceFlag'] = 1
    assert r['AddFilterInfo']['AddrPatt']['Pattern'] == bytes.fromhex('00155d0a0b0c')
    check_layout('R_DhcpAddFilterV4', T.marshal(r), layout(
        ('00000000', '@0 ServerIpAddress NULL'),
        ('01000000', '@4 AddrPatt.MatchHWType TRUE'),
        ('01', '@8 HWType 1'),
        ('xxxxxx', '@9 gap'),
        ('00000000', '@12 IsWildcard FALSE'),
        ('06', '@16 Length 6'),
        ('00155d0a0b0c' + '00' * 249, '@17 Pattern: 255 bytes, no count'),
        ('00000200', '@272 Comment referent ID 0x00020000'),
        ('0100', '@276 ListType Allow'),
        ('xxxx', '@278 gap'),
        ('06000000 00000000 06000000', '@280 Comment counts'),
        (utf16('guest'), '@292 "guest\\0"'),
        ('01000000', '@304 ForceFlag TRUE, ends at 308'),
    ))


@case
def test_layout_server_query_attributes():
    """R_DhcpServerQueryAttributes (dhcpsrv2 35): the request's
    [in, size_is(dwAttribCount)] LPDHCP_ATTRIB_ID is a conformant array in
    place; the response's DHCP_ATTRIB unions switch on a ULONG (32 bits)."""
    r = T.R_DhcpServerQueryAttributes()
    lpwstr(r, 'ServerIpAddress', None)
    r['dwReserved'] = 0
    r['pDhcpAttribs'] = [T.DHCP_ATTRIB_BOOL_IS_ROGUE, T.DHCP_ATTRIB_BOOL_IS_DYNBOOTP,
                         T.DHCP_ATTRIB_ULONG_RESTORE_STATUS]
    r['dwAttribCount'] = 3
    check_layout('R_DhcpServerQueryAttributes', T.marshal(r), layout(
        ('00000000', '@0 ServerIpAddress NULL'),
        ('00000000', '@4 dwReserved'),
        ('03000000', '@8 dwAttribCount 3'),
        ('03000000', '@12 pDhcpAttribs max_count 3 (in place, no referent ID)'),
        ('01000000 02000000 06000000', '@16 the three DHCP_ATTRIB_IDs, ends at 28'),
    ))
    resp = T.R_DhcpServerQueryAttributesResponse()
    attrs = []
    for ident, kind, value in ((1, T.DHCP_ATTRIB_TYPE_BOOL, 1), (2, T.DHCP_ATTRIB_TYPE_BOOL, 0),
                               (6, T.DHCP_ATTRIB_TYPE_ULONG, 0x12345)):
        a = T.DHCP_ATTRIB()
        a['DhcpAttribId'] = ident
        u = T.select_arm(a, 'AttribValue', kind)
        u[u.arm()] = value
        attrs.append(a)
    T.set_array(resp['pDhcpAttribArr'], 'DhcpAttribs', attrs)
    resp['ErrorCode'] = 0
    check_layout('R_DhcpServerQueryAttributesResponse', T.marshal(resp), layout(
        ('00000200', '@0 pDhcpAttribArr referent ID'),
        ('03000000', '@4 NumElements 3'),
        ('04000200', '@8 DhcpAttribs referent ID 0x00020004'),
        ('03000000', '@12 max_count 3'),
        ('01000000 01000000 01000000 01000000', '@16 [0] id 1, type BOOL, ULONG discriminant 1, '
         'DhcpAttribBool TRUE'),
        ('02000000 01000000 01000000 00000000', '@32 [1] id 2, BOOL, 1, FALSE'),
        ('06000000 02000000 02000000 45230100', '@48 [2] id 6, ULONG, 2, DhcpAttribUlong 0x12345'),
        ('00000000', '@64 ErrorCode, ends at 68'),
    ))


@case
def test_layout_query_dns_reg_credentials():
    """R_DhcpQueryDnsRegCredentials (dhcpsrv2 42): the response's
    [out, size_is(UnameSize)] wchar_t * are conformant arrays in place
    (max_count = the request's size, then that many UTF-16 units)."""
    r = T.R_DhcpQueryDnsRegCredentials()
    lpwstr(r, 'ServerIpAddress', 'dhcp')
    r['UnameSize'] = 8
    r['DomainSize'] = 5
    check_layout('R_DhcpQueryDnsRegCredentials', T.marshal(r), layout(
        ('00000200 05000000 00000000 05000000', '@0 ServerIpAddress referent ID, counts'),
        (utf16('dhcp'), '@16 "dhcp\\0"'),
        ('xxxx', '@26 gap'),
        ('08000000', '@28 UnameSize 8'),
        ('05000000', '@32 DomainSize 5, ends at 36'),
    ))
    resp = T.R_DhcpQueryDnsRegCredentialsResponse()
    units = [ord(ch) for ch in 'admin']
    resp['Uname'] = units + [0] * (8 - len(units))
    resp['Domain'] = [ord(ch) for ch in 'CORP'] + [0]
    resp['ErrorCode'] = 0
    check_layout('R_DhcpQueryDnsRegCredentialsResponse', T.marshal(resp), layout(
        ('08000000', '@0 Uname max_count 8 (no referent ID, no offset/actual_count)'),
        ('610064006d0069006e00000000000000', '@4 "admin" and three NULs'),
        ('05000000', '@20 Domain max_count 5'),
        (utf16('CORP'), '@24 "CORP\\0"'),
        ('xxxx', '@34 gap'),
        ('00000000', '@36 ErrorCode, ends at 40'),
    ))


@case
def test_layout_create_subnet_v6():
    """R_DhcpCreateSubnetV6 (dhcpsrv2 57) request: [in] DHCP_IPV6_ADDRESS in
    place is 8-aligned in NDR 2.0 too (6-byte gap); DHCP_SUBNET_INFO_V6 is
    8-aligned, USHORT Preference followed by a 2-byte gap."""
    r = T.R_DhcpCreateSubnetV6()
    lpwstr(r, 'ServerIpAddress', 'dhcp')
    r['SubnetAddress']['HighOrderBits'] = 0x20010DB800050000
    r['SubnetAddress']['LowOrderBits'] = 0
    si = r['SubnetInfo']
    si['SubnetAddress']['HighOrderBits'] = 0x20010DB800050000
    si['SubnetAddress']['LowOrderBits'] = 0
    si['Prefix'] = 64
    si['Preference'] = 10
    lpwstr(si, 'SubnetName', 'v6')
    lpwstr(si, 'SubnetComment', None)
    si['State'] = 0
    si['ScopeId'] = 7
    check_layout('R_DhcpCreateSubnetV6', T.marshal(r), layout(
        ('00000200 05000000 00000000 05000000', '@0 ServerIpAddress'),
        (utf16('dhcp'), '@16 "dhcp\\0"'),
        ('xxxxxxxxxxxx', '@26 gap to 8'),
        ('00000500b80d0120 0000000000000000', '@32 SubnetAddress 2001:db8:5::'),
        ('00000500b80d0120 0000000000000000', '@48 SubnetInfo.SubnetAddress'),
        ('40000000', '@64 Prefix 64'),
        ('0a00', '@68 Preference 10'),
        ('xxxx', '@70 gap'),
        ('04000200', '@72 SubnetName referent ID 0x00020004'),
        ('00000000', '@76 SubnetComment NULL'),
        ('00000000', '@80 State 0'),
        ('07000000', '@84 ScopeId 7'),
        ('03000000 00000000 03000000', '@88 SubnetName counts'),
        (utf16('v6'), '@100 "v6\\0", ends at 106'),
    ))


@case
def test_layout_search_info():
    """DHCP_SEARCH_INFO (R_DhcpGetClientInfoV4 request) after an odd-length
    server name: the structure is 4-aligned (@40), the discriminant at its
    natural alignment (@42), the arm at its own (@44); the same bytes as
    make_captures' hand-computed failover stub (opnum 98)."""
    r = T.R_DhcpGetClientInfoV4()
    lpwstr(r, 'ServerIpAddress', '192.0.2.10')
    T.select_arm(r['SearchInfo'], 'SearchInfo', T.DHCP_SEARCH_INFO_TYPE.DhcpClientIpAddress)
    r['SearchInfo']['SearchInfo']['ClientIpAddress'] = T.ip('10.0.0.55')
    stub = T.marshal(r)
    check_layout('R_DhcpGetClientInfoV4', stub, layout(
        ('00000200 0b000000 00000000 0b000000', '@0 ServerIpAddress'),
        (utf16('192.0.2.10'), '@16 "192.0.2.10\\0"'),
        ('xxxx', '@38 gap: DHCP_SEARCH_INFO is 4-aligned'),
        ('0000', '@40 SearchType DhcpClientIpAddress'),
        ('0000', '@42 discriminant'),
        ('3700000a', '@44 ClientIpAddress 10.0.0.55, ends at 48'),
    ))
    built, _ = mc.req_client('192.0.2.10', 'ip', '10.0.0.55')
    assert built == stub, (built.hex(), stub.hex())
    # hardware address arm: a DHCP_CLIENT_UID with its deferred bytes
    T.select_arm(r['SearchInfo'], 'SearchInfo',
                 T.DHCP_SEARCH_INFO_TYPE.DhcpClientHardwareAddress)
    T.set_array(r['SearchInfo']['SearchInfo']['ClientHardwareAddress'], 'Data',
                [0x00, 0x15, 0x5D, 0x0A, 0x0B, 0x0C])
    check_layout('R_DhcpGetClientInfoV4/hw', T.marshal(r), layout(
        ('00000200 0b000000 00000000 0b000000', '@0 ServerIpAddress'),
        (utf16('192.0.2.10'), '@16'),
        ('xxxx', '@38 gap'),
        ('0100 0100', '@40 SearchType, discriminant DhcpClientHardwareAddress'),
        ('06000000', '@44 DataLength 6'),
        ('04000200', '@48 Data referent ID'),
        ('06000000 00155d0a0b0c', '@52 max_count 6, the bytes, ends at 62'),
    ))


@case
def test_layout_property_byte_arm():
    """DHCP_PROPERTY with the BYTE arm on its own (C706 union alignment):
    ID @0, Type @2, discriminant @4, ByteValue @6 (MS-RPCE's ms_union, which
    MS-DHCPM does not enable, would put it @8).  NDR64: 8-aligned (pointer
    arm), ID @0, Type @4, discriminant @8, ByteValue @16, size 24."""
    p = T.DHCP_PROPERTY()
    p['ID'] = T.DHCP_PROPERTY_ID.DhcpPropIdClientAddressStateEx
    T.select_arm(p, 'Value', T.DHCP_PROPERTY_TYPE.DhcpPropTypeByte)
    p['Value']['ByteValue'] = 0x7E
    check_layout('DHCP_PROPERTY', T.marshal(p), layout(
        ('0100', '@0 ID'), ('0000', '@2 Type DhcpPropTypeByte'),
        ('0000', '@4 discriminant'), ('7e', '@6 ByteValue')))
    check_layout('DHCP_PROPERTY/NDR64', T.marshal(p, ndr64=True), layout(
        ('01000000', '@0 ID'), ('00000000', '@4 Type'), ('00000000', '@8 discriminant'),
        ('xxxxxxxx', '@12 gap'), ('7e', '@16 ByteValue'), ('xx' * 7, '@17 trailing pad')))


@case
def test_empty_union_arms():
    """DhcpDefaultOptions / DhcpGlobalOptions (and the IPv6 ones) carry
    nothing after the discriminant."""
    for scope, size in ((0, 12), (1, 12)):
        r = T.R_DhcpRemoveOptionValue()
        lpwstr(r, 'ServerIpAddress', None)
        r['OptionID'] = 3
        T.select_arm(r['ScopeInfo'], 'ScopeInfo', scope)
        stub = T.marshal(r)
        assert stub == struct.pack('<LLHH', 0, 3, scope, scope), stub.hex()
        mc.roundtrip(T.R_DhcpRemoveOptionValue, stub)
    r = T.R_DhcpRemoveOptionValueV6()
    lpwstr(r, 'ServerIpAddress', None)
    r['Flags'] = 0
    r['OptionID'] = 23
    lpwstr(r, 'ClassName', None)
    lpwstr(r, 'VendorName', None)
    T.select_arm(r['ScopeInfo'], 'ScopeInfo', T.DHCP_OPTION_SCOPE_TYPE6.DhcpGlobalOptions6)
    stub = T.marshal(r)
    # NULL, Flags, OptionID, NULL, NULL, gap to 8 (the structure is 8-aligned: the
    # DHCP_IPV6_ADDRESS arms), type @24, discriminant @26, nothing more
    assert len(stub) == 28 and stub[24:28] == bytes.fromhex('03000300'), stub.hex()
    stub64 = T.marshal(r, ndr64=True)
    # 8 NULL, 4 Flags, 4 OptionID, 8 + 8 NULL, @32 type, @40 discriminant, pad to 48
    assert len(stub64) == 48 and stub64[32:36] == b'\x03\x00\x00\x00' \
        and stub64[40:44] == b'\x03\x00\x00\x00', stub64.hex()


@case
def test_referents_wire_order():
    """Referent IDs increase in wire order, also with nested pointees."""
    r = F.fill(T.R_DhcpV4GetAllOptionValuesResponse, seed=1)
    stub = T.marshal(r)
    ids = []
    T._walk_flat(r.fields['Values'], lambda p: ids.append(p.fields['ReferentID']))
    T._walk_deferred(r.fields['Values'], lambda p: ids.append(p.fields['ReferentID']))
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    positions = [stub.find(struct.pack('<L', i)) for i in ids]
    assert positions == sorted(positions) and -1 not in positions, positions


################################################################################
# (d) impacket's own dhcpm classes
################################################################################

def impacket_classes():
    from impacket.dcerpc.v5 import dhcpm as imp
    # impacket lists DhcpEnumSubnetClientsVQ (opnum 47) among its dhcpsrv2
    # calls, but R_DhcpEnumSubnetClientsVQ is dhcpsrv opnum 47 (dhcpsrv2 47 is
    # R_DhcpCreateOptionV6); it is compared with dhcpsrv 47
    v1 = {2, 3, 13, 14, 34, 35, 47}
    out = {}
    for opnum, (req, resp) in imp.OPNUMS.items():
        out[('dhcpsrv' if opnum in v1 else 'dhcpsrv2', opnum)] = (req, resp)
    return out


def copy_values(src, dst):
    """Copy the values of one of our objects into impacket's object of the
    same call or type, member by member (by name, else by position)."""
    if isinstance(src, T.NDRPOINTERNULL) or (isinstance(src, T.NDRPOINTER) and
                                             src.fields['ReferentID'] == 0):
        return 'NULL'
    if isinstance(src, T.NDRPOINTER) and not isinstance(dst, T.NDRPOINTER):
        return copy_values(src.fields['Data'], dst)
    if isinstance(dst, T.NDRPOINTER) and not isinstance(src, T.NDRPOINTER):
        copy_values(src, dst.fields['Data'])
        return dst
    if isinstance(src, T.NDRPOINTER):
        result = copy_values(src.fields['Data'], dst.fields['Data'])
        if result is not dst.fields['Data'] and result is not None:
            dst.fields['Data'] = result
        return dst
    if isinstance(src, T.WSTR):
        dst['Data'] = src['Data']
        return dst
    if isinstance(src, T.NDRArray):
        items = []
        for item in src.fields['Data']:
            if isinstance(item, T.NDR):
                new = dst.item(isNDR64=False)
                out = copy_values(item, new)
                items.append(new if out is None else out)
            elif isinstance(dst.item, type):          # impacket wants NDR scalars here
                new = dst.item(isNDR64=False)
                new['Data'] = item
                items.append(new)
            else:
                items.append(item)
        dst.fields['Data'] = items
        dst.fields['MaximumCount'] = None
        return dst
    if isinstance(src, T.NDRUNION):
        dst['tag'] = src['tag']
        for name, _ in src.structure:
            for dname, _ in dst.structure:
                put(dst, dname, copy_values(src.fields[name], dst.fields[dname]))
        return dst
    if isinstance(src, (T.NDRCALL, T.NDRSTRUCT)):
        snames = [n for n, _ in src.structure]
        for i, (dname, _) in enumerate(dst.structure):
            sname = dname if dname in src.fields else 'Data' if dname == 'Data_' else \
                snames[i] if i < len(snames) else None
            if sname is None:
                continue
            put(dst, dname, copy_values(src.fields[sname], dst.fields[dname]))
        return dst
    dst['Data'] = src['Data']                     # scalar or enum
    return dst


def put(dst, name, value):
    if isinstance(value, str) and value == 'NULL':
        dst[name] = T.NULL
    elif value is not None and value is not dst.fields[name]:
        dst.fields[name] = value


def impacket_bytes(imp_cls, ours):
    obj = imp_cls()
    copy_values(ours, obj)
    T.number_referents(obj)
    return obj.getData()


GAP_FILL = mc.PAD_FILL | {0xcd}          # gen_ndr64 pads NDR64 structures with 0xcd


def same(a, b):
    """Equal but for alignment gaps (impacket and we fill them with a few
    distinct bytes)."""
    return len(a) == len(b) and all(x == y or (x in GAP_FILL and y in GAP_FILL)
                                    for x, y in zip(a, b))


def impacket_trials(cls):
    for profile in ('full', 'null', 'empty'):
        for arm in range(F.max_arms(cls)):
            for seed in range(4):
                yield profile, arm, seed


@case
def test_impacket_crosscheck():
    classes = impacket_classes()
    assert set(classes) == {('dhcpsrv', n) for n in (2, 3, 13, 14, 34, 35, 47)} | \
        {('dhcpsrv2', n) for n in (0, 21, 22, 30, 38, 123)}
    results = {}
    for key, pair in sorted(classes.items()):
        for direction, imp_cls, our_cls in zip(('request', 'response'), pair, T.METHODS[key]):
            verdict, why = 'identical', None
            for profile, arm, seed in impacket_trials(our_cls):
                ours = F.fill(our_cls, profile=profile, arm=arm, seed=seed)
                mine = T.marshal(ours)
                try:
                    theirs = impacket_bytes(imp_cls, ours)
                except Exception as e:
                    verdict, why = 'differs', 'impacket raises %s: %s (%s, arm %d, seed %d)' % (
                        type(e).__name__, e, profile, arm, seed)
                    break
                if not same(mine, theirs):
                    verdict = 'differs'
                    why = '%s arm %d seed %d: %d vs %d bytes' % (profile, arm, seed, len(mine),
                                                                len(theirs))
                    break
            results[(key, direction)] = (verdict, why)
            conformant = T.IMPACKET_CONFORMANT.get(key, (None, None))[direction == 'response']
            if verdict == 'identical':
                assert conformant is imp_cls, ('missing from IMPACKET_CONFORMANT', key, direction)
            else:
                assert conformant is None, ('listed but differs', key, direction, why)
            if VERBOSE:
                print('    %-9s %3d %-8s %-9s %s' % (key[0], key[1], direction, verdict, why or ''))
    assert sum(v == 'identical' for v, _ in results.values()) == 5, results


@case
def test_impacket_differences_explained():
    """The reasons given in dhcpm_types' docstring, one by one."""
    imp = impacket_classes()

    def both(key, direction, obj):
        imp_cls = imp[key][direction == 'response']
        return T.marshal(obj), impacket_bytes(imp_cls, obj)

    # ResumeHandle [in, out] DHCP_RESUME_HANDLE * as a unique pointer: 4 more bytes
    for key, direction in ((('dhcpsrv', 3), 'request'), (('dhcpsrv', 14), 'request'),
                           (('dhcpsrv', 35), 'response'), (('dhcpsrv', 47), 'request'),
                           (('dhcpsrv', 47), 'response'), (('dhcpsrv2', 0), 'request'),
                           (('dhcpsrv2', 22), 'request'), (('dhcpsrv2', 38), 'request')):
        cls = T.METHODS[key][direction == 'response']
        obj = F.fill(cls, profile='null' if direction == 'response' else 'full', arm=2)
        mine, theirs = both(key, direction, obj)
        assert len(theirs) == len(mine) + 4, (key, direction, len(mine), len(theirs))
    # R_DhcpEnumSubnets response: EnumInfo in place, no referent ID
    obj = F.fill(T.R_DhcpEnumSubnetsResponse, profile='full')
    mine, theirs = both(('dhcpsrv', 3), 'response', obj)
    # (4 more for ResumeHandle's referent ID, 4 fewer for EnumInfo's)
    assert len(theirs) == len(mine) and not same(mine, theirs)
    # R_DhcpEnumSubnetClientsV5 response: no ErrorCode
    obj = F.fill(T.R_DhcpEnumSubnetClientsV5Response, profile='null')
    mine, theirs = both(('dhcpsrv2', 0), 'response', obj)
    assert len(theirs) == len(mine) - 4 and mine[:-4] == theirs, (mine.hex(), theirs.hex())
    # DHCP_OPTION_SCOPE_INFO: the empty arms cannot be selected, the others match
    for scope in (0, 1, 2, 3, 4):
        obj = F.fill(T.R_DhcpGetOptionValue, arm=scope)
        try:
            mine, theirs = both(('dhcpsrv', 13), 'request', obj)
        except ValueError:
            assert scope in (0, 1)
        else:
            assert scope >= 2 and same(mine, theirs)
    # DHCP_OPTION_DATA_ELEMENT: 2-aligned in impacket, so an element after a
    # BYTE or WORD arm moves; with DWORD arms (arm 2) the bytes match
    for key in (('dhcpsrv', 13), ('dhcpsrv', 14), ('dhcpsrv2', 21), ('dhcpsrv2', 22),
                ('dhcpsrv2', 30)):
        cls = T.METHODS[key][1]
        for arm, equal in ((0, False), (1, False), (2, True), (5, True)):
            mine, theirs = both(key, 'response', F.fill(cls, arm=arm))
            assert same(mine, theirs) == equal, (key, arm)
    # DHCP_SEARCH_INFO 2-aligned in impacket: differs after an odd-length name only
    for key, cls in ((('dhcpsrv', 34), T.R_DhcpGetClientInfoV4),
                     (('dhcpsrv2', 123), T.R_DhcpV4GetClientInfo)):
        for name, equal in ((None, True), ('ab', False), ('abc', True), ('192.0.2.10', False)):
            obj = F.fill(cls, arm=0)
            T.set_string(obj, 'ServerIpAddress', name)
            mine, theirs = both(key, 'request', obj)
            assert same(mine, theirs) == equal, (key, name)
    # R_DhcpGetOptionValueV5: DHCP_OPTION_SCOPE_INFO 2-aligned after VendorName
    for vendor, equal in ((None, True), ('MSFT', False), ('MSFT5', True)):
        obj = F.fill(T.R_DhcpGetOptionValueV5, arm=2)
        T.set_string(obj, 'VendorName', vendor)
        mine, theirs = both(('dhcpsrv2', 21), 'request', obj)
        assert same(mine, theirs) == equal, vendor
    # R_DhcpEnumSubnetElementsV5 response: impacket's class cannot be built
    # (LPDHCP_SUBNET_ELEMENT_INFO_ARRAY_V5.referent lacks its tuple comma)
    try:
        imp[('dhcpsrv2', 38)][1]()
    except ValueError:
        pass
    else:
        raise AssertionError('impacket DhcpEnumSubnetElementsV5Response was fixed?')


@case
def test_failover_matches_make_captures():
    """The failover calls of make_captures / gen_ndr64 (checked against the
    dissector already) come out the same from our classes, in both syntaxes;
    the 88-byte fact sheet example included."""
    import gen_ndr64

    def pair(mc_call, our_cls):
        ours = our_cls()
        copy_values(mc_call, ours)
        return ours

    def mc_bytes(obj, ndr64):
        if ndr64:
            with gen_ndr64.ndr64_marshalling():
                obj.changeTransferSyntax(T.NDR64_SYNTAX)
                T.number_referents(obj)
                return obj.getData()
        T.number_referents(obj)
        return obj.getData()

    cases = []
    for rel in (mc.REL_FO1, mc.REL_ZURICH, mc.enum_five()[2]):
        for cls, ours in ((mc.CreateRelationship, T.R_DhcpV4FailoverCreateRelationship),
                          (mc.AddScopeToRelationship, T.R_DhcpV4FailoverAddScopeToRelationship)):
            cases.append((cls, ours, rel, None))
    c1 = mc.Client('10.0.0.55', '255.255.255.0', bytes.fromhex('00155d0a0b0c'), 'laptop',
                   'Zürich', mc.filetime(mc.T0), '10.0.0.1', 'DHCP1', owner_host='h.example',
                   policy_name='P1', flags=0x5A)
    c2 = mc.Client('10.0.0.57', '255.255.0.0', b'', None, None, 0, '10.0.0.1', None, flags=1)
    for ndr64 in (False, True):
        for cls, our_cls, rel, _ in cases:
            call = cls()
            mc.set_lpwstr(call, 'ServerIpAddress', '192.0.2.10')
            rel.ndr(call['pRelationship'])
            ours = pair(call, our_cls)
            assert same(T.marshal(ours, ndr64=ndr64), mc_bytes(call, ndr64)), (rel.name, ndr64)
        for client in (c1, c2):
            call = mc.GetClientInfoResponse()
            client.ndr(call.fields['ClientInfo'].fields['Data'])
            call['ErrorCode'] = 0
            ours = pair(call, T.R_DhcpV4FailoverGetClientInfoResponse)
            assert same(T.marshal(ours, ndr64=ndr64), mc_bytes(call, ndr64)), (client.ip, ndr64)
        for kind, value in (('ip', '10.0.0.55'), ('hw', bytes.fromhex('00155d0a0b0c')),
                            ('name', 'printer-3')):
            call = mc.GetClientInfo()
            mc.set_lpwstr(call, 'ServerIpAddress', '192.0.2.10')
            si = call['SearchInfo']
            si['SearchType'] = si['SearchInfo']['tag'] = {'ip': 0, 'hw': 1, 'name': 2}[kind]
            if kind == 'ip':
                si['SearchInfo']['ClientIpAddress'] = mc.ip2int(value)
            elif kind == 'hw':
                si['SearchInfo']['ClientHardwareAddress']['DataLength'] = len(value)
                si['SearchInfo']['ClientHardwareAddress']['Data_'] = list(value)
            else:
                mc.set_lpwstr(si['SearchInfo'], 'ClientName', value)
            ours = pair(call, T.R_DhcpV4FailoverGetClientInfo)
            assert same(T.marshal(ours, ndr64=ndr64), mc_bytes(call, ndr64)), (kind, ndr64)
    # the fact sheet's 88-byte CreateRelationship stub, gaps and referent IDs as in mc
    call = mc.CreateRelationship()
    mc.set_lpwstr(call, 'ServerIpAddress', None)
    mc.REL_FO1.ndr(call['pRelationship'])
    stub = T.marshal(pair(call, T.R_DhcpV4FailoverCreateRelationship))
    assert len(stub) == 88
    assert all(a == b for i, (a, b) in enumerate(zip(stub, mc.EXAMPLE_6_10)) if i not in (45, 46, 47))


@case
def test_impacket_conformant_classes_usable():
    """A capture generator can take impacket's class for a conformant call:
    its stub parses with ours and vice versa."""
    for key, pair in T.IMPACKET_CONFORMANT.items():
        for imp_cls, our_cls in zip(pair, T.METHODS[key]):
            if imp_cls is None:
                continue
            ours = F.fill(our_cls, seed=3)
            stub = impacket_bytes(imp_cls, ours)
            mc.roundtrip(our_cls, stub)
            mc.roundtrip(imp_cls, T.marshal(ours))


################################################################################

def main():
    t0 = time.time()
    failed = []
    for test in TESTS:
        t1 = time.time()
        try:
            test()
        except Exception:
            traceback.print_exc()
            failed.append(test.__name__)
            print('FAIL %s' % test.__name__)
            continue
        if VERBOSE:
            print('ok   %-44s %5.1fs' % (test.__name__, time.time() - t1))
    print('%d of %d checks passed in %.0fs%s'
          % (len(TESTS) - len(failed), len(TESTS), time.time() - t0,
             ('; FAILED: ' + ', '.join(failed)) if failed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
