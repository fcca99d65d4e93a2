#!/usr/bin/env python3
"""What the dhcpm plugin costs tshark: the plugin against the floor, side by side.

    bench.py [--plugin build/dhcpm.so] [--handoff build/dhcpm_handoff.so]
             [--calls 100000] [--runs 5] [--modes fields,V,summary]
             [--callgrind-calls 2000] [--scratch /tmp/dhcpm-bench] [--json FILE]
             [--mix conforming --mix protocol-dhcpsrv+protocol-dhcpsrv2] [--anchor srvsvc]
    bench.py --check 650 [--anchor srvsvc]   (a ctest: the replayed capture decodes like its source)

For each capture size (bench/make_capture.py replays captures/conforming.pcapng,
the realistic mix, or the --source captures, until it holds that many calls)
and each output mode, tshark reads the capture with the plugin, then with the
plugin disabled (--disable-protocol dhcpm and
dhcpm.dhcpsrv: frames, TCP and DCE/RPC are still dissected, the stubs stay
"stub data"), and with the handoff build (below), the order turning run
after run so that the load of the machine hits all alike.  Reported: medians of wall time and of CPU time
(user + system), the plugin/floor ratios (also of the fastest CPU times: load
from other processes only ever adds time), peak RSS, and the plugin's CPU cost
per call (plugin minus floor, divided by the number of calls).

A third run, the handoff, loads dhcpm_handoff.so (make dhcpm_handoff): the
same plugin, registered with DCE/RPC the same way, that returns every call
undecoded.  Its ratio is what DCE/RPC charges for handing calls to any
sub-dissector of these interfaces (the protocol item, the operation's name,
the call's bookkeeping) plus the postdissector: a floor under the plugin that
no decoder can go below.  "decode" is the plugin against the handoff: the
share of the decoder itself.

Then, on a smaller capture, callgrind counts instructions (deterministic,
unlike time) with and without the plugin: the whole run, the dissection alone
(epan_dissect_run_with_taps: no start-up, no output), and the plugin's own
share (inclusive cost of its two DCE/RPC entry points) with its hottest
functions; and the ratio the instructions give at 100,000 calls: what a
call costs above the floor (the instructions of tshark's per-packet work,
the function of tshark that calls epan_dissect_run_with_taps, over the
calls; plus each run's start-up, the same run on a one-frame capture,
spread over 100,000 calls) over what the floor costs a call at that size.  On a shared
machine, where CPU times spread, that ratio is the steady one.  The
callgrind files are kept in the scratch folder.

--mix A+B (repeatable) measures several mixes in the same turns, e.g. the
realistic mix and the whole protocol in one command.

--anchor srvsvc adds the anchor: one of Wireshark's own IDL (PIDL) generated
DCE/RPC dissectors, srvsvc, on bench/anchor-srvsvc.pcapng (bench/gen_anchor.py:
impacket's client and a fake Server Service, recorded on the loopback) replayed
to the same number of calls, against the same tshark with --disable-protocol
srvsvc; both with the floor's options, so that the plugin is off and the
anchor runs are stock tshark.  The same modes (fields: -e
srvsvc.srvsvc_NetShareInfo1.name), the same turns, the same callgrind counts.
Every run is then also reported per stub byte (make_capture.py counts them:
request and response stubs, without headers, verifiers and padding), and a
side-by-side table puts the plugin, the handoff and the anchor per call and
per stub byte, with the plugin's cost per stub byte over the anchor's.

Modes: fields = -T fields -e dhcpm.relationship.name, V = -V, summary = tshark's
default one line per packet (no tree is built, the Info column is).  Output goes to
/dev/null.  tshark runs with a private HOME holding the plugin, as user nobody
when this runs as root (see tests/dhcpm_test.py).  Standard library only.
"""

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, 'tests'))
from dhcpm_test import NOBODY, Tshark  # noqa: E402

MODES = {
    'fields': ['-T', 'fields', '-e', 'dhcpm.relationship.name'],
    'V': ['-V'],
    'summary': [],                  # one line per packet: the Info column is shown
}
# The floor disables the plugin's protocols: dhcpm, and dhcpm.dhcpsrv where
# tshark lets a protocol registered in name only be disabled (4.0; 4.6 refuses
# the name and disabling dhcpm is enough).  Filled in by floor_options().
FLOOR = []
PREFS = []                          # -o NAME:VALUE of every run (--pref)


def floor_options(runner, capture):
    _, out, _ = runner.run(['-G', 'protocols'])
    names = [line.split('\t')[2] for line in out.splitlines() if line.count('\t') >= 2]
    opts = []
    for name in ('dhcpm', 'dhcpm.dhcpsrv'):
        if name in names:
            code, _, _ = runner.run(['-r', capture, '-c', '1', '--disable-protocol', name],
                                    check=False)
            if code == 0:
                opts += ['--disable-protocol', name]
    return opts
ENTRY_POINTS = ('dhcpm_dissect_request', 'dhcpm_dissect_response')
# libwireshark's per-packet dissection, without start-up and output
DISSECT = 'epan_dissect_run_with_taps'


