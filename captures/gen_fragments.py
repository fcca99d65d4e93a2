"""failover-fragments: stubs larger than a fragment, and PDUs over many TCP segments.

Each connection binds with the fragment sizes it names; the fake server
(rpc_paths.PathServer) takes the smaller of the client's and its own, says so
in the bind ack, and cuts its responses into fragments of that size (stub
parts a multiple of 8 bytes, alloc_hint the bytes still to come).  impacket's
client fragments its requests itself (set_max_fragment_size).  Wireshark
must reassemble the fragments (dcerpc.reassemble, on by default) before the
plugin sees a stub; the truth lists the values of the whole stub.

    0  NDR 2.0, max_xmit/max_recv_frag 1432 (the smallest C706 allows):
       a relationship with 400 and one with 1000 scopes, EnumRelationship
       with 31 relationships (the most a server holds), requests of 400 and
       1000 scopes cut into 1024-byte fragments
    1  NDR 2.0, 256-byte fragments (below C706's minimum, which neither
       impacket nor Wireshark enforce): the same kinds of stubs in 232-byte
       parts, requests in 128-byte parts, so up to 20 fragments a PDU
    2  NDR64, 1432-byte fragments: the NDR64 stubs of gen_ndr64 are longer
    3  NDR 2.0, no fragmentation, but the client writes every PDU in 61-byte
       pieces and the server in 97-byte pieces (TCP_NODELAY): a 3.7 kB request
       and response each arrive in dozens of TCP segments
    4  fragments and segments at once: 1432-byte fragments written in
       97/61-byte pieces

rec.server.request_fragments / response_fragments count what was sent;
the capture asserts that every call meant to be fragmented was.
"""

import collections

import make_captures as mc
from rpc_paths import NDR64, PathRecorder
from gen_ndr64 import ndr64_marshalling

Rel = mc.Rel


def scopes(count, second=30):
    return ['10.%d.%d.0' % (second + i // 256, i % 256) for i in range(count)]


def big_rel(name, count, **kw):
    values = dict(primary='10.20.0.1', secondary='10.20.0.2', mode=1, server_type=0, state=3,
                  prev_state=2, mclt=1800, safe_period=7200, primary_name='dhcp-big1.example.com',
                  secondary_name=mc.SECONDARY_ACCENTED, scopes=scopes(count), percentage=60,
                  secret='s3cr3t-Pässwort')
    values.update(kw)
    return Rel(name, **values)


def thirty_one():
    """The most relationships a server can hold (ERROR_DHCP_FO_MAX_RELATIONSHIPS)."""
    rels = []
    for i in range(31):
        rels.append(Rel('site-%02d-%s' % (i, 'Zürich' if i % 5 == 0 else 'branch'),
                        '10.%d.0.1' % (100 + i), '10.%d.0.2' % (100 + i), mode=i % 2,
                        server_type=(i // 2) % 2, state=i % 12, prev_state=(i + 11) % 12,
                        mclt=600 + i, safe_period=0 if i % 3 else 3600,
                        primary_name=None if i % 4 == 1 else 'dhcp-a%d.corp.example' % i,
                        secondary_name=None if i % 4 == 2 else 'dhcp-b%d.corp.example' % i,
                        scopes=None if i % 7 == 6 else scopes(i % 13 + 1, 100 + i),
                        percentage=(i * 7) % 101, secret=None if i % 2 else 'secret-%d' % i))
    return rels


class Counter:
    """What a connection's calls were cut into, checked against what was meant."""

    def __init__(self, rec):
        self.server = rec.server
        self.marks = []

    def call(self, s, opnum, request, response, note, req_parts=1, resp_parts=1):
        """req_parts/resp_parts: at least this many fragments.  The note
        ends with what was sent, in the form tests/dhcpm_test.py reads:
        "[N request, M response fragments]" and "[pieces: client C, server S]"."""
        before = (len(self.server.request_fragments), len(self.server.response_fragments))
        s.call(opnum, request, response, note)
        got = (self.server.request_fragments[before[0]], self.server.response_fragments[before[1]])
        assert got[0] >= req_parts and got[1] >= resp_parts, (note, got, req_parts, resp_parts)
        if got != (1, 1):
            s.rec.calls[-1]['note'] += ' [%d request, %d response fragments]' % got
        if s.pieces:
            s.rec.calls[-1]['note'] += ' [pieces: client %d, server %d]' % s.pieces


def big_calls(s, c):
    """The calls whose stubs do not fit a 1432-byte fragment."""
    c.call(s, 99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0),
           'GetSystemTime: small stubs, one fragment each')
    c.call(s, 92, mc.req_name(mc.GetRelationship, None, 'big-400'),
           mc.resp_relationship(92, big_rel('big-400', 400), mc.ERROR_SUCCESS),
           'GetRelationship: a relationship with 400 scopes', resp_parts=2)
    c.call(s, 96, mc.req_scope(mc.GetScopeRelationship, '\\\\dhcp1.example.com', '10.30.0.0'),
           mc.resp_relationship(96, big_rel('big-1000', 1000, state=5, prev_state=4),
                                mc.ERROR_SUCCESS),
           'GetScopeRelationship: a relationship with 1000 scopes', resp_parts=3)
    c.call(s, 93, mc.req_enum('\\\\dhcp1.example.com', 0, 0xFFFFFFFF),
           mc.resp_enum(31, thirty_one(), 31, 31, mc.ERROR_SUCCESS),
           'EnumRelationship: 31 relationships, mixed NULL members', resp_parts=3)
    c.call(s, 89, mc.req_relationship(mc.CreateRelationship, '192.0.2.10', big_rel('new-400', 400)),
           mc.resp_status(89, mc.ERROR_SUCCESS),
           'CreateRelationship with 400 scopes: the request is fragmented', req_parts=2)
    c.call(s, 94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                      Rel('new-400', '0.0.0.0', '0.0.0.0', scopes=scopes(1000, 60),
                                          percentage=0)),
           mc.resp_status(94, mc.ERROR_SUCCESS),
           'AddScopeToRelationship with 1000 scopes: the request is fragmented', req_parts=4)
    c.call(s, 98, mc.req_client(None, 'name', 'x' * 200),
           mc.resp_client(mc.Client('10.0.0.55', '255.255.255.0', bytes(range(64)), 'y' * 300,
                                    'Kommentar ' * 30, mc.filetime(mc.T0), '10.0.0.1', 'DHCP1',
                                    owner_host='dhcp1.example.com', policy_name='P' * 200),
                          mc.ERROR_SUCCESS),
           'GetClientInfo: long names in a client info', resp_parts=2)
    c.call(s, 99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0 + 1),
           'GetSystemTime after the fragmented calls')


