"""failover-ndr64: every failover call in the NDR64 transfer syntax.

The impacket client binds with NDR64 (71710533-beba-4937-8319-b5dbef9ccc36)
as its only proposed transfer syntax; the fake server (rpc_paths.PathServer)
accepts it and says so in the bind ack, so Wireshark marks the calls of that
context NDR64.  Every stub is marshalled by impacket's NDR engine in NDR64
mode (the same changeTransferSyntax() impacket's own DCERPC.request() uses),
from the same values as failover-tcp: NULL and non-NULL pointers, empty and
long lists, non-ASCII names, every arm of the DHCP_SEARCH_INFO union.  One
connection binds with NDR 2.0 to the same server in the same capture, so the
syntax is known to be taken per presentation context; the last one carries
two NDR64 counts that need all 64 bits (patched into impacket's stubs, as
make_captures' malformed capture does), which must be refused, not read as
their low 32 bits.

impacket 0.10's NDR64 encoding differs from MS-RPCE 2.2.5 in two places,
both fixed here for the duration of the capture (ndr64_marshalling):
- a structure gets no trailing pad (2.2.5.3.4.1: its size is a multiple of
  its alignment); impacket has the rule as a commented-out ToDo.  It shows
  where a structure that ends in a BYTE is followed by a 4-aligned value:
  a DHCPV4_FAILOVER_CLIENT_INFO with no pointees is followed by the status
  at +136, not +132;
- make_captures' DHCP_SEARCH_INFO pins its alignment to 4 (right in NDR 2.0);
  in NDR64 its union holds pointers, so it aligns to 8.
self_check_ndr64() pins the resulting layouts to offsets worked out by hand
from MS-RPCE 2.2.5 before anything is recorded.
"""

import collections
import contextlib
import struct

from impacket.dcerpc.v5.ndr import NDRSTRUCT
from impacket.dcerpc.v5.dtypes import NULL
from impacket.dcerpc.v5.rpcrt import DCERPC

import make_captures as mc
from rpc_paths import NDR20, NDR64, PathRecorder

NDR64_SYNTAX = DCERPC.NDR64Syntax
MARSHAL20 = mc.marshal


def _marshal64(call):
    call.changeTransferSyntax(NDR64_SYNTAX)
    mc.number_referents(call)
    return call.getData()


# The IDL's structures.  impacket's strings (WSTR) are NDRSTRUCTs too, but
# a conformant-varying string has no trailing pad.
IDL_STRUCTS = (mc.DHCP_FAILOVER_RELATIONSHIP, mc.DHCP_IP_ARRAY, mc.DHCP_FAILOVER_RELATIONSHIP_ARRAY,
               mc.DHCP_FAILOVER_STATISTICS, mc.DHCPV4_FAILOVER_CLIENT_INFO, mc.DHCP_SEARCH_INFO,
               mc.DHCP_BINARY_DATA, mc.DHCP_HOST_INFO, mc.DATE_TIME)


def _struct_data_with_trailer(self, soFar=0):
    data = NDRSTRUCT.getData(self, soFar)
    if self._isNDR64:
        align = self.getAlignment()
        data += b'\xcd' * ((align - (soFar + len(data)) % align) % align)
    return data


def _search_info_alignment(self):
    return 8 if self._isNDR64 else 4


@contextlib.contextmanager
def ndr64_marshalling():
    """While active, make_captures' request/response builders marshal in
    NDR64, with the two corrections described above."""
    saved = (mc.marshal, mc.DHCP_SEARCH_INFO.getAlignment)
    mc.marshal = _marshal64
    for cls in IDL_STRUCTS:
        assert 'getData' not in cls.__dict__, cls
        cls.getData = _struct_data_with_trailer
    mc.DHCP_SEARCH_INFO.getAlignment = _search_info_alignment
    try:
        yield
    finally:
        for cls in IDL_STRUCTS:
            del cls.getData
        mc.marshal, mc.DHCP_SEARCH_INFO.getAlignment = saved


def q(value):
    return struct.pack('<Q', value)


