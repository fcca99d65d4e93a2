#!/usr/bin/env python3
"""dhcpm tests: run tshark with the freshly built plugin and assert what it decodes.

    dhcpm_test.py --plugin PATH --abi X.Y TEST [args]

Tests:
    truth CAPTURE TRUTH   every call of the capture decodes to its ground truth
    fields CONTRACT       tshark -G fields lists every contract field with its type
    srt                   -z dcerpc,srt works for both interfaces
    info CAPTURE TRUTH    the Info column says method, keys and result
    fragments CAPTURE TRUTH  every PDU is cut into the DCE/RPC fragments the
                          truth's notes say ("[N request, M response fragments]",
                          else one each) and decoded once, in the frame of its
                          last fragment; on a connection noted "[pieces: client
                          C, server S]" no TCP segment is longer than that
    sources DIR           the C follows the dissector rules we hold to

tshark ignores personal plugin folders when run as root (Wireshark 4.0), so
as root each run is made as user nobody, with HOME in a private folder that
holds the plugin.  --read-option OPT (repeatable) is added to every tshark
run that reads a capture, e.g. --read-option=-2 for two-pass dissection.
Standard library only.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

NOBODY = 65534
FAILURES = []


def fail(msg):
    FAILURES.append(msg)
    print('FAIL: ' + msg)


# ---- running tshark with the plugin ---------------------------------------

class Tshark:
    def __init__(self, plugin, abi, read_options=()):
        self.read_options = list(read_options)
        self.home = tempfile.mkdtemp(prefix='dhcpm-test-')
        os.chmod(self.home, 0o755)
        pdir = os.path.join(self.home, '.local', 'lib', 'wireshark', 'plugins', abi, 'epan')
        os.makedirs(pdir)
        shutil.copy(plugin, pdir)
        # An empty global plugin folder: a dhcpm.so installed system-wide
        # (./dhcpm.sh demo as root) must not shadow the one under test.
        self.global_plugins = os.path.join(self.home, 'global-plugins')
        os.makedirs(self.global_plugins)
        for root, dirs, files in os.walk(self.home):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
            for f in files:
                os.chmod(os.path.join(root, f), 0o644)

    def close(self):
        shutil.rmtree(self.home, ignore_errors=True)

    def stage(self, path):
        """A copy of path that user nobody can read."""
        dst = os.path.join(self.home, os.path.basename(path))
        shutil.copy(path, dst)
        os.chmod(dst, 0o644)
        return dst

    def run(self, args, check=True):
        if '-r' in args:
            args = args + self.read_options
        cmd = ['tshark'] + args
        if os.geteuid() == 0:
            cmd = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY, '--clear-groups'] + cmd
        env = dict(os.environ, HOME=self.home, LC_ALL='C.UTF-8',
                   WIRESHARK_PLUGIN_DIR=self.global_plugins)
        env.pop('XDG_CONFIG_HOME', None)
        p = subprocess.run(cmd, env=env, cwd=self.home, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=300)
        out, err = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
        if check and p.returncode != 0:
            raise RuntimeError('tshark %s failed (%d): %s' % (' '.join(args), p.returncode, err))
        return p.returncode, out, err

    def check_loaded(self):
        _, out, err = self.run(['-G', 'plugins'])
        if 'dhcpm.so' not in out or self.home not in out:
            raise RuntimeError('tshark did not load the plugin from %s:\n%s%s' % (self.home, out, err))
        if err.strip():
            fail('tshark printed warnings at start-up: %s' % err.strip())


# ---- value normalisation ---------------------------------------------------

TIME_RE = re.compile(r'^(\w{3}) +(\d+), (\d+) (\d\d):(\d\d):(\d\d)\.(\d{9}) UTC$')
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
FILETIME_FIELDS = {'dhcpm.client.lease_expires', 'dhcpm.client.probation_ends'}


def days_from_civil(y, m, d):
    """Days since 1970-01-01 in the proleptic Gregorian calendar, any year."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def time_value(field, text):
    """tshark's UTC time text as the truth's integer: FILETIME ticks or epoch seconds."""
    mon, day, year, hh, mm, ss, ns = TIME_RE.match(text).groups()
    secs = (days_from_civil(int(year), MONTHS.index(mon) + 1, int(day)) * 86400 +
            int(hh) * 3600 + int(mm) * 60 + int(ss))
    if field in FILETIME_FIELDS:
        return (secs - days_from_civil(1601, 1, 1) * 86400) * 10000000 + int(ns) // 100
    return secs


