#!/usr/bin/env python3
"""The plugin in the Wireshark GUI: a real Qt window under Xvfb.

    gui_test.py --plugin PATH --abi X.Y [--screenshot OUT.png] CAPTURE TRUTH

Wireshark (the Debian package, run as user nobody when we are root, with the
plugin just built in a private HOME) opens the capture filtered on
GetScopeRelationship responses and goes to the first successful one.  The
test then drives it like a person would, with xdotool: it clicks into the
packet details, selects the last protocol of the tree (DHCPM), expands its
subtrees (Shift+Right) and takes a screenshot.  Then it asks the GUI itself
what it shows: Edit > Copy > All Visible Items (Ctrl+Alt+Shift+A) puts the
visible tree on the clipboard, which xclip reads.  Asserted:
  - the copied tree has the DHCPM protocol, which only the plugin registers;
  - DHCPM is the expanded one, every other protocol shows one line;
  - the DHCPM lines are exactly those of tshark -V -O dhcpm for that frame;
  - they hold the relationship name and scope of the capture's truth file.
Needs xvfb, xdotool, xclip, imagemagick and wireshark-qt.  Standard library.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from dhcpm_test import NOBODY, fail, finish  # tests/ is this script's folder

WIDTH, HEIGHT = 1280, 900
FILTER = 'dhcpm.opnum == 96 && dcerpc.pkt_type == 2'

# A profile that makes the window and its panes the same on every run:
# where the window is, no byte view, the packet list only as tall as needed.
RECENT_COMMON = '''gui.geometry_main_x: 0
gui.geometry_main_y: 0
gui.geometry_main_width: %d
gui.geometry_main_height: %d
gui.geometry_main_maximized: FALSE
privs.warn_if_elevated: FALSE
sys.warn_if_no_capture: FALSE
''' % (WIDTH, HEIGHT)
RECENT = '''gui.byte_view_show: FALSE
gui.packet_diagram_show: FALSE
gui.geometry_main_upper_pane: 150
'''
PREFERENCES = '''gui.column.format:
\t"No.", "%m",
\t"Protocol", "%p",
\t"Info", "%i"
'''


class Session:
    """A private HOME with the plugin, a private X server, and the commands
    that run there as the unprivileged user."""

    def __init__(self, plugin, abi, capture):
        self.procs = []
        self.home = tempfile.mkdtemp(prefix='dhcpm-gui-')
        pdir = os.path.join(self.home, '.local', 'lib', 'wireshark', 'plugins', abi, 'epan')
        os.makedirs(pdir)
        shutil.copy(plugin, pdir)
        self.global_plugins = os.path.join(self.home, 'global-plugins')
        os.makedirs(self.global_plugins)
        conf = os.path.join(self.home, '.config', 'wireshark')
        os.makedirs(conf)
        for name, text in (('recent_common', RECENT_COMMON), ('recent', RECENT),
                           ('preferences', PREFERENCES)):
            with open(os.path.join(conf, name), 'w') as f:
                f.write(text)
        self.capture = os.path.join(self.home, os.path.basename(capture))
        shutil.copy(capture, self.capture)
        os.makedirs(os.path.join(self.home, 'runtime'))
        if os.geteuid() == 0:       # the GUI writes its profile: the HOME is nobody's
            for root, dirs, files in os.walk(self.home):
                for n in [root] + [os.path.join(root, f) for f in files]:
                    os.chown(n, NOBODY, NOBODY)
        os.chmod(self.home, 0o755)
        os.chmod(os.path.join(self.home, 'runtime'), 0o700)
        self.display = None

    def env(self):
        env = dict(os.environ, HOME=self.home, LC_ALL='C.UTF-8',
                   WIRESHARK_PLUGIN_DIR=self.global_plugins,
                   XDG_RUNTIME_DIR=os.path.join(self.home, 'runtime'),
                   XDG_CACHE_HOME=os.path.join(self.home, '.cache'))
        for k in ('XDG_CONFIG_HOME', 'XAUTHORITY', 'WAYLAND_DISPLAY', 'SESSION_MANAGER'):
            env.pop(k, None)
        if self.display:
            env['DISPLAY'] = self.display
            env['QT_QPA_PLATFORM'] = 'xcb'
        return env

    def as_user(self, cmd):
        if os.geteuid() == 0:
            return ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY,
                    '--clear-groups'] + cmd
        return cmd

    def tshark(self, args):
        p = subprocess.run(self.as_user(['tshark'] + args), env=self.env(), cwd=self.home,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        if p.returncode != 0:
            raise RuntimeError('tshark %s: %s' % (' '.join(args), p.stderr.decode()))
        return p.stdout.decode('utf-8', 'replace')

    def start_x(self):
        r, w = os.pipe()
        xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(w), '-screen', '0',
                                 '%dx%dx24' % (WIDTH, HEIGHT), '-nolisten', 'tcp'],
                                pass_fds=(w,), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(w)
        number = b''
        while not number.endswith(b'\n'):
            chunk = os.read(r, 16)
            if not chunk:
                raise RuntimeError('Xvfb did not start')
            number += chunk
        os.close(r)
        self.display = ':' + number.decode().strip()

    def x(self, *cmd, timeout=30):
        """An X client (xdotool, xclip, import) run as ourselves on our display."""
        p = subprocess.run(list(cmd), env=self.env(), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout.decode('utf-8', 'replace')

    def start_wireshark(self, frame):
        log = open(os.path.join(self.home, 'wireshark.log'), 'w')
        ws = subprocess.Popen(self.as_user(['wireshark', '-r', self.capture, '-Y', FILTER,
                                            '-g', str(frame)]),
                              env=self.env(), cwd=self.home, stdout=log, stderr=log)
        self.procs.append(ws)
        return ws

    def close(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        shutil.rmtree(self.home, ignore_errors=True)


def top_level(text):
    """The tree as (protocol line, [its lines]) pairs, by indentation."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(' '):
            out.append((line, [line]))
        elif out:
            out[-1][1].append(line)
    return out


