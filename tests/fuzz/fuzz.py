#!/usr/bin/env python3
"""Fuzz the dhcpm plugin: mutate every capture and run tshark on each result.

    fuzz.py --plugin dhcpm.so --abi 4.0 run [--seed S] [--pdus N] CAPTURE...
    fuzz.py --plugin dhcpm.so --abi 4.0 replay DIR
    fuzz.py --plugin dhcpm.so --abi 4.0 valgrind [--seed S] [--pdus N] CAPTURE...
    fuzz.py --plugin dhcpm.so --abi 4.0 harvest [--seed S] CAPTURE...

run      Two mutators, both deterministic for a seed:
         - editcap -E (random bytes anywhere in every frame), as Wireshark's
           fuzz-test.sh does, a few rounds per capture;
         - the stub-aware mutator (mutate.py): every dhcpm call of every
           capture is copied many times, each copy on a TCP connection of its
           own (bind, bind_ack, request, response), with its request or
           response stub damaged where NDR is fragile.  Copies are batched
           into large pcapng files so one tshark run dissects thousands.
         Each file is dissected twice, one pass and two passes (-2), with the
         full tree built (-V) and WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 and
         WIRESHARK_ABORT_ON_TOO_MANY_ITEMS=1.  A crash, an abort, a hang, an
         exit status other than 0 or 2, or a dissector-bug / too-many-items /
         sanitizer report on stderr fails the run; the failing copies are cut
         down (bisection over copies) and kept in --regressions.
replay   Every pcapng in DIR must dissect clean, one pass and two passes.
valgrind The same mutated batches, smaller, under valgrind memcheck; fails
         on any error report (suppressions: tests/fuzz/valgrind.supp).
harvest  Writes to --regressions, for each dhcpm expert info, the first
         mutated copy that raises it (the seed of the regression folder).

--preload LIB (repeatable) runs tshark with LD_PRELOAD=LIB, for a plugin
built with -DDHCPM_SANITIZE=ON (tshark itself is not instrumented).

tshark runs as in dhcpm_test.py: user nobody when run as root, the plugin
in a private HOME.  Standard library only.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import pcapng  # noqa: E402
from mutate import Mutator, Target, TARGET_FIELDS  # noqa: E402
import dhcpm_test  # noqa: E402
from dhcpm_test import Tshark, NOBODY  # noqa: E402

# the first line of a decoded PDU's tree: dhcpsrv2 (the protocol dhcpm) and dhcpsrv
MARKERS = (b'\nMicrosoft DHCP Server Management Protocol, ', b'\nMS-DHCPM dhcpsrv interface, ')
# -T fields -e dhcpm.interface: each PDU's interface name
LAZY_MARKERS = (b'dhcpsrv',)
MARKER_TAIL = max(len(m) for m in MARKERS) - 1
BAD_STDERR = re.compile(r'DISSECTOR_BUG|[Dd]issector bug|too many items|Sanitizer|'
                        r'runtime error|[Aa]ssertion|CRITICAL|Invalid read|Invalid write|'
                        r'uninitialised|definitely lost in')
ABORT_ENV = {'WIRESHARK_ABORT_ON_DISSECTOR_BUG': '1', 'WIRESHARK_ABORT_ON_TOO_MANY_ITEMS': '1'}
# Every frame passes; dhcpm.ndr.actual_count and dhcpm.relationship.scope are
# in the hidden tree, every other field of the plugin is skipped.
HIDDEN_TREE_FILTER = 'frame or dhcpm.relationship.scope'


# ---- running tshark ----------------------------------------------------------

class Result:
    def __init__(self, ok, why, markers, seconds, stderr):
        self.ok, self.why, self.markers, self.seconds, self.stderr = ok, why, markers, seconds, stderr


class FuzzTshark(Tshark):
    """dhcpm_test's tshark, with the abort switches, an optional LD_PRELOAD
    or valgrind in front, streamed output and a hang timeout."""

    def __init__(self, plugin, abi, preload=(), valgrind=None):
        Tshark.__init__(self, plugin, abi)
        self.preload = list(preload)
        self.valgrind = valgrind
        self.work = os.path.join(self.home, 'work')
        os.makedirs(self.work)
        os.chmod(self.work, 0o755)

    def command(self, args, tool=True):
        """tshark args as user nobody (when root), with the environment set
        for tshark alone (not for setpriv, nor for valgrind's own start-up)."""
        env_args = ['%s=%s' % kv for kv in sorted(ABORT_ENV.items())]
        env_args += ['HOME=%s' % self.home, 'LC_ALL=C.UTF-8',
                     'WIRESHARK_PLUGIN_DIR=%s' % self.global_plugins]
        if self.preload or self.valgrind:
            # every wmem and GLib allocation a malloc of its own, so that the
            # memory checker sees the bounds of each one
            env_args += ['WIRESHARK_DEBUG_WMEM_OVERRIDE=simple', 'G_SLICE=always-malloc']
        if self.preload:
            env_args.append('LD_PRELOAD=%s' % ':'.join(self.preload))
            env_args.append('ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:abort_on_error=1')
            env_args.append('UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1')
        cmd = ['env', '-u', 'XDG_CONFIG_HOME'] + env_args
        if self.valgrind and tool:
            cmd += self.valgrind
        cmd += ['tshark'] + args
        if os.geteuid() == 0:
            cmd = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY, '--clear-groups'] + cmd
        return cmd

    def check_loaded(self):
        if not self.preload:
            return Tshark.check_loaded(self)
        # tshark -G plugins does not finish under a preloaded ASan runtime;
        # the fields prove the plugin loaded (the global plugin folder is empty).
        _, out, err = self.run(['-G', 'fields'])
        if '\tdhcpm.opnum\t' not in out:
            raise RuntimeError('tshark did not load the plugin from %s:\n%s' % (self.home, err))
        return None

    def run(self, args, check=True):
        """As Tshark.run (used for -G and PDML), with the preload but without valgrind."""
        p = subprocess.run(self.command(args, tool=False), cwd=self.home, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=300)
        out, err = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
        if check and p.returncode != 0:
            raise RuntimeError('tshark %s failed (%d): %s' % (' '.join(args), p.returncode, err))
        return p.returncode, out, err

    def dissect(self, path, two_pass, timeout):
        os.chmod(path, 0o644)
        # The one-pass run shows the whole tree (-V) with the NDR details:
        # everything is computed.  The two-pass run asks for a few fields only, as a
        # script does (-T fields, a read filter every frame passes): both
        # passes build a hidden tree where the plugin adds only what they
        # name and steps over the rest, and no expert can be seen, so no
        # check runs: the lazy paths, which -V never takes.  Each PDU of
        # ours prints its interface name, the marker of that run.
        if two_pass:
            cmd = self.command(['-n', '-r', path, '-2', '-R', HIDDEN_TREE_FILTER, '-T', 'fields',
                                '-e', 'dhcpm.interface', '-e', 'dhcpm.relationship.name'])
            markers_of = LAZY_MARKERS
        else:
            cmd = self.command(['-n', '-V', '-r', path, '-o', 'dhcpm.ndr_details:TRUE'])
            markers_of = MARKERS
        errpath = path + '.stderr'
        start = time.time()
        with open(errpath, 'wb') as err:
            p = subprocess.Popen(cmd, cwd=self.home, stdout=subprocess.PIPE, stderr=err,
                                 start_new_session=True)
            hung = []

            def kill():
                hung.append(True)
                try:
                    os.killpg(p.pid, 9)
                except ProcessLookupError:
                    pass
            timer = threading.Timer(timeout, kill)
            timer.start()
            markers, tail = 0, b''
            while True:
                chunk = p.stdout.read(1 << 20)
                if not chunk:
                    break
                buf = tail + chunk
                # a marker wholly in the tail was counted with the last chunk
                markers += sum(buf.count(m) - tail.count(m) for m in markers_of)
                tail = buf[-MARKER_TAIL:]
            rc = p.wait()
            timer.cancel()
        seconds = time.time() - start
        stderr = open(errpath, encoding='utf-8', errors='replace').read()
        os.unlink(errpath)
        why = None
        if hung:
            why = 'hang: no end after %ds' % timeout
        elif rc < 0:
            why = 'killed by signal %d' % -rc
        elif rc not in (0, 2):
            why = 'exit status %d' % rc
        bad = [line for line in stderr.splitlines() if BAD_STDERR.search(line)]
        if bad:
            # the sanitizer's or Wireshark's own words, first
            why = '%s: %s' % (why, bad[0].strip()) if why else 'stderr: ' + bad[0].strip()
        return Result(why is None, why, markers, seconds, stderr)

    def pdml_targets(self, capture):
        """{frame number: [(frame offset, size, kind)]} and the set of frames
        the plugin decodes, from the intact capture."""
        # with the NDR details, whose positions are the targets
        _, out, _ = self.run(['-r', self.stage(capture), '-T', 'pdml',
                              '-o', 'dhcpm.ndr_details:TRUE'])
        targets, decoded = {}, set()
        for pkt in ET.fromstring(out).iter('packet'):
            number = None
            found = []
            for f in pkt.iter('field'):
                name = f.get('name')
                if name == 'frame.number':
                    number = int(f.get('show'))
                elif name == 'dhcpm.interface':
                    decoded.add(number)
                elif name in TARGET_FIELDS and f.get('pos') is not None:
                    found.append((int(f.get('pos')), int(f.get('size')), TARGET_FIELDS[name]))
            targets[number] = found
        return targets, decoded


