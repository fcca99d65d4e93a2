"""Captures for the conformance checks (dhcpm.expert.*): conformance.pcapng
and conforming.pcapng.

Every call is made by the real stack (impacket's DCE/RPC client and the
fake server of make_captures.py), with stub values chosen to break exactly
one rule of MS-DHCPM (fact sheet sections 4 and 6), between calls that break
none.  The truth file lists, besides the decoded values, the experts
expected on each frame: "experts": {"request": [...], "response": [...]}
(or "fault"), names of dhcpm.expert.* fields, one entry per hit.  Every
other frame must raise no dhcpm expert.

Connections 0-2 are unauthenticated, as is every call of the other
captures, so each failover request there also raises
dhcpm.expert.unauthenticated_call (MS-DHCPM 2.1.2 asks for PKT_PRIVACY).
Connection 3 binds with NTLM at PKT_INTEGRITY: signed but not sealed, so
the stubs stay readable.  The fake server answers the NTLM negotiation with
a challenge and signs its responses with a placeholder verifier (impacket's
client computes, but does not compare, response signatures).  Its calls
conform and raise nothing, except the one that carries a shared secret in a
PDU that is signed but not sealed.

conforming.pcapng calls every failover method over NTLM at PKT_INTEGRITY,
within every rule, with listed errors among the successes: it must raise no
dhcpm expert at all.  Its second connection surveys a large server (30
relationships paged through EnumRelationship, a relationship of 300 scopes):
authenticated, conforming and pointer-heavy, it is the realistic mix that
bench/bench.py replays by default.

    sudo /usr/bin/python3 captures/make_captures.py --only conformance --only conforming
"""

import calendar
import collections
import struct
import time

import make_captures as mc
from impacket import ntlm
from impacket.dcerpc.v5 import transport
from impacket.dcerpc.v5.rpcrt import (MSRPCBindAck, MSRPCHeader, MSRPCRequestHeader, SEC_TRAILER,
                                      MSRPC_REQUEST, RPC_C_AUTHN_WINNT,
                                      RPC_C_AUTHN_LEVEL_PKT_INTEGRITY)
from impacket.uuid import uuidtup_to_bin

MSRPC_AUTH3 = 16
E = 'dhcpm.expert.'
UNAUTH = E + 'unauthenticated_call'
UNAUTH_CHANGE = E + 'unauthenticated_change'
# The failover methods that change a server (idl/dhcpm.cnf CHANGE): made
# without authentication, they are also unauthenticated changes.
FAILOVER_CHANGES = (89, 90, 91, 94, 95, 100)