class Runner(Tshark):
    """tshark with the plugin, its output thrown away, its resources measured."""

    def __init__(self, plugin, abi):
        super().__init__(plugin, abi)
        # any build of the plugin may be measured; tshark loads it as dhcpm.so
        pdir = os.path.join(self.home, '.local', 'lib', 'wireshark', 'plugins', abi, 'epan')
        if os.path.basename(plugin) != 'dhcpm.so':
            os.rename(os.path.join(pdir, os.path.basename(plugin)),
                      os.path.join(pdir, 'dhcpm.so'))

    def command(self, args):
        cmd = ['tshark'] + args
        if os.geteuid() == 0:
            cmd = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY,
                   '--clear-groups'] + cmd
        return cmd

    def env(self):
        env = dict(os.environ, HOME=self.home, LC_ALL='C.UTF-8',
                   WIRESHARK_PLUGIN_DIR=self.global_plugins)
        env.pop('XDG_CONFIG_HOME', None)
        return env

    def measure(self, args):
        """(wall seconds, CPU seconds, peak RSS in MiB) of one tshark run."""
        start = time.monotonic()
        with open(os.devnull, 'wb') as null:
            p = subprocess.Popen(self.command(args), env=self.env(), cwd=self.home,
                                 stdout=null, stderr=subprocess.PIPE)
            err = p.stderr.read()
            # setpriv execs tshark: the child's rusage is tshark's
            _, status, ru = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - start
        if p.returncode != 0 or err.strip():
            raise RuntimeError('tshark %s: exit %d: %s' % (' '.join(args), p.returncode,
                                                            err.decode('utf-8', 'replace')))
        return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


# conforming.pcapng: authenticated (NTLM, PKT_INTEGRITY), no rule broken, every
# method, large paged Enum and GetRelationship responses: the realistic mix.
# failover-tcp.pcapng (--source failover-tcp) is the worst case: unauthenticated
# test traffic where nearly every call raises experts.  protocol-dhcpsrv and
# protocol-dhcpsrv2 (two --source) are the whole protocol: every method.
SOURCES = ['conforming']


def source_path(name):
    """A capture of captures/ by name, or any capture by path (the anchor's)."""
    if os.sep in name or name.endswith('.pcapng') or name.endswith('.pcap'):
        return os.path.abspath(name)
    return os.path.join(ROOT, 'captures', name + '.pcapng')


def make_capture(scratch, calls, sources=None):
    """The capture of that many calls, replayed from sources (default
    SOURCES), made once and kept in scratch, and what make_capture.py says it
    holds (calls, frames, stub bytes).  Its name carries a digest of the
    sources and of the replayer: a source capture regenerated later gets a
    new benchmark capture, never a stale one."""
    sources = sources or SOURCES
    digest = hashlib.sha256()
    for name in sources:
        with open(source_path(name), 'rb') as f:
            digest.update(f.read())
    with open(os.path.join(HERE, 'make_capture.py'), 'rb') as f:
        digest.update(f.read())
    label = '+'.join(os.path.splitext(os.path.basename(n))[0] for n in sources)
    path = os.path.join(scratch, '%s-%d-%s.pcap' % (label, calls, digest.hexdigest()[:12]))
    if not os.path.exists(path) or not os.path.exists(path + '.json'):
        cmd = [sys.executable, os.path.join(HERE, 'make_capture.py'), '--calls', str(calls)]
        for name in sources:
            cmd += ['--source', source_path(name)]
        subprocess.run(cmd + [path], check=True)
    os.chmod(path, 0o644)                         # tshark may run as nobody
    with open(path + '.json') as f:
        return path, json.load(f)


def count_calls(runner, capture):
    """DCE/RPC requests in the capture, as tshark counts them."""
    _, out, _ = runner.run(['-r', capture, '-Y', 'dcerpc.pkt_type == 0', '-T', 'fields',
                            '-e', 'frame.number'])
    return len(out.split())


def timed(configs, mode, runs):
    """configs: {key: (Runner, capture, tshark's arguments after -r)}: every
    one runs once a round, the order turning each round, so that the load of
    the machine hits all alike."""
    samples = {key: [] for key in configs}
    for i in range(runs):
        order = sorted(configs)
        order = order[i % len(order):] + order[:i % len(order)]
        for key in order:
            runner, capture, args = configs[key]
            samples[key].append(runner.measure(['-n', '-r', capture] + args))
    return samples


def summarise(samples, calls):
    res = {}
    for which, runs in samples.items():
        walls, cpus, rss = zip(*runs)
        res[which] = {
            'wall_median': statistics.median(walls), 'wall_min': min(walls),
            'wall_max': max(walls), 'cpu_median': statistics.median(cpus),
            'cpu_min': min(cpus), 'cpu_max': max(cpus), 'rss_mib': max(rss),
            'runs': len(runs),
        }
    f, p = res['floor'], res['plugin']
    res['wall_ratio'] = p['wall_median'] / f['wall_median']
    res['cpu_ratio'] = p['cpu_median'] / f['cpu_median']
    res['rss_ratio'] = p['rss_mib'] / f['rss_mib']
    res['us_per_call_wall'] = (p['wall_median'] - f['wall_median']) / calls * 1e6
    res['us_per_call_cpu'] = (p['cpu_median'] - f['cpu_median']) / calls * 1e6
    # contention only ever adds time: the fastest run is the least disturbed
    res['cpu_min_ratio'] = p['cpu_min'] / f['cpu_min']
    res['us_per_call_cpu_min'] = (p['cpu_min'] - f['cpu_min']) / calls * 1e6
    res['floor_us_per_call_cpu'] = f['cpu_median'] / calls * 1e6
    if 'handoff' in res:
        h = res['handoff']
        res['handoff_cpu_ratio'] = h['cpu_median'] / f['cpu_median']
        res['decode_cpu_ratio'] = p['cpu_median'] / h['cpu_median']
        res['handoff_us_per_call_cpu'] = (h['cpu_median'] - f['cpu_median']) / calls * 1e6
    return res


