"""Captures of the paths real MS-DHCPM traffic takes besides a plain TCP connection.

    transport-smb2     \\PIPE\\dhcpserver (ncacn_np) over SMB2 on TCP 445: impacket's SMB
                       server hosts the named pipe and forwards it to the fake DHCP server
    transport-sealed   ncacn_ip_tcp with NTLM at RPC_C_AUTHN_LEVEL_PKT_PRIVACY: every stub is
                       sealed; the password is SEALED_PASSWORD
    transport-nobind   ncacn_ip_tcp, capture started after the bind was answered
    transport-epm      ept_map for dhcpsrv2 on TCP 135, then the calls on the dynamic port
    transport-kerberos ncacn_ip_tcp with Kerberos (SPNEGO) at packet privacy: every stub is
                       sealed; transport-kerberos.keytab holds the DHCP server's key.  There
                       is no KDC: the service ticket is made with that key (service_ticket)

Every capture comes from real DCE/RPC stacks: impacket's client, impacket's SMB
server, impacket's DCE/RPC server (the fake DHCP server of make_captures.py, and
here a fake endpoint mapper, an NTLM acceptor built from impacket.ntlm and a
Kerberos acceptor built from impacket.krb5).

The truth files have the usual "calls" list and an "expect" list: display
filters with the number of frames each must match, which the transport tests
check (for instance that the bind is really absent, or that ept_map answered
with the dynamic port).  tcp_stream_hint is the tcp.stream index in the
capture, so for the EPM capture the dhcpsrv2 connection is stream 1.

    sudo /usr/bin/python3 captures/make_captures.py --only transport-smb2
"""

import collections
import datetime
import os
import socket
import struct
import threading
import time

import make_captures as mc
from make_captures import (Rel, Client, req_relationship, req_name, req_scope, req_enum,
                           req_client, req_server_only, req_address, resp_status,
                           resp_relationship, resp_enum, resp_stats, resp_client, resp_time,
                           resp_address_status)

from impacket import ntlm
from impacket.dcerpc.v5 import epm, transport
from impacket.dcerpc.v5.rpcrt import (DCERPC_v5, MSRPCBind, MSRPCBindAck, MSRPCHeader,
                                      MSRPCRequestHeader, MSRPC_AUTH3, MSRPC_BIND, MSRPC_BINDACK,
                                      MSRPC_REQUEST, MSRPC_RESPONSE, PFC_FIRST_FRAG,
                                      PFC_LAST_FRAG, SEC_TRAILER, RPC_C_AUTHN_WINNT,
                                      RPC_C_AUTHN_LEVEL_PKT_PRIVACY, CtxItem, CtxItemResult,
                                      MSRPC_CONT_RESULT_ACCEPT, MSRPC_ALTERCTX, MSRPC_ALTERCTX_R,
                                      RPC_C_AUTHN_GSS_NEGOTIATE)
from impacket.krb5 import constants as krb5_constants, crypto as krb5_crypto
from impacket.krb5.asn1 import (AP_REQ, AP_REP, Authenticator, EncAPRepPart, EncTicketPart,
                                TGS_REP, seq_set)
from impacket.krb5.gssapi import KG_USAGE_ACCEPTOR_SEAL, KG_USAGE_INITIATOR_SEAL
from impacket.krb5.types import KerberosTime, Principal
from impacket.smbserver import SimpleSMBServer
from impacket.spnego import SPNEGO_NegTokenInit, SPNEGO_NegTokenResp, TypesMech
from pyasn1.codec.der import decoder as der_decoder, encoder as der_encoder
from pyasn1.type.univ import noValue
from impacket.smb3structs import SMB2_DIALECT_002
from impacket.uuid import uuidtup_to_bin

try:
    from Cryptodome.Cipher import ARC4
except ImportError:                  # Debian's impacket uses pycryptodomex
    from Crypto.Cipher import ARC4

SMB_PORT = 445
EPM_PORT = 135
PIPE = 'dhcpserver'
SMB_USER, SMB_PASSWORD, SMB_DOMAIN = 'dhcpadmin', 'Failover-2024!', 'CORP'
SEALED_USER, SEALED_PASSWORD, SEALED_DOMAIN = 'dhcpadmin', 'Failover-2024!', 'CORP'
NDR20 = ('8a885d04-1ceb-11c9-9fe8-08002b104860', '2.0')
EPM_IFACE = ('E1AF8308-5D1F-11C9-91A4-08002B14A0FA', '3.0')


################################################################################
# Plumbing: a recorder for any set of ports, sessions on any DCE/RPC transport
################################################################################

class TransportRecorder:
    """Like make_captures.Recorder, for captures whose ports, servers and
    start of recording differ: the scenario starts dumpcap itself (start())
    with the ports to record, when the capture is meant to begin."""

    def __init__(self, name, server=None):
        self.name = name
        self.pcap = os.path.join(mc.HERE, name + '.pcapng')
        self.truth_path = os.path.join(mc.HERE, name + '.truth.json')
        self.calls = []
        self.expect = []
        self.decode_as = None     # the Decode As binding a user would make (no-bind capture)
        self.connections = 0
        self.server = server or mc.FakeDhcpServer()
        srv2 = {op: self.server.scripted(op) for op in [0] + list(range(89, 101)) + [125]}
        self.server.addCallbacks(mc.DHCPSRV2, '', srv2)
        self.server.addCallbacks(mc.DHCPSRV, '', {28: self.server.scripted(28)})
        self.port = self.server.getListenPort()
        self.dumpcap = None

    def __enter__(self):
        for path in (self.pcap, self.truth_path):
            if os.path.exists(path):
                os.unlink(path)
        self.server.start()
        return self

    def start(self, ports):
        self.dumpcap = mc.Dumpcap(self.pcap, ports)

    def expect_frames(self, display_filter, count, why):
        self.expect.append(collections.OrderedDict(
            (('filter', display_filter), ('frames', count), ('why', why))))

    def __exit__(self, exc_type, exc, tb):
        if self.dumpcap:
            self.dumpcap.stop()
        if exc_type is None:
            assert not self.server.script, 'unused scripted responses'
            os.chmod(self.pcap, 0o644)
            text = format_truth(os.path.basename(self.pcap), self.calls, self.expect,
                                self.decode_as)
            with open(self.truth_path, 'w', encoding='utf-8') as f:
                f.write(text)
            os.chmod(self.truth_path, 0o644)
        return False


def format_truth(capture, calls, expect, decode_as=None):
    """make_captures.format_truth plus this file's keys: per call
    "short_sealed" (the directions whose sealed part, stub and padding, is
    under 16 bytes), the capture's "expect" list and, for a capture without
    bind, "decode_as": the conversation and context id a user binds to
    dhcpsrv2."""
    extra = [('expect', expect)]
    if decode_as is not None:
        extra.append(('decode_as', decode_as))
    return mc.format_truth(capture, calls, extra)