class NtlmFakeDhcpServer(mc.FakeDhcpServer):
    """The fake server, able to accept an NTLM bind (challenge in the
    bind_ack, AUTH3 taken silently) and to answer calls made at
    PKT_INTEGRITY with a verifier of its own."""

    def recv(self):
        """One whole PDU; the stock recv cannot parse a request that carries
        a verifier (it reads it with the response header's layout)."""
        data = b''
        while len(data) < 16 or len(data) < struct.unpack_from('<H', data, 8)[0]:
            want = 16 - len(data) if len(data) < 16 else \
                struct.unpack_from('<H', data, 8)[0] - len(data)
            chunk = self._clientSock.recv(want)
            if not chunk:
                return None
            data += chunk
        return data

    def bind(self, packet, bind):
        if packet['auth_len'] == 0:
            return mc.FakeDhcpServer.bind(self, packet, bind)
        # let impacket build the bind_ack, then add the NTLM challenge to it
        sock, capture = self._clientSock, _Capture()
        self._clientSock = capture
        try:
            mc.FakeDhcpServer.bind(self, packet, bind)
        finally:
            self._clientSock = sock
        client = SEC_TRAILER(packet['sec_trailer'])
        ack = MSRPCBindAck(capture.data)
        trailer = SEC_TRAILER()
        trailer['auth_type'] = client['auth_type']
        trailer['auth_level'] = client['auth_level']
        trailer['auth_ctx_id'] = client['auth_ctx_id']
        ack['sec_trailer'] = trailer.getData()
        ack['auth_data'] = challenge(ntlm.NTLMAuthNegotiate(), packet['auth_data'])
        ack['auth_len'] = len(ack['auth_data'])
        ack['frag_len'] = len(ack.getData())
        self.auth = (client['auth_type'], client['auth_level'], client['auth_ctx_id'])
        sock.send(ack.getData())
        return None

    def processRequest(self, data):
        header = MSRPCHeader(data)
        if header['type'] == MSRPC_AUTH3:
            return None                       # no answer to AUTH3
        if header['type'] != MSRPC_REQUEST or header['auth_len'] == 0:
            return mc.FakeDhcpServer.processRequest(self, data)
        request = MSRPCRequestHeader(data)
        pad = SEC_TRAILER(request['sec_trailer'])['auth_pad_len']
        stub = request['pduData'][:len(request['pduData']) - pad]
        # the stock path, on the request without its verifier
        plain = MSRPCRequestHeader()
        plain['type'] = MSRPC_REQUEST
        plain['flags'] = request['flags']
        plain['call_id'] = request['call_id']
        plain['ctx_id'] = request['ctx_id']
        plain['op_num'] = request['op_num']
        plain['alloc_hint'] = len(stub)
        plain['pduData'] = stub
        plain['frag_len'] = 24 + len(stub)
        response = mc.FakeDhcpServer.processRequest(self, plain.getData())
        return self.sign(response)

    def sign(self, response):
        stub = response['pduData']
        pad = (4 - len(stub) % 4) % 4
        trailer = SEC_TRAILER()
        trailer['auth_type'], trailer['auth_level'], trailer['auth_ctx_id'] = self.auth
        trailer['auth_pad_len'] = pad
        response['pduData'] = stub + b'\x00' * pad
        response['sec_trailer'] = trailer.getData()
        # NTLMSSP_MESSAGE_SIGNATURE: version 1, then 12 bytes the client
        # does not check
        response['auth_data'] = struct.pack('<L', 1) + b'\x00' * 12
        response['auth_len'] = 16
        response['frag_len'] = 24 + len(response['pduData']) + 8 + 16
        return response


class _Capture:
    def send(self, data):
        self.data = data


def challenge(negotiate, token):
    """An NTLM CHALLENGE_MESSAGE answering the client's NEGOTIATE_MESSAGE."""
    negotiate.fromString(token)
    flags = (ntlm.NTLMSSP_NEGOTIATE_VERSION | ntlm.NTLMSSP_NEGOTIATE_TARGET_INFO |
             ntlm.NTLMSSP_TARGET_TYPE_SERVER | ntlm.NTLMSSP_NEGOTIATE_NTLM |
             ntlm.NTLMSSP_REQUEST_TARGET)
    for f in (ntlm.NTLMSSP_NEGOTIATE_56, ntlm.NTLMSSP_NEGOTIATE_128,
              ntlm.NTLMSSP_NEGOTIATE_KEY_EXCH, ntlm.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY,
              ntlm.NTLMSSP_NEGOTIATE_UNICODE, ntlm.NTLMSSP_NEGOTIATE_SIGN,
              ntlm.NTLMSSP_NEGOTIATE_ALWAYS_SIGN):
        flags |= negotiate['flags'] & f
    domain = 'CORP'.encode('utf-16le')
    av = ntlm.AV_PAIRS()
    av[ntlm.NTLMSSP_AV_HOSTNAME] = av[ntlm.NTLMSSP_AV_DNS_HOSTNAME] = 'DHCP1'.encode('utf-16le')
    av[ntlm.NTLMSSP_AV_DOMAINNAME] = av[ntlm.NTLMSSP_AV_DNS_DOMAINNAME] = domain
    av[ntlm.NTLMSSP_AV_TIME] = struct.pack('<q', 116444736000000000 +
                                           calendar.timegm(time.gmtime()) * 10000000)
    msg = ntlm.NTLMAuthChallenge()
    msg['flags'] = flags
    msg['domain_len'] = msg['domain_max_len'] = len(domain)
    msg['domain_offset'] = 40 + 16
    msg['challenge'] = b'\x11\x22\x33\x44\x55\x66\x77\x88'
    msg['domain_name'] = domain
    msg['TargetInfoFields_len'] = msg['TargetInfoFields_max_len'] = len(av)
    msg['TargetInfoFields'] = av
    msg['TargetInfoFields_offset'] = 40 + 16 + len(domain)
    msg['Version'] = b'\xff' * 8
    msg['VersionLen'] = 8
    return msg.getData()


