#!/usr/bin/env python3
"""dhcpm tests: run tshark with the freshly built plugin and assert what it decodes.

    dhcpm_test.py --plugin PATH --abi X.Y TEST [args]

Tests:
    truth CAPTURE TRUTH   every call of the capture decodes to its ground truth
    fields CONTRACT       tshark -G fields lists every contract field with its type
    srt                   -z dcerpc,srt works for both interfaces
    info CAPTURE TRUTH    the Info column says method, keys and result
    coverage CAPTURE...   every method of both interfaces is in the captures (truth
                          beside each), decoded both ways, with a success and a failure
    no_ndr_experts CAPTURE...
                          no NDR expert info fires on the captures
    info_keys CAPTURE TRUTH
                          the Info column of every call: method, direction, the
                          KEY values of idl/dhcpm.cnf, the return code by name
    fragments CAPTURE TRUTH  every PDU is cut into the DCE/RPC fragments the
                          truth's notes say ("[N request, M response fragments]",
                          else one each) and decoded once, in the frame of its
                          last fragment; on a connection noted "[pieces: client
                          C, server S]" no TCP segment is longer than that
    stats CAPTURE TRUTH   -z dhcpm,failover: counts, errors, response times and
                          the failover inventory, recomputed from the truth
    recipes README CAPTURES TRUTH [DOC...]
                          the batch recipes (CSV, Elasticsearch bulk, parallel
                          runs) marked in README and the DOCs, run as written
                          in a copy of CAPTURES, give the truth's values
    fielddoc README TOOL [write]
                          README's field table is what the plugin registers
                          (with "write": rewrite it)
    expertdoc DOC TOOL SOURCES [write]
                          docs/conformance.md's rule table is what the plugin
                          registers, severities from SOURCES (with "write":
                          rewrite it)
    truth --decode-as-driver PLUGIN CAPTURE TRUTH
                          the truth test with the Decode As binding of the truth file
                          applied by a test plugin, as the GUI dialog applies it
    undecoded CAPTURE TRUTH --require FIELD [--allow FIELD]
                          every PDU of the truth is there and carries FIELD, but no
                          dhcpm value of the truth except the --allow ones (sealed
                          stubs without the key, captures without the bind)
    sources DIR           the C follows the dissector rules we hold to
    experts CAPTURE TRUTH [EXPECTED]
                          exactly the expected dhcpm.expert.* infos fire, frame by
                          frame: those of the truth's "experts", or of EXPECTED
                          for a capture whose truth predates them; none elsewhere
    expert_summary CAPTURE TRUTH
                          tshark -q -z expert counts each rule as often as the
                          truth expects it
    ndr_details CAPTURE   the ndr_details preference: off (the default) the tree
                          holds no referent ID, count or discriminant of a
                          conforming capture, on it holds them; every other
                          dhcpm value is the same either way; a filter or -e
                          on an NDR field finds it with the preference off
    recipe DOC CONFORMING CAPTURE...
                          the one-line conformance check of DOC (docs/conformance.md),
                          run as written on a folder: exit 0 and silent for the
                          conforming capture alone, exit 1 naming exactly the
                          others beside it

--pref NAME:VALUE (repeatable) becomes -o NAME:VALUE on every tshark run that
reads a capture, for instance ntlmssp.nt_password:PASSWORD; --pref-file
NAME:PATH does the same for a file (kerberos.file:KEYTAB), copied first.  A truth file may
also list "expect": display filters with the number of frames each must match.

tshark ignores personal plugin folders when run as root (Wireshark 4.0), so
as root each run is made as user nobody, with HOME in a private folder that
holds the plugin.  --read-option OPT (repeatable) is added to every tshark
run that reads a capture, e.g. --read-option=-2 for two-pass dissection.
Standard library only.
"""

import argparse
import collections
import csv
import importlib.util
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


def finish():
    """The exit status of a test script: 1 after any failure."""
    if FAILURES:
        print('%d failure(s)' % len(FAILURES))
        return 1
    print('ok')
    return 0


# ---- running tshark with the plugin ---------------------------------------

class Tshark:
    def __init__(self, plugin, abi, read_options=(), extra_plugins=()):
        self.read_options = list(read_options)
        self.home = tempfile.mkdtemp(prefix='dhcpm-test-')
        os.chmod(self.home, 0o755)
        pdir = os.path.join(self.home, '.local', 'lib', 'wireshark', 'plugins', abi, 'epan')
        os.makedirs(pdir)
        for p in (plugin,) + tuple(extra_plugins):
            shutil.copy(p, pdir)
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

    def run(self, args, check=True, extra_env=None, program=('tshark',)):
        """Runs tshark (or program) with args, as the user the plugin is
        installed for; a tshark run that reads a capture gets read_options."""
        cmd = list(program) + args
        if program == ('tshark',) and '-r' in args:
            cmd += self.read_options
        if os.geteuid() == 0:
            cmd = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY, '--clear-groups'] + cmd
        env = dict(os.environ, HOME=self.home, LC_ALL='C.UTF-8',
                   WIRESHARK_PLUGIN_DIR=self.global_plugins)
        env.pop('XDG_CONFIG_HOME', None)
        env.update(extra_env or {})
        p = subprocess.run(cmd, env=env, cwd=self.home, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=300)
        out, err = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
        if check and p.returncode != 0:
            raise RuntimeError('tshark %s failed (%d): %s' % (' '.join(args), p.returncode, err))
        return p.returncode, out, err

    def run_sh(self, script, cwd):
        """A shell script run like tshark: same user, same HOME."""
        cmd = ['sh', '-e', '-c', script]
        if os.geteuid() == 0:
            cmd = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY, '--clear-groups'] + cmd
        env = dict(os.environ, HOME=self.home, LC_ALL='C.UTF-8',
                   WIRESHARK_PLUGIN_DIR=self.global_plugins)
        env.pop('XDG_CONFIG_HOME', None)
        p = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=300)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')

    def check_loaded(self):
        _, out, err = self.run(['-G', 'plugins'])
        if 'dhcpm.so' not in out or self.home not in out:
            raise RuntimeError('tshark did not load the plugin from %s:\n%s%s' % (self.home, out, err))
        if err.strip():
            fail('tshark printed warnings at start-up: %s' % err.strip())


# ---- value normalisation ---------------------------------------------------

TIME_RE = re.compile(r'^(\w{3}) +(\d+), (\d+) (\d\d):(\d\d):(\d\d)\.(\d{9}) UTC$')
# tshark 4.6 writes absolute times in -T json as ISO 8601.
ISO_TIME_RE = re.compile(r'^(\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{9})Z$')
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
    m = TIME_RE.match(text)
    if m:
        mon, day, year, hh, mm, ss, ns = m.groups()
        month = MONTHS.index(mon) + 1
    else:
        year, month, day, hh, mm, ss, ns = ISO_TIME_RE.match(text).groups()
        month = int(month)
    secs = (days_from_civil(int(year), month, int(day)) * 86400 +
            int(hh) * 3600 + int(mm) * 60 + int(ss))
    if field in FILETIME_FIELDS:
        return (secs - days_from_civil(1601, 1, 1) * 86400) * 10000000 + int(ns) // 100
    return secs


def normalise(field, value):
    """tshark's text of a value in the truth's form."""
    if isinstance(value, str) and (TIME_RE.match(value) or ISO_TIME_RE.match(value)):
        return time_value(field, value)
    if value in ('True', 'False'):      # tshark 4.4 and later name booleans
        return int(value == 'True')
    if value == '<MISSING>':            # an empty byte array
        return ''
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

# tshark 4.0 names the Info column _ws.col.Info, 4.4 and later _ws.col.info;
# each ignores the other's name.
META = ['frame.number', 'tcp.stream', 'dcerpc.cn_call_id', 'dcerpc.pkt_type', '_ws.malformed',
        '_ws.col.Info', '_ws.col.info', 'dcerpc.cn_status']


# How tshark is asked for the decoded values (--output): "fields", all of
# them as -e of one run (-T json); "single", a few fields a run, the others
# unasked, which is what the plugin's lazy decoding must get right; "tree",
# the whole tree (-T json without -e: every value computed, as -V and the
# GUI do).
OUTPUT = 'fields'
SINGLE_RUNS = 40
CALL_FILTER = 'dcerpc.pkt_type == 0 || dcerpc.pkt_type == 2 || dcerpc.pkt_type == 3'


def tree_values(node, out):
    """The values of a -T json tree by field name, in tree order (with
    --no-duplicate-keys a repeated field is a list)."""
    for k, v in node.items():
        if isinstance(v, dict):
            tree_values(v, out)
            continue
        for item in v if isinstance(v, list) else [v]:
            if isinstance(item, dict):
                tree_values(item, out)
            elif not k.endswith('_tree'):
                out.setdefault(k, []).append(item)
    return out


def frames_by_call(ts, capture, fields):
    if OUTPUT == 'tree':
        _, out, _ = ts.run(['-r', capture, '-Y', CALL_FILTER, '-T', 'json', '--no-duplicate-keys'])
        runs = [[tree_values(pkt['_source']['layers'], {}) for pkt in json.loads(out)]]
        _, g, _ = ts.run(['-G', 'fields'])
        byte_fields = {c[2] for c in (l.split('\t') for l in g.splitlines())
                       if len(c) > 3 and c[0] == 'F' and c[3] == 'FT_BYTES'}
        for layers in runs[0]:
            # the tree writes bytes as -e does not: 00:15:5d
            for f in byte_fields & set(layers):
                layers[f] = [v.replace(':', '') for v in layers[f]]
            # the text of the Info column is not in the tree
            layers.pop('_ws.col.Info', None)
        _, out, _ = ts.run(['-r', capture, '-Y', CALL_FILTER, '-T', 'fields', '-e', 'frame.number',
                            '-e', '_ws.col.Info', '-e', '_ws.col.info'])
        info = dict(l.split('\t', 1) for l in out.splitlines())
        for layers in runs[0]:
            text = info.get(layers['frame.number'][0], '').strip('\t')
            layers['_ws.col.Info'] = [text] if text else []
    elif OUTPUT == 'single':
        # Each run asks for a few fields only: one run per field would be
        # the purest, but takes minutes; the fields of a run are far apart
        # in name order, so they belong to different structures.
        names = sorted(fields)
        n_runs = min(len(names), SINGLE_RUNS)
        runs = []
        for k in range(n_runs + 1):
            group = names[k - 1::n_runs] if k else []
            args = ['-r', capture, '-Y', CALL_FILTER, '-T', 'json']
            for m in META + group:
                args += ['-e', m]
            _, out, _ = ts.run(args)
            runs.append([pkt['_source']['layers'] for pkt in json.loads(out)])
    else:
        args = ['-r', capture, '-Y', CALL_FILTER, '-T', 'json']
        for f in META + sorted(fields):
            args += ['-e', f]
        _, out, _ = ts.run(args)
        runs = [[pkt['_source']['layers'] for pkt in json.loads(out)]]
    calls = {}
    for run in runs:
        for layers in run:
            if '_ws.col.info' in layers:
                layers['_ws.col.Info'] = layers.pop('_ws.col.info')
            key = (int(layers['tcp.stream'][0]), int(layers['dcerpc.cn_call_id'][0]))
            kind = {'0': 'request', '2': 'response', '3': 'fault'}[layers['dcerpc.pkt_type'][0]]
            calls.setdefault(key, {}).setdefault(kind, {}).update(layers)
    return calls


