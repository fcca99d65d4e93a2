#!/usr/bin/python3
"""The hostile capture: stub values chosen to make a careless NDR decoder
loop, allocate or recurse without end, sent by the real impacket stack.

    sudo /usr/bin/python3 captures/make_captures.py --only hostile

Every value a peer controls that sizes work is pushed to its limit:
- conformant counts of 0xFFFFFFFF (arrays of DWORDs, of relationships, of bytes);
- string lengths beyond the packet: 0xFFFFFFFF, and 0x80000000, whose byte
  length (2 * count) wraps to 0 in 32-bit arithmetic; a string offset of
  0xFFFFFFFF;
- a union discriminant of 0xFFFF;
- thousands of deferred pointers: an EnumRelationship response of 1000
  relationships with every pointer set (6000 deferred pointees, 48
  DCE/RPC fragments), one of 2000 relationships with every pointer NULL,
  and one whose array max_count claims twice the elements it carries.

Nesting cannot be made deeper than the IDL's: MS-DHCPM has no recursive
type, so the deepest pointer chain is the one of EnumRelationship
(response -> relationship array -> relationships -> scope array -> scopes),
and the runtime's depth guard (NDR_MAX_DEPTH) is tested by tests/ndr/.

The truth lists, per PDU, the values before the damage and the dhcpm
expert infos expected (dhcpm.expert.* = 1 for each one raised).
"""

import collections
import struct

import make_captures as mc

FF = 0xFFFFFFFF
EXCEEDS = 'dhcpm.expert.ndr_count_exceeds_data'


def patch32(stub, offset, value, expect=None):
    if expect is not None:
        got = struct.unpack_from('<L', stub, offset)[0]
        assert got == expect, (offset, got, expect, stub[:64].hex())
    return stub[:offset] + struct.pack('<L', value) + stub[offset + 4:]


def many(n, with_pointers):
    rels = []
    for i in range(n):
        if with_pointers:
            rels.append(mc.Rel('r%d' % i, '10.%d.%d.1' % (i >> 8, i & 255), '10.200.0.1',
                               mode=i % 2, state=3, prev_state=2, mclt=60 + i,
                               primary_name='p', secondary_name='s',
                               scopes=['10.%d.%d.0' % (i >> 8, i & 255)], percentage=i % 101,
                               secret='k'))
        else:
            rels.append(mc.Rel(None, '10.%d.%d.1' % (i >> 8, i & 255), '10.200.0.1',
                               mclt=i, scopes=None, percentage=0))
    return rels


def hostile_capture():
    old_max = mc.MAX_PDU
    # The big responses below travel as many DCE/RPC fragments (impacket's
    # server cuts them at max_xmit_frag); Wireshark reassembles them.
    mc.MAX_PDU = 1 << 20
    try:
        return record()
    finally:
        mc.MAX_PDU = old_max


def fragmenting_send(server):
    """impacket's server cuts a large response into fragments but keeps the
    whole PDU's frag_len (set by make_captures' processRequest) in each;
    here every fragment carries its own frag_len and alloc_hint."""
    plain = server.send
    size = server._max_xmit_size - 32

    def send(data):
        stub = data['pduData']
        if len(stub) <= size:
            return plain(data)
        for at in range(0, len(stub), size):
            chunk = stub[at:at + size]
            flags = (mc.PFC_FIRST_FRAG if at == 0 else 0) | \
                (mc.PFC_LAST_FRAG if at + size >= len(stub) else 0)
            data['flags'] = flags
            data['pduData'] = chunk
            data['frag_len'] = 24 + len(chunk)
            data['alloc_hint'] = len(stub) - at
            server._clientSock.send(data.get_packet())
        return None
    return send