class NtlmSession(mc.Session):
    """A client session that binds with NTLM at PKT_INTEGRITY."""

    def __init__(self, rec, iface=mc.DHCPSRV2):
        self.rec = rec
        self.iface_name = 'dhcpsrv2'
        self.index = rec.connections
        rec.connections += 1
        trans = transport.DCERPCTransportFactory('ncacn_ip_tcp:127.0.0.1[%d]' % rec.port)
        trans.set_credentials('dhcpadmin', 'Failover-2012', 'CORP')
        self.dce = trans.get_dce_rpc()
        self.dce.set_auth_type(RPC_C_AUTHN_WINNT)
        self.dce.set_auth_level(RPC_C_AUTHN_LEVEL_PKT_INTEGRITY)
        self.dce.connect()
        self.dce.bind(uuidtup_to_bin(iface))


class Recorder(mc.Recorder):
    """make_captures' Recorder with the NTLM-capable server."""

    def __init__(self, name):
        mc.Recorder.__init__(self, name)
        self.server._sock.close()
        self.server = NtlmFakeDhcpServer()
        srv2 = {op: self.server.scripted(op) for op in [0] + list(range(89, 101)) + [125]}
        self.server.addCallbacks(mc.DHCPSRV2, '', srv2)
        self.server.addCallbacks(mc.DHCPSRV, '', {28: self.server.scripted(28)})
        self.port = self.server.getListenPort()

    def callbacks(self):
        return self.server._listenUUIDS[uuidtup_to_bin(mc.DHCPSRV2)]['CallBacks']


def expect(rec, request=(), response=(), fault=()):
    """The experts the last call raises, per frame."""
    if UNAUTH in request and rec.calls[-1]['opnum'] in FAILOVER_CHANGES:
        request = list(request) + [UNAUTH_CHANGE]
    experts = collections.OrderedDict()
    for key, names in (('request', request), ('response', response), ('fault', fault)):
        if names:
            experts[key] = [E + n if not n.startswith(E) else n for n in names]
    rec.calls[-1]['experts'] = experts


def rel(name='fo-conf', **kw):
    base = dict(primary='10.0.0.1', secondary='10.0.0.2', mode=0, server_type=0, state=0,
                prev_state=0, mclt=3600, safe_period=600, scopes=['10.0.0.0'], percentage=50)
    base.update(kw)
    return mc.Rel(name, **base)


def client(**kw):
    base = dict(ip='10.0.0.55', mask='255.255.255.0', hw=bytes.fromhex('00155d0a0b0c'),
                name='laptop-55', comment=None, lease_expires=mc.filetime(mc.T0 + 86400),
                owner_ip='10.0.0.1', owner_netbios='DHCP1', policy_name='Finance-Policy')
    base.update(kw)
    return mc.Client(**base)