def key_lines():
    """The fields that say what a call is about (idl/dhcpm.cnf KEY lines),
    in order: (filter, style, label, read in requests only)."""
    cnf = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'idl', 'dhcpm.cnf')
    keys = []
    with open(cnf, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^KEY\s+(\S+)\s+(\S+)\s+(\S+)(\s+request)?', line)
            if m:
                keys.append((m.group(1), m.group(2), m.group(3), bool(m.group(4))))
    return keys


KEYS = key_lines()
KEY_FIELDS = [k[0] for k in KEYS if not k[3]]


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def idl_methods():
    """{method name: (interface, opnum)}, from idl/dhcpm.idl."""
    methods, iface = {}, None
    with open(os.path.join(ROOT, 'idl', 'dhcpm.idl'), encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^interface (\w+)', line)
            if m:
                iface = m.group(1)
            m = re.match(r'^\s*/\*\s*(\d+)\s*\*/\s*DWORD\s+(R_\w+)', line)
            if m:
                methods[m.group(2)] = (iface, int(m.group(1)))
    return methods


def idlgen_module(name):
    """One of the generator's own readers (tools/idlgen/NAME.py)."""
    spec = importlib.util.spec_from_file_location(
        name, os.path.join(ROOT, 'tools', 'idlgen', name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


IDL_METHODS = idl_methods()


def method_names():
    """{(interface, opnum): the name the reports use}: the method's name
    without R_DhcpV4Failover or R_Dhcp, with "dhcpsrv." before the methods
    of dhcpsrv."""
    return {(iface, opnum): ('dhcpsrv.' if iface == 'dhcpsrv' else '') +
            re.sub(r'^R_Dhcp(V4Failover)?', '', name)
            for name, (iface, opnum) in IDL_METHODS.items()}


METHOD_NAMES = method_names()


def change_methods():
    """{(interface, opnum)} of the methods that change a server (the cnf's
    CHANGE lines, read by the generator's own reader)."""
    with open(os.path.join(ROOT, 'idl', 'dhcpm.cnf'), encoding='utf-8') as f:
        cnf = idlgen_module('cnf').parse_cnf(f.read())
    return {where for name, where in IDL_METHODS.items() if cnf.is_change(name)}


CHANGE_METHODS = change_methods()


def listed_codes():
    """{(interface, opnum): set of the codes the method's page lists} (the
    generator's reader of idl/dhcpm-return-codes.tsv); methods whose page
    lists none are left out."""
    with open(os.path.join(ROOT, 'idl', 'dhcpm-return-codes.tsv'), encoding='utf-8') as f:
        codes = idlgen_module('codes').parse_codes(f.read(), set(IDL_METHODS))
    return {IDL_METHODS[m]: {v for v, _, _ in rows} for m, rows in codes.items()}


LISTED_CODES = listed_codes()
ERROR_MORE_DATA, ERROR_NO_MORE_ITEMS = 0xEA, 0x103


def is_success(key, code):
    """ERROR_SUCCESS, ERROR_MORE_DATA, or ERROR_NO_MORE_ITEMS where the
    method's page lists it instead of ERROR_SUCCESS."""
    listed = LISTED_CODES.get(key, set())
    return code in (0, ERROR_MORE_DATA) or (code == ERROR_NO_MORE_ITEMS and listed and 0 not in listed)
MAX_KEYS = 8            # dhcpm-call.c DHCPM_MAX_KEYS


def request_keys(call):
    """What the dissector repeats in a response: fields.md, 'generated fields'."""
    return {f: [v] for f, v in pdu_keys(call.get('request') or {}, True)}


def pdu_keys(values, is_request):
    """[(filter, value)]: the KEY values a PDU notes, in KEY order: the
    first value of each, at most MAX_KEYS."""
    out = []
    for f, style, label, request_only in KEYS:
        if values.get(f) and (is_request or not request_only) and len(out) < MAX_KEYS:
            out.append((f, values[f][0]))
    return out


def test_truth(ts, capture, truth_path):
    truth = json.load(open(truth_path, encoding='utf-8'))
    # truths made by truth_walk say which times are FILETIMEs
    FILETIME_FIELDS.update(f for f, form in truth.get('time_fields', {}).items()
                           if form == 'filetime')
    fields = set()
    for c in truth['calls']:
        for d in ('request', 'response'):
            fields.update(c.get(d, {}) or {})
    staged = ts.stage(capture)
    calls = frames_by_call(ts, staged, fields)
    checked = short_undecrypted = 0
    for c in truth['calls']:
        key = (c['tcp_stream_hint'], c['call_id'])
        where = 'stream %d call %d opnum %d' % (key[0], key[1], c['opnum'])
        got = calls.get(key)
        if not got or 'request' not in got:
            fail('%s: request not found' % where)
            continue
        broken = c.get('malformed', 'none')
        request_undecrypted = False
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
            if d == 'response' and not request_undecrypted:
                for f, v in request_keys(c).items():
                    want[f] = v + want.get(f, [])
            is_malformed = bool(layers.get('_ws.malformed'))
            if d in c.get('short_sealed', ()) and is_malformed:
                # Wireshark 4.0 throws on a sealed part (stub and padding) under
                # 16 bytes before any subdissector runs: nothing of ours may show
                for f in fields - {'dhcpm.opnum'}:
                    if layers.get(f):
                        fail('%s: undecryptable short stub shows %s' % (frame, f))
                short_undecrypted += 1
                request_undecrypted = d == 'request'
                continue
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
    check_expect(ts, staged, truth)
    print('truth %s: %d calls, %d PDUs compared%s' % (
        os.path.basename(capture), len(truth['calls']), checked,
        ', %d short sealed stubs not decrypted by this Wireshark' % short_undecrypted
        if short_undecrypted else ''))


def check_expect(ts, staged, truth):
    """The capture-level facts of the truth: how many frames match a filter."""
    for e in truth.get('expect', []):
        _, out, _ = ts.run(['-r', staged, '-Y', e['filter'], '-T', 'fields', '-e', 'frame.number'])
        n = len(out.split())
        if n != e['frames']:
            fail('%d frames match %r, expected %d (%s)' % (n, e['filter'], e['frames'], e['why']))


def test_undecoded(ts, capture, truth_path, require, allow):
    """Without the key (or the bind) the PDUs are there, but none of our values."""
    truth = json.load(open(truth_path, encoding='utf-8'))
    fields = set(require)
    for c in truth['calls']:
        for d in ('request', 'response'):
            fields.update(c.get(d, {}) or {})
    staged = ts.stage(capture)
    calls = frames_by_call(ts, staged, fields)
    n = 0
    for c in truth['calls']:
        where = 'stream %d call %d opnum %d' % (c['tcp_stream_hint'], c['call_id'], c['opnum'])
        got = calls.get((c['tcp_stream_hint'], c['call_id']), {})
        for d in ('request', 'response'):
            layers = got.get(d)
            if layers is None:
                fail('%s: %s not found' % (where, d))
                continue
            for f in require:
                if not layers.get(f):
                    fail('%s (frame %s, %s): no %s' % (where, layers['frame.number'][0], d, f))
            for f in sorted(fields - set(require) - set(allow)):
                if layers.get(f):
                    fail('%s (frame %s, %s): %s shows %r' % (where, layers['frame.number'][0], d,
                                                             f, layers[f]))
            n += 1
    check_expect(ts, staged, truth)
    print('undecoded %s: %d PDUs carry %s and none of %d dhcpm fields' % (
        os.path.basename(capture), n, ', '.join(require), len(fields - set(require) - set(allow))))


TYPE_NAMES = {
    'uint8': 'FT_UINT8', 'uint16': 'FT_UINT16', 'uint32': 'FT_UINT32', 'string': 'FT_STRING',
    'IPv4': 'FT_IPv4', 'bytes': 'FT_BYTES', 'absolute time': 'FT_ABSOLUTE_TIME',
    'boolean': 'FT_BOOLEAN', 'IPv6': 'FT_IPv6', 'uint64': 'FT_UINT64', 'ether': 'FT_ETHER',
    'none': 'FT_NONE',
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


def test_info_keys(ts, capture, truth_path):
    """The Info column of every call: method, direction, the KEY values of
    the request (and of the response), the return code by name.  Failover
    methods add what came back before the code; only the rest is compared
    for them.  A value's name is any of those its field's forms give (the
    option names of DHCPv4 and DHCPv6 share dhcpm.option_id)."""
    truth = json.load(open(truth_path, encoding='utf-8'))
    calls = frames_by_call(ts, ts.stage(capture), set())
    _, vals, _ = ts.run(['-G', 'values'])
    names = {}
    for line in vals.splitlines():
        cols = line.split('\t')
        if cols[0] == 'V' and cols[1].startswith('dhcpm.') and len(cols) >= 4:
            names.setdefault(cols[1], {}).setdefault(int(cols[2]), set()).add(cols[3])
    styles = {k[0]: k for k in KEYS}
    _, fields, _ = ts.run(['-G', 'fields'])
    ftypes = {}
    for line in fields.splitlines():
        cols = line.split('\t')
        if cols[0] == 'F' and len(cols) > 3:
            ftypes.setdefault(cols[2], cols[3])

    def keys_re(pairs, quoted, skip=()):
        text, sep = '', ':'
        for f, v in pairs:
            _, style, label, _ = styles[f]
            if style == 'quoted':
                if quoted:
                    text += re.escape('%s "%s"' % (sep, v))
                    sep = ''
                continue
            if f in skip:
                continue
            if ftypes.get(f) == 'FT_STRING':
                v = re.escape('"%s"' % v)
            elif isinstance(v, int):
                known = names.get(f, {}).get(v)
                v = str(v) + (r' \((?:%s)\)' % '|'.join(map(re.escape, sorted(known))) if known else '')
            else:
                v = re.escape(str(v))
            label = re.escape(label)
            text += ', %s %s' % (label, v) if style == 'prefix' else ', %s %s' % (v, label)
        return text

    n = 0
    for c in truth['calls']:
        if c.get('malformed', 'none') != 'none':
            continue
        got = calls.get((c['tcp_stream_hint'], c['call_id']), {})
        short = re.escape(METHOD_NAMES[c['interface'], c['opnum']].split('.')[-1])
        failover = c['interface'] == 'dhcpsrv2' and c['opnum'] in FAILOVER_METHODS
        rest = '.*' if failover else ''
        req = pdu_keys(c['request'] or {}, True)
        want = short + ' request' + keys_re(req, True) + rest
        info = got.get('request', {}).get('_ws.col.Info', [''])[0]
        if not re.fullmatch(want, info):
            fail('%s: Info %r, expected /%s/' % (where_of(c), info, want))
        if 'response' in c and c['response'] is not None:
            own = pdu_keys(c['response'], False)
            code = c['response']['dhcpm.werror'][0]
            status = re.escape(', ' + min(names['dhcpm.werror'].get(code, {'0x%08x' % code})))
            want = short + ' response' + keys_re(req, False) + \
                keys_re(own, True, skip={f for f, _ in req}) + rest + status
            info = got.get('response', {}).get('_ws.col.Info', [''])[0]
            if not re.fullmatch(want, info):
                fail('%s: Info %r, expected /%s/' % (where_of(c), info, want))
        n += 1
    print('info keys: %d calls checked' % n)


def test_coverage(ts, *captures):
    """Every method of both interfaces is in the captures, decoded in both
    directions: each truth call's request and response carry their opnum,
    no dhcpm PDU is malformed, and every (interface, opnum) of the IDL has a
    call whose response succeeded and one that failed, where its page lists
    a success and a failure."""
    seen = {}
    for capture in captures:
        truth = json.load(open(capture[:-len('.pcapng')] + '.truth.json', encoding='utf-8'))
        staged = ts.stage(capture)
        _, out, _ = ts.run(['-r', staged, '-Y', 'dhcpm', '-T', 'fields', '-e', 'dhcpm.interface',
                            '-e', 'dhcpm.opnum', '-e', 'dcerpc.pkt_type', '-e', '_ws.malformed'])
        decoded = collections.Counter()
        for line in out.splitlines():
            iface, op, kind, bad = (line.split('\t') + [''] * 4)[:4]
            kind = kind.split(',')[-1]          # the fragment that completes the PDU
            if bad:
                fail('%s: a %s of %s opnum %s is malformed' % (capture, kind, iface, op))
            decoded[iface, int(op), kind] += 1
        for c in truth['calls']:
            key = (c['interface'], c['opnum'])
            codes = seen.setdefault(key, set())
            if c.get('response'):
                codes.add(is_success(key, c['response']['dhcpm.werror'][0]))
        for c in truth['calls']:
            for kind in ('0', '2'):
                if not decoded[c['interface'], c['opnum'], kind]:
                    fail('%s: %s opnum %d: no decoded %s' % (
                        capture, c['interface'], c['opnum'], 'request' if kind == '0' else 'response'))
    missing = sorted(k for k in METHOD_NAMES if k not in seen)
    if missing:
        fail('methods in no capture: %s' % missing)
    def possible(key):
        listed = LISTED_CODES.get(key)
        if not listed:
            return {True, False}
        return {is_success(key, c) for c in listed}
    one_way = sorted(k for k, v in seen.items() if v != possible(k))
    if one_way:
        fail('methods without both a success and a failure: %s' % one_way)
    print('coverage: %d methods of %d in %d captures' % (len(seen), len(METHOD_NAMES), len(captures)))


def test_no_ndr_experts(ts, *captures):
    """Conforming encoders' traffic: no NDR expert (a count beyond the data,
    an unknown union arm, an enum value its type lacks...) fires."""
    for capture in captures:
        _, out, _ = ts.run(['-r', ts.stage(capture), '-Y', 'dhcpm', '-T', 'fields', '-e', 'frame.number',
                            '-e', '_ws.expert.message'])
        for line in out.splitlines():
            frame, msg = (line.split('\t') + [''])[:2]
            if msg and re.search(r'NDR|needs more than|selects no arm|not a value of its type|'
                                 r'outside its range|after the last parameter', msg):
                fail('%s frame %s: %s' % (capture, frame, msg))
    print('no NDR experts in %d captures' % len(captures))


def where_of(c):
    return 'stream %d call %d %s opnum %d' % (c['tcp_stream_hint'], c['call_id'], c['interface'],
                                              c['opnum'])


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
# ---- -z dhcpm,failover ---------------------------------------------------------

FAILOVER_METHODS = {89: 'CreateRelationship', 90: 'SetRelationship', 91: 'DeleteRelationship',
                    92: 'GetRelationship', 93: 'EnumRelationship', 94: 'AddScopeToRelationship',
                    95: 'DeleteScopeFromRelationship', 96: 'GetScopeRelationship',
                    97: 'GetScopeStatistics', 98: 'GetClientInfo', 99: 'GetSystemTime',
                    100: 'TriggerAddrAllocation', 125: 'GetAddressStatus'}
SERVER_TYPE = {0: 'PrimaryServer', 1: 'SecondaryServer'}
INVENTORY_CHANGES = {89, 90, 91, 94, 95}      # requests applied when their response succeeds
REL_FIELDS = ('primary_server', 'secondary_server', 'mode', 'server_type', 'state', 'prev_state',
              'percentage', 'name', 'primary_server_name', 'secondary_server_name')


def quote_name(s):
    """The report's quoting of a name from the wire (control characters escaped)."""
    out = []
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02x' % ord(ch))
        elif 0x80 <= ord(ch) <= 0x9f:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def ip_int(text):
    a, b, c, d = (int(x) for x in text.split('.'))
    return (a << 24) | (b << 16) | (c << 8) | d


def ip_text(v):
    return '%d.%d.%d.%d' % (v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255)


def rel_groups(node, out):
    """The DHCP_FAILOVER_RELATIONSHIP structures in a tshark JSON tree, each
    as {member: [values]} in wire order."""
    if isinstance(node, list):
        for n in node:
            rel_groups(n, out)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k == 'dhcpm.relationship':
                for g in (v if isinstance(v, list) else [v]):
                    vals = {}
                    leaves(g, vals)
                    out.append(vals)
            else:
                rel_groups(v, out)


def leaves(node, vals):
    if isinstance(node, list):
        for n in node:
            leaves(n, vals)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k.startswith('dhcpm.relationship.') and not isinstance(v, dict):
                for x in (v if isinstance(v, list) else [v]):
                    vals.setdefault(k, []).append(x)
            elif k.startswith('dhcpm.relationship.scopes'):
                vals.setdefault('dhcpm.relationship.scope', [])
                leaves(v, vals)
            else:
                leaves(v, vals)


def rel_from_fields(fields):
    """A relationship of the truth: {member: value}, scopes None when pScopes is NULL."""
    r = {}
    for m in REL_FIELDS:
        v = fields.get('dhcpm.relationship.' + m)
        if v:
            r[m] = v[0]
    r['scopes'] = None
    if 'dhcpm.relationship.scope_count' in fields:
        r['scopes'] = [ip_int(x) for x in fields.get('dhcpm.relationship.scope', [])]
    for m in ('primary_server', 'secondary_server'):
        if m in r:
            r[m] = ip_int(r[m])
    for m in ('mode', 'server_type', 'state', 'prev_state', 'percentage'):
        if m in r:
            r[m] = int(r[m])
    return r


class Inventory:
    """The rules of README "Batch analysis", applied to the truth."""

    def __init__(self):
        self.rels, self.owner, self.pending = {}, {}, {}

    def entry(self, name):
        return self.rels.setdefault(name, {'name': name, 'seen': False, 'deleted': False,
                                           'scopes': set(), 'deleted_frame': None,
                                           'state_frame': None})

    def scope_add(self, e, s):
        old = self.owner.get(s)
        if old is not None and old is not e:
            old['scopes'].discard(s)
        self.owner[s] = e
        e['scopes'].add(s)

    def scope_remove(self, e, s):
        if self.owner.get(s) is e:
            del self.owner[s]
        e['scopes'].discard(s)

    def copy(self, e, r, members):
        for m in members:
            if m in r:
                e[m] = r[m]
        for m in ('primary_server_name', 'secondary_server_name'):
            if m in r:
                e[m] = r[m]

    def replace_scopes(self, e, scopes):
        for s in list(e['scopes']):
            if s not in scopes:
                self.scope_remove(e, s)
        for s in scopes:
            self.scope_add(e, s)

    def reported(self, r, frame):
        e = self.entry(r['name'])
        e['seen'], e['deleted'] = True, False
        self.copy(e, r, ('primary_server', 'secondary_server', 'mode', 'server_type',
                         'percentage', 'state'))
        if 'state' in r:
            e['state_frame'] = frame
        if r['scopes'] is not None:
            self.replace_scopes(e, r['scopes'])

    def request(self, name, frame, opnum, flags, r):
        self.entry(name)
        self.pending[name] = (frame, opnum, flags, r)

    def applied(self, name, req_frame, frame):
        p = self.pending.get(name)
        if not p or p[0] != req_frame:
            return
        del self.pending[name]
        _, opnum, flags, r = p
        e = self.entry(name)
        e['seen'] = True
        if opnum == 89:
            # a new relationship, even under an old name
            for m in REL_FIELDS:
                if m != 'name':
                    e.pop(m, None)
            e['deleted'], e['state_frame'] = False, None
            self.copy(e, r, ('primary_server', 'secondary_server', 'mode', 'server_type',
                             'percentage'))
            if r['scopes'] is not None:
                self.replace_scopes(e, r['scopes'])
        elif opnum == 90:
            members = [m for bit, m in ((0x10, 'mode'), (0x08, 'percentage'), (0x04, 'state'))
                       if flags & bit]
            self.copy(e, {m: r[m] for m in members if m in r}, members)
            if flags & 0x04 and 'state' in r:
                e['state_frame'] = frame
        elif opnum == 91:
            e['deleted'], e['deleted_frame'] = True, frame
            for s in list(e['scopes']):
                self.scope_remove(e, s)
        elif opnum == 94:
            for s in r['scopes'] or []:
                self.scope_add(e, s)
        elif opnum == 95:
            for s in r['scopes'] or []:
                self.scope_remove(e, s)

    def render(self, e):
        """The report's block for one relationship."""
        def partner(label, ip, name):
            line = '    %-11s %s' % (label, ip_text(e[ip]) if ip in e else '?')
            return line + (' ' + quote_name(e[name]) if name in e else '')
        pct = str(e['percentage']) if 'percentage' in e else '?'
        lines = [quote_name(e['name']),
                 partner('primary:', 'primary_server', 'primary_server_name'),
                 partner('secondary:', 'secondary_server', 'secondary_server_name')]
        if 'mode' not in e:
            lines.append('    %-11s ?, percentage %s' % ('mode:', pct))
        elif e['mode'] == 1:
            lines.append('    %-11s HotStandby, server type %s, percentage %s' % (
                'mode:', SERVER_TYPE.get(e.get('server_type'), e.get('server_type', '?')), pct))
        else:
            lines.append('    %-11s %s, percentage %s' % ('mode:', MODE.get(e['mode'], e['mode']), pct))
        state = ''
        if e['deleted']:
            state = 'deleted (frame %d)' % e['deleted_frame'] + (', last ' if 'state' in e else '')
        if 'state' in e:
            name = STATE[e['state']] if e['state'] < len(STATE) else str(e['state'])
            state += '%s (frame %d)' % (name, e['state_frame'])
        elif not e['deleted']:
            state = '?'
        lines.append('    %-11s %s' % ('state:', state))
        scopes = sorted(e['scopes'])
        if not scopes:
            lines.append('    scopes(0):')
        else:
            label = '    %-11s' % ('scopes(%d):' % len(scopes))
            for i in range(0, len(scopes), 8):
                lines.append((label if i == 0 else '    %-11s' % '') +
                             ''.join(' ' + ip_text(s) for s in scopes[i:i + 8]))
        return lines


def parse_failover_report(out):
    lines = out.splitlines()
    i = lines.index('MS-DHCPM failover statistics')
    methods, errors, blocks, scopes = {}, {}, {}, {}
    section, current = 'head', None
    for line in lines[i + 1:]:
        if line.startswith('----') or line.startswith('===='):
            continue
        if line.startswith('Method '):
            section = 'methods'
        elif line.startswith('Failover relationships: '):
            section, count_rels = 'rels', int(line.split(': ')[1])
        elif line.startswith('Scopes in relationships: '):
            section, count_scopes = 'scopes', int(line.split(': ')[1])
        elif section == 'methods':
            m = re.match(r'^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)$', line)
            e = re.match(r'^    (\S+) \((0x[0-9a-f]{8})\)\s+(\d+)$', line)
            if m:
                current = m.group(1)
                methods[current] = [int(m.group(k)) for k in (2, 3, 4)] + [m.group(k) for k in (5, 6, 7)]
                errors[current] = {}
            elif e:
                errors[current][int(e.group(2), 16)] = (e.group(1), int(e.group(3)))
            else:
                fail('unexpected line in the method table: %r' % line)
        elif section == 'rels':
            if line.startswith('"'):
                current = line
                blocks[current] = [line]
            else:
                blocks[current].append(line)
        elif section == 'scopes':
            m = re.match(r'^    (\S+) +(".*")$', line)
            if not m:
                fail('unexpected line in the scope table: %r' % line)
            else:
                scopes[ip_int(m.group(1))] = m.group(2)
    if len(blocks) != count_rels or len(scopes) != count_scopes:
        fail('report counts: %d relationships listed, header says %d; %d scopes, header says %d' % (
            len(blocks), count_rels, len(scopes), count_scopes))
    return methods, errors, blocks, scopes


def test_stats(ts, capture, truth_path):
    truth = json.load(open(truth_path, encoding='utf-8'))
    cap = ts.stage(capture)
    _, out, err = ts.run(['-q', '-r', cap, '-z', 'dhcpm,failover'])
    methods, errors, blocks, scopes = parse_failover_report(out)

    # Calls, responses and errors by name, from the truth.
    want_methods, want_errors = {}, {}
    for c in truth['calls']:
        name = METHOD_NAMES[c['interface'], c['opnum']]
        row = want_methods.setdefault(name, [0, 0, 0])
        want_errors.setdefault(name, {})
        row[0] += 1
        if 'fault' in c or c.get('response') is None:
            continue
        row[1] += 1
        code = c['response'].get('dhcpm.werror', [0])[0]    # a truncated response has none
        if code:
            row[2] += 1
            n = want_errors[name].get(code, (STATUS.get(code, '?'), 0))[1]
            want_errors[name][code] = (STATUS.get(code, '?'), n + 1)
    if set(methods) != set(want_methods):
        fail('methods listed %s, expected %s' % (sorted(methods), sorted(want_methods)))
    for name, row in want_methods.items():
        got = methods.get(name)
        if got and got[:3] != row:
            fail('%s: calls/responses/errors %s, expected %s' % (name, got[:3], row))
        if errors.get(name, {}) != want_errors[name]:
            fail('%s: errors %s, expected %s' % (name, errors.get(name), want_errors[name]))

    # Response times: DCE/RPC's own "time from request" of each response.
    _, rt_out, _ = ts.run(['-r', cap, '-Y', 'dhcpm && dcerpc.pkt_type == 2', '-T', 'fields',
                           '-e', 'dcerpc.cn_bind_to_uuid', '-e', 'dhcpm.opnum', '-e', 'dcerpc.time',
                           '-e', 'dhcpm.interface'])
    times = {}
    for line in rt_out.splitlines():
        _, op, t, iface = (line.split('\t') + [''] * 4)[:4]
        times.setdefault(METHOD_NAMES[iface or 'dhcpsrv2', int(op)], []).append(float(t))
    for name, ts_ in times.items():
        want = (min(ts_), max(ts_), sum(ts_) / len(ts_))
        got = methods.get(name, [0] * 6)[3:]
        if any(abs(float(g) - w) > 1.5e-6 for g, w in zip(got, want)):
            fail('%s: response times %s, expected %s' % (name, got, ['%.6f' % w for w in want]))

    # The inventory: the truth's values, in capture order, through the README rules.
    calls = frames_by_call(ts, cap, set())
    _, tree_out, _ = ts.run(['-r', cap, '-Y', 'dhcpm.opnum >= 92 && dhcpm.opnum <= 96 && dcerpc.pkt_type == 2',
                             '-T', 'json', '--no-duplicate-keys', '-J', 'frame dhcpm'])
    groups_by_frame = {}
    for pkt in json.loads(tree_out):
        layers = pkt['_source']['layers']
        g = []
        rel_groups(layers.get('dhcpm', {}), g)
        groups_by_frame[int(layers['frame']['frame.number'])] = g
    events = []
    for c in truth['calls']:
        if c['interface'] != 'dhcpsrv2' or c['opnum'] not in FAILOVER_METHODS or 'fault' in c:
            continue
        got = calls.get((c['tcp_stream_hint'], c['call_id']), {})
        req_frame = int(got['request']['frame.number'][0])
        events.append((req_frame, 'request', c, req_frame))
        events.append((int(got['response']['frame.number'][0]), 'response', c, req_frame))
    inv = Inventory()
    for frame, kind, c, req_frame in sorted(events, key=lambda e: e[0]):
        req = c['request']
        name = req.get('dhcpm.relationship.name', [None])[0]
        if c.get('malformed', 'none') == kind:
            continue        # counted in the method table, nothing for the inventory
        if kind == 'request':
            if c['opnum'] in INVENTORY_CHANGES and name is not None:
                inv.request(name, frame, c['opnum'], req.get('dhcpm.set_flags', [0])[0],
                            rel_from_fields(req))
            continue
        resp = c['response']
        groups = groups_by_frame.get(frame, [])
        # The tree says which values belong together; the truth says what they are.
        for f in ('dhcpm.relationship.' + m for m in REL_FIELDS + ('scope',)):
            flat = [x for g in groups for x in g.get(f, [])]
            want = [str(x) for x in resp.get(f, [])]
            if flat != want:
                fail('frame %d: %s grouped as %r, truth %r' % (frame, f, flat, want))
        for g in groups:
            r = rel_from_fields(g)
            if 'name' in r:
                inv.reported(r, frame)
        if resp['dhcpm.werror'][0] != 0:
            continue
        if c['opnum'] == 96 and len(groups) == 1 and 'dhcpm.relationship.name' in groups[0]:
            inv.scope_add(inv.entry(groups[0]['dhcpm.relationship.name'][0]),
                          ip_int(req['dhcpm.scope_id'][0]))
        if c['opnum'] in INVENTORY_CHANGES and name is not None:
            inv.applied(name, req_frame, frame)
    want_blocks = {quote_name(e['name']): inv.render(e) for e in inv.rels.values() if e['seen']}
    for key in sorted(set(want_blocks) | set(blocks)):
        if blocks.get(key) != want_blocks.get(key):
            fail('relationship %s:\n  got      %r\n  expected %r' % (key, blocks.get(key), want_blocks.get(key)))
    want_scopes = {s: quote_name(e['name']) for s, e in inv.owner.items()}
    if scopes != want_scopes:
        diff = sorted(set(scopes.items()) ^ set(want_scopes.items()))
        fail('scope table differs: %s' % [(ip_text(s), n) for s, n in diff][:10])
    if err.strip():
        fail('tshark stderr: %s' % err.strip())
    print('stats: %d methods, %d relationships, %d scopes checked' % (
        len(want_methods), len(want_blocks), len(want_scopes)))


def test_fielddoc(ts, readme, tool, mode='check'):
    spec = importlib.util.spec_from_file_location('fielddoc', tool)
    fielddoc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fielddoc)
    _, out, _ = ts.run(['-G', 'fields'])
    _, values, _ = ts.run(['-G', 'values'])
    n = len(fielddoc.rows(out))
    if n == 0:
        fail('no dhcpm rows in tshark -G fields')
        return
    if mode == 'write':
        args = []
        for kind, text in (('fields', out), ('values', values)):
            path = os.path.join(ts.home, kind + '.txt')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            args += ['--' + kind, path]
        subprocess.run([sys.executable, tool] + args + [readme], check=True)
        print('fielddoc: %s rewritten, %d rows' % (readme, n))
        return
    diff = fielddoc.check(open(readme, encoding='utf-8').read(), out, values)
    if diff:
        fail('the field table differs from tshark -G fields (run ./dhcpm.sh fielddoc):\n' +
             '\n'.join(diff[:40]))
    print('fielddoc: %d rows compared' % n)


def test_expertdoc(ts, doc, tool, sources, mode='check'):
    spec = importlib.util.spec_from_file_location('expertdoc', tool)
    expertdoc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(expertdoc)
    _, out, _ = ts.run(['-G', 'fields'])
    n = len(expertdoc.registered(out))
    if n == 0:
        fail('no dhcpm expert infos in tshark -G fields')
        return
    if mode == 'write':
        expertdoc.rewrite(doc, out, [sources])
        print('expertdoc: %s rewritten, %d rules' % (doc, n))
        return
    diff = expertdoc.check(open(doc, encoding='utf-8').read(), out, [sources])
    if diff:
        fail('the rule table differs from what the plugin registers (run ./dhcpm.sh expertdoc):\n' +
             '\n'.join(diff[:40]))
        return
    print('expertdoc: %d rules compared' % n)


def readme_recipes(*docs):
    """{name: script} of the blocks marked <!-- recipe: name --> in the documents.

    A recipe is written once: the same name in two places is an error, so a
    copy that drifts from the tested one cannot hide behind it."""
    recipes = {}
    for doc in docs:
        text = open(doc, encoding='utf-8').read()
        for name, script in re.findall(r'<!-- recipe: (\w+) -->\n```sh\n(.*?)```', text, re.S):
            if name in recipes:
                fail('recipe %s is written twice (second time in %s)' % (name, doc))
            recipes[name] = script
    return recipes


def expected_by_frame(ts, cap, truth):
    """frame -> (opnum, relationship names, werror or None) of the decoded calls."""
    calls = frames_by_call(ts, cap, set())
    want = {}
    for c in truth['calls']:
        if c['interface'] != 'dhcpsrv2' or c['opnum'] not in FAILOVER_METHODS or 'fault' in c:
            continue
        got = calls[(c['tcp_stream_hint'], c['call_id'])]
        req, resp = c['request'], c['response']
        names = req.get('dhcpm.relationship.name', [])
        want[int(got['request']['frame.number'][0])] = (c['opnum'], names, None)
        want[int(got['response']['frame.number'][0])] = (
            c['opnum'], names[:1] + resp.get('dhcpm.relationship.name', []), resp['dhcpm.werror'][0])
    return want


def check_row(where, frame, want, opnum, names, werror):
    w = want.get(frame)
    if w is None:
        return
    got = (int(opnum), names, int(werror, 16) if werror else None)
    if got != w:
        fail('%s frame %d: opnum/names/werror %r, expected %r' % (where, frame, got, w))


def test_recipes(ts, readme, captures, truth_path, *docs):
    truth = json.load(open(truth_path, encoding='utf-8'))
    recipes = readme_recipes(readme, *docs)
    if sorted(recipes) != ['csv', 'ek', 'parallel']:
        fail('recipes in %s: %s, expected csv, ek, parallel'
             % (', '.join(os.path.basename(d) for d in (readme,) + docs), sorted(recipes)))
        return
    work = os.path.join(ts.home, 'recipes')
    os.makedirs(os.path.join(work, 'captures'))
    pcaps = sorted(f for f in os.listdir(captures) if f.endswith('.pcapng'))
    for f in pcaps:
        shutil.copy(os.path.join(captures, f), os.path.join(work, 'captures', f))
        os.chmod(os.path.join(work, 'captures', f), 0o644)
    os.chmod(work, 0o777)
    os.chmod(os.path.join(work, 'captures'), 0o777)
    cap = os.path.join(work, 'captures', 'failover-tcp.pcapng')
    want = expected_by_frame(ts, cap, truth)
    for name in ('csv', 'ek', 'parallel'):
        rc, _, err = ts.run_sh(recipes[name], work)
        if rc != 0 or err.strip():
            fail('recipe %s: exit %d, stderr %s' % (name, rc, err.strip()[-400:]))

    # csv: one row per dhcpm PDU, the truth's values in the decoded calls.
    with open(os.path.join(work, 'reports', 'failover.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    n_dhcpm = len(ts.run(['-r', cap, '-Y', 'dhcpm', '-T', 'fields', '-e', 'frame.number'])[1].split())
    if len(rows) != n_dhcpm:
        fail('recipe csv: %d rows, %d dhcpm PDUs' % (len(rows), n_dhcpm))
    seen = set()
    for r in rows:
        frame = int(r['frame.number'])
        names = r['dhcpm.relationship.name'].split(';') if r['dhcpm.relationship.name'] else []
        check_row('recipe csv', frame, want, r['dhcpm.opnum'], names, r['dhcpm.werror'])
        seen.add(frame)
    if not set(want) <= seen:
        fail('recipe csv: frames missing: %s' % sorted(set(want) - seen)[:10])

    # ek: bulk pairs, one document per PDU, the same values.
    lines = open(os.path.join(work, 'reports', 'failover.ndjson'), encoding='utf-8').read().splitlines()
    docs = 0
    for i in range(0, len(lines) - 1, 2):
        action, doc = json.loads(lines[i]), json.loads(lines[i + 1])
        if 'index' not in action or 'layers' not in doc:
            fail('recipe ek: line %d is not an action and document pair' % (i + 1))
            break
        layers = doc['layers']
        werror = layers.get('dhcpm_werror', [None])[0]
        check_row('recipe ek', int(layers['frame_number'][0]), want, layers['dhcpm_opnum'][0],
                  layers.get('dhcpm_relationship_name', []), werror)
        docs += 1
    if len(lines) % 2 or docs != n_dhcpm:
        fail('recipe ek: %d lines, %d documents, %d dhcpm PDUs' % (len(lines), docs, n_dhcpm))

    # parallel: each report is the one a serial run prints; all.csv holds every row.
    total = 0
    for f in pcaps:
        path = os.path.join(work, 'captures', f)
        base = os.path.join(work, 'reports', f[:-len('.pcapng')])
        serial = ts.run(['-q', '-r', path, '-z', 'dhcpm,failover'])[1]
        if not os.path.exists(base + '.failover.txt') or open(base + '.failover.txt', encoding='utf-8').read() != serial:
            fail('recipe parallel: %s.failover.txt differs from a serial run' % f)
        with open(base + '.frames.csv', encoding='utf-8', newline='') as fh:
            per_file = list(csv.reader(fh))
        frames = ts.run(['-r', path, '-Y', 'dhcpm', '-T', 'fields', '-e', 'frame.number'])[1].split()
        if [r[1] for r in per_file] != frames or any(r[0] != 'captures/' + f for r in per_file):
            fail('recipe parallel: %s.frames.csv does not list its %d dhcpm frames' % (f, len(frames)))
        total += len(per_file)
    with open(os.path.join(work, 'reports', 'all-captures.csv'), encoding='utf-8', newline='') as fh:
        all_rows = list(csv.reader(fh))
    if len(all_rows) != total or total == 0:
        fail('recipe parallel: all-captures.csv has %d rows, the captures %d' % (len(all_rows), total))
    print('recipes: csv %d rows, ek %d documents, parallel %d captures %d rows' % (
        len(rows), docs, len(pcaps), total))


EXPERT_PREFIX = 'dhcpm.expert.'
NO_RPC_HEADER = 'dhcpm.check_rpc_header:FALSE'
FAILOVER_OPNUMS = set(range(89, 101)) | {125}


def expert_names(node, acc, messages=None):
    """Every dhcpm.expert.* field below node (tshark -T json parsed into
    lists of pairs, so that repeated keys are all kept); messages, when
    given, gets each one's _ws.expert.message."""
    if isinstance(node, list):
        pairs = [i for i in node if isinstance(i, tuple) and len(i) == 2]
        text = [v for k, v in pairs if k == '_ws.expert.message']
        for k, v in pairs:
            if isinstance(k, str) and k.startswith(EXPERT_PREFIX):
                acc.append(k)
                if messages is not None and text:
                    messages.setdefault(k, []).append(text[0])
            expert_names(v, acc, messages)
        for item in node:
            if not (isinstance(item, tuple) and len(item) == 2):
                expert_names(item, acc, messages)
    return acc


def experts_by_frame(ts, capture, messages=None):
    """{frame: (tcp stream, call id, pkt type, [expert names])} for every frame."""
    _, out, _ = ts.run(['-r', capture, '-T', 'json'])
    frames = {}
    for pkt in json.loads(out, object_pairs_hook=lambda pairs: pairs):
        layers = dict(dict(dict(pkt)['_source'])['layers'])
        frame = int(dict(layers['frame'])['frame.number'])
        stream = call_id = ptype = None
        if 'tcp' in layers:
            stream = int(dict(layers['tcp'])['tcp.stream'])
        if 'dcerpc' in layers:
            d = dict(layers['dcerpc'])
            call_id, ptype = int(d['dcerpc.cn_call_id']), int(d['dcerpc.pkt_type'])
        frames[frame] = (stream, call_id, ptype,
                         sorted(expert_names(list(layers.items()), [], messages)))
    return frames


def expected_experts(truth, expected_path):
    """{(stream, call id, kind): sorted names} from the truth, or from the
    expectations file of a capture whose truth has no "experts"."""
    want = {}
    if expected_path:
        exp = json.load(open(expected_path, encoding='utf-8'))
        for c in truth['calls']:
            key = (c['tcp_stream_hint'], c['call_id'], 'request')
            if c['interface'] == 'dhcpsrv2' and c['opnum'] in FAILOVER_OPNUMS:
                want[key] = list(exp.get('failover_request', []))
            if (c['interface'], c['opnum']) in CHANGE_METHODS:
                want.setdefault(key, []).extend(exp.get('change_request', []))
        for e in exp['calls']:
            for kind in ('request', 'response', 'fault'):
                if kind in e:
                    want.setdefault((e['tcp_stream_hint'], e['call_id'], kind), []).extend(e[kind])
    else:
        for c in truth['calls']:
            for kind, names in c.get('experts', {}).items():
                want[(c['tcp_stream_hint'], c['call_id'], kind)] = list(names)
    return {k: sorted(v) for k, v in want.items()}


# The rules that read the DCE/RPC header (off with dhcpm.check_rpc_header).
RPC_HEADER_RULES = {EXPERT_PREFIX + r for r in ('unauthenticated_call', 'unauthenticated_change',
                                                'secret_not_sealed', 'failover_fault')}


def test_experts(ts, capture, truth_path, expected_path=None):
    truth = json.load(open(truth_path, encoding='utf-8'))
    want = expected_experts(truth, expected_path)
    if NO_RPC_HEADER in ts.read_options:
        want = {k: [n for n in v if n not in RPC_HEADER_RULES] for k, v in want.items()}
    frames = experts_by_frame(ts, ts.stage(capture))
    kinds = {0: 'request', 2: 'response', 3: 'fault'}
    seen, hits = set(), 0
    for frame, (stream, call_id, ptype, got) in sorted(frames.items()):
        key = (stream, call_id, kinds.get(ptype))
        expect = want.get(key, []) if key[2] else []
        if key in want:
            seen.add(key)
        if got != expect:
            fail('frame %d (stream %s call %s %s): experts %s, expected %s'
                 % (frame, stream, call_id, key[2], got, expect))
        hits += len(got)
    for key in sorted(set(want) - seen):
        if want[key]:
            fail('no frame for %s, which expects %s' % (key, want[key]))
    print('experts %s: %d frames, %d expert hits' % (os.path.basename(capture),
                                                               len(frames), hits))


def test_expert_filters(ts, capture):
    """An expert seen through a display filter alone (-Y NAME -T fields,
    where nothing else shows experts): the frames of each expert name are
    those the whole tree shows it in."""
    cap = ts.stage(capture)
    by_name = {}
    for frame, (_, _, _, names) in experts_by_frame(ts, cap).items():
        for n in names:
            by_name.setdefault(n, set()).add(frame)
    for name, frames in sorted(by_name.items()):
        _, out, _ = ts.run(['-r', cap, '-Y', name, '-T', 'fields', '-e', 'frame.number'])
        got = {int(x) for x in out.split()}
        if got != frames:
            fail('-Y %s: frames %s, the tree shows it in %s' % (name, sorted(got)[:10],
                                                                sorted(frames)[:10]))
    print('expert filters %s: %d names' % (os.path.basename(capture), len(by_name)))


def test_expert_summary(ts, capture, truth_path):
    """The conformance summary: tshark -q -z expert lists each rule (one row
    per summary, which names the rule) with the number of hits the truth
    expects."""
    truth = json.load(open(truth_path, encoding='utf-8'))
    cap = ts.stage(capture)
    messages = {}
    experts_by_frame(ts, cap, messages)
    # the summary of every hit, as the frames carry it
    want = {}
    for texts in messages.values():
        for t in texts:
            want[t] = want.get(t, 0) + 1
    expected_total = sum(len(v) for v in expected_experts(truth, None).values())
    _, out, _ = ts.run(['-q', '-r', cap, '-z', 'expert'])
    rows = {}
    for line in out.splitlines():
        m = re.match(r'^\s*(\d+)\s+\S+\s+DHCPM\s+(.*)$', line)
        if m and m.group(2) != 'Malformed Packet (Exception occurred)':
            rows[m.group(2)] = rows.get(m.group(2), 0) + int(m.group(1))
    for text, n in sorted(want.items()):
        if rows.get(text) != n:
            fail('-z expert: %r counted %s times, expected %d' % (text, rows.get(text), n))
    for text in sorted(set(rows) - set(want)):
        fail('-z expert lists an unexpected DHCPM row %r' % text)
    if sum(rows.values()) != expected_total:
        fail('-z expert counts %d DHCPM hits, the truth %d' % (sum(rows.values()), expected_total))
    print('expert_summary: %d rows, %d hits' % (len(rows), sum(rows.values())))


def test_recipe(ts, doc, conforming, *others):
    """The conformance check the documentation shows, taken from the document itself."""
    lines = [l for l in open(doc, encoding='utf-8') if l.startswith('! for f in "$DIR"')]
    if len(lines) != 1:
        fail('%s has %d conformance one-liners, expected 1' % (os.path.basename(doc), len(lines)))
        return
    line = lines[0].strip()
    for members, status in (([conforming], 0), ([conforming] + list(others), 1)):
        folder = tempfile.mkdtemp(prefix='captures-', dir=ts.home)
        os.chmod(folder, 0o755)
        for path in members:
            shutil.copy(path, folder)
            os.chmod(os.path.join(folder, os.path.basename(path)), 0o644)
        rc, out, err = ts.run([line], check=False, extra_env={'DIR': folder},
                              program=('sh', '-c'))
        named = sorted(os.path.basename(l) for l in out.split())
        want = sorted(os.path.basename(p) for p in others) if status else []
        if rc != status or named != want:
            fail('recipe on %s: exit %d naming %s, expected exit %d naming %s (%s)'
                 % ([os.path.basename(m) for m in members], rc, named, status, want, err[-300:]))
    print('recipe: %s' % line)


NDR_DETAIL_RE = re.compile(
    r'<field name="(dhcpm\.ndr\.(?:referent_id|pointer|max_count|offset|actual_count|union_switch))"')
PDML_FIELD_RE = re.compile(r'<field name="(dhcpm[.\w]*)" showname="([^"]*)"')


def pdml_values(pdml):
    """Every dhcpm field of a PDML dissection but the NDR ones, with its
    shown text, frame by frame, as a sorted list (the order of the items
    depends on where the pointers are shown)."""
    rows = []
    for frame in pdml.split('<packet>')[1:]:
        num = re.search(r'<field name="frame.number"[^>]* show="(\d+)"', frame).group(1)
        rows += [(int(num), f, shown) for f, shown in PDML_FIELD_RE.findall(frame)
                 if not f.startswith('dhcpm.ndr.')]
    return sorted(rows)


def sorted_occurrences(fields_out):
    """-T fields lines of frame number and one field, its values sorted."""
    return [(line.split('\t')[0], sorted(line.split('\t')[1].split(',')))
            for line in fields_out.splitlines() if line.strip()]


def test_ndr_details(ts, capture):
    cap = ts.stage(capture)
    on = ['-o', 'dhcpm.ndr_details:TRUE']
    _, pdml_off, _ = ts.run(['-r', cap, '-T', 'pdml'])
    _, pdml_on, _ = ts.run(['-r', cap, '-T', 'pdml'] + on)
    off_items, on_items = NDR_DETAIL_RE.findall(pdml_off), NDR_DETAIL_RE.findall(pdml_on)
    if off_items:
        fail('ndr_details off: %d NDR items in the tree of %s (%s)'
             % (len(off_items), os.path.basename(capture), sorted(set(off_items))))
    for field in ('dhcpm.ndr.referent_id', 'dhcpm.ndr.max_count', 'dhcpm.ndr.offset',
                  'dhcpm.ndr.actual_count'):
        if field not in on_items:
            fail('ndr_details on: no %s in the tree' % field)
    values_off, values_on = pdml_values(pdml_off), pdml_values(pdml_on)
    if not values_off or values_off != values_on:
        diff = sorted(set(values_off) ^ set(values_on))[:5]
        fail('dhcpm values differ with ndr_details on and off (%d and %d items): %s'
             % (len(values_on), len(values_off), diff))
    # a reader of an NDR field finds it whatever the preference
    for field in ('dhcpm.ndr.actual_count', 'dhcpm.ndr.referent_id'):
        args = ['-r', cap, '-Y', field, '-T', 'fields', '-e', 'frame.number', '-e', field]
        # (in tree order, which is where the pointers are when they are shown)
        got_off, got_on = [sorted_occurrences(ts.run(a)[1]) for a in (args, args + on)]
        if not got_on or got_off != got_on:
            fail('-Y %s -e %s: %d frames with ndr_details off, %d on, or values differ'
                 % (field, field, len(got_off), len(got_on)))
    print('ndr_details: %d NDR items on, none off; %d dhcpm values alike'
          % (len(on_items), len(values_on)))


# ---- the configuration audit ------------------------------------------------

SECRET_FIELDS = {'dhcpm.passwd', 'dhcpm.relationship.shared_secret'}
SECRET_MASK = '********'


def bitmap_bits(ts):
    """The boolean subfields of bitmaps (FieldsToSet ...): the audit lists a
    bitmap's value, not its bits."""
    _, out, _ = ts.run(['-G', 'fields'])
    bits = set()
    for line in out.splitlines():
        cols = line.split('\t')
        # F, name, filter, type, parent, base, bitmask, description
        if cols[0] == 'F' and cols[2].startswith('dhcpm.') and cols[3] == 'FT_BOOLEAN' \
                and len(cols) > 6 and int(cols[6] or '0', 0) != 0:
            bits.add(cols[2])
    return bits


def audit_expected(ts, staged, truth):
    """The rows the audit must show: every call of a method that changes a
    server, in the order of its request's frame, with the values of the
    truth's request (bitmaps as one value, secrets masked)."""
    bits = bitmap_bits(ts)
    frames = frames_by_call(ts, staged, set())
    rows = []
    for c in truth['calls']:
        if (c['interface'], c['opnum']) not in CHANGE_METHODS or not c.get('request'):
            continue
        got = frames.get((c['tcp_stream_hint'], c['call_id']), {})
        req = c.get('request_frame') or int(got.get('request', {}).get('frame.number', ['0'])[0])
        resp = c.get('response_frame')
        if resp is None and 'response' in got:
            resp = int(got['response']['frame.number'][0])
        values = {}
        for f, v in c['request'].items():
            if f == 'dhcpm.opnum' or f in bits:
                continue
            values[f] = [SECRET_MASK] * len(v) if f in SECRET_FIELDS else list(v)
        code = (c.get('response') or {}).get('dhcpm.werror', [None])[0]
        rows.append({'frame': req, 'response_frame': resp, 'interface': c['interface'],
                     'opnum': c['opnum'], 'values': values, 'code': code,
                     'principal': c.get('principal'), 'auth': c.get('auth'),
                     'client': c.get('client'), 'server': c.get('server'),
                     'result': c.get('result'),
                     # what the truth states, null included (no principal)
                     'stated': {k for k in ('principal', 'auth', 'client', 'server', 'result')
                                if k in c}})
    return sorted(rows, key=lambda r: r['frame'])


def test_audit(ts, capture, truth_path):
    """-z dhcpm,audit,json lists every change of the truth, line by line:
    frames, addresses, principal, auth level, method, values and result;
    -z dhcpm,audit,csv and -z dhcpm,changes (the GUI's Changes table) say
    the same rows; read-only calls are in none of them."""
    truth = json.load(open(truth_path, encoding='utf-8'))
    staged = ts.stage(capture)
    want = audit_expected(ts, staged, truth)
    _, out, _ = ts.run(['-q', '-r', staged, '-z', 'dhcpm,audit,json'])
    got = [json.loads(l) for l in out.splitlines() if l.startswith('{')]
    if len(got) != len(want):
        fail('audit: %d rows, the truth has %d changes' % (len(got), len(want)))
    for w, g in zip(want, got):
        where = 'audit row of frame %s' % w['frame']
        if g['frame'] != w['frame']:
            fail('%s: the audit has frame %s' % (where, g['frame']))
            continue
        for k in ('response_frame', 'interface', 'opnum', 'code', 'principal', 'auth', 'client',
                  'server', 'result'):
            if (w[k] is not None or k in w['stated']) and g[k] != w[k]:
                fail('%s: %s is %r, expected %r' % (where, k, g[k], w[k]))
        if w['code'] is not None and g['result'] is None:
            fail('%s: no result' % where)
        if g['method'].split('R_Dhcp', 1)[-1] not in METHOD_NAMES[g['interface'], g['opnum']] \
                .replace('dhcpsrv.', '').replace('V4Failover', ''):
            pass        # names differ only by the prefix the reports strip
        if set(g['values']) != set(w['values']):
            fail('%s: fields %s, expected %s' % (where, sorted(set(g['values']) ^ set(w['values'])),
                                                 'none of them'))
        for f in w['values']:
            if f in g['values']:
                compare('%s: %s' % (where, f), f, [str(v) if not isinstance(v, str) else v
                                                   for v in g['values'][f]], w['values'][f])
    # the same rows in CSV and in the Changes table
    _, out, _ = ts.run(['-q', '-r', staged, '-z', 'dhcpm,audit,csv'])
    lines = out.splitlines()
    start = next((i for i, l in enumerate(lines) if l.startswith('frame,')), None)
    csv_rows = list(csv.DictReader(lines[start:])) if start is not None else []
    if [int(r['frame']) for r in csv_rows] != [g['frame'] for g in got]:
        fail('audit csv: frames %s, json %s' % ([r['frame'] for r in csv_rows][:5],
                                               [g['frame'] for g in got][:5]))
    for r, g in zip(csv_rows, got):
        if (r['principal'] or None, r['auth'], r['result'] or None) != \
                (g['principal'], g['auth'], g['result']):
            fail('audit csv frame %s: %r, json %r' % (r['frame'], r, g))
    _, out, _ = ts.run(['-q', '-r', staged, '-z', 'dhcpm,changes'])
    table = [l.split(' |') for l in out.splitlines() if re.match(r'^\s*\d+ \|', l)]
    if [int(t[0]) for t in table] != [g['frame'] for g in got]:
        fail('-z dhcpm,changes: frames %s, json %s' % ([t[0] for t in table][:5],
                                                      [g['frame'] for g in got][:5]))
    for t, g in zip(table, got):
        principal, auth, result = t[5].strip(), t[6].strip(), t[9].strip()
        if (principal or None, auth, result or None) != (g['principal'], g['auth'], g['result']):
            fail('-z dhcpm,changes frame %s: %r, json %r' % (t[0].strip(), t, g))
    print('audit %s: %d changes (json, csv, table)' % (os.path.basename(capture), len(got)))


def parse_table(out, title):
    """The rows of a tap table as tshark prints it: "cell |cell |"."""
    lines = out.splitlines()
    if title not in lines:
        fail('no table %r in the output' % title)
        return []
    rows = []
    for line in lines[lines.index(title) + 1:]:
        if line.startswith('====='):
            break
        rows.append([c.strip() for c in line.split(' |')[:-1]])
    return rows


def test_tables(ts, capture, truth_path):
    """Statistics > DHCPM > Calls and Failover relationships, as tshark
    prints them (-z dhcpm,calls, -z dhcpm,relationships): every method of
    the truth with its calls, responses, errors, return codes by name and
    response times; the relationships as -z dhcpm,failover (checked
    against the truth by the stats test) lists them."""
    truth = json.load(open(truth_path, encoding='utf-8'))
    cap = ts.stage(capture)
    _, vals, _ = ts.run(['-G', 'values'])
    werror_names = {}
    for line in vals.splitlines():
        cols = line.split('\t')
        if cols[0] == 'V' and cols[1] == 'dhcpm.werror':
            werror_names[int(cols[2], 0)] = cols[3]
    _, out, _ = ts.run(['-q', '-r', cap, '-z', 'dhcpm,calls', '-z', 'dhcpm,relationships'])
    _, report, _ = ts.run(['-q', '-r', cap, '-z', 'dhcpm,failover'])
    want = {}
    for c in truth['calls']:
        name = METHOD_NAMES[c['interface'], c['opnum']]
        row = want.setdefault(name, {'calls': 0, 'responses': 0, 'errors': 0, 'codes': {}})
        row['calls'] += 1
        if 'fault' in c or c.get('response') is None:
            continue
        row['responses'] += 1
        if 'dhcpm.werror' not in c['response']:
            continue        # a truncated response
        code = c['response']['dhcpm.werror'][0]
        row['errors'] += code != 0
        name = werror_names.get(code, code)
        row['codes'][name] = row['codes'].get(name, 0) + 1
    rows = {r[1]: r for r in parse_table(out, 'MS-DHCPM calls per method')}
    if set(rows) != set(want):
        fail('calls table methods %s, expected %s' % (sorted(set(rows) ^ set(want)), 'none'))
    _, rt_out, _ = ts.run(['-r', cap, '-Y', 'dhcpm && dcerpc.pkt_type == 2', '-T', 'fields',
                           '-e', 'dhcpm.opnum', '-e', 'dcerpc.time', '-e', 'dhcpm.interface'])
    times = {}
    for line in rt_out.splitlines():
        op, t, iface = (line.split('\t') + [''] * 3)[:3]
        times.setdefault(METHOD_NAMES[iface, int(op)], []).append(float(t))
    for name, w in want.items():
        r = rows.get(name)
        if not r:
            continue
        iface = 'dhcpsrv' if name.startswith('dhcpsrv.') else 'dhcpsrv2'
        got_codes = {}
        for part in filter(None, r[8].split(', ')):
            n, count = part.rsplit(' ', 1)
            got_codes[n] = int(count)
        if r[0] != iface or [int(x) for x in r[2:5]] != [w['calls'], w['responses'], w['errors']] \
                or got_codes != {str(k): v for k, v in w['codes'].items()}:
            fail('calls table %s: %s, expected %s' % (name, r, w))
        t = times.get(name)
        if t and any(abs(float(g) - x) > 1.5e-6
                     for g, x in zip(r[5:8], (min(t), sum(t) / len(t), max(t)))):
            fail('calls table %s: response times %s, expected %.6f %.6f %.6f'
                 % (name, r[5:8], min(t), sum(t) / len(t), max(t)))
    # the relationships: the failover report's inventory, row by row
    _, _, blocks, _ = parse_failover_report(report)
    rels = parse_table(out, 'MS-DHCPM failover relationships')
    if sorted(r[0] for r in rels) != sorted(blocks):
        fail('relationships table %s, the report %s' % (sorted(r[0] for r in rels), sorted(blocks)))
    for r in rels:
        lines = blocks.get(r[0], [])[1:]       # the first is the name
        scope_lines = [l for l in lines if l.startswith('    scopes(')]
        block = '\n'.join(lines[lines.index(scope_lines[0]):]) if scope_lines else ''
        scopes = re.findall(r'\d+\.\d+\.\d+\.\d+', block.split(':', 1)[-1]) if block else []
        if r[8].split() != scopes:
            fail('relationship %s: scopes %s, the report %s' % (r[0], r[8], scopes))
        state_line = next((l for l in lines if l.startswith('    state:')), '')
        m = re.search(r'state:\s+(?:deleted \(frame (\d+)\))?(?:, last )?(?:(\w+) \(frame (\d+)\))?',
                      state_line)
        state = 'deleted' if m and m.group(1) else (m.group(2) if m and m.group(2) else '?')
        frame = int(m.group(1) or m.group(3) or 0) if m else 0
        if r[6] != state or int(r[7]) != frame:
            fail('relationship %s: state %s frame %s, the report %s frame %d'
                 % (r[0], r[6], r[7], state, frame))
        for label, col in (('primary:', 1), ('secondary:', 2)):
            line = next((l for l in lines if l.startswith('    ' + label)), '')
            if line.strip()[len(label):].strip() != r[col]:
                fail('relationship %s: %s %r, the report %r' % (r[0], label, r[col], line))
    print('tables %s: %d methods, %d relationships' % (os.path.basename(capture), len(want),
                                                       len(rels)))


FAILOVER_CHANGE_PATHS = ('dhcpm.path', 'dhcpm.audit_log_dir', 'dhcpm.config.backup_path',
                         'dhcpm.config.database_path')
BURST_COUNT, BURST_SECONDS = 5, 60          # the preferences' defaults (dhcpm-security.c)
ERROR_ACCESS_DENIED = 5


def is_unc(text):
    """A path on another host: two slashes or backslashes and a host name, or the
    long UNC form; the long local forms (question mark or dot, then C: or a device)
    are not (dhcpm-security.c's is_unc)."""
    return re.match(r'^[\\/]{2}(?:[?.][\\/]UNC[\\/]|(?![?.][\\/])[^\\/])', text,
                    re.IGNORECASE) is not None


def derived_findings(ts, staged, truth, level):
    """{frame: [security findings]} of a capture whose calls are all made at
    auth level `level` (none, integrity, privacy) over TCP, worked out from
    its truth: unauthenticated_call on each failover request and
    unauthenticated_change on each change request without authentication,
    secret_not_sealed on each PDU with a secret below privacy, unc_path on
    each path of another host in a request, access_denied_burst on the
    refusals that bring a client BURST_COUNT within BURST_SECONDS."""
    frames = frames_by_call(ts, staged, {'frame.time_epoch', 'ip.dst'})
    want, refusals = {}, {}
    for c in sorted(truth['calls'], key=lambda c: (c['tcp_stream_hint'], c['call_id'])):
        got = frames.get((c['tcp_stream_hint'], c['call_id']), {})
        req = int(got['request']['frame.number'][0]) if 'request' in got else None
        resp = got.get('response')
        names = []
        key = (c['interface'], c['opnum'])
        if level == 'none' and c['interface'] == 'dhcpsrv2' and c['opnum'] in FAILOVER_OPNUMS:
            names.append('unauthenticated_call')
        if level == 'none' and key in CHANGE_METHODS:
            names.append('unauthenticated_change')
        request = c.get('request') or {}
        if level != 'privacy' and any(request.get(f) for f in SECRET_FIELDS):
            names.append('secret_not_sealed')
        names += ['unc_path' for f in FAILOVER_CHANGE_PATHS for v in request.get(f, [])
                  if is_unc(v)]
        if names:
            want.setdefault(req, []).extend(EXPERT_PREFIX + n for n in names)
        if resp is None:
            continue
        frame = int(resp['frame.number'][0])
        if level != 'privacy' and any((c.get('response') or {}).get(f) for f in SECRET_FIELDS):
            want.setdefault(frame, []).append(EXPERT_PREFIX + 'secret_not_sealed')
        if key in CHANGE_METHODS and \
                (c.get('response') or {}).get('dhcpm.werror') == [ERROR_ACCESS_DENIED]:
            times = refusals.setdefault(resp['ip.dst'][0], [])
            times.append((float(resp['frame.time_epoch'][0]), frame))
            del times[:-BURST_COUNT]
            if len(times) == BURST_COUNT and times[-1][0] - times[0][0] <= BURST_SECONDS:
                want.setdefault(frame, []).append(EXPERT_PREFIX + 'access_denied_burst')
    return {f: sorted(v) for f, v in want.items()}


def test_security(ts, capture, truth_path, none=False, level=None):
    """The security findings, frame by frame, as the truth's "experts" list
    them: each fires where the capture shows it and nowhere else; a truth
    with "experts" shows every finding.  none: the capture must have no
    finding at all (conforming, authenticated calls); level: the truth has
    no "experts", they are derived from its calls, made at that auth level."""
    truth = json.load(open(truth_path, encoding='utf-8'))
    staged = ts.stage(capture)
    if none:
        want = {}
    elif level:
        want = derived_findings(ts, staged, truth, level)
    elif 'experts' in truth:
        want = {int(k): sorted(v) for k, v in truth['experts'].items()}
    else:
        fail('%s has no "experts": say --none or --derive LEVEL' % truth_path)
        return
    frames = experts_by_frame(ts, staged)
    hits = 0
    for frame, (_, _, _, got) in sorted(frames.items()):
        mine = sorted(n for n in got if n in SECURITY_FINDINGS)
        if mine != want.get(frame, []):
            fail('frame %d: security findings %s, expected %s' % (frame, mine,
                                                                  want.get(frame, [])))
        hits += len(mine)
    for frame in sorted(set(want) - set(frames)):
        fail('frame %d: not in the capture, expected %s' % (frame, want[frame]))
    seen = {n for v in want.values() for n in v}
    missing = SECURITY_FINDINGS - seen - {EXPERT_PREFIX + 'failover_fault'}
    if missing and 'experts' in truth and not none and not level:
        fail('the truth shows no %s' % sorted(missing))
    print('security %s: %d findings on %d frames%s' % (
        os.path.basename(capture), hits, len(want),
        ' (none expected)' if none else ' (derived, calls at auth level %s)' % level
        if level else ''))


SECURITY_FINDINGS = {EXPERT_PREFIX + n for n in ('unc_path', 'secret_not_sealed',
                                                 'unauthenticated_change', 'unauthenticated_call',
                                                 'access_denied_burst')}


BANNED = re.compile(r'\b(malloc|calloc|realloc|free|sprintf|strcpy|strcat|assert|g_malloc|g_free)\s*\(')
# Memory that a Wireshark API allocates with GLib and hands over to be freed
# (the rows of a tap table) is freed with g_free, on a line that says so.
GLIB_OWNED = 'GLib memory'


def test_sources(src_dir):
    n = 0
    for root, _, files in os.walk(src_dir):
        for f in files:
            if f.endswith(('.c', '.h')):
                text = open(os.path.join(root, f), encoding='utf-8').read()
                for i, line in enumerate(text.splitlines(), 1):
                    if BANNED.search(line.split('//')[0]) and GLIB_OWNED not in line:
                        fail('%s:%d: %s' % (f, i, line.strip()))
                n += 1
    print('sources: %d files' % n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--plugin')
    ap.add_argument('--abi')
    ap.add_argument('--read-option', action='append', default=[])
    ap.add_argument('--pref', action='append', default=[], help='NAME:VALUE, passed as tshark -o')
    ap.add_argument('--pref-file', action='append', default=[],
                    help='NAME:PATH, a preference naming a file (a keytab): the file is copied '
                         'where tshark can read it')
    ap.add_argument('--require', action='append', default=[])
    ap.add_argument('--allow', action='append', default=[])
    ap.add_argument('--decode-as-driver', metavar='PLUGIN',
                    help='also load this test plugin and give it the "decode_as" binding of the '
                         'truth file (the second argument), as Decode As in the GUI would')
    ap.add_argument('--no-rpc-header', action='store_true',
                    help='run tshark with -o %s (and expect no rule that needs the header)'
                    % NO_RPC_HEADER)
    ap.add_argument('--none', action='store_true',
                    help='security: the capture must raise no security finding at all')
    ap.add_argument('--derive', metavar='LEVEL', choices=('none', 'integrity', 'privacy'),
                    help='security: derive the findings from the truth\'s calls, all made at '
                         'this auth level over TCP (truths without "experts")')
    ap.add_argument('--output', choices=('fields', 'single', 'tree'), default='fields',
                    help='truth: how tshark is asked for the values (see OUTPUT)')
    ap.add_argument('test')
    ap.add_argument('args', nargs='*')
    a = ap.parse_args()
    global OUTPUT
    OUTPUT = a.output
    if a.test == 'sources':
        test_sources(*a.args)
    else:
        extra = ()
        if a.decode_as_driver:
            b = json.load(open(a.args[1], encoding='utf-8'))['decode_as']
            os.environ['DHCPM_TEST_DECODE_AS'] = '%s %d %s %d %d' % (
                b['addr_a'], b['port_a'], b['addr_b'], b['port_b'], b['ctx_id'])
            extra = (a.decode_as_driver,)
        ts = Tshark(a.plugin, a.abi, a.read_option + [o for p in a.pref for o in ('-o', p)], extra)
        for p in a.pref_file:
            name, path = p.split(':', 1)
            ts.read_options += ['-o', '%s:%s' % (name, ts.stage(path))]
        if a.no_rpc_header:
            ts.read_options += ['-o', NO_RPC_HEADER]
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
            elif a.test == 'info_keys':
                test_info_keys(ts, *a.args)
            elif a.test == 'coverage':
                test_coverage(ts, *a.args)
            elif a.test == 'no_ndr_experts':
                test_no_ndr_experts(ts, *a.args)
            elif a.test == 'fragments':
                test_fragments(ts, *a.args)
            elif a.test == 'stats':
                test_stats(ts, *a.args)
            elif a.test == 'recipes':
                test_recipes(ts, *a.args)
            elif a.test == 'fielddoc':
                test_fielddoc(ts, *a.args)
            elif a.test == 'expertdoc':
                test_expertdoc(ts, *a.args)
            elif a.test == 'undecoded':
                test_undecoded(ts, a.args[0], a.args[1], a.require, a.allow)
            elif a.test == 'experts':
                test_experts(ts, *a.args)
            elif a.test == 'expert_summary':
                test_expert_summary(ts, *a.args)
            elif a.test == 'ndr_details':
                test_ndr_details(ts, *a.args)
            elif a.test == 'recipe':
                test_recipe(ts, *a.args)
            elif a.test == 'tables':
                test_tables(ts, *a.args)
            elif a.test == 'expert_filters':
                test_expert_filters(ts, *a.args)
            elif a.test == 'audit':
                test_audit(ts, *a.args)
            elif a.test == 'security':
                test_security(ts, *a.args, none=a.none, level=a.derive)
            else:
                fail('unknown test %s' % a.test)
        finally:
            ts.close()
    return finish()


if __name__ == '__main__':
    sys.exit(main())