# ---- the calls of a capture, as templates for copies ------------------------

class Call:
    """One decoded call with the bind of its connection."""

    def __init__(self, bind, bind_ack, request, response, req_targets, resp_targets):
        self.bind, self.bind_ack = bind, bind_ack          # (Packet, Tcp)
        self.request, self.response = request, response    # (Packet, Tcp); response may be None
        self.req_targets, self.resp_targets = req_targets, resp_targets


def load_calls(ts, capture):
    header, packets = pcapng.read(capture)
    targets, decoded = ts.pdml_targets(capture)
    streams = {}
    calls = []
    for number, p in enumerate(packets, 1):
        try:
            t = pcapng.Tcp(p.data)
        except ValueError:
            continue
        if not t.payload:
            continue
        pdus = pcapng.dcerpc_pdus(t.payload)
        if not pdus or len(pdus) != 1:
            continue
        ptype = pdus[0][1]
        if ptype in (pcapng.REQUEST, pcapng.RESPONSE) and t.payload[3] & 3 != 3:
            continue        # a fragment: copies are made of whole PDUs only
        fwd = t.key()
        rev = (t.dst, t.dport, t.src, t.sport)
        s = streams.get(fwd) or streams.get(rev)
        if ptype == pcapng.BIND:
            s = streams[fwd] = {'bind': (p, t), 'bind_ack': None, 'calls': {}}
        elif s is None:
            continue
        elif ptype == pcapng.BIND_ACK and s['bind_ack'] is None:
            s['bind_ack'] = (p, t)
        elif ptype == pcapng.REQUEST and number in decoded:
            call_id = int.from_bytes(t.payload[12:16], 'little')
            s['calls'][call_id] = c = Call(s['bind'], s['bind_ack'], (p, t), None,
                                           relative(targets.get(number, []), p, t), [])
            calls.append(c)
        elif ptype in (pcapng.RESPONSE, pcapng.FAULT):
            call_id = int.from_bytes(t.payload[12:16], 'little')
            c = s['calls'].get(call_id)
            if c is not None:
                c.response = (p, t)
                c.resp_targets = relative(targets.get(number, []), p, t)
    return header, [c for c in calls if c.bind_ack is not None]


