"""audit: the capture of the configuration audit and the security findings.

Who changed what on a DHCP server, authenticated how, with which result;
made by real DCE/RPC stacks (impacket's client; the fake DHCP servers of
gen_conformance.py, which accepts no authentication or NTLM at
PKT_INTEGRITY, and gen_transports.py, a Kerberos acceptor at PKT_PRIVACY),
recorded by dumpcap on the loopback.  Each client speaks from its own
loopback address, so the audit's client column and the per-client count of
refusals tell them apart; both servers are 127.0.0.1.

    127.0.0.11  CORP\\alice, NTLM at PKT_INTEGRITY (signed, readable): one call
                of every method that changes a server (idl/dhcpm.cnf CHANGE),
                of both interfaces, values by dhcpm_fill.py, every eighth
                answered with an error the method's page lists; read-only
                calls between them; the paths of another host (UNC) given
                to R_DhcpBackupDatabase, R_DhcpRestoreDatabase,
                R_DhcpAuditLogSetParams and R_DhcpServerSetConfigV4, and a
                local backup path; the DNS registration password and the
                failover shared secret in PDUs that are only signed
    127.0.0.12  bob@CORP.EXAMPLE, Kerberos (SPNEGO) at PKT_PRIVACY (sealed;
                transport-kerberos.keytab decrypts it): changes, some
                failing, and the DNS registration credentials, sealed
    127.0.0.13  no authentication: changes, a failover call, a read
    127.0.0.14  CORP\\mallory, NTLM at PKT_INTEGRITY: seven changes refused
                with ERROR_ACCESS_DENIED within a few seconds (a burst from
                the fifth refusal on, with the default preferences: five
                within 60 s, counted per client address)
    alice, bob and the unauthenticated client each have one change refused
    with ERROR_ACCESS_DENIED too: three refusals spread over three clients,
    before mallory's, which make no burst.

The truth has per call, besides the decoded values, what the audit says of
it: request_frame, response_frame, client, server, principal (null without
authentication), auth (none, integrity, privacy) and result (the name of
the code); and at the top "experts": {frame: [security findings]}, worked
out here from the calls (unc_path, secret_not_sealed, unauthenticated_call,
unauthenticated_change, access_denied_burst), frame numbers read with
stock tshark (the DCE/RPC header; no plugin).

    sudo /usr/bin/python3 captures/make_captures.py --only audit
"""

import collections
import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import types

import make_captures as mc
import gen_conformance as C
import gen_protocol as P
import gen_transports as TR
import dhcpm_fill as F
import dhcpm_types as T

from impacket.dcerpc.v5 import transport
from impacket.dcerpc.v5.rpcrt import (RPC_C_AUTHN_WINNT, RPC_C_AUTHN_GSS_NEGOTIATE,
                                      RPC_C_AUTHN_LEVEL_PKT_INTEGRITY,
                                      RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
from impacket.krb5 import crypto as krb5_crypto
from impacket.uuid import uuidtup_to_bin

ROOT = os.path.dirname(mc.HERE)
SERVER = '127.0.0.1'
ALICE, BOB, ANONYMOUS, MALLORY = '127.0.0.11', '127.0.0.12', '127.0.0.13', '127.0.0.14'
NTLM_DOMAIN = 'CORP'
ERROR_ACCESS_DENIED = 5
E = 'dhcpm.expert.'
# dhcpm-security.c's defaults: this many refusals within this many seconds
BURST_COUNT, BURST_SECONDS = 5, 60
FAILOVER_OPNUMS = set(range(89, 101)) | {125}
PATH_FIELDS = ('dhcpm.path', 'dhcpm.audit_log_dir', 'dhcpm.config.backup_path',
               'dhcpm.config.database_path')
SECRET_FIELDS = ('dhcpm.passwd', 'dhcpm.relationship.shared_secret')
UNC_BACKUP = '\\\\attacker.example\\share'
UNC_RESTORE = '\\\\attacker.example\\share\\dhcp-backup'
UNC_AUDIT_LOG = '\\\\files.corp.example\\logs$\\dhcp'
LOCAL_BACKUP = 'C:\\Windows\\System32\\dhcp\\backup'
CALLS_PER_CONNECTION = 25


def change_methods():
    """{(interface, opnum)} of the idl/dhcpm.cnf CHANGE methods, read with
    the generator's own reader (as tests/dhcpm_test.py does)."""
    spec = importlib.util.spec_from_file_location('cnf', os.path.join(ROOT, 'tools', 'idlgen',
                                                                      'cnf.py'))
    cnf_mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cnf_mod)
    with open(os.path.join(ROOT, 'idl', 'dhcpm.cnf'), encoding='utf-8') as f:
        cnf = cnf_mod.parse_cnf(f.read())
    return {key for key, (req, _) in T.METHODS.items() if cnf.is_change(req.__name__)}