def conformance_capture():
    OK, INVALID = mc.ERROR_SUCCESS, mc.ERROR_INVALID_PARAMETER
    NOT_EXIST = mc.ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST
    with Recorder('conformance') as rec:
        # ---- connection 0: CreateRelationship and SetRelationship ------------
        s = rec.connect()
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel()),
               mc.resp_status(89, OK), 'conforming CreateRelationship')
        expect(rec, [UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel(mode=2)),
               mc.resp_status(89, INVALID), 'mode 2 is no DHCP_FAILOVER_MODE (FO-CR-10)')
        expect(rec, ['mode_range', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel(server_type=5)),
               mc.resp_status(89, INVALID), 'serverType 5 (FO-CR-11)')
        expect(rec, ['server_type_range', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel(percentage=150)),
               mc.resp_status(89, INVALID), 'percentage 150 (FO-CR-09)')
        expect(rec, ['percentage_range', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel('n' * 127)),
               mc.resp_status(89, mc.ERROR_DHCP_FO_RELATIONSHIP_NAME_TOO_LONG),
               'relationshipName of 127 characters (FO-CR-14)')
        expect(rec, ['name_too_long', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel('n' * 126)),
               mc.resp_status(89, OK), 'relationshipName of 126 characters: the limit, allowed')
        expect(rec, [UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None,
                                       rel('overwritten', state=30, prev_state=40)),
               mc.resp_status(89, OK), 'CreateRelationship with state 30, prevState 40: the '
               'server overwrites both (3.2.4.90), conforming')
        expect(rec, [UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel(primary='0.0.0.0')),
               mc.resp_status(89, INVALID), 'primaryServer 0 (FO-CR-04)')
        expect(rec, ['server_address_zero', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel(scopes=[])),
               mc.resp_status(89, INVALID), 'pScopes with NumElements 0 (FO-CR-07)')
        expect(rec, ['scopes_missing', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel(None)),
               mc.resp_status(89, INVALID), 'relationshipName NULL (FO-CR-03)')
        expect(rec, ['name_null', UNAUTH])
        s.call(89, mc.req_relationship(mc.CreateRelationship, None,
                                       rel(scopes=['10.0.0.0', '10.1.0.0'],
                                           num_elements_override=3)),
               mc.resp_status(89, INVALID),
               'DHCP_IP_ARRAY NumElements 3, Elements max_count 2 (FO-GEN-08, NDR runtime)')
        expect(rec, ['ndr_conformance_mismatch', UNAUTH])
        base = dict(scopes=None)
        s.call(90, mc.req_relationship(mc.SetRelationship, None, rel(**base), flags=0),
               mc.resp_status(90, INVALID), 'SetRelationship Flags 0 (FO-SET-03)')
        expect(rec, ['set_flags_zero', UNAUTH])
        s.call(90, mc.req_relationship(mc.SetRelationship, None, rel(**base), flags=0x101),
               mc.resp_status(90, INVALID), 'SetRelationship Flags 0x101: bit 0x100 unknown '
               '(FO-SET-04)')
        expect(rec, ['set_flags_unknown', UNAUTH])
        s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                       rel(secret='new-secret', **base), flags=0x40),
               mc.resp_status(90, INVALID), 'SetRelationship Flags SHAREDSECRET (SDK only), '
               'secret in an unsealed PDU')
        expect(rec, ['set_flags_shared_secret', UNAUTH, 'secret_not_sealed'])
        s.call(90, mc.req_relationship(mc.SetRelationship, None, rel(mode=3, **base),
                                       flags=0x10),
               mc.resp_status(90, INVALID), 'SetRelationship MODE with mode 3 (FO-SET-06)')
        expect(rec, ['mode_range', UNAUTH])
        s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                       rel(mode=3, percentage=200, state=30, **base),
                                       flags=0x01),
               mc.resp_status(90, OK), 'SetRelationship MCLT only: the bad mode, percentage '
               'and state are not selected, so ignored (3.2.4.91): conforming')
        expect(rec, [UNAUTH])
        s.call(90, mc.req_relationship(mc.SetRelationship, None, rel(percentage=101, **base),
                                       flags=0x08),
               mc.resp_status(90, INVALID), 'SetRelationship PERCENTAGE 101 (FO-SET-05)')
        expect(rec, ['percentage_range', UNAUTH])
        s.call(90, mc.req_relationship(mc.SetRelationship, None, rel(state=12, **base),
                                       flags=0x04),
               mc.resp_status(90, OK), 'SetRelationship CHANGESTATE to PAUSED (12, SDK only)')
        expect(rec, ['state_range', UNAUTH])
        s.close()

        # ---- connection 1: name methods, Get/Enum responses -------------------
        s = rec.connect()
        s.call(91, mc.req_name(mc.DeleteRelationship, None, None),
               mc.resp_status(91, INVALID), 'DeleteRelationship name NULL (FO-DEL-01)')
        expect(rec, ['name_null', UNAUTH])
        s.call(92, mc.req_name(mc.GetRelationship, None, 'fo-conf'),
               mc.resp_relationship(92, rel(state=3, prev_state=2), OK),
               'conforming GetRelationship')
        expect(rec, [UNAUTH])
        s.call(92, mc.req_name(mc.GetRelationship, None, 'fo-conf'),
               mc.resp_relationship(92, rel(state=14, prev_state=20), OK),
               'GetRelationship answered with state 14 and prevState 20 (FO-GEN-04)')
        expect(rec, [UNAUTH], ['state_range', 'prev_state_range'])
        s.call(92, mc.req_name(mc.GetRelationship, None, 'fo-conf'),
               mc.resp_relationship(92, None, OK),
               'GetRelationship ERROR_SUCCESS with a NULL relationship (FO-GET-05)')
        expect(rec, [UNAUTH], ['success_without_result'])
        s.call(92, mc.req_name(mc.GetRelationship, None, 'nope'),
               mc.resp_relationship(92, rel('nope'), NOT_EXIST),
               'GetRelationship error with a non-NULL relationship')
        expect(rec, [UNAUTH], ['error_with_result'])
        s.call(92, mc.req_name(mc.GetRelationship, None, 'fo-conf'),
               mc.resp_relationship(92, None, mc.ERROR_DHCP_FO_STATE_NOT_NORMAL),
               'GetRelationship answered 0x4E98, which 3.2.4.93 does not list')
        expect(rec, [UNAUTH], ['return_code_unlisted'])
        s.call(93, mc.req_enum(None, 0, 0xFFFFFFFF),
               mc.resp_enum(1, [rel('a', state=3, prev_state=2)], 3, 1, OK),
               'EnumRelationship relationshipRead 3 for one relationship (FO-ENUM-06)')
        expect(rec, [UNAUTH], ['enum_read_count'])
        s.call(93, mc.req_enum(None, 0, 0xFFFFFFFF),
               mc.resp_enum(2, [rel('a', state=3, prev_state=2),
                                rel('b', mode=1, server_type=1, state=5, prev_state=4)],
                            2, 2, OK), 'conforming EnumRelationship')
        expect(rec, [UNAUTH])
        s.call(94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                       rel(scopes=None, mode=9, percentage=250)),
               mc.resp_status(94, INVALID), 'AddScopeToRelationship pScopes NULL (FO-ADD-03); '
               'its mode and percentage are not used by the method')
        expect(rec, ['scopes_missing', UNAUTH])
        s.call(100, mc.req_name(mc.TriggerAddrAllocation, None, None),
               mc.resp_status(100, INVALID), 'TriggerAddrAllocation FailRelName NULL (FO-TAA-02)')
        expect(rec, ['name_null', UNAUTH])
        # an older server: it does not know TriggerAddrAllocation
        saved = rec.callbacks().pop(100)
        s.call(100, mc.req_name(mc.TriggerAddrAllocation, None, 'fo-conf'), None,
               'TriggerAddrAllocation faulted with nca_s_op_rng_error (pre-2012 server)',
               fault=True)
        rec.callbacks()[100] = saved
        expect(rec, [UNAUTH], fault=['failover_fault'])
        s.call(99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0),
               'conforming GetSystemTime after the fault')
        expect(rec, [UNAUTH])
        s.call(99, mc.req_server_only(mc.GetSystemTime, None),
               mc.resp_time(0, mc.ERROR_ACCESS_DENIED),
               'GetSystemTime answered ERROR_ACCESS_DENIED, which 3.2.4.100 does not list')
        expect(rec, [UNAUTH], ['return_code_unlisted'])
        s.close()

        # ---- connection 2: scopes, statistics, clients, address status --------
        s = rec.connect()
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.5.0.0'),
               mc.resp_relationship(96, rel(scopes=['10.4.0.0', '10.5.0.0'], state=3,
                                            prev_state=2), OK),
               'conforming GetScopeRelationship: pScopes holds the scope')
        expect(rec, [UNAUTH])
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.6.0.0'),
               mc.resp_relationship(96, rel(scopes=['10.4.0.0', '10.5.0.0'], state=3,
                                            prev_state=2), OK),
               'GetScopeRelationship success whose pScopes lacks 10.6.0.0 (FO-GSR-04)')
        expect(rec, [UNAUTH], ['scope_not_in_relationship'])
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '0.0.0.0'),
               mc.resp_relationship(96, None, INVALID), 'GetScopeRelationship scopeId 0 '
               '(FO-GSR-02)')
        expect(rec, ['scope_id_zero', UNAUTH])
        s.call(97, mc.req_scope(mc.GetScopeStatistics, None, '10.5.0.0'),
               mc.resp_stats([254, 120, 134, 60, 60, 70, 64], OK), 'conforming GetScopeStatistics')
        expect(rec, [UNAUTH])
        s.call(97, mc.req_scope(mc.GetScopeStatistics, None, '10.5.0.0'),
               mc.resp_stats(None, OK), 'GetScopeStatistics ERROR_SUCCESS with NULL pStats')
        expect(rec, [UNAUTH], ['success_without_result'])
        s.call(98, mc.req_client(None, 'ip', '10.0.0.55'), mc.resp_client(client(), OK),
               'conforming GetClientInfo')
        expect(rec, [UNAUTH])
        s.call(98, mc.req_client(None, 'name', None), mc.resp_client(None, INVALID),
               'GetClientInfo by name with ClientName NULL (FO-GCI-02)')
        expect(rec, ['search_name_null', UNAUTH])
        s.call(98, mc.req_client(None, 'ip', '10.0.0.55'),
               mc.resp_client(client(policy_name='p' * 65), OK),
               'GetClientInfo PolicyName of 65 characters (FO-GCI-05)')
        expect(rec, [UNAUTH], ['policy_name_too_long'])
        s.call(98, mc.req_client(None, 'ip', '10.0.0.55'),
               mc.resp_client(client(owner_host='dhcp1.corp.example', flags=0x01), OK),
               'GetClientInfo with OwnerHost.HostName set and flags 1 (MUST be ignored)')
        expect(rec, [UNAUTH], ['ignored_member_set', 'ignored_member_set'])
        s.call(98, mc.req_client(None, 'ip', '10.0.0.55'),
               mc.resp_client(client(quarantine_status=9), OK),
               'GetClientInfo Status 9 is no QuarantineStatus')
        expect(rec, [UNAUTH], ['quarantine_status_range'])
        stub, _ = mc.req_client(None, 'ip', '10.0.0.55')
        assert stub[4:8] == b'\x00\x00\x00\x00' and len(stub) == 12
        stub = stub[:4] + struct.pack('<HH', 3, 3) + stub[8:]
        s.call(98, (stub, mc.Truth(98).add('dhcpm.search.type', 3)),
               mc.resp_client(None, INVALID),
               'GetClientInfo SearchType 3 with discriminant 3: no such type, no arm '
               '(FO-GCI-05; NDR runtime marks the stub)', malformed='request')
        expect(rec, ['search_type_range', 'ndr_union_unknown_arm', UNAUTH])
        s.call(125, mc.req_address(None, '10.0.0.20'), mc.resp_address_status(7, OK),
               'GetAddressStatus pStatus 7 (FO-GAS-04)')
        expect(rec, [UNAUTH], ['address_status_range'])
        s.call(125, mc.req_address(None, '172.16.0.1'), mc.resp_address_status(7, INVALID),
               'GetAddressStatus error: pStatus carries no meaning, conforming')
        expect(rec, [UNAUTH])
        s.close()

        # ---- connection 3: NTLM at PKT_INTEGRITY, conforming --------------------
        s = NtlmSession(rec)
        s.call(99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0 + 60),
               'authenticated (PKT_INTEGRITY) GetSystemTime')
        expect(rec)
        s.call(89, mc.req_relationship(mc.CreateRelationship, '\\\\dhcp1.corp.example',
                                       rel('signed', mode=1, scopes=['10.7.0.0', '10.8.0.0'],
                                           percentage=5)),
               mc.resp_status(89, OK), 'authenticated CreateRelationship, no secret')
        expect(rec)
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.8.0.0'),
               mc.resp_relationship(96, rel('signed', mode=1, scopes=['10.7.0.0', '10.8.0.0'],
                                            state=3, prev_state=2, percentage=5), OK),
               'authenticated GetScopeRelationship')
        expect(rec)
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.9.0.0'),
               mc.resp_relationship(96, None, 0x4E93),
               'GetScopeRelationship answered 0x4E93: its page prints 0x4E93 for '
               'ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP, whose Windows SDK value is 0x4E94 '
               '(the SDK names 0x4E93 ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST)')
        expect(rec, response=['return_code_page_erratum'])
        s.call(125, mc.req_address(None, '10.7.0.9'), mc.resp_address_status(1, OK),
               'authenticated GetAddressStatus')
        expect(rec)
        s.call(89, mc.req_relationship(mc.CreateRelationship, None,
                                       rel('signed-secret', scopes=['10.9.0.0'],
                                           secret='Sh4red-S3cret')),
               mc.resp_status(89, OK),
               'authenticated but only signed: the shared secret travels readable')
        expect(rec, ['secret_not_sealed'])
        s.close()
    return rec