def ensure_valgrind():
    if shutil.which('valgrind') and shutil.which('callgrind_annotate'):
        return True
    if os.geteuid() == 0 and shutil.which('apt-get'):
        env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
        subprocess.run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends',
                        'valgrind'], env=env, check=False)
    return bool(shutil.which('valgrind'))


def callgrind(runner, capture, args, name, keep):
    """Instructions of one tshark run: in all, in dissection, in the plugin's
    entry points, and the plugin's functions by inclusive cost."""
    outdir = os.path.join(runner.home, 'callgrind')
    os.makedirs(outdir, exist_ok=True)
    os.chmod(outdir, 0o777)
    out = os.path.join(outdir, name + '.out')
    if os.path.exists(out):
        os.unlink(out)
    cmd = runner.command(['-n', '-r', capture] + args)
    at = cmd.index('tshark')
    cmd[at:at] = ['valgrind', '--tool=callgrind', '--callgrind-out-file=' + out]
    with open(os.devnull, 'wb') as null:
        subprocess.run(cmd, env=runner.env(), cwd=runner.home, stdout=null,
                       stderr=subprocess.DEVNULL, check=True)
    with open(out) as f:
        total = int(re.search(r'^(?:summary|totals): (\d+)', f.read(), re.M).group(1))
    ann = subprocess.run(['callgrind_annotate', '--inclusive=yes', '--threshold=100', '--auto=no',
                          out], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=True).stdout.decode()
    costs, ours = {}, set()
    for line in ann.splitlines():
        m = re.match(r'\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S+)(.*)', line)
        if not m or ':' not in m.group(2):
            continue
        name = m.group(2).rsplit(':', 1)[1].split("'")[0]
        if 'dhcpm.so]' in m.group(3) or '/plugin/' in m.group(2) or '/generated/' in m.group(2):
            ours.add(name)
        # a function may be listed twice (by file and by object): keep one
        costs[name] = max(costs.get(name, 0), int(m.group(1).replace(',', '')))
    plugin = sum(costs.get(name, 0) for name in ENTRY_POINTS)
    hot = sorted(((n, c) for n, c in costs.items() if n in ours), key=lambda kv: -kv[1])
    shutil.copy(out, os.path.join(keep, 'callgrind-' + os.path.basename(out)))
    return total, costs.get(DISSECT, 0), plugin, hot, packet_loop(out, costs)


def packet_loop(out, costs):
    """tshark's per-packet work: the inclusive instructions of the
    function(s) of tshark that call epan_dissect_run_with_taps (dissection,
    the packet's output, the reset), which tshark's start-up, its threads
    and its exit are not part of."""
    ann = subprocess.run(['callgrind_annotate', '--tree=caller', '--inclusive=yes',
                          '--threshold=100', '--auto=no', out], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=True).stdout.decode()
    callers, block = set(), []
    for line in ann.splitlines():
        if not line.strip():
            block = []
            continue
        if re.search(r'\*\s+\S*:%s \[' % DISSECT, line):
            for prev in block:
                m = re.search(r'<\s+(\S+) \(\d[\d,]*x\)', prev)
                if m:
                    callers.add(m.group(1).rsplit(':', 1)[1].split("'")[0])
        block.append(line)
    return sum(costs.get(name, 0) for name in callers)


# The capture size the instruction ratios are given for (docs/performance.md).
SCALE_CALLS = 100000

CHECK_FIELDS = ['dcerpc.pkt_type', 'dhcpm.opnum', 'dhcpm.relationship.name', 'dhcpm.scope_id',
                'dhcpm.werror', '_ws.col.Info']
CHECK_FILTER = 'dhcpm || dhcpm.dhcpsrv'

# The anchor (--anchor): one of Wireshark's own IDL (PIDL) generated DCE/RPC
# dissectors, measured the way the plugin is, on traffic of its interface
# recorded like ours (bench/gen_anchor.py): that dissector against tshark
# with it disabled, both with the plugin disabled too (FLOOR), so that the
# anchor runs are stock tshark.
ANCHORS = {
    'srvsvc': {
        'capture': os.path.join(HERE, 'anchor-srvsvc.pcapng'),
        # a string of the enumerations' entries, as dhcpm.relationship.name is
        'field': 'srvsvc.srvsvc_NetShareInfo1.name',
        'check_fields': ['dcerpc.pkt_type', 'srvsvc.opnum', 'srvsvc.srvsvc_NetShareInfo1.name',
                         'srvsvc.srvsvc_NetShareInfo2.path', 'srvsvc.werror', '_ws.col.Info'],
    },
}


