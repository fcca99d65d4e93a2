#!/usr/bin/python3
"""The anchor's capture: srvsvc traffic for Wireshark's own (PIDL) dissector.

    sudo /usr/bin/python3 bench/gen_anchor.py        (writes bench/anchor-srvsvc.pcapng)

bench.py --anchor srvsvc measures what Wireshark's own IDL-generated srvsvc
dissector costs tshark on this capture, the way it measures the dhcpm plugin
on ours, so that the two sit side by side per call and per stub byte.  The
traffic is real DCE/RPC: impacket's client calls a fake Server Service
(impacket's DCERPCServer, with the clean response headers of
captures/make_captures.FakeDhcpServer) over ncacn_ip_tcp on the loopback,
unauthenticated, and dumpcap records it.  Every stub, both directions, is
marshalled by impacket's srvs classes (MS-SRVS), with Windows-like referent
ids; the server parses every request and the client every response with the
same classes.

What a file server's management console asks, with strings and arrays in
every response, in stubs of the size of ours (conforming.pcapng: about 350
stub bytes a call; this capture: printed at the end):
    connection 1: NetrServerGetInfo 101 and 102, NetrShareEnum level 1 and
        level 2 (11 shares), NetrShareGetInfo level 2 (three shares) and one
        unknown share (NERR_NetNameNotFound), NetrSessionEnum level 10,
        NetrConnectionEnum level 1, NetrFileEnum level 3, NetrRemoteTOD
    connection 2: a second console: NetrServerGetInfo 101, NetrShareEnum
        level 1, NetrShareGetInfo level 1 (four shares), NetrSessionEnum
        level 10, NetrRemoteTOD
Run as root (dumpcap captures on "lo") with Debian's python3 (python3-impacket).
"""

import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'captures'))

import make_captures as mc                                   # noqa: E402
from impacket.dcerpc.v5 import srvs, transport               # noqa: E402
from impacket.dcerpc.v5.dtypes import NULL                   # noqa: E402
from impacket.uuid import uuidtup_to_bin                     # noqa: E402

SRVSVC = ('4B324FC8-1670-01D3-1278-5A47BF6EE188', '3.0')
OUTPUT = os.path.join(HERE, 'anchor-srvsvc.pcapng')
SERVER = '\\\\FS01.corp.example.com'
NERR_NetNameNotFound = 2310
STYPE_DISKTREE, STYPE_IPC, STYPE_SPECIAL = 0, 3, 0x80000000

# name, type, remark, path, max uses, current uses
SHARES = [
    ('ADMIN$', STYPE_DISKTREE | STYPE_SPECIAL, 'Remote Admin', 'C:\\Windows', 0xffffffff, 0),
    ('C$', STYPE_DISKTREE | STYPE_SPECIAL, 'Default share', 'C:\\', 0xffffffff, 1),
    ('D$', STYPE_DISKTREE | STYPE_SPECIAL, 'Default share', 'D:\\', 0xffffffff, 0),
    ('IPC$', STYPE_IPC | STYPE_SPECIAL, 'Remote IPC', '', 0xffffffff, 3),
    ('NETLOGON', STYPE_DISKTREE, 'Logon server share',
     'C:\\Windows\\SYSVOL\\sysvol\\corp.example.com\\SCRIPTS', 0xffffffff, 2),
    ('SYSVOL', STYPE_DISKTREE, 'Logon server share', 'C:\\Windows\\SYSVOL\\sysvol',
     0xffffffff, 2),
    ('Users', STYPE_DISKTREE, 'Home folders', 'D:\\Users', 0xffffffff, 12),
    ('Public', STYPE_DISKTREE, 'Everyone may read', 'D:\\Shares\\Public', 200, 7),
    ('Projects', STYPE_DISKTREE, 'Engineering projects', 'D:\\Shares\\Projects', 100, 9),
    ('Finance', STYPE_DISKTREE, 'Finance department (restricted)', 'D:\\Shares\\Finance',
     25, 1),
    ('Scans', STYPE_DISKTREE, 'Scanner drop folder', 'D:\\Shares\\Scans', 10, 0),
]
SESSIONS = [('\\\\10.1.4.21', 'alice'), ('\\\\10.1.4.37', 'bob'), ('\\\\10.1.5.2', 'carol'),
            ('\\\\10.1.5.19', 'svc-backup'), ('\\\\10.1.6.44', 'dave'),
            ('\\\\10.1.6.80', 'erin')]
