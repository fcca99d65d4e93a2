"""Captures of the paths real MS-DHCPM traffic takes besides a plain TCP connection.

    transport-smb2     \\PIPE\\dhcpserver (ncacn_np) over SMB2 on TCP 445: impacket's SMB
                       server hosts the named pipe and forwards it to the fake DHCP server
    transport-sealed   ncacn_ip_tcp with NTLM at RPC_C_AUTHN_LEVEL_PKT_PRIVACY: every stub is
                       sealed; the password is SEALED_PASSWORD
    transport-nobind   ncacn_ip_tcp, capture started after the bind was answered
    transport-epm      ept_map for dhcpsrv2 on TCP 135, then the calls on the dynamic port

Every capture comes from real DCE/RPC stacks: impacket's client, impacket's SMB
server, impacket's DCE/RPC server (the fake DHCP server of make_captures.py, and
here a fake endpoint mapper and an NTLM acceptor built from impacket.ntlm).

The truth files have the usual "calls" list and an "expect" list: display
filters with the number of frames each must match, which the transport tests
check (for instance that the bind is really absent, or that ept_map answered
with the dynamic port).  tcp_stream_hint is the tcp.stream index in the
capture, so for the EPM capture the dhcpsrv2 connection is stream 1.

    sudo /usr/bin/python3 captures/make_captures.py --only transport-smb2
"""

import collections
import json
import os
import signal
import socket
import struct
import subprocess
import threading
import time

import make_captures as mc
from make_captures import (Rel, Client, Truth, req_relationship, req_name, req_scope, req_enum,
                           req_client, req_server_only, req_address, resp_status,
                           resp_relationship, resp_enum, resp_stats, resp_client, resp_time,
                           resp_address_status)

from impacket import ntlm
from impacket.dcerpc.v5 import epm, transport
from impacket.dcerpc.v5.rpcrt import (MSRPCBind, MSRPCBindAck, MSRPCHeader, MSRPCRequestHeader,
                                      MSRPCRespHeader, MSRPC_AUTH3, MSRPC_BIND, MSRPC_BINDACK,
                                      MSRPC_REQUEST, MSRPC_RESPONSE, PFC_FIRST_FRAG,
                                      PFC_LAST_FRAG, SEC_TRAILER, RPC_C_AUTHN_WINNT,
                                      RPC_C_AUTHN_LEVEL_PKT_PRIVACY, CtxItem, CtxItemResult,
                                      MSRPC_CONT_RESULT_ACCEPT)
from impacket.smbserver import SimpleSMBServer
from impacket.smb3structs import SMB2_DIALECT_21
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