def relative(found, packet, tcp):
    """Frame offsets to offsets in the TCP payload (the PDU)."""
    base = len(packet.data) - len(tcp.payload)
    return [Target(pos - base, size, kind) for pos, size, kind in found if pos >= base]


class Batch:
    """Copies of calls, each on its own TCP connection, as pcapng packets."""

    def __init__(self):
        self.packets = []
        self.copies = []        # [(first packet index, packet count, description)]
        self.mutated = 0        # mutated dhcpm PDUs
        self.pdus = 0           # dhcpm PDUs (mutated or not)
        self.base = None        # first timestamp: frames 1 us apart from there

    def add(self, call, req_payload, resp_payload, mutated, what):
        i = len(self.copies)
        client_ip = bytes((127, 10 + (i >> 16), (i >> 8) & 0xFF, i & 0xFF))
        bp, bt = call.bind
        ap, at = call.bind_ack
        server_ip, sport, cport = bt.dst, bt.dport, bt.sport
        c_seq, s_seq = bt.seq, at.seq
        frames = []

        def client(p, t, payload):
            nonlocal c_seq
            frames.append((p, t.build(payload, client_ip, cport, server_ip, sport, c_seq, s_seq)))
            c_seq += len(payload)

        def server(p, t, payload):
            nonlocal s_seq
            frames.append((p, t.build(payload, server_ip, sport, client_ip, cport, s_seq, c_seq)))
            s_seq += len(payload)

        client(bp, bt, bt.payload)
        server(ap, at, at.payload)
        client(call.request[0], call.request[1], req_payload)
        if call.response is not None:
            server(call.response[0], call.response[1], resp_payload)
        first = len(self.packets)
        for p, data in frames:
            if self.base is None:
                self.base = (p.ts_high << 32) | p.ts_low
            stamp = self.base + len(self.packets) * 1000
            self.packets.append(pcapng.Packet(stamp >> 32, stamp & 0xFFFFFFFF, data, p.if_id))
        self.copies.append((first, len(frames), what))
        self.mutated += mutated
        self.pdus += 2 if call.response is not None and call.response[1].payload[2] == pcapng.RESPONSE else 1

    def subset(self, indexes):
        b = Batch()
        b.base = self.base
        for i in indexes:
            first, n, what = self.copies[i]
            b.copies.append((len(b.packets), n, what))
            b.packets.extend(self.packets[first:first + n])
        return b