CONNECTIONS = [('alice', 3, 1800), ('bob', 1, 920), ('dave', 5, 3600), ('erin', 0, 45)]
FILES = [('D:\\Shares\\Projects\\atlas\\design.docx', 'alice', 3),
         ('D:\\Shares\\Projects\\atlas\\budget.xlsx', 'bob', 1),
         ('D:\\Shares\\Projects\\orion\\notes.txt', 'dave', 0),
         ('D:\\Shares\\Projects\\orion', 'dave', 0),
         ('D:\\Shares\\Projects\\vega\\build.log', 'erin', 0)]


def w(text):
    return text + '\x00'


def marshal(call):
    mc.number_referents(call)
    return call.getData()


# ---- the server's answers ---------------------------------------------------

def server_info(level):
    resp = srvs.NetrServerGetInfoResponse()
    resp['InfoStruct']['tag'] = level
    info = resp['InfoStruct']['ServerInfo%d' % level]
    p = 'sv%d_' % level
    info[p + 'platform_id'] = 500
    info[p + 'name'] = w('FS01')
    info[p + 'version_major'] = 10
    info[p + 'version_minor'] = 0
    info[p + 'type'] = 0x00009003          # workstation, server, domain member, NT
    info[p + 'comment'] = w('File server, building 2')
    if level == 102:
        info['sv102_users'] = 0xffffffff
        info['sv102_disc'] = 15
        info['sv102_hidden'] = 0
        info['sv102_announce'] = 240
        info['sv102_anndelta'] = 3000
        info['sv102_licenses'] = 0
        info['sv102_userpath'] = w('c:\\')
    resp['ErrorCode'] = 0
    return resp


def share_entry(level, share):
    name, stype, remark, path, max_uses, current = share
    e = srvs.SHARE_INFO_1() if level == 1 else srvs.SHARE_INFO_2()
    p = 'shi%d_' % level
    e[p + 'netname'] = w(name)
    e[p + 'type'] = stype
    e[p + 'remark'] = w(remark)
    if level == 2:
        e['shi2_permissions'] = 0
        e['shi2_max_uses'] = max_uses
        e['shi2_current_uses'] = current
        e['shi2_path'] = w(path)
        e['shi2_passwd'] = NULL
    return e


def share_enum(level):
    resp = srvs.NetrShareEnumResponse()
    resp['InfoStruct']['Level'] = level
    resp['InfoStruct']['ShareInfo']['tag'] = level
    ctr = resp['InfoStruct']['ShareInfo']['Level%d' % level]
    ctr['EntriesRead'] = len(SHARES)
    for share in SHARES:
        ctr['Buffer'].append(share_entry(level, share))
    resp['TotalEntries'] = len(SHARES)
    resp['ResumeHandle'] = 0
    resp['ErrorCode'] = 0
    return resp


def share_get_info(name, level):
    resp = srvs.NetrShareGetInfoResponse()
    resp['InfoStruct']['tag'] = level
    share = [s for s in SHARES if s[0].lower() == name.rstrip('\x00').lower()]
    if share:
        resp['InfoStruct']['ShareInfo%d' % level] = share_entry(level, share[0])
        resp['ErrorCode'] = 0
    else:
        resp['InfoStruct']['ShareInfo%d' % level] = NULL
        resp['ErrorCode'] = NERR_NetNameNotFound
    return resp


def session_enum():
    resp = srvs.NetrSessionEnumResponse()
    resp['InfoStruct']['Level'] = 10
    resp['InfoStruct']['SessionInfo']['tag'] = 10
    ctr = resp['InfoStruct']['SessionInfo']['Level10']
    ctr['EntriesRead'] = len(SESSIONS)
    for i, (client, user) in enumerate(SESSIONS):
        e = srvs.SESSION_INFO_10()
        e['sesi10_cname'] = w(client)
        e['sesi10_username'] = w(user)
        e['sesi10_time'] = 3600 * (i + 1) + 17 * i
        e['sesi10_idle_time'] = 60 * i
        ctr['Buffer'].append(e)
    resp['TotalEntries'] = len(SESSIONS)
    resp['ResumeHandle'] = 0
    resp['ErrorCode'] = 0
    return resp