def decoded(runner, capture, display_filter=None, fields=None):
    args = ['-n', '-r', capture, '-Y', display_filter or CHECK_FILTER, '-T', 'fields']
    for f in fields or CHECK_FIELDS:
        args += ['-e', f]
    return runner.run(args)[1].splitlines()


def tshark_stub_bytes(runner, capture):
    """Stub bytes of requests and responses as tshark reads the PDU headers:
    frag_len less the header (24, 40 with an object UUID), the auth verifier
    and its padding.  Checks make_capture.py's own count."""
    _, out, _ = runner.run(['-n', '-r', capture, '-Y', 'dcerpc.pkt_type == 0 || '
                            'dcerpc.pkt_type == 2', '-T', 'fields', '-E', 'occurrence=a',
                            '-e', 'dcerpc.pkt_type', '-e', 'dcerpc.cn_frag_len', '-e',
                            'dcerpc.cn_auth_len', '-e', 'dcerpc.auth_pad_len', '-e',
                            'dcerpc.cn_flags'])
    total = 0
    for line in out.splitlines():
        cols = [c.split(',') if c else [] for c in line.split('\t')]
        types, lens, auths, pads, flags = cols + [[]] * (5 - len(cols))
        pads = iter(pads)
        for i, ptype in enumerate(types):
            if ptype not in ('0', '2'):
                continue
            stub = int(lens[i]) - (40 if ptype == '0' and int(flags[i], 0) & 0x80 else 24)
            auth = int(auths[i]) if i < len(auths) else 0
            if auth:
                stub -= auth + 8 + int(next(pads))
            total += stub
    return total


def check_replay(runner, calls, anchor=None):
    """The benchmark is only worth its capture: every replayed connection
    must be seen as DCE/RPC and decode as the original does, and the stub
    bytes the figures are divided by must be those tshark reads."""
    scratch = os.path.join(runner.home, 'check')
    os.makedirs(scratch)
    os.chmod(scratch, 0o755)
    if anchor:
        sources, what = [ANCHORS[anchor]['capture']], anchor
        fields = ANCHORS[anchor]['check_fields']
    else:
        if len(SOURCES) != 1:
            raise SystemExit('--check replays one source')
        sources, what, fields = SOURCES, CHECK_FILTER, CHECK_FIELDS
    source = runner.stage(source_path(sources[0]))
    capture, meta = make_capture(scratch, calls, sources)
    want, got = decoded(runner, source, what, fields), decoded(runner, capture, what, fields)
    src_calls, rep_calls = count_calls(runner, source), count_calls(runner, capture)
    replays = rep_calls // src_calls if src_calls else 0
    errors = []
    if replays == 0 or rep_calls != replays * src_calls or rep_calls < calls:
        errors.append('%d requests in the replay, %d in the source, %d asked for' %
                      (rep_calls, src_calls, calls))
    if meta['calls'] != rep_calls:
        errors.append('make_capture.py says %d calls, tshark counts %d' % (meta['calls'], rep_calls))
    stub = tshark_stub_bytes(runner, capture)
    if stub != meta['stub_bytes']:
        errors.append('make_capture.py says %d stub bytes, tshark reads %d' %
                      (meta['stub_bytes'], stub))
    if got != want * replays:
        first = next((i for i, (a, b) in enumerate(zip(got, want * replays)) if a != b),
                     min(len(got), len(want) * replays))
        errors.append('decoded PDUs differ from %d replays of the source (%d lines, not %d); '
                      'first difference at line %d: %r' % (replays, len(got), len(want) * replays,
                                                           first, got[first:first + 1]))
    malformed = runner.run(['-n', '-r', capture, '-Y', '_ws.malformed'])[1].splitlines()
    if malformed:
        errors.append('%d malformed frames in the replay, first: %s' % (len(malformed), malformed[0]))
    for e in errors:
        print('FAIL: ' + e)
    if not errors:
        print('replay of %d calls (%d x %d): %d decoded PDUs (%s), identical to the source; '
              '%d stub bytes' % (rep_calls, replays, src_calls, len(got), what, stub))
    return 1 if errors else 0


def default_handoff():
    """build/dhcpm_handoff.so, built in build/ when it is missing (it is not
    part of the default build)."""
    build = os.path.join(ROOT, 'build')
    path = os.path.join(build, 'dhcpm_handoff.so')
    if not os.path.exists(path) and os.path.exists(os.path.join(build, 'CMakeCache.txt')):
        subprocess.run(['cmake', '--build', build, '--target', 'dhcpm_handoff'],
                       stdout=subprocess.DEVNULL, check=True)
    return path


def mode_args(mode, which, anchor=None):
    """tshark's arguments for a mode and a run: which is floor, plugin or
    handoff (the plugin's capture), anchor or anchor_floor (the anchor's)."""
    args = list(MODES[mode])
    if anchor and mode == 'fields':
        args = ['-T', 'fields', '-e', ANCHORS[anchor]['field']]
    args += PREFS
    if which in ('floor', 'anchor', 'anchor_floor'):
        args += FLOOR
    if which == 'anchor_floor':
        args += ['--disable-protocol', anchor]
    return args