def conforming_capture():
    """Every failover method, authenticated and within every rule: a
    capture that must raise no dhcpm expert at all."""
    OK = mc.ERROR_SUCCESS
    with Recorder('conforming') as rec:
        s = NtlmSession(rec)
        s.call(99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0),
               'GetSystemTime')
        s.call(89, mc.req_relationship(mc.CreateRelationship, '192.0.2.10',
                                       rel('dc1-dc2', primary_name='dc1', secondary_name='dc2',
                                           scopes=['10.1.0.0', '10.2.0.0'], safe_period=0)),
               mc.resp_status(89, OK), 'CreateRelationship')
        s.call(89, mc.req_relationship(mc.CreateRelationship, None, rel('dc1-dc2')),
               mc.resp_status(89, mc.ERROR_DHCP_FO_RELATIONSHIP_EXISTS),
               'CreateRelationship of an existing name: a listed error')
        s.call(90, mc.req_relationship(mc.SetRelationship, None,
                                       rel('dc1-dc2', mode=1, state=5, prev_state=3, mclt=1800,
                                           safe_period=3600, percentage=100, scopes=None),
                                       flags=0x3F), mc.resp_status(90, OK),
               'SetRelationship with every flag of the specification')
        s.call(92, mc.req_name(mc.GetRelationship, None, 'dc1-dc2'),
               mc.resp_relationship(92, rel('dc1-dc2', mode=1, state=5, prev_state=3,
                                            scopes=['10.1.0.0', '10.2.0.0']), OK),
               'GetRelationship')
        s.call(92, mc.req_name(mc.GetRelationship, None, 'nope'),
               mc.resp_relationship(92, None, mc.ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
               'GetRelationship of an unknown name: NULL relationship, listed error')
        s.call(93, mc.req_enum(None, 0, 0xFFFFFFFF),
               mc.resp_enum(1, [rel('dc1-dc2', mode=1, state=5, prev_state=3)], 1, 1, OK),
               'EnumRelationship')
        s.call(93, mc.req_enum(None, 1, 0xFFFFFFFF), mc.resp_enum(1, None, 0, 0,
                                                                  mc.ERROR_NO_MORE_ITEMS),
               'EnumRelationship past the end')
        s.call(94, mc.req_relationship(mc.AddScopeToRelationship, None,
                                       rel('dc1-dc2', scopes=['10.3.0.0'])),
               mc.resp_status(94, OK), 'AddScopeToRelationship')
        s.call(95, mc.req_relationship(mc.DeleteScopeFromRelationship, None,
                                       rel('dc1-dc2', scopes=['10.3.0.0'])),
               mc.resp_status(95, OK), 'DeleteScopeFromRelationship')
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.2.0.0'),
               mc.resp_relationship(96, rel('dc1-dc2', mode=1, state=5, prev_state=3,
                                            scopes=['10.1.0.0', '10.2.0.0']), OK),
               'GetScopeRelationship')
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.9.0.0'),
               mc.resp_relationship(96, None, mc.ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
               'GetScopeRelationship of a scope in no relationship')
        s.call(97, mc.req_scope(mc.GetScopeStatistics, None, '10.1.0.0'),
               mc.resp_stats([254, 120, 134, 60, 60, 70, 64], OK), 'GetScopeStatistics')
        s.call(98, mc.req_client(None, 'name', 'laptop-55'), mc.resp_client(client(), OK),
               'GetClientInfo')
        s.call(98, mc.req_client(None, 'ip', '10.1.0.99'),
               mc.resp_client(None, mc.ERROR_DHCP_JET_ERROR), 'GetClientInfo, no such client')
        s.call(100, mc.req_name(mc.TriggerAddrAllocation, None, 'dc1-dc2'),
               mc.resp_status(100, OK), 'TriggerAddrAllocation')
        s.call(125, mc.req_address(None, '10.1.0.20'), mc.resp_address_status(3, OK),
               'GetAddressStatus')
        s.call(91, mc.req_name(mc.DeleteRelationship, None, 'dc1-dc2'),
               mc.resp_status(91, OK), 'DeleteRelationship')
        s.close()
        site_survey(rec)
    return rec