def normalise(field, value):
    if isinstance(value, str) and TIME_RE.match(value):
        return time_value(field, value)
    return value


def compare(where, field, got, want):
    """Integers compare as numbers (tshark prints hex fields as 0x...), the
    rest as text."""
    norm = []
    for g, w in zip(got, want):
        g = normalise(field, g)
        if isinstance(w, int) and isinstance(g, str) and re.match(r'^-?(0x[0-9a-f]+|\d+)$', g):
            g = int(g, 0)
        norm.append(g)
    norm += [normalise(field, g) for g in got[len(want):]]
    if norm != list(want):
        fail('%s: %s is %r, expected %r' % (where, field, norm, want))
        return False
    return True


# ---- tests -------------------------------------------------------------------

META = ['frame.number', 'tcp.stream', 'dcerpc.cn_call_id', 'dcerpc.pkt_type', '_ws.malformed',
        '_ws.col.Info', 'dcerpc.cn_status']


def frames_by_call(ts, capture, fields):
    args = ['-r', capture, '-Y', 'dcerpc.pkt_type == 0 || dcerpc.pkt_type == 2 || dcerpc.pkt_type == 3', '-T', 'json']
    for f in META + sorted(fields):
        args += ['-e', f]
    _, out, _ = ts.run(args)
    calls = {}
    for pkt in json.loads(out):
        layers = pkt['_source']['layers']
        key = (int(layers['tcp.stream'][0]), int(layers['dcerpc.cn_call_id'][0]))
        kind = {'0': 'request', '2': 'response', '3': 'fault'}[layers['dcerpc.pkt_type'][0]]
        calls.setdefault(key, {})[kind] = layers
    return calls


def request_keys(call):
    """What the dissector repeats in a response: fields.md, 'generated fields'."""
    req = call.get('request', {})
    keys = {}
    for f in ('dhcpm.scope_id', 'dhcpm.address', 'dhcpm.relationship.name'):
        if req.get(f):
            keys[f] = [req[f][0]]
    return keys


def test_truth(ts, capture, truth_path):
    truth = json.load(open(truth_path, encoding='utf-8'))
    fields = set()
    for c in truth['calls']:
        for d in ('request', 'response'):
            fields.update(c.get(d, {}) or {})
    calls = frames_by_call(ts, ts.stage(capture), fields)
    checked = 0
    for c in truth['calls']:
        key = (c['tcp_stream_hint'], c['call_id'])
        where = 'stream %d call %d opnum %d' % (key[0], key[1], c['opnum'])
        got = calls.get(key)
        if not got or 'request' not in got:
            fail('%s: request not found' % where)
            continue
        broken = c.get('malformed', 'none')
        for d in ('request', 'response'):
            if d == 'response' and 'fault' in c:
                if 'fault' not in got or int(got['fault']['dcerpc.cn_status'][0], 0) != c['fault']:
                    fail('%s: expected fault 0x%08x' % (where, c['fault']))
                continue
            layers = got.get(d)
            if layers is None:
                fail('%s: %s not found' % (where, d))
                continue
            frame = '%s (frame %s, %s)' % (where, layers['frame.number'][0], d)
            want = dict(c.get(d) or {})
            if d == 'response' and c['interface'] == 'dhcpsrv2' and c['opnum'] != 0:
                for f, v in request_keys(c).items():
                    want[f] = v + want.get(f, [])
            is_malformed = bool(layers.get('_ws.malformed'))
            if broken == d:
                if not is_malformed:
                    fail('%s: broken stub not marked malformed' % frame)
                for f, v in want.items():      # what the truth lists precedes the break
                    compare(frame, f, layers.get(f, [])[:len(v)], v)
                continue
            if is_malformed:
                fail('%s: marked malformed' % frame)
            for f in fields:
                compare(frame, f, layers.get(f, []), want.get(f, []))
            checked += 1
    print('truth %s: %d calls, %d PDUs compared' % (os.path.basename(capture), len(truth['calls']), checked))