def per_stub(res, meta, calls):
    """Stub bytes and the CPU cost per stub byte of a summarise() result."""
    res['stub_bytes'] = meta['stub_bytes']
    res['stub_bytes_per_call'] = meta['stub_bytes'] / calls
    res['ns_per_stub_byte_cpu'] = res['us_per_call_cpu'] * 1e3 / res['stub_bytes_per_call']
    if 'handoff_us_per_call_cpu' in res:
        res['handoff_ns_per_stub_byte_cpu'] = (res['handoff_us_per_call_cpu'] * 1e3
                                               / res['stub_bytes_per_call'])


def print_timed(label, res):
    f, p = res['floor'], res['plugin']
    print('%-22s %-7d %-7s %8.2f %8.2f %6.3f | %8.2f %8.2f %6.3f %7.3f | %6.0f %6.0f %6.3f | '
          '%8.2f %8.2f %7.1f' % (
              label, res['calls'], res['mode'], f['wall_median'], p['wall_median'],
              res['wall_ratio'], f['cpu_median'], p['cpu_median'], res['cpu_ratio'],
              res['cpu_min_ratio'], f['rss_mib'], p['rss_mib'], res['rss_ratio'],
              res['us_per_call_cpu'], res['us_per_call_cpu_min'], res['ns_per_stub_byte_cpu']))
    print('        spread (max-min)/median: floor wall %.0f%%, run wall %.0f%%, '
          'floor cpu %.0f%%, run cpu %.0f%%' % tuple(
              100.0 * (st[which + '_max'] - st[which + '_min']) / st[which + '_median']
              for st, which in ((f, 'wall'), (p, 'wall'), (f, 'cpu'), (p, 'cpu'))))
    if 'handoff' in res:
        print('        handoff (undecoded): cpu %.2f, ratio %.3f, %.2f us/call, %.1f ns/stub B; '
              'decode (plugin/handoff): ratio %.3f' % (
                  res['handoff']['cpu_median'], res['handoff_cpu_ratio'],
                  res['handoff_us_per_call_cpu'], res['handoff_ns_per_stub_byte_cpu'],
                  res['decode_cpu_ratio']))
    sys.stdout.flush()


def side_by_side(results, anchor):
    """Per mode: the plugin and the handoff on each mix, and the anchor, per
    call and per stub byte; the plugin's cost per stub byte over the anchor's."""
    if not results['timed']:
        side_by_side_instructions(results, anchor)
        return
    print('\nside by side: above the floor of the same capture; CPU: medians, callgrind: '
          'at %d calls (Ir)' % SCALE_CALLS)
    print('%-7s %-44s %7s %8s %7s %9s %9s | %9s %9s' % (
        'mode', 'run', 'calls', 'stub B/c', 'ratio', 'us/call', 'ns/stubB', 'Ir/call',
        'Ir/stubB'))
    grind = {(g['mix'], g['mode']): g for g in results['callgrind']}
    for mode in dict.fromkeys(t['mode'] for t in results['timed']):
        rows = [t for t in results['timed'] if t['mode'] == mode]
        anchor_row = next((t for t in rows if t['mix'] == 'anchor ' + (anchor or '')), None)
        for t in rows:
            g = grind.get((t['mix'], mode))
            kinds = [('plugin', '')] if t['mix'].startswith('anchor') else [('plugin', ''), ('handoff', 'handoff_')]
            for kind, prefix in kinds:
                if prefix and prefix + 'us_per_call_cpu' not in t:
                    continue
                name = t['mix'] if t['mix'].startswith('anchor') else '%s %s' % (kind, t['mix'])
                ratio = t['handoff_cpu_ratio'] if prefix else t['cpu_ratio']
                ir = g and g.get(prefix + 'ir_per_call')
                irb = g and g.get(prefix + 'ir_per_stub_byte')
                print('%-7s %-44s %7d %8.0f %7.3f %9.2f %9.2f | %9s %9s' % (
                    mode, name, t['calls'], t['stub_bytes_per_call'], ratio,
                    t[prefix + 'us_per_call_cpu'], t[prefix + 'ns_per_stub_byte_cpu'],
                    '%.0f' % ir if ir else '-', '%.1f' % irb if irb else '-'))
        if anchor_row:
            ga = grind.get((anchor_row['mix'], mode))
            for t in rows:
                if t is anchor_row:
                    continue
                g = grind.get((t['mix'], mode))
                cpu = t['ns_per_stub_byte_cpu'] / anchor_row['ns_per_stub_byte_cpu']
                ir = (g['ir_per_stub_byte'] / ga['ir_per_stub_byte']) if g and ga else None
                print('%-7s plugin %s / %s per stub byte: CPU %.2f%s (target <= 0.5)' % (
                    '', t['mix'], anchor_row['mix'], cpu,
                    ', Ir %.2f' % ir if ir is not None else ''))
    sys.stdout.flush()