CHANGES = change_methods()


def sdk_names():
    """{code: its Windows SDK name}, from idl/dhcpm-return-codes.tsv."""
    names = {0: 'ERROR_SUCCESS', ERROR_ACCESS_DENIED: 'ERROR_ACCESS_DENIED',
             0x57: 'ERROR_INVALID_PARAMETER'}
    with open(os.path.join(ROOT, 'idl', 'dhcpm-return-codes.tsv'), encoding='utf-8') as f:
        for raw in f:
            cols = raw.split('#', 1)[0].rstrip().split('\t')
            if len(cols) == 5:
                # method, page value, page name, SDK name ('=': the page's), SDK value
                names.setdefault(int(cols[4], 16), cols[2] if cols[3] == '=' else cols[3])
    return names


NAMES = sdk_names()


def failure(name):
    """An error the method's page lists, DHCP-specific where it has one;
    never ERROR_ACCESS_DENIED (the refusals are placed on purpose)."""
    codes = [c for c in P.listed(name)
             if c not in (0, P.ERROR_MORE_DATA, P.ERROR_NO_MORE_ITEMS, ERROR_ACCESS_DENIED)]
    dhcp = [c for c in codes if 20000 <= c < 20200]
    return (dhcp or codes or [P.ERROR_INVALID_PARAMETER])[0]


# ---- clients ---------------------------------------------------------------

class SourceTCPTransport(transport.TCPTransport):
    """impacket's ncacn_ip_tcp transport, connecting from a chosen loopback
    address (127.0.0.0/8 is all local)."""
    source = '127.0.0.1'

    def connect(self):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.source, 0))
        sock.settimeout(self.get_connect_timeout())
        sock.connect((self.getRemoteHost(), self.get_dport()))
        self._TCPTransport__socket = sock
        return 1


def tcp_transport(source, port):
    trans = SourceTCPTransport(SERVER, port)
    trans.source = source
    return trans


class AuditSession(mc.Session):
    """make_captures.Session on a connection of the audit: its own server
    (the NTLM one or the Kerberos one), and what the audit says of each of
    its calls."""

    def __init__(self, rec, server, dce, iface, client, principal, auth):
        self.rec = types.SimpleNamespace(server=server, calls=rec.calls)
        self.iface_name = 'dhcpsrv2' if iface == mc.DHCPSRV2 else 'dhcpsrv'
        self.index = rec.connections
        rec.connections += 1
        self.dce = dce
        self.who = collections.OrderedDict((('client', client), ('server', SERVER),
                                            ('principal', principal), ('auth', auth)))
        self.dce.bind(uuidtup_to_bin(iface))

    def call(self, opnum, request, response, note, code=None):
        mc.Session.call(self, opnum, request, response, note)
        entry = self.rec.calls[-1]
        entry.update(self.who)
        entry['result'] = NAMES[code]

    def method(self, opnum, note='', code=None, seed=0, request_values=None):
        """A call of a method with dhcpm_fill's values ('full' profile);
        request_values: {member path: text} set in the request after the
        fill; code: the response's, else the method's success."""
        name = P.method_name(self.iface_name, opnum)
        if code is None:
            code = P.success(name)
        req_cls, _ = T.METHODS[(self.iface_name, opnum)]
        call = F.fill(req_cls(), seed=seed)
        for path, text in (request_values or {}).items():
            obj, keys = call, path.split('.')
            for k in keys[:-1]:
                obj = obj[k]
            obj[keys[-1]] = text + '\x00'
        stub = T.marshal(call)
        request = (stub, P.WALKER.truth(self.iface_name, opnum, 'request', call))
        ok = code in (0, P.ERROR_MORE_DATA) or code == P.success(name)
        response = P.build(self.iface_name, opnum, 'response', profile='full' if ok else 'null',
                           seed=seed, error_code=code)
        self.call(opnum, request, response, '%s%s' % (name, ': ' + note if note else ''), code)