def connection_enum():
    resp = srvs.NetrConnectionEnumResponse()
    resp['InfoStruct']['Level'] = 1
    resp['InfoStruct']['ConnectInfo']['tag'] = 1
    ctr = resp['InfoStruct']['ConnectInfo']['Level1']
    ctr['EntriesRead'] = len(CONNECTIONS)
    for i, (user, opens, seconds) in enumerate(CONNECTIONS):
        e = srvs.CONNECTION_INFO_1()
        e['coni1_id'] = 0x1000 + i
        e['coni1_type'] = STYPE_DISKTREE
        e['coni1_num_opens'] = opens
        e['coni1_num_users'] = 1
        e['coni1_time'] = seconds
        e['coni1_username'] = w(user)
        e['coni1_netname'] = w('Projects')
        ctr['Buffer'].append(e)
    resp['TotalEntries'] = len(CONNECTIONS)
    resp['ResumeHandle'] = 0
    resp['ErrorCode'] = 0
    return resp


def file_enum():
    resp = srvs.NetrFileEnumResponse()
    resp['InfoStruct']['Level'] = 3
    resp['InfoStruct']['FileInfo']['tag'] = 3
    ctr = resp['InfoStruct']['FileInfo']['Level3']
    ctr['EntriesRead'] = len(FILES)
    for i, (path, user, locks) in enumerate(FILES):
        e = srvs.FILE_INFO_3()
        e['fi3_id'] = 0x2a000 + 4 * i
        e['fi3_permissions'] = 0x1 | (0x2 if locks else 0)
        e['fi3_num_locks'] = locks
        e['fi3_path_name'] = w(path)
        e['fi3_username'] = w(user)
        ctr['Buffer'].append(e)
    resp['TotalEntries'] = len(FILES)
    resp['ResumeHandle'] = 0
    resp['ErrorCode'] = 0
    return resp


def remote_tod():
    resp = srvs.NetrRemoteTODResponse()
    t = resp['BufferPtr']
    for key, value in (('tod_elapsedt', 1718875800), ('tod_msecs', 15830221), ('tod_hours', 9),
                       ('tod_mins', 30), ('tod_secs', 0), ('tod_hunds', 42),
                       ('tod_timezone', 0xffffffc4), ('tod_tinterval', 310), ('tod_day', 20),
                       ('tod_month', 6), ('tod_year', 2024), ('tod_weekday', 4)):
        t[key] = value
    resp['ErrorCode'] = 0
    return resp


def serve(request_cls, answer):
    """A callback of the fake server: parses the request with impacket's
    class, answers with the stub of answer(request)."""
    def callback(stub):
        request = request_cls(stub)
        return marshal(answer(request))
    return callback


CALLBACKS = {
    srvs.NetrServerGetInfo.opnum: serve(srvs.NetrServerGetInfo,
                                        lambda r: server_info(r['Level'])),
    srvs.NetrShareEnum.opnum: serve(srvs.NetrShareEnum,
                                    lambda r: share_enum(r['InfoStruct']['Level'])),
    srvs.NetrShareGetInfo.opnum: serve(srvs.NetrShareGetInfo,
                                       lambda r: share_get_info(r['NetName'], r['Level'])),
    srvs.NetrSessionEnum.opnum: serve(srvs.NetrSessionEnum, lambda r: session_enum()),
    srvs.NetrConnectionEnum.opnum: serve(srvs.NetrConnectionEnum, lambda r: connection_enum()),
    srvs.NetrFileEnum.opnum: serve(srvs.NetrFileEnum, lambda r: file_enum()),
    srvs.NetrRemoteTOD.opnum: serve(srvs.NetrRemoteTOD, lambda r: remote_tod()),
}


# ---- the client's requests --------------------------------------------------

def req_server_info(level):
    r = srvs.NetrServerGetInfo()
    r['ServerName'] = w(SERVER)
    r['Level'] = level
    return r


def req_share_enum(level):
    r = srvs.NetrShareEnum()
    r['ServerName'] = w(SERVER)
    r['InfoStruct']['Level'] = level
    r['InfoStruct']['ShareInfo']['tag'] = level
    r['InfoStruct']['ShareInfo']['Level%d' % level]['Buffer'] = NULL
    r['PreferedMaximumLength'] = 0xffffffff
    r['ResumeHandle'] = 0
    return r