def side_by_side_instructions(results, anchor):
    """The side-by-side table from the instruction counts alone (no timed
    runs: --calls '')."""
    label = 'anchor ' + (anchor or '')
    print('\nside by side: instructions above the floor of the same capture, at %d calls'
          % SCALE_CALLS)
    print('%-7s %-44s %7s %8s %7s %9s %9s' % ('mode', 'run', 'calls', 'stub B/c', 'ratio',
                                              'Ir/call', 'Ir/stubB'))
    for mode in dict.fromkeys(g['mode'] for g in results['callgrind']):
        rows = [g for g in results['callgrind'] if g['mode'] == mode]
        ga = next((g for g in rows if g['mix'] == label), None)
        for g in rows:
            kinds = [('', '')] if g['mix'] == label else [('plugin ', ''), ('handoff ', 'handoff_')]
            for kind, prefix in kinds:
                if prefix + 'ir_per_call' not in g:
                    continue
                print('%-7s %-44s %7d %8.0f %7.3f %9.0f %9.1f' % (
                    mode, kind + g['mix'], g['calls'], g['stub_bytes'] / g['calls'],
                    g[prefix + 'ratio_at_scale'] if prefix else g['ratio_at_scale'],
                    g[prefix + 'ir_per_call'], g[prefix + 'ir_per_stub_byte']))
        if ga:
            for g in rows:
                if g is not ga:
                    print('%-7s plugin %s / %s per stub byte: Ir %.2f (target <= 0.5)' % (
                        '', g['mix'], ga['mix'], g['ir_per_stub_byte'] / ga['ir_per_stub_byte']))
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--plugin', default=os.path.join(ROOT, 'build', 'dhcpm.so'))
    ap.add_argument('--handoff', default=None,
                    help='the handoff-only build (default: build/dhcpm_handoff.so, built with '
                         'cmake --build build --target dhcpm_handoff when missing); '
                         'none: skip the handoff runs')
    ap.add_argument('--abi', default=None, help='plugin folder version (default: tshark\'s X.Y)')
    ap.add_argument('--calls', default='100000',
                    help='capture sizes, comma separated (empty: callgrind only)')
    ap.add_argument('--runs', type=int, default=5, help='runs of each, floor and plugin')
    ap.add_argument('--modes', default='fields,V,summary')
    ap.add_argument('--pref', action='append', default=[], metavar='NAME:VALUE',
                    help='a preference for every run (tshark -o), e.g. '
                         'dhcpm.check_rpc_header:FALSE to measure what that check costs')
    ap.add_argument('--callgrind-calls', type=int, default=2000, help='0: no callgrind')
    ap.add_argument('--scratch', default='/tmp/dhcpm-bench', help='where captures are made')
    ap.add_argument('--source', action='append', metavar='NAME',
                    help='a capture of captures/ to replay, without .pcapng (repeatable: one '
                         'mix of them all; default: %s)' % ', '.join(SOURCES))
    ap.add_argument('--mix', action='append', metavar='NAME[+NAME...]',
                    help='a mix to measure, its captures joined by + (repeatable: every mix '
                         'in the same turns; default: the --source mix), e.g. --mix conforming '
                         '--mix protocol-dhcpsrv+protocol-dhcpsrv2')
    ap.add_argument('--anchor', choices=sorted(ANCHORS),
                    help='measure Wireshark\'s own dissector of that interface too, on its '
                         'replayed capture (bench/anchor-NAME.pcapng) against tshark with it '
                         'disabled, and print it side by side with the plugin, per call and '
                         'per stub byte')
    ap.add_argument('--json', help='write the results here too')
    ap.add_argument('--check', type=int, metavar='CALLS',
                    help='no timing: check that a replayed capture of CALLS calls decodes '
                         'exactly like the capture it replays (a ctest); with --anchor, the '
                         'anchor\'s capture')
    args = ap.parse_args()
    if args.source:
        SOURCES[:] = args.source
    mixes = [m.split('+') for m in args.mix] if args.mix else [list(SOURCES)]
    PREFS[:] = [a for pref in args.pref for a in ('-o', pref)]

    abi = args.abi or re.search(r'(\d+\.\d+)\.\d+', subprocess.run(
        ['tshark', '-v'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode()).group(1)
    os.makedirs(args.scratch, exist_ok=True)
    os.chmod(args.scratch, 0o755)
    runner = Runner(os.path.abspath(args.plugin), abi)
    runners = {'plugin': runner, 'floor': runner}
    if args.handoff != 'none' and not args.check:
        handoff = args.handoff or default_handoff()
        if not os.path.exists(handoff):
            raise SystemExit('%s: no handoff build (cmake --build build --target dhcpm_handoff, '
                             'or --handoff none)' % handoff)
        runners['handoff'] = Runner(os.path.abspath(handoff), abi)
    if args.check:
        try:
            runner.check_loaded()
            sys.exit(check_replay(runner, args.check, args.anchor))
        finally:
            runner.close()
    results = {'machine': machine(), 'plugin': os.path.abspath(args.plugin), 'timed': [],
               'callgrind': []}
    anchor_sources = [ANCHORS[args.anchor]['capture']] if args.anchor else None
    anchor_label = 'anchor ' + args.anchor if args.anchor else None
    try:
        runner.check_loaded()
        m = results['machine']
        print('%s; %s cores; %s; load %.1f %.1f %.1f' % ((m['tshark'], m['cores'], m['cpu']) + tuple(m['load'])))
        FLOOR[:] = floor_options(runner, make_capture(args.scratch, 2000)[0])
        if '--disable-protocol' not in FLOOR:
            raise RuntimeError('tshark cannot disable the plugin: no floor to compare with')
        print('floor: tshark %s' % ' '.join(FLOOR))
        if args.anchor:
            print('anchor: Wireshark\'s %s dissector, tshark %s against tshark %s '
                  '--disable-protocol %s; -T fields -e %s' % (
                      args.anchor, ' '.join(FLOOR), ' '.join(FLOOR), args.anchor,
                      ANCHORS[args.anchor]['field']))
        modes = args.modes.split(',')
        print('%-22s %-7s %-7s %8s %8s %6s | %8s %8s %6s %7s | %6s %6s %6s | %8s %8s %7s' % (
            'run', 'calls', 'mode', 'wall f', 'wall p', 'ratio', 'cpu f', 'cpu p', 'ratio',
            'min r', 'MB f', 'MB p', 'ratio', 'us/call', 'min', 'ns/stB'))
        for calls in [int(c) for c in args.calls.split(',') if c]:
            # every mix and the anchor: (label, capture, its make_capture.py facts, calls)
            captures = []
            for mix in mixes:
                capture, meta = make_capture(args.scratch, calls, mix)
                captures.append(('+'.join(mix), capture, meta, count_calls(runner, capture)))
            if args.anchor:
                capture, meta = make_capture(args.scratch, calls, anchor_sources)
                captures.append((anchor_label, capture, meta, count_calls(runner, capture)))
            for mode in modes:
                configs = {}
                for label, capture, _, _ in captures:
                    if label == anchor_label:
                        for which in ('anchor', 'anchor_floor'):
                            configs[(label, which)] = (runner, capture,
                                                       mode_args(mode, which, args.anchor))
                    else:
                        for which in runners:
                            configs[(label, which)] = (runners[which], capture,
                                                       mode_args(mode, which))
                samples = timed(configs, mode, args.runs)
                for label, capture, meta, n in captures:
                    if label == anchor_label:
                        mine = {'plugin': samples[(label, 'anchor')],
                                'floor': samples[(label, 'anchor_floor')]}
                    else:
                        mine = {which: samples[(label, which)] for which in runners}
                    res = summarise(mine, n)
                    res.update(calls=n, mode=mode, mix=label)
                    per_stub(res, meta, n)
                    results['timed'].append(res)
                    print_timed(label, res)
        if args.callgrind_calls and ensure_valgrind():
            captures = []
            for mix in mixes:
                capture, meta = make_capture(args.scratch, args.callgrind_calls, mix)
                captures.append(('+'.join(mix), capture, meta, count_calls(runner, capture)))
            if args.anchor:
                capture, meta = make_capture(args.scratch, args.callgrind_calls, anchor_sources)
                captures.append((anchor_label, capture, meta, count_calls(runner, capture)))
            # Every run's own start-up (its instructions on a one-frame
            # capture: the plugin's registration and loading are paid once a
            # run, not a call), to tell what a call costs at scale.
            one = os.path.join(args.scratch, 'one-frame.pcapng')
            subprocess.run(['editcap', '-r', captures[0][1], one, '1'], check=True,
                           stdout=subprocess.DEVNULL)
            os.chmod(one, 0o644)
            startup = {}
            for mode in modes:
                for which in runners:
                    startup[(mode, which)] = callgrind(runners[which], one, mode_args(mode, which),
                                                       'startup-%s-%s' % (mode, which),
                                                       args.scratch)[0]
                if args.anchor:
                    for which in ('anchor', 'anchor_floor'):
                        startup[(mode, which)] = callgrind(
                            runner, one, mode_args(mode, which, args.anchor),
                            'startup-%s-%s' % (mode, which), args.scratch)[0]
            print('\ncallgrind: instructions (Ir); start-up (one frame): %s' % ', '.join(
                '%s %s %d' % (m, w, v) for (m, w), v in startup.items()))
            print('%-22s %-6s %8s %14s %14s %10s %14s %14s %10s %7s %12s %9s %9s' % (
                'run', 'mode', '', 'floor', 'plugin', 'diff/call', 'floor dissect',
                'plug dissect', 'diff/call', 'ratio', 'entry/call', 'share', 'diff/stB'))
            for mode in modes:
                for label, capture, meta, n in captures:
                    tag = label.replace(' ', '-').replace('+', '_')
                    stub = meta['stub_bytes']
                    if label == anchor_label:
                        floor, floor_d, _, _, floor_loop = callgrind(
                            runner, capture, mode_args(mode, 'anchor_floor', args.anchor),
                            '%s-%s-floor' % (mode, tag), args.scratch)
                        total, total_d, own, hot, loop = callgrind(
                            runner, capture, mode_args(mode, 'anchor', args.anchor),
                            '%s-%s' % (mode, tag), args.scratch)
                        handoff = None
                    else:
                        floor, floor_d, _, _, floor_loop = callgrind(
                            runner, capture, mode_args(mode, 'floor'),
                            '%s-%s-floor' % (mode, tag), args.scratch)
                        total, total_d, own, hot, loop = callgrind(
                            runner, capture, mode_args(mode, 'plugin'),
                            '%s-%s-plugin' % (mode, tag), args.scratch)
                        handoff = callgrind(runners['handoff'], capture, mode_args(mode, 'handoff'),
                                            '%s-%s-handoff' % (mode, tag), args.scratch) \
                            if 'handoff' in runners else None
                    base, run = ('anchor_floor', 'anchor') if label == anchor_label \
                        else ('floor', 'plugin')
                    su_floor, su_run = startup[(mode, base)], startup[(mode, run)]
                    # what the floor costs a call at SCALE_CALLS calls
                    scale = (floor - su_floor) / n + su_floor / SCALE_CALLS

                    def at_scale(run_loop, su):
                        """Instructions a call above the floor at SCALE_CALLS
                        calls: the per-packet work's (tshark's start-up,
                        threads and exit, which vary a little from run to
                        run, left out) over the calls, plus the start-up
                        difference spread over that many calls."""
                        return (run_loop - floor_loop) / n + (su - su_floor) / SCALE_CALLS

                    res = {'calls': n, 'mode': mode, 'mix': label, 'stub_bytes': stub,
                           'floor_ir': floor, 'plugin_ir': total,
                           'floor_startup_ir': su_floor, 'plugin_startup_ir': su_run,
                           'floor_dissect_ir': floor_d, 'plugin_dissect_ir': total_d,
                           'plugin_entry_ir': own, 'hot': hot[:20],
                           'floor_loop_ir': floor_loop, 'plugin_loop_ir': loop,
                           'ir_per_call': at_scale(loop, su_run),
                           'ir_per_call_whole_run': (total - floor) / n}
                    res['ir_per_stub_byte'] = res['ir_per_call'] * n / stub
                    res['ratio_at_scale'] = 1 + res['ir_per_call'] / scale
                    results['callgrind'].append(res)
                    print('%-22s %-6s %8s %14d %14d %10.0f %14d %14d %10.0f %7.3f %12s %8s %9.1f' % (
                        label, mode, 'Ir', floor, total, (total - floor) / n, floor_d, total_d,
                        (total_d - floor_d) / n, total_d / floor_d if floor_d else 0,
                        '%.0f' % (own / n) if label != anchor_label else '-',
                        '%.2f%%' % (100.0 * own / total_d) if label != anchor_label and total_d
                        else '-', (total - floor) / stub))
                    if handoff:
                        su_handoff = startup[(mode, 'handoff')]
                        per = at_scale(handoff[4], su_handoff)
                        res.update(handoff_ir=handoff[0], handoff_dissect_ir=handoff[1],
                                   handoff_loop_ir=handoff[4],
                                   handoff_startup_ir=su_handoff,
                                   handoff_ir_per_call=per,
                                   handoff_ir_per_stub_byte=per * n / stub,
                                   handoff_ratio_at_scale=1 + per / scale)
                        print('%-22s %-6s %8s %14s %14d %10.0f %14s %14d %10.0f %7.3f %12s %8s %9.1f' % (
                            '', '', 'handoff', '', handoff[0], (handoff[0] - floor) / n, '',
                            handoff[1], (handoff[1] - floor_d) / n,
                            handoff[1] / floor_d if floor_d else 0, '', '',
                            (handoff[0] - floor) / stub))
                    print('       at %d calls (instructions): %s %.3f (%.0f Ir/call, %.1f Ir/stub B)%s' % (
                        SCALE_CALLS, 'anchor' if label == anchor_label else 'plugin',
                        res['ratio_at_scale'], res['ir_per_call'], res['ir_per_stub_byte'],
                        ', handoff %.3f (%.0f Ir/call), decode %.3f' % (
                            res['handoff_ratio_at_scale'], res['handoff_ir_per_call'],
                            res['ratio_at_scale'] - res['handoff_ratio_at_scale'])
                        if 'handoff_ratio_at_scale' in res else ''))
                    print('       start-up (one frame): floor %d, %s %d%s' % (
                        su_floor, run, su_run, ', handoff %d' % res['handoff_startup_ir']
                        if 'handoff_startup_ir' in res else ''))
                    if hot and label != anchor_label:
                        print('       per call, inclusive: ' + ', '.join(
                            '%s %.0f' % (name, cost / n) for name, cost in hot[:8]))
                    sys.stdout.flush()
            print('(callgrind output kept in %s)' % args.scratch)
        if args.anchor or len(mixes) > 1:
            side_by_side(results, args.anchor)
    finally:
        for r in set(runners.values()):
            r.close()
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(results, f, indent=1)


def machine():
    cpu = ''
    try:
        with open('/proc/cpuinfo') as f:
            cpu = re.search(r'model name\s*: (.*)', f.read()).group(1)
    except (OSError, AttributeError):
        pass
    tshark = subprocess.run(['tshark', '-v'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode()
    return {'cpu': cpu, 'cores': os.cpu_count(), 'kernel': platform.release(),
            'tshark': tshark.splitlines()[0] if tshark else '',
            'load': os.getloadavg()}


if __name__ == '__main__':
    main()