def self_check_ndr64():
    """Offsets from MS-RPCE 2.2.5, worked out by hand (fact sheet 4.1 gives
    the relationship: enums at 8..20, pointers at 32/40/48/56, percentage 64,
    pSharedSecret 72, size 80, alignment 8)."""
    with ndr64_marshalling():
        stub, _ = mc.req_relationship(mc.CreateRelationship, None, mc.REL_FO1)
        assert stub[0:8] == q(0)                                  # ServerIpAddress NULL
        assert stub[8:16] == struct.pack('<LL', 0x0a000001, 0x0a000002)
        assert stub[16:32] == bytes(16)                           # four 4-byte enums
        assert stub[32:40] == struct.pack('<LL', 3600, 0)
        assert stub[40:48] == q(0x20000)                          # relationshipName
        assert stub[48:64] == bytes(16)                           # two NULL names
        assert stub[64:72] == q(0x20004)                          # pScopes
        assert stub[72] == 50 and stub[80:88] == q(0)             # percentage, pSharedSecret
        assert stub[88:112] == q(4) + q(0) + q(4)                 # "fo1": 8-byte counts
        assert stub[112:120] == 'fo1\0'.encode('utf-16-le')
        assert stub[120:124] == struct.pack('<L', 1)              # DHCP_IP_ARRAY @120
        assert stub[128:136] == q(0x20008)                        # Elements @128
        assert stub[136:148] == q(1) + struct.pack('<L', 0x0a000000)
        assert len(stub) == 148

        # DHCP_SEARCH_INFO after an odd-length server name: 8-aligned, the
        # discriminant and the arm each 8-aligned, 4-byte enum discriminant
        stub, _ = mc.req_client('192.0.2.10', 'ip', '10.0.0.55')
        name_end = 8 + 24 + 22                                    # referent, counts, 11 units
        assert name_end == 54
        assert stub[56:60] == bytes(4)                            # SearchType @56
        assert stub[64:68] == bytes(4)                            # discriminant @64
        assert stub[72:76] == struct.pack('<L', 0x0a000037)       # arm @72
        assert len(stub) == 80                                    # trailing pad to 80

        # DHCPV4_FAILOVER_CLIENT_INFO: flags @128+8, size 136; with no
        # pointee after it the status follows the trailing pad
        c = mc.Client('10.0.0.55', '255.255.255.0', b'', None, None, 0, '10.0.0.1', None,
                      flags=0x5A)
        stub, _ = resp_client_no_pointees(c, 0x4E2D)
        assert stub[0:8] == q(0x20000)
        assert stub[8 + 128] == 0x5A
        assert stub[8 + 136:] == struct.pack('<L', 0x4E2D), stub.hex()


def resp_client_no_pointees(client, status):
    """A client info whose every pointer is NULL, the hardware address's too:
    the status follows the structure's trailing pad directly."""
    call = mc.GetClientInfoResponse()
    t = mc.Truth(98)
    data = call.fields['ClientInfo'].fields['Data']
    client.ndr(data)
    data['ClientHardwareAddress']['Data_'] = NULL
    client.truth(t)
    t.d.pop('dhcpm.client.hardware_address')
    call['ErrorCode'] = status
    t.add('dhcpm.werror', status)
    return mc.marshal(call), t


def ndr64_capture():
    self_check_ndr64()
    with PathRecorder('failover-ndr64') as rec, ndr64_marshalling():
        record_ndr64_calls(rec)
    return rec


