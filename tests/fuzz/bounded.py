#!/usr/bin/env python3
"""Hostile values have bounded cost.

    bounded.py --plugin dhcpm.so --abi 4.0 HOSTILE.pcapng BASELINE.pcapng

Dissects the hostile capture (captures/gen_hostile.py: counts of
0xFFFFFFFF, strings longer than the packet, thousands of deferred
pointers) and a baseline capture with the full tree (-V), and asserts:
- per PDU, the plugin's tree has at most one line per stub byte (plus a
  constant): the work follows the bytes received, not the counts claimed;
- the whole run stays within CPU and memory bounds that a loop or an
  allocation sized by a claimed count (2^32 elements) would break: CPU time
  at most 20 s and no more than 8 times the baseline's per byte; peak
  memory at most 150 MB above the baseline's;
- every PDU that claims 0xFFFFFFFF or 0x80000000 of something gets the
  expert info that says the count exceeds the data.
"""

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

from fuzz import FuzzTshark  # noqa: E402
from dhcpm_test import fail, finish  # noqa: E402


def measure(ts, capture):
    """(-V text, CPU seconds, peak RSS in kB) of one tshark run."""
    path = ts.stage(capture)
    p = subprocess.Popen(ts.command(['-n', '-V', '-r', path]), cwd=ts.home,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        fail('%s: tshark exited %d: %s' % (capture, p.returncode, err.decode()[-2000:]))
    return out.decode('utf-8', 'replace'), usage.ru_utime + usage.ru_stime, usage.ru_maxrss


# 4.6 says "Frame 1: Packet, 74 bytes on wire", earlier versions "Frame 1: 74 bytes".
FRAME_RE = re.compile(r'^Frame (\d+): (?:\w+, )?(\d+) bytes on wire', re.M)
REASSEMBLED_RE = re.compile(r'Reassembled DCE/RPC length: (\d+)')


def frames(text):
    starts = [(m.start(), int(m.group(1)), int(m.group(2))) for m in FRAME_RE.finditer(text)]
    for i, (at, number, length) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        yield number, length, text[at:end]


def check_pdus(text):
    n = 0
    for number, length, body in frames(text):
        at = body.find('\nMicrosoft DHCP Server Management Protocol')
        if at < 0:
            continue
        n += 1
        m = REASSEMBLED_RE.search(body)
        stub = int(m.group(1)) if m else length
        lines = body[at:].count('\n')
        if lines > stub + 60:
            fail('frame %d: %d tree lines for %d stub bytes' % (number, lines, stub))
        claims = re.findall(r'Offset: (\d+)|count: (\d+)|DataLength: (\d+)|numElements: (\d+)|'
                            r'NumElements: (\d+)', body[at:])
        huge = any(int(v) in (0xFFFFFFFF, 0x80000000) for c in claims for v in c if v)
        if huge and 'needs more than the' not in body and 'String offset' not in body:
            fail('frame %d: a count of 2^31 or more without its expert info' % number)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--abi', required=True)
    ap.add_argument('--preload', action='append', default=[])
    ap.add_argument('hostile')
    ap.add_argument('baseline')
    a = ap.parse_args()
    ts = FuzzTshark(a.plugin, a.abi, a.preload)
    try:
        ts.check_loaded()
        base_text, base_cpu, base_rss = measure(ts, a.baseline)
        text, cpu, rss = measure(ts, a.hostile)
    finally:
        ts.close()
    n = check_pdus(text)
    if n < 20:
        fail('only %d dhcpm PDUs decoded in %s' % (n, a.hostile))
    size, base_size = os.path.getsize(a.hostile), os.path.getsize(a.baseline)
    per_byte, base_per_byte = cpu / size, max(base_cpu, 0.05) / base_size
    print('hostile: %d PDUs, %d bytes, %.2fs CPU, %d MB peak; baseline: %d bytes, %.2fs CPU, '
          '%d MB peak' % (n, size, cpu, rss // 1024, base_size, base_cpu, base_rss // 1024))
    if cpu > 20:
        fail('hostile capture took %.1fs of CPU' % cpu)
    if per_byte > 8 * base_per_byte:
        fail('hostile capture costs %.1f times the baseline per byte' % (per_byte / base_per_byte))
    if rss > base_rss + 150 * 1024:
        fail('hostile capture peaked at %d MB, baseline %d MB' % (rss // 1024, base_rss // 1024))
    return finish()


if __name__ == '__main__':
    sys.exit(main())