def req_share_get_info(name, level):
    r = srvs.NetrShareGetInfo()
    r['ServerName'] = w(SERVER)
    r['NetName'] = w(name)
    r['Level'] = level
    return r


def req_session_enum():
    r = srvs.NetrSessionEnum()
    r['ServerName'] = w(SERVER)
    r['ClientName'] = NULL
    r['UserName'] = NULL
    r['InfoStruct']['Level'] = 10
    r['InfoStruct']['SessionInfo']['tag'] = 10
    r['InfoStruct']['SessionInfo']['Level10']['Buffer'] = NULL
    r['PreferedMaximumLength'] = 0xffffffff
    r['ResumeHandle'] = 0
    return r


def req_connection_enum():
    r = srvs.NetrConnectionEnum()
    r['ServerName'] = w(SERVER)
    r['Qualifier'] = w('Projects')
    r['InfoStruct']['Level'] = 1
    r['InfoStruct']['ConnectInfo']['tag'] = 1
    r['InfoStruct']['ConnectInfo']['Level1']['Buffer'] = NULL
    r['PreferedMaximumLength'] = 0xffffffff
    r['ResumeHandle'] = 0
    return r


def req_file_enum():
    r = srvs.NetrFileEnum()
    r['ServerName'] = w(SERVER)
    r['BasePath'] = w('D:\\Shares\\Projects')
    r['UserName'] = NULL
    r['InfoStruct']['Level'] = 3
    r['InfoStruct']['FileInfo']['tag'] = 3
    r['InfoStruct']['FileInfo']['Level3']['Buffer'] = NULL
    r['PreferedMaximumLength'] = 0xffffffff
    r['ResumeHandle'] = 0
    return r


def req_remote_tod():
    r = srvs.NetrRemoteTOD()
    r['ServerName'] = w(SERVER)
    return r


RESPONSES = {srvs.NetrServerGetInfo: srvs.NetrServerGetInfoResponse,
             srvs.NetrShareEnum: srvs.NetrShareEnumResponse,
             srvs.NetrShareGetInfo: srvs.NetrShareGetInfoResponse,
             srvs.NetrSessionEnum: srvs.NetrSessionEnumResponse,
             srvs.NetrConnectionEnum: srvs.NetrConnectionEnumResponse,
             srvs.NetrFileEnum: srvs.NetrFileEnumResponse,
             srvs.NetrRemoteTOD: srvs.NetrRemoteTODResponse}

CONNECTION_1 = ([req_server_info(101), req_share_enum(1)]
                + [req_share_get_info(n, 2) for n in ('Projects', 'Public', 'Finance')]
                + [req_share_get_info('Archive', 2), req_server_info(102), req_session_enum(),
                   req_connection_enum(), req_file_enum(), req_share_enum(2), req_remote_tod()])
CONNECTION_2 = ([req_server_info(101), req_share_enum(1)]
                + [req_share_get_info(n, 1) for n in ('Users', 'Public', 'Projects', 'Scans')]
                + [req_session_enum(), req_remote_tod()])


def main():
    if os.path.exists(OUTPUT):
        os.unlink(OUTPUT)
    server = mc.FakeDhcpServer()
    server.addCallbacks(SRVSVC, '', CALLBACKS)
    port = server.getListenPort()
    dumpcap = mc.Dumpcap(OUTPUT, [port])
    server.start()
    stub_bytes, calls = 0, 0
    try:
        for requests in (CONNECTION_1, CONNECTION_2):
            trans = transport.DCERPCTransportFactory('ncacn_ip_tcp:127.0.0.1[%d]' % port)
            dce = trans.get_dce_rpc()
            dce.connect()
            dce.bind(uuidtup_to_bin(SRVSVC))
            for request in requests:
                stub = marshal(request)
                dce.call(request.opnum, stub)
                answer = dce.recv()
                assert len(stub) + 24 < mc.MAX_PDU and len(answer) + 24 < mc.MAX_PDU
                RESPONSES[type(request)](answer)              # the client reads it
                stub_bytes += len(stub) + len(answer)
                calls += 1
            dce.disconnect()
            time.sleep(0.05)
    finally:
        dumpcap.stop()
    os.chmod(OUTPUT, 0o644)
    print('%s: %d calls, %d stub bytes (%.0f a call)' % (OUTPUT, calls, stub_bytes,
                                                         stub_bytes / calls))


if __name__ == '__main__':
    main()