TYPE_NAMES = {
    'uint8': 'FT_UINT8', 'uint16': 'FT_UINT16', 'uint32': 'FT_UINT32', 'string': 'FT_STRING',
    'IPv4': 'FT_IPv4', 'bytes': 'FT_BYTES', 'absolute time': 'FT_ABSOLUTE_TIME',
    'boolean': 'FT_BOOLEAN',
}


def load_contract(path):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            name, ftype = line.split('\t')
            out.append((name, ftype))
    return out


def contract_from_fields_md(path):
    """The plain rows of shared/fields.md (one field per row)."""
    names = []
    for line in open(path, encoding='utf-8'):
        m = re.match(r'^\| `(dhcpm\.[a-z0-9_.]+)` \| ([^|]+)\|', line)
        if m and '…' not in line:
            names.append(m.group(1))
    return names


def test_fields(ts, contract_path, fields_md):
    contract = load_contract(contract_path)
    _, out, _ = ts.run(['-G', 'fields'])
    registered = {}
    for line in out.splitlines():
        cols = line.split('\t')
        if cols[0] != 'F':
            continue
        if cols[2].startswith('dhcpm.'):
            registered.setdefault(cols[2], set()).add(cols[3])
        elif cols[4].startswith('dhcpm'):
            fail('field outside the dhcpm. prefix: %s' % cols[2])
    for name, ftype in contract:
        want = TYPE_NAMES[ftype]
        if name not in registered:
            fail('contract field %s is not registered' % name)
        elif registered[name] != {want}:
            fail('contract field %s has type %s, expected %s' % (name, registered[name], want))
    if fields_md and os.path.exists(fields_md):
        listed = {n for n, _ in contract}
        for name in contract_from_fields_md(fields_md):
            if name not in listed:
                fail('%s is in fields.md but not in %s' % (name, contract_path))
    print('fields: %d contract fields checked, %d dhcpm fields registered' % (len(contract), len(registered)))


def test_srt(ts, capture):
    cap = ts.stage(capture)
    for uuid, method, calls in (('5b821720-f63b-11d0-aad2-00c04fc324db', 'R_DhcpV4FailoverCreateRelationship', 6),
                                ('6bffd098-a112-3610-9833-46c3f874532d', 'R_DhcpGetVersion', 1)):
        rc, out, err = ts.run(['-q', '-r', cap, '-z', 'dcerpc,srt,%s,1.0' % uuid], check=False)
        if rc != 0:
            fail('srt %s: tshark exited %d: %s' % (uuid, rc, err[-400:]))
            continue
        row = [l for l in out.splitlines() if method in l]
        if not row or int(row[0].split()[2]) != calls:
            fail('srt %s: no row "%s" with %d calls in:\n%s' % (uuid, method, calls, out))
    print('srt: both interfaces')


MODE = {0: 'LoadBalance', 1: 'HotStandby'}
STATE = ['NO_STATE', 'INIT', 'STARTUP', 'NORMAL', 'COMMUNICATION_INT', 'PARTNER_DOWN',
         'POTENTIAL_CONFLICT', 'CONFLICT_DONE', 'RESOLUTION_INT', 'RECOVER', 'RECOVER_WAIT',
         'RECOVER_DONE', 'PAUSED', 'SHUTDOWN']