def record():
    with mc.Recorder('hostile') as rec:
        rec.server.send = fragmenting_send(rec.server)
        s = rec.connect()

        # (1) DHCP_IP_ARRAY: NumElements and max_count 0xFFFFFFFF, no element at all
        rel = mc.Rel('ff-scopes', scopes=[], num_elements_override=FF, max_count_override=FF,
                     state=3, prev_state=2)
        stub, _ = mc.resp_relationship(92, rel, mc.ERROR_SUCCESS)
        t = mc.Truth(92)
        rel.truth(t, upto='scope_count')
        t.add(EXCEEDS, 1)
        s.call(92, mc.req_name(mc.GetRelationship, None, 'ff-scopes'), (stub, t),
               'GetRelationship response: DHCP_IP_ARRAY NumElements = max_count = 0xFFFFFFFF, '
               'no element and no status follow', malformed='response')

        # (2) relationship array: numElements and max_count 0xFFFFFFFF, two elements
        two = many(2, False)
        stub, _ = mc.resp_enum(0, two, 2, 2, mc.ERROR_SUCCESS)
        # 0 ResumeHandle, 4 referent, 8 numElements, 12 referent, 16 max_count
        stub = patch32(patch32(stub, 8, FF, 2), 16, FF, 2)
        t = mc.Truth(93).add('dhcpm.resume_handle', 0).add('dhcpm.relationship_count', FF)
        t.add(EXCEEDS, 1)
        s.call(93, mc.req_enum(None, 0, FF), (stub, t),
               'EnumRelationship response: numElements = max_count = 0xFFFFFFFF with 2 '
               'relationships (96 bytes) present', malformed='response')

        # (3) string of 0xFFFFFFFF characters
        stub, _ = mc.req_name(mc.DeleteRelationship, None, 'fo1')
        # 0 ServerIpAddress NULL, 4 referent, 8 max_count, 12 offset, 16 actual_count
        stub = patch32(patch32(stub, 8, FF, 4), 16, FF, 4)
        s.call(91, (stub, mc.Truth(91).add(EXCEEDS, 1)),
               mc.resp_status(91, mc.ERROR_INVALID_PARAMETER),
               'DeleteRelationship request: name max_count = actual_count = 0xFFFFFFFF, '
               '4 characters present', malformed='request')

        # (4) string of 0x80000000 characters: 2 * count is 0 in 32 bits
        stub, _ = mc.req_name(mc.DeleteRelationship, None, 'fo1')
        stub = patch32(patch32(stub, 8, 0x80000000, 4), 16, 0x80000000, 4)
        s.call(91, (stub, mc.Truth(91).add(EXCEEDS, 1)),
               mc.resp_status(91, mc.ERROR_INVALID_PARAMETER),
               'DeleteRelationship request: name actual_count 0x80000000 (byte length wraps '
               'to 0 in 32-bit arithmetic)', malformed='request')

        # (5) string offset 0xFFFFFFFF: a warning, the characters are still there
        stub, t = mc.req_name(mc.GetRelationship, None, 'fo1')
        stub = patch32(stub, 12, FF, 0)
        t.add('dhcpm.expert.ndr_string_counts', 1)
        s.call(92, (stub, t), mc.resp_relationship(92, None,
                                                   mc.ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'GetRelationship request: name offset 0xFFFFFFFF, actual_count 4: decoded, with '
               'a warning of the Malformed group (which marks the PDU malformed)',
               malformed='request')

        # (6) hardware address of 0xFFFFFFFF bytes in a response
        mac = bytes.fromhex('00155d0a0b0c')
        client = mc.Client('10.0.0.55', '255.255.255.0', mac, None, None, 0, '10.0.0.1', None)
        stub, _ = mc.resp_client(client, mc.ERROR_SUCCESS)
        # 0 referent, 4 ip, 8 mask, 12 DataLength, 16 Data referent, ... 100 max_count
        stub = patch32(patch32(stub, 12, FF, 6), 100, FF, 6)
        t = mc.Truth(98)
        t.add('dhcpm.client.ip_address', '10.0.0.55').add('dhcpm.client.subnet_mask',
                                                          '255.255.255.0')
        t.add(EXCEEDS, 1)
        s.call(98, mc.req_client(None, 'ip', '10.0.0.55'), (stub, t),
               'GetClientInfo response: ClientHardwareAddress DataLength = max_count = '
               '0xFFFFFFFF with 6 bytes present', malformed='response')

        # (7) hardware address of 0xFFFFFFFF bytes in a request's union arm
        stub, _ = mc.req_client(None, 'hw', mac)
        # 0 ServerIpAddress NULL, 4 SearchType, 6 discriminant, 8 DataLength, 12 referent,
        # 16 max_count
        stub = patch32(patch32(stub, 8, FF, 6), 16, FF, 6)
        t = mc.Truth(98).add('dhcpm.search.type', 1)
        t.add(EXCEEDS, 1)
        s.call(98, (stub, t), mc.resp_client(None, mc.ERROR_INVALID_PARAMETER),
               'GetClientInfo request: search by hardware address, DataLength = max_count = '
               '0xFFFFFFFF with 6 bytes present', malformed='request')

        # (8) union discriminant 0xFFFF
        stub, _ = mc.req_client(None, 'name', 'printer-3')
        stub = stub[:6] + struct.pack('<H', 0xFFFF) + stub[8:]
        t = mc.Truth(98).add('dhcpm.search.type', 2)
        t.add('dhcpm.expert.ndr_union_switch_mismatch', 1)
        t.add('dhcpm.expert.ndr_union_unknown_arm', 1)
        s.call(98, (stub, t), mc.resp_client(None, mc.ERROR_INVALID_PARAMETER),
               'GetClientInfo request: SearchType 2, union discriminant 0xFFFF',
               malformed='request')
        s.close()

        s = rec.connect()
        # (11) max_count claims 400 relationships where 200 (with their pointees) are sent:
        # the claim fits in the bytes left, so the decoder reads pointee data as
        # relationships until the stub runs out
        rels = many(200, True)
        stub, _ = mc.resp_enum(0, rels, 200, 200, mc.ERROR_SUCCESS)
        stub = patch32(stub, 16, 400, 200)
        t = mc.Truth(93).add('dhcpm.resume_handle', 0).add('dhcpm.relationship_count', 200)
        t.add('dhcpm.expert.ndr_conformance_mismatch', 1)
        s.call(93, mc.req_enum(None, 0, 200), (stub, t),
               'EnumRelationship response: 200 relationships with pointees, array max_count '
               'says 400', malformed='response')
        s.close()

        s = rec.connect()
        # (9) 1000 relationships, every pointer set: 6000 deferred pointees
        rels = many(1000, True)
        stub, t = mc.resp_enum(0, rels, 1000, 1000, mc.ERROR_SUCCESS)
        s.call(93, mc.req_enum(None, 0, FF), (stub, t),
               'EnumRelationship response: 1000 relationships, each with 5 pointers set and a '
               'scope array: 6000 deferred pointees in %d bytes' % len(stub))

        # (10) 2000 relationships, every pointer NULL
        rels = many(2000, False)
        stub, t = mc.resp_enum(0, rels, 2000, 2000, mc.ERROR_SUCCESS)
        s.call(93, mc.req_enum(None, 0, FF), (stub, t),
               'EnumRelationship response: 2000 relationships, 10000 NULL pointers, %d bytes'
               % len(stub))

        s.close()
    return rec


CAPTURES = collections.OrderedDict((('hostile', hostile_capture),))