def record_ndr64_calls(rec):
    T0, ZURICH, ACCENTED = mc.T0, mc.ZURICH, mc.SECONDARY_ACCENTED
    Rel = mc.Rel

    # ---- connection 0: create, set, delete, get ----------------------------
    s = rec.connect(syntax=NDR64)
    s.call(99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(T0),
           'NDR64 GetSystemTime, ServerIpAddress NULL')
    s.call(89, mc.req_relationship(mc.CreateRelationship, None, mc.REL_FO1),
           mc.resp_status(89, mc.ERROR_SUCCESS),
           'NDR64 CreateRelationship: the fact sheet 6.10 values (148-byte NDR64 stub)')
    s.call(89, mc.req_relationship(mc.CreateRelationship, '\\\\dhcp1.example.com', mc.REL_ZURICH),
           mc.resp_status(89, mc.ERROR_SUCCESS),
           'NDR64 CreateRelationship, UNC server name, non-ASCII names, shared secret')
    s.call(89, mc.req_relationship(mc.CreateRelationship, '192.0.2.10',
                                   Rel('big-site', '10.20.0.1', '10.20.0.2', server_type=1,
                                       mclt=1800, safe_period=7200, primary_name='dhcp-big1',
                                       secondary_name='dhcp-big2', scopes=mc.MANY_SCOPES,
                                       percentage=60)),
           mc.resp_status(89, mc.ERROR_SUCCESS), 'NDR64 CreateRelationship with 150 scopes')
    s.call(89, mc.req_relationship(mc.CreateRelationship, None,
                                   Rel('no-scopes', scopes=None, percentage=101)),
           mc.resp_status(89, mc.ERROR_INVALID_PARAMETER),
           'NDR64 CreateRelationship with pScopes NULL -> 0x57')
    s.call(90, mc.req_relationship(mc.SetRelationship, '\\\\dhcp1.example.com',
                                   Rel('fo1', mode=1, state=5, prev_state=4, mclt=600,
                                       safe_period=1200, percentage=80, primary_name='dhcp1',
                                       secondary_name='dhcp2', scopes=['10.0.0.0']),
                                   flags=0x3F),
           mc.resp_status(90, mc.ERROR_SUCCESS), 'NDR64 SetRelationship Flags=0x3F')
    s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                   Rel(None, state=12, prev_state=13, scopes=None), flags=0x24),
           mc.resp_status(90, mc.ERROR_INVALID_PARAMETER),
           'NDR64 SetRelationship with NULL relationshipName, states 12/13 -> 0x57')
    s.call(91, mc.req_name(mc.DeleteRelationship, None, 'fo-old'),
           mc.resp_status(91, mc.ERROR_SUCCESS), 'NDR64 DeleteRelationship success')
    s.call(91, mc.req_name(mc.DeleteRelationship, '192.0.2.10', None),
           mc.resp_status(91, mc.ERROR_INVALID_PARAMETER), 'NDR64 DeleteRelationship NULL name')
    s.call(92, mc.req_name(mc.GetRelationship, None, 'fo1'),
           mc.resp_relationship(92, Rel('fo1', state=2, prev_state=1, safe_period=0xFFFFFFFF,
                                        scopes=['10.0.0.0']), mc.ERROR_SUCCESS),
           'NDR64 GetRelationship: NULL names, safePeriod 0xFFFFFFFF')
    s.call(92, mc.req_name(mc.GetRelationship, '\\\\dhcp1.example.com', ZURICH),
           mc.resp_relationship(92, Rel(ZURICH, '192.0.2.10', '192.0.2.20', mode=1, state=1,
                                        safe_period=300, primary_name='dhcp1.example.com',
                                        secondary_name=ACCENTED,
                                        scopes=['192.0.2.0', '198.51.100.0', '203.0.113.0'],
                                        percentage=5, secret='s3cr3t-Pässwort'),
                                mc.ERROR_SUCCESS),
           'NDR64 GetRelationship: non-ASCII name, every pointer set')
    s.call(92, mc.req_name(mc.GetRelationship, None, 'missing'),
           mc.resp_relationship(92, None, mc.ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
           'NDR64 GetRelationship: NULL relationship pointer')
    s.call(92, mc.req_name(mc.GetRelationship, None, 'zero'),
           mc.resp_relationship(92, Rel('zero', '10.0.0.9', '10.0.0.10', server_type=1, mclt=0,
                                        scopes=[], percentage=0), mc.ERROR_SUCCESS),
           'NDR64 GetRelationship: empty DHCP_IP_ARRAY')
    s.close()

    # ---- connection 1: enumerate, scopes, statistics -----------------------
    s = rec.connect(syntax=NDR64)
    s.call(93, mc.req_enum('\\\\dhcp1.example.com', 0, 0xFFFFFFFF),
           mc.resp_enum(5, mc.enum_five(), 5, 5, mc.ERROR_SUCCESS),
           'NDR64 EnumRelationship: 5 relationships, mixed NULL members')
    s.call(93, mc.req_enum(None, 1, 1024), mc.resp_enum(1, [], 0, 0, mc.ERROR_NO_MORE_ITEMS),
           'NDR64 EnumRelationship: empty conformant array')
    s.call(93, mc.req_enum(None, 1, 1024),
           mc.resp_enum(1, [], 0, 0, mc.ERROR_NO_MORE_ITEMS, rels_pointer_null=True),
           'NDR64 EnumRelationship: pRelationships NULL')
    s.call(93, mc.req_enum('192.0.2.10', 7, 4096), mc.resp_enum(7, None, 0, 0, mc.ERROR_NO_MORE_ITEMS),
           'NDR64 EnumRelationship: NULL array pointer')
    s.call(94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                   Rel('fo1', '0.0.0.0', '0.0.0.0', scopes=['10.0.1.0', '10.0.2.0'],
                                       percentage=0)),
           mc.resp_status(94, mc.ERROR_SUCCESS), 'NDR64 AddScopeToRelationship two scopes')
    s.call(95, mc.req_relationship(mc.DeleteScopeFromRelationship, None,
                                   Rel('fo1', '0.0.0.0', '0.0.0.0', scopes=['10.99.0.0'])),
           mc.resp_status(95, mc.ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
           'NDR64 DeleteScopeFromRelationship -> 0x4E94')
    s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.0.0.0'),
           mc.resp_relationship(96, Rel('scope-rel-9', mode=0, state=9, prev_state=8,
                                        safe_period=3600, primary_name='dhcp1.example.com',
                                        secondary_name=ACCENTED, scopes=['10.0.0.0']),
                                mc.ERROR_SUCCESS),
           'NDR64 GetScopeRelationship success, state RECOVER')
    s.call(96, mc.req_scope(mc.GetScopeRelationship, '192.0.2.10', '10.88.0.0'),
           mc.resp_relationship(96, None, mc.ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
           'NDR64 GetScopeRelationship: NULL relationship pointer')
    s.call(97, mc.req_scope(mc.GetScopeStatistics, None, '10.0.0.0'),
           mc.resp_stats([254, 120, 134, 60, 60, 70, 64], mc.ERROR_SUCCESS),
           'NDR64 GetScopeStatistics success')
    s.call(97, mc.req_scope(mc.GetScopeStatistics, '\\\\dhcp1.example.com', '10.88.0.0'),
           mc.resp_stats(None, mc.ERROR_FILE_NOT_FOUND), 'NDR64 GetScopeStatistics NULL stats')
    s.close()

    # ---- connection 2: client info (every union arm), the rest -------------
    s = rec.connect(syntax=NDR64)
    mac = bytes.fromhex('00155d0a0b0c')
    c1 = mc.Client('10.0.0.55', '255.255.255.0', mac, 'laptop-55.corp.example', 'Finance laptop',
                   mc.filetime(T0 + 8 * 86400), '10.0.0.1', 'DHCP1', client_type=1,
                   address_state=0x09, sent_pot=T0 + 3600, ack_pot=T0 + 3600, recv_pot=T0,
                   start_time=T0 - 3600, clt_last_trans=T0 - 600, last_bnd_upd=T0 - 590,
                   policy_name='Finance-Policy')
    s.call(98, mc.req_client(None, 'ip', '10.0.0.55'), mc.resp_client(c1, mc.ERROR_SUCCESS),
           'NDR64 GetClientInfo by IP address (union arm 0); full client info')
    c2 = mc.Client('10.0.0.56', '255.255.255.0', bytes.fromhex('0000000a0100155d0a0b0d'),
                   'Gerät-Müller', None, 0x7FFFFFFFFFFFFFFF, '10.0.0.2', 'DHCP-SÉCONDAIRE',
                   client_type=3, address_state=0x25, quarantine_status=3,
                   probation_ends=mc.filetime(T0 + 3 * 86400), quarantine_capable=1,
                   bnd_msg_status=0xFFFFFFFF, flags=0x5A)
    s.call(98, mc.req_client('192.0.2.10', 'hw', mac), mc.resp_client(c2, mc.ERROR_SUCCESS),
           'NDR64 GetClientInfo by hardware address (union arm 1) after an odd-length name')
    c3 = mc.Client('192.0.2.77', '255.255.255.128', bytes.fromhex('aabbccddeeff'), 'printer-3',
                   'Lobby printer', mc.filetime(T0 + 3600), '192.0.2.10', 'DHCP1',
                   owner_host='dhcp1.example.com', client_type=4, address_state=0x42,
                   quarantine_status=6, policy_name='P' * 64)
    s.call(98, mc.req_client('\\\\dhcp1.example.com', 'name', 'printer-3'),
           mc.resp_client(c3, mc.ERROR_SUCCESS),
           'NDR64 GetClientInfo by name (union arm 2); OwnerHost HostName set')
    c4 = mc.Client('10.0.0.57', '255.255.0.0', b'', None, None, 0, '10.0.0.1', None,
                   client_type=0x64, address_state=0, flags=0x01)
    s.call(98, mc.req_client(None, 'ip', '10.0.0.57'),
           resp_client_no_pointees(c4, mc.ERROR_SUCCESS),
           'NDR64 GetClientInfo: every pointer NULL, so the status follows the trailing pad')
    s.call(98, mc.req_client(None, 'name', None), mc.resp_client(None, mc.ERROR_INVALID_PARAMETER),
           'NDR64 GetClientInfo by name with NULL ClientName; NULL client info')
    s.call(99, mc.req_server_only(mc.GetSystemTime, '192.0.2.10'), mc.resp_time(T0 + 42),
           'NDR64 GetSystemTime with ServerIpAddress set')
    s.call(100, mc.req_name(mc.TriggerAddrAllocation, None, ZURICH),
           mc.resp_status(100, mc.ERROR_SUCCESS), 'NDR64 TriggerAddrAllocation non-ASCII name')
    s.call(100, mc.req_name(mc.TriggerAddrAllocation, None, None),
           mc.resp_status(100, mc.ERROR_INVALID_PARAMETER), 'NDR64 TriggerAddrAllocation NULL')
    s.call(125, mc.req_address('192.0.2.10', '10.0.0.200'),
           mc.resp_address_status(1, mc.ERROR_SUCCESS), 'NDR64 GetAddressStatus, pStatus 1')
    s.call(125, mc.req_address(None, '10.88.0.5'),
           mc.resp_address_status(0, mc.ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
           'NDR64 GetAddressStatus -> 0x4E94')
    s.close()

    # ---- connection 3: NDR 2.0 on the same server, same capture ------------
    with ndr20_marshalling():
        s = rec.connect(syntax=NDR20)
        s.call(92, mc.req_name(mc.GetRelationship, None, ZURICH),
               mc.resp_relationship(92, Rel(ZURICH, '192.0.2.10', '192.0.2.20', mode=1,
                                            primary_name='dhcp1.example.com',
                                            scopes=['192.0.2.0'], secret='s3cr3t-Pässwort'),
                                    mc.ERROR_SUCCESS),
               'NDR 2.0 GetRelationship in the same capture: the syntax is per context')
        s.call(98, mc.req_client('192.0.2.10', 'ip', '10.0.0.55'),
               mc.resp_client(c1, mc.ERROR_SUCCESS), 'NDR 2.0 GetClientInfo by IP address')
        s.close()

    # ---- connection 4: NDR64 counts that need all 64 bits ------------------
    s = rec.connect(syntax=NDR64)
    bad = Rel('huge-array', state=3, prev_state=2, safe_period=600,
              scopes=['10.9.0.0', '10.9.1.0'], num_elements_override=0xFFFFFFFF,
              max_count_override=0xFFFFFFFFFFFFFFFF)
    stub, _ = mc.resp_relationship(92, bad, mc.ERROR_SUCCESS)
    assert stub.count(b'\xff' * 8) == 1, stub.hex()
    t = mc.Truth(92)
    bad.truth(t, upto='scope_count')
    s.call(92, mc.req_name(mc.GetRelationship, None, 'huge-array'), (stub, t),
           'NDR64 GetRelationship response: Elements max_count 0xFFFFFFFFFFFFFFFF with 2 '
           'elements present; listed up to scope_count', malformed='response')
    s.call(92, mc.req_name(mc.GetRelationship, None, 'fo1'),
           mc.resp_relationship(92, Rel('fo1', state=3, prev_state=2, scopes=['10.0.0.0']),
                                mc.ERROR_SUCCESS), 'NDR64 good call after the huge array')
    stub, _ = mc.req_name(mc.DeleteRelationship, None, 'fo1')
    # 0 ServerIpAddress NULL, 8 referent, 16 max_count, 24 offset, 32 actual_count, 40 "fo1"
    assert stub[16:40] == q(4) + q(0) + q(4) and len(stub) == 48, stub.hex()
    stub = stub[:16] + q((1 << 32) + 4) + q(0) + q((1 << 32) + 4) + stub[40:]
    s.call(91, (stub, mc.Truth(91)), mc.resp_status(91, mc.ERROR_INVALID_PARAMETER),
           'NDR64 DeleteRelationship request: name counts 2^32+4, whose low 32 bits (4) '
           'would fit the "fo1" that follows', malformed='request')
    s.call(91, mc.req_name(mc.DeleteRelationship, None, 'fo1'),
           mc.resp_status(91, mc.ERROR_SUCCESS), 'NDR64 good call after the huge name')
    s.close()


@contextlib.contextmanager
def ndr20_marshalling():
    saved = mc.marshal
    mc.marshal = MARSHAL20
    try:
        yield
    finally:
        mc.marshal = saved


CAPTURES = collections.OrderedDict((('failover-ndr64', ndr64_capture),))