def make_batch(calls, rng, copies):
    m = Mutator(rng)
    b = Batch()
    for _ in range(copies):
        c = rng.choice(calls)
        req, resp = c.request[1].payload, c.response[1].payload if c.response else None
        is_resp = resp is not None and resp[2] == pcapng.RESPONSE
        side = rng.random()
        n, what = 0, []
        if side < 0.5 or not is_resp or side >= 0.9:
            req, w = m.mutate(req, c.req_targets)
            n += 1
            what.append('request: ' + w)
        if is_resp and side >= 0.5:
            resp, w = m.mutate(resp, c.resp_targets)
            n += 1
            what.append('response: ' + w)
        b.add(c, req, resp, n, '; '.join(what))
    return b


# ---- the fuzz loop -----------------------------------------------------------

class Fuzz:
    def __init__(self, ts, args):
        self.ts, self.a = ts, args
        self.failures = []
        self.stats = {'files': 0, 'tshark runs': 0, 'mutated PDUs': 0, 'editcap PDUs': 0,
                      'decoded PDUs': 0}

    def timeout(self, packets):
        t = 20 + packets * 0.005
        return t * (40 if self.ts.valgrind else 1)

    def check(self, path, n_packets, expect_pdus):
        """Both passes; (failure or None)."""
        for two_pass in (False, True):
            r = self.ts.dissect(path, two_pass, self.timeout(n_packets))
            self.stats['tshark runs'] += 1
            if not r.ok:
                return '%s (%s pass)\n%s' % (r.why, 'two' if two_pass else 'one', r.stderr[-3000:])
            if r.markers < expect_pdus:
                # not a crash, but a fuzz run that no longer reaches the plugin tests nothing
                return 'only %d of %d dhcpm PDUs were dissected by the plugin (%s pass)' % (
                    r.markers, expect_pdus, 'two' if two_pass else 'one')
            if not two_pass:
                self.stats['decoded PDUs'] += r.markers
                self.last_seconds = r.seconds
        return None

    def keep(self, header, batch, name, why):
        """Bisect the failing copies down and keep them as a regression input."""
        idx = list(range(len(batch.copies)))
        tries = 0
        while len(idx) > 1 and tries < 24:
            half = idx[:len(idx) // 2], idx[len(idx) // 2:]
            for part in half:
                tries += 1
                sub = batch.subset(part)
                path = os.path.join(self.ts.work, 'bisect.pcapng')
                pcapng.write(path, header, sub.packets)
                if self.check(path, len(sub.packets), 0):
                    idx = part
                    break
            else:
                break
        keep = batch.subset(idx)
        os.makedirs(self.a.regressions, exist_ok=True)
        out = os.path.join(self.a.regressions, name + '.pcapng')
        pcapng.write(out, header, keep.packets)
        with open(out[:-len('.pcapng')] + '.txt', 'w', encoding='utf-8') as f:
            f.write('%s\n\n%s\n' % (why.split('\n')[0],
                                    '\n'.join(w for _, _, w in keep.copies)))
        self.failures.append('%s: %s -> %s' % (name, why.split('\n')[0], out))
        print('FAIL %s: %s\n  kept %d copies in %s' % (name, why, len(idx), out), flush=True)

    def stub_aware(self, capture, header, calls, budget):
        name = os.path.basename(capture)[:-len('.pcapng')]
        rng = random.Random('%s/%s' % (self.a.seed, name))
        batch_no, done = 0, 0
        while done < budget:
            copies = min(self.a.batch, budget - done)
            b = make_batch(calls, rng, copies)
            path = os.path.join(self.ts.work, '%s-%d.pcapng' % (name, batch_no))
            pcapng.write(path, header, b.packets)
            why = self.check(path, len(b.packets), int(b.pdus * 0.9))
            self.stats['files'] += 1
            if why:
                self.keep(header, b, '%s-seed%s-batch%d' % (name, self.a.seed, batch_no), why)
            else:
                self.stats['mutated PDUs'] += b.mutated
            os.unlink(path)
            done += copies
            batch_no += 1
            print('  %s batch %d: %d copies, %d mutated PDUs, %.1fs, %s' % (
                name, batch_no, copies, b.mutated, getattr(self, 'last_seconds', 0),
                'FAIL' if why else 'clean'), flush=True)

    def editcap(self, capture, header, packets, decoded_frames):
        name = os.path.basename(capture)[:-len('.pcapng')]
        src = self.ts.stage(capture)
        for r in range(self.a.editcap_rounds):
            seed = str(random.Random('%s/%s/%d' % (self.a.seed, name, r)).randrange(1 << 30))
            out = os.path.join(self.ts.work, '%s-editcap-%s.pcapng' % (name, seed))
            subprocess.run(['editcap', '-E', str(self.a.editcap_prob), '--seed', seed, src, out],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, mutated = pcapng.read(out)
            changed = sum(1 for i, (a, b) in enumerate(zip(packets, mutated), 1)
                          if i in decoded_frames and a.data != b.data)
            why = self.check(out, len(mutated), 0)
            self.stats['files'] += 1
            if why:
                os.makedirs(self.a.regressions, exist_ok=True)
                keep = os.path.join(self.a.regressions, '%s-editcap-%s.pcapng' % (name, seed))
                os.replace(out, keep)
                self.failures.append('%s editcap seed %s: %s -> %s' % (name, seed,
                                                                       why.split('\n')[0], keep))
                print('FAIL editcap %s seed %s: %s' % (name, seed, why), flush=True)
            else:
                self.stats['editcap PDUs'] += changed
                os.unlink(out)

    def run(self, captures):
        loaded = []
        for cap in captures:
            header, calls = load_calls(self.ts, cap)
            loaded.append((cap, header, calls))
        total_calls = sum(len(c) for _, _, c in loaded)
        if not total_calls:
            raise SystemExit('no decoded dhcpm call over TCP in %s' % ' '.join(captures))
        for cap, header, calls in loaded:
            _, packets = pcapng.read(cap)
            _, decoded = self.ts.pdml_targets(cap)
            if self.a.editcap_rounds:
                self.editcap(cap, header, packets, decoded)
            if not calls:
                # e.g. over SMB named pipes, or sealed: not copied, editcap only
                print('%s: no whole dhcpm PDU over TCP to copy' % os.path.basename(cap),
                      flush=True)
                continue
            # copies in proportion to the calls of each capture; about 1.1
            # mutated PDUs per copy
            budget = max(1, int(self.a.pdus / 1.1 * len(calls) / total_calls))
            print('%s: %d decoded calls, %d copies' % (os.path.basename(cap), len(calls), budget),
                  flush=True)
            self.stub_aware(cap, header, calls, budget)


def replay(ts, directory):
    files = sorted(f for f in os.listdir(directory) if f.endswith('.pcapng')) \
        if os.path.isdir(directory) else []
    failures = []
    if not files:
        failures.append('no regression inputs in %s' % directory)
    for f in files:
        path = ts.stage(os.path.join(directory, f))
        before = len(failures)
        for two_pass in (False, True):
            r = ts.dissect(path, two_pass, 120)
            if not r.ok:
                failures.append('%s (%s pass): %s\n%s' % (f, 'two' if two_pass else 'one',
                                                          r.why, r.stderr[-2000:]))
            elif r.markers == 0:
                failures.append('%s: the plugin decoded nothing' % f)
        print('  %s: %s' % (f, 'ok' if len(failures) == before else 'FAIL'), flush=True)
    print('replay: %d files' % len(files))
    return failures


def harvest(ts, a):
    """Seeds the regression folder: for every dhcpm expert info, the first
    mutated copy (of a batch made with --seed) that raises it, so replay
    covers every error path of the runtime from the start."""
    _, out, _ = ts.run(['-G', 'fields'])
    experts = sorted(line.split('\t')[2] for line in out.splitlines()
                     if line.startswith('F\t') and line.split('\t')[2].startswith('dhcpm.expert.'))
    wanted = set(experts)
    os.makedirs(a.regressions, exist_ok=True)
    for cap in a.inputs:
        header, calls = load_calls(ts, cap)
        rng = random.Random('%s/harvest/%s' % (a.seed, os.path.basename(cap)))
        b = make_batch(calls, rng, a.batch)
        path = os.path.join(ts.work, 'harvest.pcapng')
        pcapng.write(path, header, b.packets)
        args = ['-r', path, '-T', 'fields', '-E', 'separator=|', '-e', 'frame.number']
        for e in experts:
            args += ['-e', e]
        _, out, _ = ts.run(args)
        copy_of = {}
        for i, (first, n, _) in enumerate(b.copies):
            for k in range(n):
                copy_of[first + k + 1] = i
        for line in out.splitlines():
            cols = line.split('|')
            for e, v in zip(experts, cols[1:]):
                if v and e in wanted:
                    wanted.discard(e)
                    i = copy_of[int(cols[0])]
                    name = 'expert-%s' % e.split('.')[-1]
                    keep = b.subset([i])
                    pcapng.write(os.path.join(a.regressions, name + '.pcapng'), header, keep.packets)
                    with open(os.path.join(a.regressions, name + '.txt'), 'w') as f:
                        f.write('raises %s; from %s, seed %s\n%s\n' % (
                            e, os.path.basename(cap), a.seed, b.copies[i][2]))
                    print('  %s: %s' % (name, b.copies[i][2]))
    print('harvest: no copy raised %s' % ', '.join(sorted(wanted)) if wanted else 'harvest: all')
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--abi', required=True)
    ap.add_argument('--preload', action='append', default=[])
    ap.add_argument('--seed', default='1')
    ap.add_argument('--pdus', type=int, default=2000, help='mutated dhcpm PDUs (stub-aware)')
    ap.add_argument('--batch', type=int, default=5000, help='copies per tshark run')
    ap.add_argument('--editcap-rounds', type=int, default=2)
    ap.add_argument('--editcap-prob', type=float, default=0.02)
    ap.add_argument('--regressions', default=os.path.join(HERE, 'regressions'))
    ap.add_argument('mode', choices=('run', 'replay', 'valgrind', 'harvest'))
    ap.add_argument('inputs', nargs='+')
    a = ap.parse_args()

    valgrind = None
    if a.mode == 'valgrind':
        valgrind = ['valgrind', '--tool=memcheck', '--error-exitcode=99', '--num-callers=30',
                    '--suppressions=%s' % os.path.join(HERE, 'valgrind.supp'),
                    '--gen-suppressions=all', '--leak-check=no', '--track-origins=yes']
    ts = FuzzTshark(a.plugin, a.abi, a.preload, valgrind)
    start = time.time()
    try:
        ts.check_loaded()
        if dhcpm_test.FAILURES:
            return 1
        if a.mode == 'replay':
            failures = replay(ts, a.inputs[0])
        elif a.mode == 'harvest':
            failures = harvest(ts, a)
        else:
            f = Fuzz(ts, a)
            try:
                f.run(a.inputs)
                failures = f.failures
            except RuntimeError as e:       # the intact captures already fail
                failures = f.failures + ['intact capture: %s' % str(e)[:3000]]
            print('fuzz seed %s: %s in %.0fs' % (a.seed, ', '.join(
                '%s %d' % kv for kv in f.stats.items()), time.time() - start))
    finally:
        ts.close()
    if failures:
        print('%d failure(s):\n%s' % (len(failures), '\n'.join(failures)))
        return 1
    print('ok: no crash, abort, hang or error report')
    return 0


if __name__ == '__main__':
    sys.exit(main())