class TransportSession(mc.Session):
    """make_captures.Session on a DCE/RPC connection set up by the caller."""

    def __init__(self, rec, dce, iface=mc.DHCPSRV2, bind=True, stream=None):
        self.rec = rec
        self.iface_name = 'dhcpsrv2' if iface == mc.DHCPSRV2 else 'dhcpsrv'
        self.index = rec.connections if stream is None else stream
        rec.connections += 1
        self.dce = dce
        if bind:
            self.dce.bind(uuidtup_to_bin(iface))


def tcp_dce(port, host='127.0.0.1'):
    dce = transport.DCERPCTransportFactory('ncacn_ip_tcp:%s[%d]' % (host, port)).get_dce_rpc()
    dce.connect()
    return dce


################################################################################
# What the clients ask: every failover method, real values
################################################################################

BRANCH = Rel('branch-ost', '10.40.0.1', '10.40.0.2', mode=0, server_type=0, state=3, prev_state=2,
             mclt=3600, safe_period=600, primary_name='dhcp-ost1.corp.example',
             secondary_name='dhcp-ost2.corp.example', scopes=['10.40.1.0', '10.40.2.0'],
             percentage=50, secret='Tr4nsp0rt-Geheimnis')
STANDBY = Rel('Genève hot-standby', '10.50.0.1', '10.50.0.2', mode=1, server_type=1, state=5,
              prev_state=4, mclt=1800, safe_period=3600, primary_name='dhcp-gva1',
              secondary_name=None, scopes=['10.50.1.0'], percentage=5, secret=None)
CLIENT = Client('10.40.1.23', '255.255.255.0', bytes.fromhex('00155d0a0b0c'), 'pc-0423.corp.example',
                'Reception', mc.filetime(mc.T0 + 8 * 3600), '10.40.0.1', 'DHCP-OST1',
                owner_host='dhcp-ost1.corp.example', client_type=1, address_state=0x01,
                quarantine_status=0, probation_ends=0, quarantine_capable=0,
                sent_pot=mc.T0 + 3600, ack_pot=mc.T0 + 3600, recv_pot=0, start_time=mc.T0 - 600,
                clt_last_trans=mc.T0 - 60, last_bnd_upd=mc.T0 - 60, bnd_msg_status=0,
                policy_name='Empfang', flags=0)