def dhcpm_lines(text):
    for head, lines in top_level(text):
        if head.startswith('Microsoft DHCP Server Management Protocol'):
            return lines
    return None


def target(session, truth_path):
    """The first successful GetScopeRelationship response, and its truth."""
    out = session.tshark(['-r', session.capture, '-Y', FILTER + ' && dhcpm.werror == 0',
                          '-T', 'fields', '-e', 'frame.number', '-e', 'tcp.stream',
                          '-e', 'dcerpc.cn_call_id'])
    frame, stream, call_id = [int(v) for v in out.splitlines()[0].split('\t')]
    truth = json.load(open(truth_path, encoding='utf-8'))
    for c in truth['calls']:
        if c['tcp_stream_hint'] == stream and c['call_id'] == call_id:
            return frame, c
    raise RuntimeError('frame %d (stream %d call %d) is not in the truth' % (frame, stream, call_id))


def drive(session, window):
    """Click into the packet details, expand DHCPM, copy what is visible."""
    session.x('xdotool', 'windowfocus', '--sync', window)
    session.x('xdotool', 'key', 'ctrl+Left')                 # View > Collapse All
    # Below the few top-level rows of the details pane and above the status
    # bar: gives the tree the focus without choosing a row.
    session.x('xdotool', 'mousemove', '--window', window, str(WIDTH // 2), str(HEIGHT - 80),
              'click', '1')
    # The first key makes a row current; End then goes to the last
    # protocol, DHCPM; Shift+Right is View > Expand Subtrees.
    session.x('xdotool', 'key', '--delay', '150', 'Home', 'End', 'shift+Right')
    time.sleep(1)
    session.x('xdotool', 'key', 'ctrl+alt+shift+a')          # Copy > All Visible Items
    time.sleep(0.5)
    rc, text = session.x('xclip', '-o', '-selection', 'clipboard')
    return text if rc == 0 else ''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--abi', required=True)
    ap.add_argument('--screenshot')
    ap.add_argument('capture')
    ap.add_argument('truth')
    a = ap.parse_args()
    s = Session(a.plugin, a.abi, a.capture)
    try:
        frame, call = target(s, a.truth)
        want = dhcpm_lines(s.tshark(['-r', s.capture, '-Y', 'frame.number == %d' % frame,
                                     '-V', '-O', 'dhcpm']))
        s.start_x()
        ws = s.start_wireshark(frame)
        rc, window = s.x('xdotool', 'search', '--sync', '--name',
                         '^%s' % os.path.basename(s.capture), timeout=120)
        if rc != 0 or not window.strip():
            raise RuntimeError('no Wireshark window for the capture')
        window = window.split()[0]
        text = ''
        # The window can show before the capture is read and the packet is
        # selected; try again until the tree is there, for up to a minute.
        deadline = time.time() + 60
        while time.time() < deadline and ws.poll() is None:
            text = drive(s, window)
            if dhcpm_lines(text) == want:
                break
            time.sleep(2)
        if a.screenshot:
            s.x('import', '-window', window, a.screenshot)
        s.x('xdotool', 'key', '--window', window, 'ctrl+q')
        try:
            ws.wait(15)
        except subprocess.TimeoutExpired:
            pass

        tree = top_level(text)
        got = dhcpm_lines(text)
        if got is None:
            fail('the GUI shows no DHCPM tree for frame %d; it copied:\n%s' % (frame, text))
        else:
            if got != want:
                fail('the GUI tree differs from tshark -V -O dhcpm:\nGUI:\n%s\ntshark:\n%s'
                     % ('\n'.join(got), '\n'.join(want or [])))
            others = [head for head, lines in tree
                      if lines[0] != got[0] and len(lines) > 1]
            if others:
                fail('expanded besides DHCPM: %s' % others)
            name = call['response']['dhcpm.relationship.name'][0]
            scope = call['request']['dhcpm.scope_id'][0]
            for value in (name, scope):
                if not any(line.rstrip().endswith(': ' + value) for line in got):
                    fail('no line of the GUI tree ends with %r' % value)
            print('gui: frame %d, DHCPM tree of %d lines shown, relationship "%s", scope %s'
                  % (frame, len(got), name, scope))
        if a.screenshot:
            if not os.path.exists(a.screenshot) or os.path.getsize(a.screenshot) < 10000:
                fail('no screenshot in %s' % a.screenshot)
            else:
                print('screenshot: %s' % a.screenshot)
    finally:
        s.close()
    return finish()


if __name__ == '__main__':
    sys.exit(main())