def site(i):
    """The i-th relationship of a large server: two named partners, four
    scopes, a real state (NORMAL, COMMUNICATION_INTERRUPTED or PARTNER_DOWN)."""
    state, prev = ((3, 2), (1, 3), (5, 1))[i % 3]
    return rel('site%02d-dc1-dc2' % i, primary='10.%d.255.1' % (100 + i),
               secondary='10.%d.255.2' % (100 + i), mode=i % 2, server_type=0,
               state=state, prev_state=prev, mclt=3600, safe_period=(0, 3600)[i % 2],
               primary_name='dhcp-a%02d.corp.example' % i,
               secondary_name='dhcp-b%02d.corp.example' % i,
               scopes=['10.%d.%d.0' % (100 + i, n) for n in range(4)],
               percentage=(50, 100)[i % 2])


def site_survey(rec):
    """What the DHCP console or Get-DhcpServerv4Failover does on a large
    server: page through 30 relationships (each response close to
    preferredMaximum, as a real server fills them), then read a
    relationship of 300 scopes and the state of a few scopes, clients and
    addresses.  Large, pointer-heavy responses: the benchmark's realistic
    mix (bench/bench.py replays this capture by default)."""
    OK = mc.ERROR_SUCCESS
    sites = [site(i) for i in range(30)]
    s = NtlmSession(rec)
    pages = ((0, 12, mc.ERROR_MORE_DATA), (12, 24, mc.ERROR_MORE_DATA), (24, 30, OK))
    for first, end, status in pages:
        s.call(93, mc.req_enum(None, first, 3000),
               mc.resp_enum(end, sites[first:end], end - first, len(sites) - first, status),
               'EnumRelationship of a large server, relationships %d-%d of 30'
               % (first, end - 1))
    s.call(93, mc.req_enum(None, 30, 3000), mc.resp_enum(30, None, 0, 0, mc.ERROR_NO_MORE_ITEMS),
           'EnumRelationship: the 30 relationships are read')
    big = rel('campus-dc1-dc2', primary='10.200.255.1', secondary='10.200.255.2', mode=0,
              state=3, prev_state=2, safe_period=3600, primary_name='dhcp-campus-a.corp.example',
              secondary_name='dhcp-campus-b.corp.example',
              scopes=['10.%d.%d.0' % (200 + n // 256, n % 256) for n in range(300)])
    s.call(92, mc.req_name(mc.GetRelationship, None, 'campus-dc1-dc2'),
           mc.resp_relationship(92, big, OK), 'GetRelationship of 300 scopes')
    for i in (3, 17, 29):
        s.call(96, mc.req_scope(mc.GetScopeRelationship, None, '10.%d.2.0' % (100 + i)),
               mc.resp_relationship(96, sites[i], OK), 'GetScopeRelationship, site %d' % i)
        s.call(97, mc.req_scope(mc.GetScopeStatistics, None, '10.%d.2.0' % (100 + i)),
               mc.resp_stats([254, 100 + i, 154 - i, 50, 50 + i, 60, 40], OK),
               'GetScopeStatistics, site %d' % i)
    s.call(98, mc.req_client(None, 'ip', '10.117.2.31'),
           mc.resp_client(client(ip='10.117.2.31', name='desk-31.corp.example',
                                 owner_ip='10.117.255.1', owner_netbios='DHCP-A17'), OK),
           'GetClientInfo, site 17')
    s.call(125, mc.req_address(None, '10.117.2.31'), mc.resp_address_status(1, OK),
           'GetAddressStatus, site 17')
    s.call(99, mc.req_server_only(mc.GetSystemTime, None), mc.resp_time(mc.T0 + 120),
           'GetSystemTime')
    s.close()


CAPTURES = collections.OrderedDict((('conformance', conformance_capture),
                                    ('conforming', conforming_capture)))