def all_failover_calls(s, server='\\\\dhcp-ost1.corp.example'):
    """The thirteen failover methods, each with values a real exchange would carry."""
    s.call(99, req_server_only(mc.GetSystemTime, server), resp_time(mc.T0 + 7),
           'GetSystemTime')
    s.call(89, req_relationship(mc.CreateRelationship, server, BRANCH),
           resp_status(89, mc.ERROR_SUCCESS), 'CreateRelationship, LoadBalance, two scopes')
    s.call(90, req_relationship(mc.SetRelationship, server,
                                Rel('branch-ost', '10.40.0.1', '10.40.0.2', mclt=7200,
                                    percentage=60, scopes=None), flags=0x11),
           resp_status(90, mc.ERROR_SUCCESS), 'SetRelationship MCLT|PERCENTAGE')
    s.call(92, req_name(mc.GetRelationship, server, 'Genève hot-standby'),
           resp_relationship(92, STANDBY, mc.ERROR_SUCCESS),
           'GetRelationship HotStandby, PARTNER_DOWN, non-ASCII name')
    s.call(93, req_enum(server, 0, 0xFFFFFFFF),
           resp_enum(2, [BRANCH, STANDBY], 2, 2, mc.ERROR_SUCCESS),
           'EnumRelationship two relationships')
    s.call(94, req_relationship(mc.AddScopeToRelationship, server,
                                Rel('branch-ost', '0.0.0.0', '0.0.0.0', scopes=['10.40.3.0'])),
           resp_status(94, mc.ERROR_SUCCESS), 'AddScopeToRelationship')
    s.call(95, req_relationship(mc.DeleteScopeFromRelationship, server,
                                Rel('branch-ost', '0.0.0.0', '0.0.0.0', scopes=['10.40.9.0'])),
           resp_status(95, mc.ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
           'DeleteScopeFromRelationship, scope not in the relationship')
    s.call(96, req_scope(mc.GetScopeRelationship, server, '10.50.1.0'),
           resp_relationship(96, STANDBY, mc.ERROR_SUCCESS), 'GetScopeRelationship')
    s.call(97, req_scope(mc.GetScopeStatistics, server, '10.40.1.0'),
           resp_stats([250, 100, 150, 50, 50, 80, 70], mc.ERROR_SUCCESS), 'GetScopeStatistics')
    s.call(98, req_client(server, 'ip', '10.40.1.23'), resp_client(CLIENT, mc.ERROR_SUCCESS),
           'GetClientInfo by address')
    s.call(100, req_name(mc.TriggerAddrAllocation, server, 'branch-ost'),
           resp_status(100, mc.ERROR_SUCCESS), 'TriggerAddrAllocation')
    s.call(125, req_address(server, '10.40.1.200'), resp_address_status(2, mc.ERROR_SUCCESS),
           'GetAddressStatus')
    s.call(91, req_name(mc.DeleteRelationship, server, 'branch-ost'),
           resp_status(91, mc.ERROR_SUCCESS), 'DeleteRelationship')


################################################################################
# transport-nobind: recording starts after the bind
################################################################################

def nobind_capture():
    with TransportRecorder('transport-nobind') as rec:
        dce = tcp_dce(rec.port)
        s = TransportSession(rec, dce)           # bind and bind_ack happen here, unrecorded
        client = dce.get_rpc_transport().get_socket().getsockname()
        rec.decode_as = collections.OrderedDict((('addr_a', client[0]), ('port_a', client[1]),
                                                 ('addr_b', '127.0.0.1'), ('port_b', rec.port),
                                                 ('ctx_id', 0)))
        time.sleep(0.3)
        rec.start([rec.port])
        s.call(96, req_scope(mc.GetScopeRelationship, None, '10.50.1.0'),
               resp_relationship(96, STANDBY, mc.ERROR_SUCCESS),
               'GetScopeRelationship; the bind was before the capture started')
        s.call(92, req_name(mc.GetRelationship, None, 'branch-ost'),
               resp_relationship(92, BRANCH, mc.ERROR_SUCCESS), 'GetRelationship')
        s.call(97, req_scope(mc.GetScopeStatistics, None, '10.40.1.0'),
               resp_stats([250, 100, 150, 50, 50, 80, 70], mc.ERROR_SUCCESS),
               'GetScopeStatistics')
        s.call(99, req_server_only(mc.GetSystemTime, None), resp_time(mc.T0 + 9),
               'GetSystemTime')
        s.close()
        rec.expect_frames('dcerpc.pkt_type == 11 || dcerpc.pkt_type == 12', 0,
                          'no bind or bind_ack in the capture')
        rec.expect_frames('tcp.flags.syn == 1', 0, 'the connection was open before recording')
        rec.expect_frames('dcerpc.pkt_type == 0', 4, 'four requests')
    return rec


################################################################################
# transport-epm: ept_map on TCP 135, then the dynamic port
################################################################################

class FakeEndpointMapper(mc.FakeDhcpServer):
    """Answers ept_map (opnum 3) for dhcpsrv2 with a tower that names the fake
    DHCP server's TCP port on 127.0.0.1."""

    def __init__(self, dhcp_port):
        mc.FakeDhcpServer.__init__(self)
        self.setListenPort(EPM_PORT)
        self._sock.listen(10)
        self.dhcp_port = dhcp_port
        self.addCallbacks(EPM_IFACE, '', {3: self.ept_map})

    def ept_map(self, stub):
        request = epm.ept_map(stub)
        asked = epm.EPMTower(b''.join(request['map_tower']['tower_octet_string']))
        floors = asked['Floors']
        assert floors[0]['InterfaceUUID'] == uuidtup_to_bin(mc.DHCPSRV2)[:16], floors[0]
        port = epm.EPMPortAddr()
        port['IpPort'] = self.dhcp_port
        host = epm.EPMHostAddr()
        host['Ip4addr'] = socket.inet_aton('127.0.0.1')
        tower = epm.EPMTower()
        tower['NumberOfFloors'] = 5
        tower['Floors'] = b''.join(f.getData() for f in floors[:3]) + port.getData() + host.getData()
        answer = epm.ept_mapResponse()
        answer['entry_handle']['context_handle_attributes'] = 0
        answer['entry_handle']['context_handle_uuid'] = b'\x00' * 16
        answer['num_towers'] = 1
        ptr = epm.twr_p_t()
        ptr['tower_length'] = len(tower)
        ptr['tower_octet_string'] = tower.getData()
        answer['ITowers'] = [ptr]
        answer.fields['ITowers'].fields['MaximumCount'] = 4     # max_towers asked for
        answer['status'] = 0
        return answer.getData()


def epm_capture():
    with TransportRecorder('transport-epm') as rec:
        mapper = FakeEndpointMapper(rec.port)
        mapper.start()
        rec.start([EPM_PORT, rec.port])
        # stream 0: the endpoint mapper; impacket asks for max_towers 1
        binding = epm.hept_map('127.0.0.1', uuidtup_to_bin(mc.DHCPSRV2), protocol='ncacn_ip_tcp')
        assert binding == 'ncacn_ip_tcp:127.0.0.1[%d]' % rec.port, binding
        time.sleep(0.2)
        # stream 1: the dynamic port the mapper named
        port = int(binding.split('[')[1].rstrip(']'))
        rec.connections = 1
        s = TransportSession(rec, tcp_dce(port))
        all_failover_calls(s, None)
        s.close()
        rec.expect_frames('epm.opnum == 3 && dcerpc.pkt_type == 0', 1, 'the ept_map request')
        rec.expect_frames('epm.opnum == 3 && dcerpc.pkt_type == 2 && epm.proto.tcp_port == %d'
                          % rec.port, 1, 'the ept_map response names the dynamic port')
        rec.expect_frames('tcp.port == %d && tcp.port == 135' % rec.port, 0,
                          'the calls are not on port 135')
    return rec


################################################################################
# transport-smb2: \PIPE\dhcpserver over SMB2
################################################################################

def smb_capture():
    with TransportRecorder('transport-smb2') as rec:
        smb = SimpleSMBServer('127.0.0.1', SMB_PORT)
        smb.setSMB2Support(True)
        smb.registerNamedPipe(PIPE, ('127.0.0.1', rec.port))
        thread = threading.Thread(target=smb.start, daemon=True)
        thread.start()
        time.sleep(0.5)
        rec.start([SMB_PORT])
        for _ in range(2):
            trans = transport.DCERPCTransportFactory('ncacn_np:127.0.0.1[\\pipe\\%s]' % PIPE)
            trans.set_credentials(SMB_USER, SMB_PASSWORD, SMB_DOMAIN)
            trans.preferred_dialect(SMB2_DIALECT_002)   # what impacket's server speaks
            dce = trans.get_dce_rpc()
            dce.connect()
            s = TransportSession(rec, dce)
            if rec.connections == 1:
                all_failover_calls(s)
            else:
                s.call(92, req_name(mc.GetRelationship, '10.40.0.1', 'missing'),
                       resp_relationship(92, None, mc.ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST),
                       'GetRelationship, no such relationship: NULL pointer')
                s.call(93, req_enum(None, 2, 4096), resp_enum(2, None, 0, 0, mc.ERROR_NO_MORE_ITEMS),
                       'EnumRelationship, no more items')
            s.close()
        inner = smb._SimpleSMBServer__server
        inner.shutdown()
        inner.server_close()
        rec.expect_frames('smb2.cmd == 5 && smb2.filename == "%s"' % PIPE, 2,
                          'two SMB2 CREATE requests open the pipe')
        rec.expect_frames('smb2.dialect == 0x0202 && smb2.flags.response == 1 && smb2.cmd == 0', 2,
                          'SMB 2.0.2 negotiated on both connections')
    return rec


################################################################################
# transport-sealed: NTLM at RPC_C_AUTHN_LEVEL_PKT_PRIVACY
################################################################################

SERVER_CHALLENGE = bytes.fromhex('0123456789abcdef')
NTLM_VERIFIER = 16


def bind_ack_body(server, bind):
    """The body (after the common header) of the bind_ack or alter_context_resp
    a fake server answers bind with: every context accepted in NDR 2.0."""
    ack = MSRPCBindAck()
    ack['max_tfrag'] = bind['max_tfrag']
    ack['max_rfrag'] = bind['max_rfrag']
    ack['assoc_group'] = 0x1234
    ack['SecondaryAddr'] = str(server.getListenPort())
    ack['SecondaryAddrLen'] = len(ack['SecondaryAddr']) + 1
    ack['Pad'] = b'A' * ((4 - ((ack['SecondaryAddrLen'] + MSRPCBindAck._SIZE) % 4)) % 4)
    items, rest = b'', bind['ctx_items']
    for _ in range(bind['ctx_num']):
        item = CtxItem(rest)
        rest = rest[len(item):]
        assert item['AbstractSyntax'] in server._listenUUIDS
        assert item['TransferSyntax'] == uuidtup_to_bin(NDR20)
        server._boundUUID = item['AbstractSyntax']
        result = CtxItemResult()
        result['Result'] = MSRPC_CONT_RESULT_ACCEPT
        result['Reason'] = 0
        result['TransferSyntax'] = uuidtup_to_bin(NDR20)
        items += result.getData()
    ack['ctx_num'] = bind['ctx_num']
    ack['ctx_items'] = items
    return ack.getData()[16:]


class NtlmSealedDhcpServer(mc.FakeDhcpServer):
    """The fake DHCP server behind an NTLM acceptor (MS-NLMP 3.2.5, MS-RPCE
    2.2.2.11-12): it answers the client's NEGOTIATE in the bind_ack with a
    CHALLENGE, derives the session keys from the AUTHENTICATE of AUTH3 and the
    known password, checks and unseals every request, and seals every
    response.  Only NTLMv2 with extended session security and key exchange
    is accepted, which is what impacket's client negotiates."""

    def __init__(self, user, password, domain):
        mc.FakeDhcpServer.__init__(self)
        self.user, self.password, self.domain = user, password, domain
        self.flags = None
        self.auth_ctx_id = None
        self.client_seq = self.server_seq = 0

    # ---- bind: NEGOTIATE in, CHALLENGE out --------------------------------------
    def challenge(self, negotiate):
        av = ntlm.AV_PAIRS()
        av[ntlm.NTLMSSP_AV_HOSTNAME] = 'DHCP1'.encode('utf-16le')
        av[ntlm.NTLMSSP_AV_DOMAINNAME] = self.domain.encode('utf-16le')
        av[ntlm.NTLMSSP_AV_DNS_HOSTNAME] = 'dhcp1.corp.example'.encode('utf-16le')
        av[ntlm.NTLMSSP_AV_DNS_DOMAINNAME] = 'corp.example'.encode('utf-16le')
        av[ntlm.NTLMSSP_AV_TIME] = struct.pack('<q', mc.filetime(mc.T0))
        wanted = (ntlm.NTLMSSP_NEGOTIATE_UNICODE | ntlm.NTLMSSP_REQUEST_TARGET |
                  ntlm.NTLMSSP_NEGOTIATE_SIGN | ntlm.NTLMSSP_NEGOTIATE_SEAL |
                  ntlm.NTLMSSP_NEGOTIATE_NTLM | ntlm.NTLMSSP_NEGOTIATE_ALWAYS_SIGN |
                  ntlm.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY |
                  ntlm.NTLMSSP_NEGOTIATE_TARGET_INFO | ntlm.NTLMSSP_NEGOTIATE_128 |
                  ntlm.NTLMSSP_NEGOTIATE_KEY_EXCH | ntlm.NTLMSSP_NEGOTIATE_56)
        flags = negotiate['flags'] & wanted | ntlm.NTLMSSP_TARGET_TYPE_DOMAIN
        need = (ntlm.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY | ntlm.NTLMSSP_NEGOTIATE_KEY_EXCH |
                ntlm.NTLMSSP_NEGOTIATE_SEAL | ntlm.NTLMSSP_NEGOTIATE_128)
        assert flags & need == need, hex(negotiate['flags'])
        msg = ntlm.NTLMAuthChallenge()
        msg['flags'] = flags
        msg['domain_name'] = self.domain.encode('utf-16le')
        msg['domain_len'] = msg['domain_max_len'] = len(msg['domain_name'])
        msg['domain_offset'] = 40 + 16
        msg['challenge'] = SERVER_CHALLENGE
        msg['TargetInfoFields'] = av
        msg['TargetInfoFields_len'] = msg['TargetInfoFields_max_len'] = len(av)
        msg['TargetInfoFields_offset'] = 40 + 16 + len(msg['domain_name'])
        msg['Version'] = b'\x06\x03\x80\x25\x00\x00\x00\x0f'      # 6.3 build 9600, NTLM rev 15
        msg['VersionLen'] = 8
        return msg.getData()

    def bind_with_auth(self, data):
        header = MSRPCHeader(data)
        bind = MSRPCBind(header['pduData'])
        trailer = SEC_TRAILER(header['sec_trailer'])
        assert trailer['auth_type'] == RPC_C_AUTHN_WINNT
        assert trailer['auth_level'] == RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        self.auth_ctx_id = trailer['auth_ctx_id']
        negotiate = ntlm.NTLMAuthNegotiate()
        negotiate.fromString(header['auth_data'])
        body = bind_ack_body(self, bind)
        trailer = SEC_TRAILER()
        trailer['auth_type'] = RPC_C_AUTHN_WINNT
        trailer['auth_level'] = RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        trailer['auth_ctx_id'] = self.auth_ctx_id
        # 4-byte alignment here: impacket's client reads the bind_ack trailer
        # right after the context results and cannot skip a longer padding
        trailer['auth_pad_len'] = (4 - (16 + len(body)) % 4) % 4
        body += b'\x00' * trailer['auth_pad_len']
        auth = self.challenge(negotiate)
        self._clientSock.sendall(self.pdu_header(MSRPC_BINDACK, header['call_id'],
                                                 16 + len(body) + 8 + len(auth), len(auth))
                                 + body + trailer.getData() + auth)

    @staticmethod
    def pdu_header(ptype, call_id, frag_len, auth_len):
        return struct.pack('<BBBBLHHL', 5, 0, ptype, PFC_FIRST_FRAG | PFC_LAST_FRAG, 0x10,
                           frag_len, auth_len, call_id)

    # ---- AUTH3: AUTHENTICATE in, session keys derived --------------------------
    def auth3(self, data):
        header = MSRPCHeader(data)
        msg = ntlm.NTLMAuthChallengeResponse()
        msg.fromString(header['auth_data'])
        user = msg['user_name'].decode('utf-16le')
        domain = msg['domain_name'].decode('utf-16le')
        assert (user, domain) == (self.user, self.domain), (user, domain)
        response_key = ntlm.NTOWFv2(user, self.password, domain)
        proof, temp = msg['ntlm'][:16], msg['ntlm'][16:]
        assert ntlm.hmac_md5(response_key, SERVER_CHALLENGE + temp) == proof, 'wrong password'
        key_exchange_key = ntlm.hmac_md5(response_key, proof)        # NTLMv2: KXKEY = base key
        self.flags = msg['flags']
        assert self.flags & ntlm.NTLMSSP_NEGOTIATE_KEY_EXCH
        session_key = ARC4.new(key_exchange_key).decrypt(msg['session_key'])
        self.client_sign = ntlm.SIGNKEY(self.flags, session_key, 'Client')
        self.server_sign = ntlm.SIGNKEY(self.flags, session_key, 'Server')
        self.client_seal = ARC4.new(ntlm.SEALKEY(self.flags, session_key, 'Client')).encrypt
        self.server_seal = ARC4.new(ntlm.SEALKEY(self.flags, session_key, 'Server')).encrypt

    # ---- requests: unseal and verify, then seal the response ------------------
    def unseal_request(self, data):
        frag_len, auth_len = struct.unpack_from('<HH', data, 8)
        assert auth_len == NTLM_VERIFIER and data[3] & 0x80 == 0
        body_end = frag_len - auth_len - 8
        trailer = SEC_TRAILER(data[body_end:body_end + 8])
        assert trailer['auth_level'] == RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        plain = self.client_seal(data[24:body_end])
        verifier = data[body_end + 8:frag_len]
        version, checksum, seq = struct.unpack('<L8sL', verifier)
        checksum = self.client_seal(checksum)
        signed = data[:24] + plain + data[body_end:body_end + 8]
        want = ntlm.hmac_md5(self.client_sign, struct.pack('<L', self.client_seq) + signed)[:8]
        assert (version, seq, checksum) == (1, self.client_seq, want), 'bad request signature'
        self.client_seq += 1
        stub = plain[:len(plain) - trailer['auth_pad_len']]
        return MSRPCRequestHeader(data), stub

    def sealed_response(self, request, ptype, stub, flags=0):
        pad = (16 - len(stub) % 16) % 16          # MS-RPCE 2.2.2.11: 16-byte aligned trailer
        plain = stub + b'\x00' * pad
        trailer = SEC_TRAILER()
        trailer['auth_type'] = RPC_C_AUTHN_WINNT
        trailer['auth_level'] = RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        trailer['auth_pad_len'] = pad
        trailer['auth_ctx_id'] = self.auth_ctx_id
        frag_len = 24 + len(plain) + 8 + NTLM_VERIFIER
        header = struct.pack('<BBBBLHHLLHBB', 5, 0, ptype, PFC_FIRST_FRAG | PFC_LAST_FRAG | flags,
                             0x10, frag_len, NTLM_VERIFIER, request['call_id'], len(stub),
                             request['ctx_id'], 0, 0)
        sealed, signature = ntlm.SEAL(self.flags, self.server_sign, None,
                                      header + plain + trailer.getData(), plain,
                                      self.server_seq, self.server_seal)
        self.server_seq += 1
        return header + sealed + trailer.getData() + signature.getData()

    def recv(self):
        """One whole PDU (the stock recv trips over request trailers)."""
        data = b''
        need = 16                                      # the common header, then frag_len
        while len(data) < need:
            chunk = self._clientSock.recv(need - len(data))
            if not chunk:
                return None
            data += chunk
            if len(data) >= 16:
                need = max(16, struct.unpack_from('<H', data, 8)[0])
        return data

    def processRequest(self, data):
        ptype = data[2]
        if ptype == MSRPC_BIND:
            self.bind_with_auth(data)
        elif ptype == MSRPC_AUTH3:
            self.auth3(data)
        elif ptype == MSRPC_REQUEST:
            request, stub = self.unseal_request(data)
            callbacks = self._listenUUIDS[self._boundUUID]['CallBacks']
            assert request['op_num'] in callbacks, request['op_num']
            answer = callbacks[request['op_num']](stub)
            self._clientSock.sendall(self.sealed_response(request, MSRPC_RESPONSE, answer))
        else:
            raise AssertionError('unexpected PDU type %d' % ptype)
        return None


class AlignedSealingDCERPC(DCERPC_v5):
    """impacket's DCE/RPC client, except that a sealed (NTLM, packet privacy)
    request pads its stub so that the sec_trailer is 16-byte aligned from the
    start of the PDU body, as MS-RPCE 2.2.2.11 requires; stock impacket
    aligns it to 4 bytes only.  Everything else, the NTLM exchange, keys,
    sealing and signing, is impacket's own code."""

    def _transport_send(self, rpc_packet, forceWriteAndx=0, forceRecv=0):
        mine = '_DCERPC_v5__'
        if (getattr(self, mine + 'auth_level') != RPC_C_AUTHN_LEVEL_PKT_PRIVACY or
                getattr(self, mine + 'auth_type') != RPC_C_AUTHN_WINNT):
            return DCERPC_v5._transport_send(self, rpc_packet, forceWriteAndx, forceRecv)
        flags = getattr(self, mine + 'flags')
        assert flags & ntlm.NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY
        assert not rpc_packet['flags'] & 0x80              # no object UUID: body = stub
        rpc_packet['ctx_id'] = self._ctx
        trailer = SEC_TRAILER()
        trailer['auth_type'] = RPC_C_AUTHN_WINNT
        trailer['auth_level'] = RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        trailer['auth_ctx_id'] = self._ctx + 79231         # as impacket's own client
        pad = (16 - len(rpc_packet['pduData']) % 16) % 16
        rpc_packet['pduData'] += b'\xbb' * pad
        trailer['auth_pad_len'] = pad
        rpc_packet['sec_trailer'] = trailer.getData()
        rpc_packet['auth_data'] = b' ' * NTLM_VERIFIER
        seq = getattr(self, mine + 'sequence')
        sealed, signature = ntlm.SEAL(flags, getattr(self, mine + 'clientSigningKey'),
                                      getattr(self, mine + 'clientSealingKey'),
                                      rpc_packet.get_packet()[:-NTLM_VERIFIER],
                                      rpc_packet['pduData'], seq,
                                      getattr(self, mine + 'clientSealingHandle'))
        rpc_packet['pduData'] = sealed
        rpc_packet['auth_data'] = signature.getData()
        setattr(self, mine + 'sequence', seq + 1)
        self._transport.send(rpc_packet.get_packet(), forceWriteAndx=forceWriteAndx,
                             forceRecv=forceRecv)


class SealedSession(TransportSession):
    """Notes which sealed stubs, padding included, are shorter than 16 bytes:
    Wireshark 4.0 cannot decrypt those (README, "Sealed traffic").  Only a
    client that pads to 4 bytes, as stock impacket does, sends such PDUs."""

    def __init__(self, rec, dce, aligned):
        TransportSession.__init__(self, rec, dce)
        self.aligned = aligned

    def call(self, opnum, request, response, note, malformed='none', fault=False):
        TransportSession.call(self, opnum, request, response, note, malformed, fault)
        def padded(n, to):
            return n + (to - n % to) % to
        sizes = [('request', padded(len(request[0]), 16 if self.aligned else 4))]
        if response is not None:
            sizes.append(('response', padded(len(response[0]), 16)))
        short = [d for d, n in sizes if n < 16]
        if short:
            self.rec.calls[-1]['short_sealed'] = short


def sealed_capture():
    server = NtlmSealedDhcpServer(SEALED_USER, SEALED_PASSWORD, SEALED_DOMAIN)
    with TransportRecorder('transport-sealed', server) as rec:
        rec.start([rec.port])
        for conn in range(2):
            # connection 0: requests padded as MS-RPCE 2.2.2.11 says;
            # connection 1: stock impacket, which pads to 4 bytes only
            trans = transport.DCERPCTransportFactory('ncacn_ip_tcp:127.0.0.1[%d]' % rec.port)
            trans.set_credentials(SEALED_USER, SEALED_PASSWORD, SEALED_DOMAIN)
            dce = AlignedSealingDCERPC(trans) if conn == 0 else trans.get_dce_rpc()
            dce.set_auth_type(RPC_C_AUTHN_WINNT)
            dce.set_auth_level(RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
            dce.connect()
            server.client_seq = server.server_seq = 0
            s = SealedSession(rec, dce, aligned=conn == 0)
            if conn == 0:
                all_failover_calls(s)
            else:
                s.call(96, req_scope(mc.GetScopeRelationship, None, '10.40.2.0'),
                       resp_relationship(96, BRANCH, mc.ERROR_SUCCESS),
                       'GetScopeRelationship on a second sealed connection (new session key); '
                       '8-byte request')
                s.call(96, req_scope(mc.GetScopeRelationship, '10.40.0.1', '10.40.1.0'),
                       resp_relationship(96, BRANCH, mc.ERROR_SUCCESS),
                       'GetScopeRelationship with ServerIpAddress set')
                s.call(99, req_server_only(mc.GetSystemTime, None), resp_time(mc.T0 + 11),
                       'GetSystemTime')
            s.close()
        rec.expect_frames('dcerpc.auth_level == 6 && dcerpc.auth_type == 10 && '
                          'dcerpc.pkt_type == 0', 16, 'every request is sealed (NTLMSSP, privacy)')
        rec.expect_frames('dcerpc.auth_level == 6 && dcerpc.pkt_type == 2', 16,
                          'every response is sealed')
        rec.expect_frames('ntlmssp.auth.username == "%s"' % SEALED_USER, 2,
                          'the AUTH3 of each connection carries the NTLM AUTHENTICATE')
    return rec


################################################################################
# transport-kerberos: Kerberos (SPNEGO) at RPC_C_AUTHN_LEVEL_PKT_PRIVACY
################################################################################

KRB_REALM = 'CORP.EXAMPLE'
KRB_SERVICE = ('host', 'dhcp1.corp.example')
KRB_USER = 'dhcpadmin'
# The DHCP server's long-term AES256 key; captures/transport-kerberos.keytab holds it
KRB_SERVICE_KEY = bytes.fromhex('3f6a1c2b8d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8')
KRB_OID_DER = b'\x06\x09\x2a\x86\x48\x86\xf7\x12\x01\x02\x02'


def write_keytab(path, principal, realm, kvno, enctype, key):
    """An MIT keytab (format 0x0502) with one entry, as ktutil writes it."""
    def counted(text):
        data = text.encode()
        return struct.pack('!H', len(data)) + data
    entry = (struct.pack('!H', len(principal)) + counted(realm) +
             b''.join(counted(c) for c in principal) + struct.pack('!L', 1) +   # KRB5_NT_PRINCIPAL
             struct.pack('!LB', 0, kvno & 0xff) + struct.pack('!HH', enctype, len(key)) + key +
             struct.pack('!L', kvno))
    with open(path, 'wb') as f:
        f.write(struct.pack('!H', 0x0502) + struct.pack('!l', len(entry)) + entry)
    os.chmod(path, 0o644)


def service_ticket(session_key, user=None):
    """What a KDC would hand the client (user, KRB_USER by default) for
    host/dhcp1 (TGS-REP), made here with the service key, since there is no
    KDC: the ticket's encrypted part carries the session key, sealed with the
    DHCP server's key."""
    user = user or KRB_USER
    constants, encoder = krb5_constants, der_encoder
    cipher = krb5_crypto._AES256CTS()
    now = datetime.datetime.utcnow()
    enc = EncTicketPart()
    enc['flags'] = constants.encodeFlags([constants.TicketFlags.forwardable.value,
                                          constants.TicketFlags.pre_authent.value])
    enc['key'] = noValue
    enc['key']['keytype'] = cipher.enctype
    enc['key']['keyvalue'] = session_key.contents
    enc['crealm'] = KRB_REALM
    seq_set(enc, 'cname', Principal(user, type=constants.PrincipalNameType.NT_PRINCIPAL.value)
            .components_to_asn1)
    enc['transited'] = noValue
    enc['transited']['tr-type'] = 0
    enc['transited']['contents'] = b''
    enc['authtime'] = KerberosTime.to_asn1(now)
    enc['starttime'] = KerberosTime.to_asn1(now)
    enc['endtime'] = KerberosTime.to_asn1(now + datetime.timedelta(hours=10))
    service_key = krb5_crypto.Key(cipher.enctype, KRB_SERVICE_KEY)
    sealed_part = cipher.encrypt(service_key, 2, encoder.encode(enc), None)    # usage 2: ticket
    rep = TGS_REP()
    rep['pvno'] = 5
    rep['msg-type'] = int(constants.ApplicationTagNumbers.TGS_REP.value)
    rep['crealm'] = KRB_REALM
    seq_set(rep, 'cname', Principal(user, type=constants.PrincipalNameType.NT_PRINCIPAL.value)
            .components_to_asn1)
    rep['ticket'] = noValue
    rep['ticket']['tkt-vno'] = 5
    rep['ticket']['realm'] = KRB_REALM
    seq_set(rep['ticket'], 'sname', Principal('/'.join(KRB_SERVICE),
                                              type=constants.PrincipalNameType.NT_SRV_INST.value)
            .components_to_asn1)
    rep['ticket']['enc-part'] = noValue
    rep['ticket']['enc-part']['etype'] = cipher.enctype
    rep['ticket']['enc-part']['kvno'] = 1
    rep['ticket']['enc-part']['cipher'] = sealed_part
    rep['enc-part'] = noValue                     # the client never reads it: we give it the key
    rep['enc-part']['etype'] = cipher.enctype
    rep['enc-part']['cipher'] = b'\x00' * 32
    return {'KDC_REP': encoder.encode(rep), 'cipher': cipher, 'sessionKey': session_key}


KRB_EC, KRB_RRC = 16, 28
KRB_VERIFIER = 16 + KRB_RRC + KRB_EC + 16    # token header, then the rotated part


def dce_wrap(key, usage, flags, seq, plain):
    """RFC 4121 wrap token with confidentiality, DCE style (MS-KILE
    3.4.5.4.1): the encrypted stub keeps the stub's length, and the verifier
    holds the token header and the rotated filler, header copy, checksum and
    confounder.  EC is 16 and RRC 28; Wireshark 4.0 needs EC >= 16 to decrypt
    a DCE-style token.  No header signing: the bind does not negotiate it.
    Returns (stub ciphertext, verifier); built on impacket's AES primitives."""
    aes = krb5_crypto._AES256CTS
    header = struct.pack('>HBBHH8s', 0x0504, flags, 0xff, KRB_EC, 0, struct.pack('>Q', seq))
    whole = aes.encrypt(key, usage, plain + b'\xff' * KRB_EC + header, None)
    cut = KRB_RRC + KRB_EC
    rotated = whole[-cut:] + whole[:-cut]
    outer = header[:6] + struct.pack('>H', KRB_RRC) + header[8:]
    return rotated[cut + 16:], outer + rotated[:cut + 16]


def dce_unwrap(key, usage, stub_part, verifier):
    """The reverse of dce_wrap (impacket checks the token's checksum)."""
    tok_id, flags, _, ec, rrc, _ = struct.unpack('>HBBHH8s', verifier[:16])
    assert tok_id == 0x0504 and flags & 2, verifier[:16].hex()
    rotated = verifier[16:] + stub_part
    cut = rrc + ec
    plain = krb5_crypto._AES256CTS.decrypt(key, usage, rotated[cut:] + rotated[:cut])
    return plain[:len(plain) - ec - 16]


class KerberosDCERPC(DCERPC_v5):
    """impacket's DCE/RPC client with Kerberos (SPNEGO) at packet privacy,
    except for how stubs are sealed: padded to a 16-byte aligned sec_trailer
    (MS-RPCE 2.2.2.11) and wrapped with EC 16 (dce_wrap); impacket's own
    GSS_Wrap uses a smaller EC, which Wireshark 4.0 does not decrypt.  The
    Kerberos exchange (AP-REQ, AP-REP, third leg) is impacket's own code."""

    class _Unwrapper:
        """Stands in for impacket's GSSAPI object when reading responses."""
        def GSS_Unwrap(self, session_key, data, seq, direction='init', authData=None):
            return dce_unwrap(session_key, KG_USAGE_ACCEPTOR_SEAL, data, authData[8:]), None

    def bind(self, *args, **kwargs):
        answer = DCERPC_v5.bind(self, *args, **kwargs)
        self._DCERPC_v5__gss = self._Unwrapper()
        return answer

    def _transport_send(self, rpc_packet, forceWriteAndx=0, forceRecv=0):
        mine = '_DCERPC_v5__'
        if (getattr(self, mine + 'auth_level') != RPC_C_AUTHN_LEVEL_PKT_PRIVACY or
                getattr(self, mine + 'auth_type') != RPC_C_AUTHN_GSS_NEGOTIATE):
            return DCERPC_v5._transport_send(self, rpc_packet, forceWriteAndx, forceRecv)
        assert not rpc_packet['flags'] & 0x80              # no object UUID: body = stub
        rpc_packet['ctx_id'] = self._ctx
        trailer = SEC_TRAILER()
        trailer['auth_type'] = RPC_C_AUTHN_GSS_NEGOTIATE
        trailer['auth_level'] = RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        trailer['auth_ctx_id'] = self._ctx + 79231         # as impacket's own client
        pad = (16 - len(rpc_packet['pduData']) % 16) % 16
        rpc_packet['pduData'] += b'\xbb' * pad
        trailer['auth_pad_len'] = pad
        seq = getattr(self, mine + 'sequence')
        sealed, verifier = dce_wrap(getattr(self, mine + 'sessionKey'), KG_USAGE_INITIATOR_SEAL,
                                    0x06, seq, rpc_packet['pduData'])     # Sealed, AcceptorSubkey
        rpc_packet['pduData'] = sealed
        rpc_packet['sec_trailer'] = trailer.getData()
        rpc_packet['auth_data'] = verifier
        setattr(self, mine + 'sequence', seq + 1)
        self._transport.send(rpc_packet.get_packet(), forceWriteAndx=forceWriteAndx,
                             forceRecv=forceRecv)


class KerberosSealedDhcpServer(mc.FakeDhcpServer):
    """The fake DHCP server behind a Kerberos acceptor (RFC 4120/4121,
    MS-KILE DCE style, MS-RPCE auth type 9 SPNEGO): it opens the service
    ticket with its key, answers the AP-REQ with an AP-REP carrying an
    acceptor subkey, checks the client's third leg in alter_context, then
    unwraps every request and wraps every response with that subkey.  Keys
    are fixed so that the capture is the same on every run."""

    def __init__(self):
        mc.FakeDhcpServer.__init__(self)
        self.cipher = krb5_crypto._AES256CTS()
        self.service_key = krb5_crypto.Key(self.cipher.enctype, KRB_SERVICE_KEY)
        self.session_key = self.subkey = self.auth_ctx_id = None
        self.server_seq = 0

    recv = NtlmSealedDhcpServer.recv

    def send_with_auth(self, ptype, call_id, body, auth):
        trailer = SEC_TRAILER()
        trailer['auth_type'] = RPC_C_AUTHN_GSS_NEGOTIATE
        trailer['auth_level'] = RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        trailer['auth_ctx_id'] = self.auth_ctx_id
        # 4-byte alignment: impacket's client reads the trailer right after the results
        trailer['auth_pad_len'] = (4 - (16 + len(body)) % 4) % 4
        body += b'\x00' * trailer['auth_pad_len']
        self._clientSock.sendall(NtlmSealedDhcpServer.pdu_header(
            ptype, call_id, 16 + len(body) + 8 + len(auth), len(auth)) + body + trailer.getData()
            + auth)

    def bind_with_auth(self, data):
        header = MSRPCHeader(data)
        trailer = SEC_TRAILER(header['sec_trailer'])
        assert trailer['auth_type'] == RPC_C_AUTHN_GSS_NEGOTIATE
        assert trailer['auth_level'] == RPC_C_AUTHN_LEVEL_PKT_PRIVACY
        self.auth_ctx_id = trailer['auth_ctx_id']
        token = SPNEGO_NegTokenInit(header['auth_data'])['MechToken']
        start = token.index(KRB_OID_DER) + len(KRB_OID_DER) + 2          # after TOK_ID 01 00
        ap_req = der_decoder.decode(token[start:], asn1Spec=AP_REQ())[0]
        ticket = der_decoder.decode(self.cipher.decrypt(
            self.service_key, 2, ap_req['ticket']['enc-part']['cipher'].asOctets()),
            asn1Spec=EncTicketPart())[0]
        self.session_key = krb5_crypto.Key(int(ticket['key']['keytype']),
                                           ticket['key']['keyvalue'].asOctets())
        auth = der_decoder.decode(self.cipher.decrypt(
            self.session_key, 11, ap_req['authenticator']['cipher'].asOctets()),
            asn1Spec=Authenticator())[0]
        self.subkey = krb5_crypto.Key(self.cipher.enctype, bytes(range(0x40, 0x60)))
        part = EncAPRepPart()
        part['ctime'] = str(auth['ctime'])
        part['cusec'] = int(auth['cusec'])
        part['subkey'] = noValue
        part['subkey']['keytype'] = self.cipher.enctype
        part['subkey']['keyvalue'] = self.subkey.contents
        part['seq-number'] = 0x2a2a2a2a
        rep = AP_REP()
        rep['pvno'] = 5
        rep['msg-type'] = int(krb5_constants.ApplicationTagNumbers.AP_REP.value)
        rep['enc-part'] = noValue
        rep['enc-part']['etype'] = self.cipher.enctype
        rep['enc-part']['cipher'] = self.cipher.encrypt(self.session_key, 12,
                                                        der_encoder.encode(part), None)
        resp = SPNEGO_NegTokenResp()
        resp['NegState'] = b'\x01'                 # accept-incomplete: the DCE-style third leg follows
        resp['SupportedMech'] = TypesMech['MS KRB5 - Microsoft Kerberos 5']
        resp['ResponseToken'] = der_encoder.encode(rep)
        self.send_with_auth(MSRPC_BINDACK, header['call_id'],
                            bind_ack_body(self, MSRPCBind(header['pduData'])), resp.getData())

    def alter_context(self, data):
        header = MSRPCHeader(data)
        third = SPNEGO_NegTokenResp(header['auth_data'])['ResponseToken']
        rep = der_decoder.decode(third, asn1Spec=AP_REP())[0]
        part = der_decoder.decode(self.cipher.decrypt(self.session_key, 12,
                                                      rep['enc-part']['cipher'].asOctets()),
                                  asn1Spec=EncAPRepPart())[0]
        assert int(part['seq-number']) == 0x2a2a2a2a, part
        resp = SPNEGO_NegTokenResp()
        resp['NegState'] = b'\x00'                 # accept-completed
        self.send_with_auth(MSRPC_ALTERCTX_R, header['call_id'],
                            bind_ack_body(self, MSRPCBind(header['pduData'])), resp.getData())

    def processRequest(self, data):
        ptype = data[2]
        if ptype == MSRPC_BIND:
            self.bind_with_auth(data)
        elif ptype == MSRPC_ALTERCTX:
            self.alter_context(data)
            self.server_seq = 0
        elif ptype == MSRPC_REQUEST:
            frag_len, auth_len = struct.unpack_from('<HH', data, 8)
            body_end = frag_len - auth_len - 8
            trailer = SEC_TRAILER(data[body_end:body_end + 8])
            assert trailer['auth_level'] == RPC_C_AUTHN_LEVEL_PKT_PRIVACY
            plain = dce_unwrap(self.subkey, KG_USAGE_INITIATOR_SEAL, data[24:body_end],
                               data[body_end + 8:frag_len])
            stub = plain[:len(plain) - trailer['auth_pad_len']]
            request = MSRPCRequestHeader(data)
            callbacks = self._listenUUIDS[self._boundUUID]['CallBacks']
            answer = callbacks[request['op_num']](stub)
            pad = (16 - len(answer) % 16) % 16              # MS-RPCE 2.2.2.11
            sealed, verifier = dce_wrap(self.subkey, KG_USAGE_ACCEPTOR_SEAL, 0x07, self.server_seq,
                                        answer + b'\x00' * pad)  # SentByAcceptor too
            self.server_seq += 1
            rtrailer = SEC_TRAILER()
            rtrailer['auth_type'] = RPC_C_AUTHN_GSS_NEGOTIATE
            rtrailer['auth_level'] = RPC_C_AUTHN_LEVEL_PKT_PRIVACY
            rtrailer['auth_pad_len'] = pad
            rtrailer['auth_ctx_id'] = self.auth_ctx_id
            frag = 24 + len(sealed) + 8 + len(verifier)
            head = struct.pack('<BBBBLHHLLHBB', 5, 0, MSRPC_RESPONSE, PFC_FIRST_FRAG | PFC_LAST_FRAG,
                               0x10, frag, len(verifier), request['call_id'], len(answer),
                               request['ctx_id'], 0, 0)
            self._clientSock.sendall(head + sealed + rtrailer.getData() + verifier)
        else:
            raise AssertionError('unexpected PDU type %d' % ptype)
        return None


def kerberos_capture():
    write_keytab(os.path.join(mc.HERE, 'transport-kerberos.keytab'), KRB_SERVICE, KRB_REALM, 1,
                 18, KRB_SERVICE_KEY)
    server = KerberosSealedDhcpServer()
    with TransportRecorder('transport-kerberos', server) as rec:
        rec.start([rec.port])
        trans = transport.DCERPCTransportFactory('ncacn_ip_tcp:127.0.0.1[%d]' % rec.port)
        dce = KerberosDCERPC(trans)
        session_key = krb5_crypto.Key(18, bytes(range(0x10, 0x30)))
        dce.set_credentials(KRB_USER, '', KRB_REALM, TGS=service_ticket(session_key))
        dce.set_auth_type(RPC_C_AUTHN_GSS_NEGOTIATE)
        dce.set_auth_level(RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
        dce.connect()
        s = TransportSession(rec, dce)
        all_failover_calls(s)
        s.close()
        rec.expect_frames('dcerpc.auth_type == 9 && dcerpc.auth_level == 6 && '
                          'dcerpc.pkt_type == 0', 13, 'every request is sealed (SPNEGO, privacy)')
        rec.expect_frames('dcerpc.auth_type == 9 && dcerpc.auth_level == 6 && '
                          'dcerpc.pkt_type == 2', 13, 'every response is sealed')
        rec.expect_frames('kerberos.msg_type == 14', 1, 'the AP-REQ in the bind')
        rec.expect_frames('kerberos.msg_type == 15', 2,
                          'the AP-REP in the bind_ack and the third leg in alter_context')
    return rec


CAPTURES = collections.OrderedDict((
    ('transport-smb2', smb_capture),
    ('transport-nobind', nobind_capture),
    ('transport-epm', epm_capture),
    ('transport-sealed', sealed_capture),
    ('transport-kerberos', kerberos_capture),
))