# SDK (dhcpsapi.h) numbering: several MS-DHCPM pages print these one too low.
STATUS = {0: 'ERROR_SUCCESS', 2: 'ERROR_FILE_NOT_FOUND', 5: 'ERROR_ACCESS_DENIED',
          0x57: 'ERROR_INVALID_PARAMETER', 0xEA: 'ERROR_MORE_DATA', 0x103: 'ERROR_NO_MORE_ITEMS',
          0x4E25: 'ERROR_DHCP_SUBNET_NOT_PRESENT', 0x4E2D: 'ERROR_DHCP_JET_ERROR',
          0x4E91: 'ERROR_DHCP_FO_SCOPE_ALREADY_IN_RELATIONSHIP', 0x4E92: 'ERROR_DHCP_FO_RELATIONSHIP_EXISTS',
          0x4E93: 'ERROR_DHCP_FO_RELATIONSHIP_DOES_NOT_EXIST', 0x4E94: 'ERROR_DHCP_FO_SCOPE_NOT_IN_RELATIONSHIP',
          0x4E95: 'ERROR_DHCP_FO_RELATION_IS_SECONDARY', 0x4E98: 'ERROR_DHCP_FO_STATE_NOT_NORMAL',
          0x4E9D: 'ERROR_DHCP_FO_RELATIONSHIP_NAME_TOO_LONG', 0x4EA0: 'ERROR_DHCP_FO_MAX_RELATIONSHIPS',
          0x4EA5: 'ERROR_DHCP_FO_SCOPE_SYNC_IN_PROGRESS'}


def test_info(ts, capture, truth_path):
    truth = json.load(open(truth_path, encoding='utf-8'))
    calls = frames_by_call(ts, ts.stage(capture), set())
    n = 0
    for c in truth['calls']:
        if c['interface'] != 'dhcpsrv2' or c.get('malformed', 'none') != 'none' or 'fault' in c:
            continue
        got = calls.get((c['tcp_stream_hint'], c['call_id']), {})
        resp, req = c.get('response') or {}, c.get('request') or {}
        if 'dhcpm.werror' not in resp:
            continue
        info = got.get('response', {}).get('_ws.col.Info', [''])[0]
        status = STATUS.get(resp['dhcpm.werror'][0])
        if status is None:
            fail('test table lacks status 0x%x' % resp['dhcpm.werror'][0])
            continue
        if not info.endswith(', ' + status):
            fail('frame %s: Info %r does not end with the status %s' % (
                got.get('response', {}).get('frame.number'), info, status))
        if c['opnum'] == 96 and resp['dhcpm.werror'][0] == 0:
            want = 'GetScopeRelationship response, scope %s: "%s" %s %s, ERROR_SUCCESS' % (
                req['dhcpm.scope_id'][0], resp['dhcpm.relationship.name'][0],
                MODE[resp['dhcpm.relationship.mode'][0]], STATE[resp['dhcpm.relationship.state'][0]])
            if info != want:
                fail('Info %r, expected %r' % (info, want))
        n += 1
    print('info: %d responses checked' % n)


FRAGMENTS_NOTE = re.compile(r'\[(\d+) request, (\d+) response fragments\]')
PIECES_NOTE = re.compile(r'\[pieces: client (\d+), server (\d+)\]')