class Dumpcap:
    def __init__(self, pcap, ports):
        self.pcap = pcap
        expr = ' or '.join('tcp port %d' % p for p in ports)
        self.proc = subprocess.Popen(['dumpcap', '-q', '-i', 'lo', '-f', expr, '-w', pcap],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 15
        while True:
            line = self.proc.stderr.readline()
            if 'Capturing on' in line:
                break
            if not line or time.time() > deadline:
                raise RuntimeError('dumpcap did not start: %r' % line)
        time.sleep(0.5)

    def stop(self):
        time.sleep(0.5)
        self.proc.send_signal(signal.SIGINT)
        self.proc.communicate(timeout=15)


class TransportRecorder:
    """Like make_captures.Recorder, for captures whose ports, servers and
    start of recording differ.  ports: what dumpcap records; start_now False
    leaves starting dumpcap to the scenario (start())."""

    def __init__(self, name, server=None):
        self.name = name
        self.pcap = os.path.join(mc.HERE, name + '.pcapng')
        self.truth_path = os.path.join(mc.HERE, name + '.truth.json')
        self.calls = []
        self.expect = []
        self.connections = 0
        self.server = server or mc.FakeDhcpServer()
        srv2 = {op: self.server.scripted(op) for op in [0] + list(range(89, 101)) + [125]}
        self.server.addCallbacks(mc.DHCPSRV2, '', srv2)
        self.server.addCallbacks(mc.DHCPSRV, '', {28: self.server.scripted(28)})
        self.port = self.server.getListenPort()
        self.dumpcap = None
        self.extra = []           # other servers to keep alive

    def __enter__(self):
        for path in (self.pcap, self.truth_path):
            if os.path.exists(path):
                os.unlink(path)
        self.server.start()
        return self

    def start(self, ports):
        self.dumpcap = Dumpcap(self.pcap, ports)

    def expect_frames(self, display_filter, count, why):
        self.expect.append(collections.OrderedDict(
            (('filter', display_filter), ('frames', count), ('why', why))))

    def __exit__(self, exc_type, exc, tb):
        if self.dumpcap:
            self.dumpcap.stop()
        if exc_type is None:
            assert not self.server.script, 'unused scripted responses'
            os.chmod(self.pcap, 0o644)
            text = mc.format_truth(os.path.basename(self.pcap), self.calls)
            if self.expect:
                assert text.endswith('\n ]}\n')
                lines = ',\n'.join('  ' + json.dumps(e, ensure_ascii=False) for e in self.expect)
                text = text[:-len('}\n')] + ',\n "expect": [\n%s\n ]}\n' % lines
                assert json.loads(text)['expect'] == self.expect
            with open(self.truth_path, 'w', encoding='utf-8') as f:
                f.write(text)
            os.chmod(self.truth_path, 0o644)
        return False


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
    E = mc
    s.call(99, req_server_only(mc.GetSystemTime, server), resp_time(mc.T0 + 7),
           'GetSystemTime')
    s.call(89, req_relationship(mc.CreateRelationship, server, BRANCH),
           resp_status(89, E.ERROR_SUCCESS), 'CreateRelationship, LoadBalance, two scopes')
    s.call(90, req_relationship(mc.SetRelationship, server,
                                Rel('branch-ost', '10.40.0.1', '10.40.0.2', mclt=7200,
                                    percentage=60, scopes=None), flags=0x11),
           resp_status(90, E.ERROR_SUCCESS), 'SetRelationship MCLT|PERCENTAGE')
    s.call(92, req_name(mc.GetRelationship, server, 'Genève hot-standby'),
           resp_relationship(92, STANDBY, E.ERROR_SUCCESS),
           'GetRelationship HotStandby, PARTNER_DOWN, non-ASCII name')
    s.call(93, req_enum(server, 0, 0xFFFFFFFF),
           resp_enum(2, [BRANCH, STANDBY], 2, 2, E.ERROR_SUCCESS),
           'EnumRelationship two relationships')
    s.call(94, req_relationship(mc.AddScopeToRelationship, server,
                                Rel('branch-ost', '0.0.0.0', '0.0.0.0', scopes=['10.40.3.0'])),
           resp_status(94, E.ERROR_SUCCESS), 'AddScopeToRelationship')
    s.call(95, req_relationship(mc.DeleteScopeFromRelationship, server,
                                Rel('branch-ost', '0.0.0.0', '0.0.0.0', scopes=['10.40.9.0'])),
           resp_status(95, E.ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP),
           'DeleteScopeFromRelationship, scope not in the relationship')
    s.call(96, req_scope(mc.GetScopeRelationship, server, '10.50.1.0'),
           resp_relationship(96, STANDBY, E.ERROR_SUCCESS), 'GetScopeRelationship')
    s.call(97, req_scope(mc.GetScopeStatistics, server, '10.40.1.0'),
           resp_stats([250, 100, 150, 50, 50, 80, 70], E.ERROR_SUCCESS), 'GetScopeStatistics')
    s.call(98, req_client(server, 'ip', '10.40.1.23'), resp_client(CLIENT, E.ERROR_SUCCESS),
           'GetClientInfo by address')
    s.call(100, req_name(mc.TriggerAddrAllocation, server, 'branch-ost'),
           resp_status(100, E.ERROR_SUCCESS), 'TriggerAddrAllocation')
    s.call(125, req_address(server, '10.40.1.200'), resp_address_status(2, E.ERROR_SUCCESS),
           'GetAddressStatus')
    s.call(91, req_name(mc.DeleteRelationship, server, 'branch-ost'),
           resp_status(91, E.ERROR_SUCCESS), 'DeleteRelationship')


################################################################################
# transport-nobind: recording starts after the bind
################################################################################

def nobind_capture():
    with TransportRecorder('transport-nobind') as rec:
        dce = tcp_dce(rec.port)
        s = TransportSession(rec, dce)           # bind and bind_ack happen here, unrecorded
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
    DHCP server's TCP port on 127.0.0.1, as Windows' endpoint mapper does."""

    def __init__(self, dhcp_port):
        mc.FakeDhcpServer.__init__(self)
        self.setListenPort(EPM_PORT)
        self._sock.listen(10)
        self.dhcp_port = dhcp_port
        self.towers = []
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
        self.towers.append(self.dhcp_port)
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
            trans.preferred_dialect(SMB2_DIALECT_21)
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
        rec.expect_frames('smb2.dialect == 0x0210 && smb2.flags.response == 1 && smb2.cmd == 0', 2,
                          'SMB 2.1 negotiated on both connections')
    return rec


CAPTURES = collections.OrderedDict((
    ('transport-smb2', smb_capture),
    ('transport-nobind', nobind_capture),
    ('transport-epm', epm_capture),
))