def fragments_capture():
    with PathRecorder('failover-fragments') as rec:
        c = Counter(rec)
        s = rec.connect(max_xmit=1432, max_recv=1432, request_frag=1024)
        big_calls(s, c)
        s.close()

        s = rec.connect(max_xmit=256, max_recv=256, request_frag=128)
        c.call(s, 92, mc.req_name(mc.GetRelationship, None, 'big-400'),
               mc.resp_relationship(92, big_rel('big-400', 400), mc.ERROR_SUCCESS),
               '256-byte fragments: a relationship with 400 scopes', req_parts=1, resp_parts=8)
        c.call(s, 93, mc.req_enum(None, 0, 0xFFFFFFFF),
               mc.resp_enum(31, thirty_one(), 31, 31, mc.ERROR_MORE_DATA),
               '256-byte fragments: EnumRelationship with 31 relationships', resp_parts=20)
        c.call(s, 89, mc.req_relationship(mc.CreateRelationship, '\\\\dhcp1.example.com',
                                          big_rel('new-150', 150)),
               mc.resp_status(89, mc.ERROR_SUCCESS),
               '256-byte fragments: CreateRelationship with 150 scopes', req_parts=5)
        c.call(s, 98, mc.req_client('192.0.2.10', 'hw', bytes(range(40))),
               mc.resp_client(None, mc.ERROR_DHCP_JET_ERROR),
               '256-byte fragments: GetClientInfo by hardware address, NULL answer')
        s.close()

        with ndr64_marshalling():
            s = rec.connect(syntax=NDR64, max_xmit=1432, max_recv=1432, request_frag=1024)
            c.call(s, 92, mc.req_name(mc.GetRelationship, None, 'big-400'),
                   mc.resp_relationship(92, big_rel('big-400', 400), mc.ERROR_SUCCESS),
                   'NDR64, 1432-byte fragments: a relationship with 400 scopes', resp_parts=2)
            c.call(s, 93, mc.req_enum(None, 0, 0xFFFFFFFF),
                   mc.resp_enum(31, thirty_one(), 31, 31, mc.ERROR_SUCCESS),
                   'NDR64, 1432-byte fragments: EnumRelationship with 31 relationships',
                   resp_parts=4)
            c.call(s, 94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                              Rel('big-400', '0.0.0.0', '0.0.0.0',
                                                  scopes=scopes(1000, 60), percentage=0)),
                   mc.resp_status(94, mc.ERROR_SUCCESS),
                   'NDR64, 1432-byte fragments: AddScopeToRelationship with 1000 scopes',
                   req_parts=4)
            s.close()

        s = rec.connect(segment_size=61, server_segment_size=97)
        c.call(s, 89, mc.req_relationship(mc.CreateRelationship, None, big_rel('seg-900', 900)),
               mc.resp_status(89, mc.ERROR_SUCCESS),
               'CreateRelationship: one 3.7 kB request fragment, many TCP segments')
        c.call(s, 92, mc.req_name(mc.GetRelationship, None, 'seg-900'),
               mc.resp_relationship(92, big_rel('seg-900', 900), mc.ERROR_SUCCESS),
               'GetRelationship: one 3.7 kB response fragment, many TCP segments')
        c.call(s, 99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0 + 2),
               'GetSystemTime: PDUs that fit one piece')
        s.close()

        s = rec.connect(max_xmit=1432, max_recv=1432, request_frag=1024, segment_size=61,
                        server_segment_size=97)
        c.call(s, 93, mc.req_enum(None, 0, 0xFFFFFFFF),
               mc.resp_enum(31, thirty_one(), 31, 31, mc.ERROR_SUCCESS),
               'EnumRelationship: 1432-byte response fragments, each over many TCP segments', resp_parts=3)
        c.call(s, 94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                          Rel('seg-900', '0.0.0.0', '0.0.0.0',
                                              scopes=scopes(1000, 60), percentage=0)),
               mc.resp_status(94, mc.ERROR_SUCCESS),
               'AddScopeToRelationship: 1024-byte request fragments, each over many TCP segments',
               req_parts=4)
        s.close()
    return rec


CAPTURES = collections.OrderedDict((('failover-fragments', fragments_capture),))