def ntlm_session(rec, iface, client, user):
    trans = tcp_transport(client, rec.ntlm.getListenPort())
    trans.set_credentials(user, 'Audit-2024!', NTLM_DOMAIN)
    dce = trans.get_dce_rpc()
    dce.set_auth_type(RPC_C_AUTHN_WINNT)
    dce.set_auth_level(RPC_C_AUTHN_LEVEL_PKT_INTEGRITY)
    dce.connect()
    return AuditSession(rec, rec.ntlm, dce, iface, client, '%s\\%s' % (NTLM_DOMAIN, user),
                        'integrity')


def plain_session(rec, iface, client):
    dce = tcp_transport(client, rec.ntlm.getListenPort()).get_dce_rpc()
    dce.connect()
    return AuditSession(rec, rec.ntlm, dce, iface, client, None, 'none')


def kerberos_session(rec, iface, client, user):
    dce = TR.KerberosDCERPC(tcp_transport(client, rec.krb.getListenPort()))
    session_key = krb5_crypto.Key(18, bytes(range(0x10, 0x30)))
    dce.set_credentials(user, '', TR.KRB_REALM, TGS=TR.service_ticket(session_key, user))
    dce.set_auth_type(RPC_C_AUTHN_GSS_NEGOTIATE)
    dce.set_auth_level(RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
    dce.connect()
    return AuditSession(rec, rec.krb, dce, iface, client, '%s@%s' % (user, TR.KRB_REALM),
                        'privacy')


# ---- the recorder ----------------------------------------------------------

def serve_everything(server):
    for iface, count in ((mc.DHCPSRV, 51), (mc.DHCPSRV2, 133)):
        server.addCallbacks(iface, '', {op: server.scripted(op) for op in range(count)})
    return server


class AuditRecorder:
    def __init__(self, name):
        self.name = name
        self.pcap = os.path.join(mc.HERE, name + '.pcapng')
        self.truth_path = os.path.join(mc.HERE, name + '.truth.json')
        self.calls = []
        self.connections = 0
        self.ntlm = serve_everything(C.NtlmFakeDhcpServer())
        self.krb = serve_everything(TR.KerberosSealedDhcpServer())
        self.dumpcap = None

    def __enter__(self):
        for path in (self.pcap, self.truth_path):
            if os.path.exists(path):
                os.unlink(path)
        self.ntlm.start()
        self.krb.start()
        self.dumpcap = mc.Dumpcap(self.pcap, [self.ntlm.getListenPort(),
                                              self.krb.getListenPort()])
        self.port = self.ntlm.getListenPort()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.dumpcap.stop()
        if exc_type is None:
            assert not self.ntlm.script and not self.krb.script, 'unused scripted responses'
            os.chmod(self.pcap, 0o644)
            experts = finish_truth(self.pcap, self.calls)
            text = mc.format_truth(os.path.basename(self.pcap), self.calls, extra=(
                ('time_fields', dict(sorted(P.WALKER.time_fields.items()))),
                ('experts', experts),
                ('expect', EXPECT)))
            with open(self.truth_path, 'w', encoding='utf-8') as f:
                f.write(text)
            os.chmod(self.truth_path, 0o644)
        return False


EXPECT = [
    collections.OrderedDict((('filter', 'dcerpc.pkt_type == 0 && dcerpc.auth_type == 9 && '
                                        'dcerpc.auth_level == 6'), ('frames', None),
                             ('why', "bob's requests are sealed (Kerberos, privacy)"))),
    collections.OrderedDict((('filter', 'ntlmssp.auth.username == "alice"'), ('frames', None),
                             ('why', "the AUTH3 of each of alice's connections"))),
]


# ---- frames and findings ----------------------------------------------------

def pdu_frames(pcap):
    """{(tcp stream, call id, pkt type): (frame, epoch time, source, destination)}
    of the capture's requests, responses and faults, read by stock tshark."""
    out = subprocess.run(['tshark', '-n', '-r', pcap, '-Y', 'dcerpc', '-T', 'fields',
                          '-E', 'separator=\t', '-e', 'frame.number', '-e', 'frame.time_epoch',
                          '-e', 'ip.src', '-e', 'ip.dst', '-e', 'tcp.stream',
                          '-e', 'dcerpc.pkt_type', '-e', 'dcerpc.cn_call_id'],
                         check=True, stdout=subprocess.PIPE, text=True).stdout
    frames = {}
    for line in out.splitlines():
        frame, when, src, dst, stream, ptypes, call_ids = line.split('\t')
        for ptype, call_id in zip(ptypes.split(','), call_ids.split(',')):
            if int(ptype) in (0, 2, 3):
                key = (int(stream), int(call_id), int(ptype))
                assert key not in frames, ('a PDU in two frames', key)
                frames[key] = (int(frame), float(when), src, dst)
    return frames


def is_unc(text):
    """A path on another host (two slashes or backslashes and a host, or the
    long UNC form); the long local forms are not."""
    return re.match(r'^[\\/]{2}(?:[?.][\\/]UNC[\\/]|(?![?.][\\/])[^\\/])', text,
                    re.IGNORECASE) is not None


def finish_truth(pcap, calls):
    """Adds each call's frames (and checks its addresses), and returns the
    security findings of the capture, {frame: [names]}."""
    frames = pdu_frames(pcap)
    experts = collections.defaultdict(list)
    refusals = collections.defaultdict(list)        # client -> times of its refusals
    for c in calls:
        key = (c['tcp_stream_hint'], c['call_id'])
        req = frames[key + (0,)]
        resp = frames[key + (2,)]
        assert (req[2], req[3]) == (c['client'], c['server']), (c, req)
        c['request_frame'], c['response_frame'] = req[0], resp[0]
        change = (c['interface'], c['opnum']) in CHANGES
        failover = c['interface'] == 'dhcpsrv2' and c['opnum'] in FAILOVER_OPNUMS
        if c['auth'] == 'none' and failover:
            experts[req[0]].append(E + 'unauthenticated_call')
        if c['auth'] == 'none' and change:
            experts[req[0]].append(E + 'unauthenticated_change')
        for direction, (frame, *_) in (('request', req), ('response', resp)):
            values = c.get(direction) or {}
            if c['auth'] != 'privacy' and any(values.get(f) for f in SECRET_FIELDS):
                experts[frame].append(E + 'secret_not_sealed')
        for f in PATH_FIELDS:
            for v in c['request'].get(f, []):
                if is_unc(v):
                    experts[req[0]].append(E + 'unc_path')
        if change and (c.get('response') or {}).get('dhcpm.werror') == [ERROR_ACCESS_DENIED]:
            times = refusals[c['client']]
            times.append(resp[1])
            del times[:-BURST_COUNT]
            if len(times) == BURST_COUNT and times[-1] - times[0] <= BURST_SECONDS:
                experts[resp[0]].append(E + 'access_denied_burst')
    for e in EXPECT:
        out = subprocess.run(['tshark', '-n', '-r', pcap, '-Y', e['filter'], '-T', 'fields',
                              '-e', 'frame.number'], check=True, stdout=subprocess.PIPE,
                             text=True).stdout
        e['frames'] = len(out.split())
    return collections.OrderedDict((str(f), sorted(v)) for f, v in sorted(experts.items()))


# ---- the scenario -------------------------------------------------------------

def read_only(iface_name, count):
    """The first `count` methods of an interface that change nothing."""
    ops = [op for (i, op) in sorted(T.METHODS) if i == iface_name and (i, op) not in CHANGES
           and op not in FAILOVER_OPNUMS]
    return ops[:count]


# the calls with paths and secrets the findings are about; made apart from the loop
SPECIAL = {('dhcpsrv2', 44), ('dhcpsrv2', 45), ('dhcpsrv2', 32), ('dhcpsrv', 39)}


def alice(rec):
    """Every change method once, read-only calls between, some failures."""
    n = 0
    for iface_name, iface in (('dhcpsrv', mc.DHCPSRV), ('dhcpsrv2', mc.DHCPSRV2)):
        ops = sorted(op for (i, op) in CHANGES if i == iface_name and (i, op) not in SPECIAL)
        reads = read_only(iface_name, 4)
        for start in range(0, len(ops), CALLS_PER_CONNECTION):
            s = ntlm_session(rec, iface, ALICE, 'alice')
            if reads:
                s.method(reads.pop(0), 'read-only')
            for op in ops[start:start + CALLS_PER_CONNECTION]:
                n += 1
                name = P.method_name(iface_name, op)
                if n % 8 == 0:
                    s.method(op, 'refused with an error the page lists', code=failure(name),
                             seed=n)
                else:
                    s.method(op, seed=n)
            if reads:
                s.method(reads.pop(0), 'read-only')
            s.close()
    # paths on another host, and a local one
    s = ntlm_session(rec, mc.DHCPSRV2, ALICE, 'alice')
    s.method(44, 'backup to a share on another host (UNC)',
             request_values={'Path': UNC_BACKUP})
    s.method(44, 'backup to a local folder', request_values={'Path': LOCAL_BACKUP})
    s.method(45, 'restore from a share on another host (UNC)', code=0x4E2D,
             request_values={'Path': UNC_RESTORE})
    s.method(32, 'audit log on another host (UNC)', request_values={'AuditLogDir': UNC_AUDIT_LOG})
    s.method(32, 'audit log in a local folder, refused', code=ERROR_ACCESS_DENIED,
             request_values={'AuditLogDir': 'D:\\dhcp\\audit'})
    s.close()
    s = ntlm_session(rec, mc.DHCPSRV, ALICE, 'alice')
    s.method(39, 'database and backup on another host (UNC)',
             request_values={'ConfigInfo.DatabasePath': '\\\\nas01\\dhcp$\\db',
                             'ConfigInfo.BackupPath': '//nas01/dhcp$/backup'})
    s.method(39, 'database and backup in local folders',
             request_values={'ConfigInfo.DatabasePath': 'C:\\Windows\\System32\\dhcp',
                             'ConfigInfo.BackupPath': LOCAL_BACKUP}, seed=1)
    s.close()


BOB_CHANGES = {'dhcpsrv2': [1, 4, 24, 25, 26, 82, 83, 101, 102, 108, 110, 111, 113],
               'dhcpsrv': [0, 7, 16, 19, 36, 38]}


def bob(rec):
    """Kerberos, sealed: changes, some failing; the DNS credentials."""
    for iface_name, iface in (('dhcpsrv2', mc.DHCPSRV2), ('dhcpsrv', mc.DHCPSRV)):
        s = kerberos_session(rec, iface, BOB, 'bob')
        s.method(read_only(iface_name, 1)[0], 'read-only', seed=40)
        for k, op in enumerate(BOB_CHANGES[iface_name]):
            name = P.method_name(iface_name, op)
            if k % 4 == 3:
                s.method(op, 'refused with an error the page lists', code=failure(name),
                         seed=50 + k)
            else:
                s.method(op, seed=50 + k)
        if iface_name == 'dhcpsrv2':
            s.method(43, 'DNS registration credentials, sealed', seed=70)
            s.method(87, 'DNS registration credentials, sealed', seed=71)
            s.method(44, 'local backup', request_values={'Path': LOCAL_BACKUP})
        else:
            s.method(0, 'refused (one of three spread refusals)', code=ERROR_ACCESS_DENIED,
                     seed=72)
        s.close()


def alice_secrets(rec):
    """The DNS credentials and a failover shared secret, only signed."""
    s = ntlm_session(rec, mc.DHCPSRV2, ALICE, 'alice')
    s.method(43, 'DNS registration credentials, signed but readable', seed=80)
    s.method(87, 'DNS registration credentials, signed but readable', seed=81)
    s.method(89, 'failover relationship with its shared secret, signed but readable', seed=82)
    s.close()


def anonymous(rec):
    """No authentication: changes (one refused), a failover call, a read."""
    s = plain_session(rec, mc.DHCPSRV2, ANONYMOUS)
    s.method(99, 'failover call without authentication', seed=90)
    s.method(read_only('dhcpsrv2', 1)[0], 'read-only, no authentication', seed=91)
    s.method(24, 'change without authentication', seed=92)
    s.method(100, 'failover change without authentication', seed=93)
    s.method(44, 'backup to a share on another host, no authentication',
             request_values={'Path': UNC_BACKUP})
    s.method(110, 'refused (one of three spread refusals)', code=ERROR_ACCESS_DENIED, seed=94)
    s.close()
    s = plain_session(rec, mc.DHCPSRV, ANONYMOUS)
    s.method(0, 'change without authentication', seed=95)
    s.method(read_only('dhcpsrv', 1)[0], 'read-only, no authentication', seed=96)
    s.close()


def mallory(rec):
    """Seven changes refused in a row, within seconds."""
    s = ntlm_session(rec, mc.DHCPSRV2, MALLORY, 'mallory')
    for k, op in enumerate((108, 24, 82, 1, 113, 101, 26)):
        s.method(op, 'refused, %d of 7 in a burst' % (k + 1), code=ERROR_ACCESS_DENIED,
                 seed=100 + k)
    s.close()


def audit_capture():
    with AuditRecorder('audit') as rec:
        alice(rec)
        alice_secrets(rec)
        bob(rec)
        anonymous(rec)
        mallory(rec)
    return rec


CAPTURES = collections.OrderedDict((('audit', audit_capture),))