def test_fragments(ts, capture, truth_path):
    truth = json.load(open(truth_path, encoding='utf-8'))
    _, out, _ = ts.run(['-r', ts.stage(capture), '-T', 'fields', '-E', 'occurrence=a',
                        '-E', 'aggregator=,', '-e', 'frame.number', '-e', 'tcp.stream',
                        '-e', 'tcp.srcport', '-e', 'tcp.dstport', '-e', 'tcp.len',
                        '-e', 'dcerpc.cn_call_id', '-e', 'dcerpc.pkt_type', '-e', 'dhcpm.opnum'])
    pdus, last, decoded, server_port, largest, nsegs = {}, {}, {}, {}, {}, {}
    for line in out.splitlines():
        frame, stream, sport, dport, tlen, call_ids, types, opnum = (line.split('\t') + [''] * 8)[:8]
        stream = int(stream)
        if int(tlen or 0) > 0:
            server_port.setdefault(stream, dport)         # the client speaks first
            side = 'server' if sport == server_port[stream] else 'client'
            largest[stream, side] = max(largest.get((stream, side), 0), int(tlen))
            nsegs[stream, side] = nsegs.get((stream, side), 0) + 1
        if not call_ids:
            continue
        for cid, kind in zip(call_ids.split(','), types.split(',')):
            key = (stream, int(cid), kind)
            pdus[key] = pdus.get(key, 0) + 1
            last[key] = frame
        if opnum:
            # the frame that completes a PDU carries its decode
            key = (stream, int(call_ids.split(',')[-1]), types.split(',')[-1])
            decoded.setdefault(key, []).append(frame)
    n = 0
    pieces = {}
    for c in truth['calls']:
        m = FRAGMENTS_NOTE.search(c['note'])
        want = (int(m.group(1)), int(m.group(2))) if m else (1, 1)
        for kind, count, direction in (('0', want[0], 'request'), ('2', want[1], 'response')):
            if kind == '2' and 'fault' in c:
                continue
            key = (c['tcp_stream_hint'], c['call_id'], kind)
            where = 'stream %d call %d %s' % (key[0], key[1], direction)
            if pdus.get(key, 0) != count:
                fail('%s: %d DCE/RPC fragments, expected %d' % (where, pdus.get(key, 0), count))
            if decoded.get(key) != [last.get(key)]:
                fail('%s: decoded in frames %s, expected in the one of its last fragment, %s'
                     % (where, decoded.get(key), last.get(key)))
            n += 1
        m = PIECES_NOTE.search(c['note'])
        if m:
            pieces[c['tcp_stream_hint']] = {'client': int(m.group(1)), 'server': int(m.group(2))}
    for stream, sizes in sorted(pieces.items()):
        for side, size in sorted(sizes.items()):
            if largest.get((stream, side), 0) > size:
                fail('stream %d: a %s TCP segment of %d bytes, but it writes %d-byte pieces'
                     % (stream, side, largest[stream, side], size))
            print('stream %d %s: %d TCP segments of at most %d bytes'
                  % (stream, side, nsegs.get((stream, side), 0), largest.get((stream, side), 0)))
    print('fragments: %d PDUs checked, %d DCE/RPC fragments' % (n, sum(pdus.values())))


BANNED = re.compile(r'\b(malloc|calloc|realloc|free|sprintf|strcpy|strcat|assert|g_malloc|g_free)\s*\(')


def test_sources(src_dir):
    n = 0
    for root, _, files in os.walk(src_dir):
        for f in files:
            if f.endswith(('.c', '.h')):
                text = open(os.path.join(root, f), encoding='utf-8').read()
                for i, line in enumerate(text.splitlines(), 1):
                    if BANNED.search(line.split('//')[0]):
                        fail('%s:%d: %s' % (f, i, line.strip()))
                n += 1
    print('sources: %d files' % n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--plugin')
    ap.add_argument('--abi')
    ap.add_argument('--read-option', action='append', default=[])
    ap.add_argument('test')
    ap.add_argument('args', nargs='*')
    a = ap.parse_args()
    if a.test == 'sources':
        test_sources(*a.args)
    else:
        ts = Tshark(a.plugin, a.abi, a.read_option)
        try:
            ts.check_loaded()
            if a.test == 'truth':
                test_truth(ts, *a.args)
            elif a.test == 'fields':
                test_fields(ts, a.args[0], a.args[1] if len(a.args) > 1 else None)
            elif a.test == 'srt':
                test_srt(ts, *a.args)
            elif a.test == 'info':
                test_info(ts, *a.args)
            elif a.test == 'fragments':
                test_fragments(ts, *a.args)
            else:
                fail('unknown test %s' % a.test)
        finally:
            ts.close()
    if FAILURES:
        print('%d failure(s)' % len(FAILURES))
        return 1
    print('ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
