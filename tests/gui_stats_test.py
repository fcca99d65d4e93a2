#!/usr/bin/env python3
"""Statistics > DHCPM in the Wireshark GUI: each table's window, opened
through the real menus, shows the rows tshark -z prints for the capture.

    gui_stats_test.py --plugin PATH --abi X.Y
                      --table calls|relationships|changes [--table ...]
                      [--screenshot TABLE=OUT.png ...] CAPTURE TRUTH

Wireshark (the session of tests/gui_test.py: the Debian package as user
nobody, the plugin in a private HOME, a private Xvfb) opens the capture.
For each table the test opens Statistics and goes to the entry with the
keyboard, as a person would: Alt+S opens the menu, R (the mnemonic of
"Service Response Time") goes to the last fixed item, Left closes its
submenu, Down walks into the protocols' entries below it.  Wireshark 4.0
puts a tap table named "DHCPM/Calls" there as one entry, sorted by name
among the other protocols' tables (no DHCPM submenu), so the test finds
the first DHCPM entry by walking down one entry at a time: each Return
opens a window whose title says which entry it was (a window of another
protocol is closed again).  The DHCPM entries are then "DHCPM/Calls",
"DHCPM/Changes", "DHCPM/Failover relationships" in that order.

In the table's window the test presses Tab Tab Tab Space: from the table,
which has the focus, to the display filter, Apply and the dialog's Copy
button, which puts the whole table on the clipboard as text; xclip reads
it.  The window fills itself when it opens
(no Apply needed); the test copies until the rows are there.  Asserted:
  - the window's title and the copied text's title name the table;
  - the copied header has the table's columns, and its rows are exactly
    the rows of tshark -q -z dhcpm,<table> on the same capture (cells
    compared with runs of blanks made one, order ignored);
  - against the truth: Calls has every method of the truth with the
    truth's number of calls; Failover relationships names every
    relationship of a successful call and no name the truth lacks;
    Changes has one row per change call of the truth.
--screenshot TABLE=OUT.png saves that table's window, with the rows the
test read, as OUT.png (docs/gui-TABLE.png are such screenshots).
Needs what tests/gui_test.py needs.  Standard library.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

from dhcpm_test import CHANGE_METHODS, METHOD_NAMES, fail, finish, quote_name
from gui_test import Session

# table: (the menu entry and window title, tshark's table title, -z name)
TABLES = {
    'calls': ('DHCPM/Calls', 'MS-DHCPM calls per method', 'dhcpm,calls'),
    'relationships': ('DHCPM/Failover relationships', 'MS-DHCPM failover relationships',
                      'dhcpm,relationships'),
    'changes': ('DHCPM/Changes', 'MS-DHCPM configuration changes', 'dhcpm,changes'),
}
# Wireshark sorts the protocols' entries of Statistics by name.
MENU_ORDER = sorted(t[0] for t in TABLES.values())
# The size a table's window is given: the same screenshot on every run.
DIALOG_W, DIALOG_H = 1240, 460
MAX_PROBE = 30          # protocol entries tried before the first DHCPM one


def tshark_table(session, name, filt=None):
    """(header cells, [row cells]) of tshark -q -z dhcpm,<table>[,filter]."""
    menu, title, z = TABLES[name]
    out = session.tshark(['-r', session.capture, '-q', '-z',
                          z + (',' + filt if filt else '')]).splitlines()
    if menu + ':' not in out or title not in out:
        raise RuntimeError('tshark printed no table %s' % menu)
    i = out.index(menu + ':')
    header = [c.strip() for c in out[i + 2].split(' |')[:-1]]
    rows = []
    for line in out[out.index(title, i) + 1:]:
        if line.startswith('====='):
            break
        rows.append([c.strip() for c in line.split(' |')[:-1]])
    return header, rows


def squeeze(cells):
    """A row as one line, every run of blanks one space: the GUI pads cells
    to the column width, tshark to its own widths."""
    return ' '.join(' '.join(cells).split())


def parse_copy(text, menu):
    """The title, header and rows of the dialog's Copy text:
        ====...
        DHCPM/Calls - CAPTURE:
        Header  Cells
        ----...
        rows
        ----...
    """
    lines = text.splitlines()
    starts = [i for i, l in enumerate(lines) if l.startswith(menu + ' - ')]
    if not starts:
        return None, None, []
    i = starts[0]
    header = lines[i + 1] if i + 1 < len(lines) else ''
    rows = []
    for line in lines[i + 3:]:
        if line.startswith('-----') or line.startswith('====='):
            break
        rows.append(line)
    return lines[i], header, rows


class Gui:
    """The Wireshark main window of a session and the table windows it opens."""

    def __init__(self, session):
        self.s = session
        self.ws = None
        self.main = None
        self.first = None       # walk from "Service Response Time" to DHCPM/Calls
        self.sub = False        # the DHCPM entries are in a submenu there

    def start(self):
        log = open(os.path.join(self.s.home, 'wireshark.log'), 'w')
        self.ws = subprocess.Popen(self.s.as_user(['wireshark', '-r', self.s.capture]),
                                   env=self.s.env(), cwd=self.s.home, stdout=log, stderr=log)
        self.s.procs.append(self.ws)
        rc, out = self.s.x('xdotool', 'search', '--sync', '--name',
                           '^%s' % re.escape(os.path.basename(self.s.capture)), timeout=120)
        if rc != 0 or not out.strip():
            raise RuntimeError('no Wireshark window for the capture')
        self.main = out.split()[0]

    def windows(self):
        """{window id: title} of the visible top-level windows."""
        rc, out = self.s.x('xdotool', 'search', '--onlyvisible', '--name', '.')
        found = {}
        for w in out.split():
            rc, name = self.s.x('xdotool', 'getwindowname', w)
            if rc == 0:
                found[w] = name.strip()
        return found

    def new_window(self, before, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline and self.ws.poll() is None:
            for w, name in self.windows().items():
                if w not in before and w != self.main and name:
                    return w, name
            time.sleep(0.3)
        return None, None

    def close(self, window):
        self.s.x('xdotool', 'windowfocus', '--sync', window)
        self.s.x('xdotool', 'key', 'Escape')
        deadline = time.time() + 10
        while time.time() < deadline and window in self.windows():
            time.sleep(0.2)

    def menu_entry(self, downs, sub=None, timeout=15):
        """Statistics, R, Left, Down x downs, Return; in a submenu
        (sub not None) Down x sub, Return: the window it opened."""
        before = self.windows()
        keys = ['alt+s', 'r', 'Left'] + ['Down'] * downs + ['Return']
        if sub is not None:
            keys += ['Down'] * sub + ['Return']
        self.s.x('xdotool', 'windowfocus', '--sync', self.main)
        self.s.x('xdotool', 'key', '--delay', '120', *keys)
        w, name = self.new_window(before, timeout)
        if w is None:                       # the menu did not open, or a submenu did
            self.s.x('xdotool', 'key', '--delay', '100', 'Escape', 'Escape', 'Escape')
        return w, name

    def entry(self, menu, timeout=15):
        i = MENU_ORDER.index(menu)
        if self.sub:
            return self.menu_entry(self.first, i, timeout=timeout)
        return self.menu_entry(self.first + i, timeout=timeout)

    def open_table(self, menu):
        """Statistics > menu: its window, placed and sized.  The first time,
        walks down from "Service Response Time" to the first DHCPM entry."""
        if self.first is None:
            w, name = self.find_first()
        else:
            w, name = self.entry(menu)
        if w is not None and name.startswith('Wireshark · %s · ' % MENU_ORDER[0]) \
                and menu != MENU_ORDER[0]:
            self.close(w)
            w, name = self.entry(menu)
        if w is None:
            raise RuntimeError('Statistics > %s opened no window' % menu)
        if not name.startswith('Wireshark · %s · ' % menu):
            raise RuntimeError('Statistics > %s opened %r' % (menu, name))
        # no window manager: the test places the window itself
        self.s.x('xdotool', 'windowmove', '--sync', w, '0', '0')
        self.s.x('xdotool', 'windowsize', '--sync', w, str(DIALOG_W), str(DIALOG_H))
        return w, name

    def find_first(self):
        """The first DHCPM entry below "Service Response Time" and its
        window.  An entry that opens no window is taken for a submenu
        (Wireshark 4.6 makes a DHCPM submenu): its first entry is tried."""
        for downs in range(1, MAX_PROBE + 1):
            w, name = self.menu_entry(downs, timeout=5)
            sub = None
            if w is None:
                sub = 0
                w, name = self.menu_entry(downs, 0, timeout=5)
                if w is None:
                    continue
            if 'DHCPM/' in name:
                if not name.startswith('Wireshark · %s · ' % MENU_ORDER[0]):
                    raise RuntimeError('the first DHCPM entry of Statistics opened %r' % name)
                self.first, self.sub = downs, sub is not None
                print('Statistics: %s is the entry %d below Service Response Time%s'
                      % (MENU_ORDER[0], downs, ', in a submenu' if self.sub else ''))
                return w, name
            self.close(w)
        raise RuntimeError('no DHCPM entry within %d entries below Service Response Time'
                           % MAX_PROBE)

    def copy(self, window, how):
        """The dialog's Copy button: the table has the focus when the window
        opens (how 'open'), Tab goes to the display filter, Apply, Copy;
        Space presses it.  The focus stays on Copy: the next time Space is
        enough ('again').  Else ('click') a click into the table gives it
        the focus (and selects a row) and Shift+Tab goes back from it to
        Close, Save as, Copy (with a filter typed, the filter box has
        buttons of its own in the Tab order)."""
        self.set_clipboard('')
        self.s.x('xdotool', 'windowfocus', '--sync', window)
        if how == 'click':
            self.s.x('xdotool', 'mousemove', '--window', window, '60', '45', 'click', '1')
        keys = {'open': ['Tab', 'Tab', 'Tab', 'space'], 'again': ['space'],
                'click': ['shift+Tab', 'shift+Tab', 'shift+Tab', 'space']}[how]
        self.s.x('xdotool', 'key', '--delay', '120', *keys)
        time.sleep(0.3)
        rc, text = self.s.x('xclip', '-o', '-selection', 'clipboard')
        return text if rc == 0 else ''

    def set_clipboard(self, text):
        subprocess.run(['xclip', '-i', '-selection', 'clipboard'], input=text.encode(),
                       env=self.s.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=30)

    def apply_filter(self, window, text):
        """From the Copy button Shift+Tab twice: Apply, the display filter
        box.  The filter is pasted there (typing would open the box's
        completion list, which takes the Return, and xdotool types "<" as
        ">"), copied back to check it, and Return applies it."""
        self.s.x('xdotool', 'windowfocus', '--sync', window)
        self.s.x('xdotool', 'key', '--delay', '120', 'shift+Tab', 'shift+Tab')
        got = None
        for _ in range(3):
            self.set_clipboard(text)
            self.s.x('xdotool', 'key', '--delay', '120', 'ctrl+a', 'ctrl+v')
            self.set_clipboard('')
            self.s.x('xdotool', 'key', '--delay', '120', 'ctrl+a', 'ctrl+c')
            time.sleep(0.3)
            rc, got = self.s.x('xclip', '-o', '-selection', 'clipboard')
            if got == text:
                break
        if got != text:
            raise RuntimeError('the display filter box holds %r, not %r' % (got, text))
        self.s.x('xdotool', 'key', 'Return')
        time.sleep(1)


def truth_checks(name, rows, truth):
    """The GUI's rows (copied lines) against the capture's truth."""
    if name == 'calls':
        want = {}
        for c in truth['calls']:
            m = METHOD_NAMES[c['interface'], c['opnum']]
            want[m] = want.get(m, 0) + 1
        got = {}
        for line in rows:
            cells = line.split()
            got[cells[1]] = int(cells[2])
        if got != want:
            fail('Calls window: calls per method %s, the truth %s'
                 % (sorted(got.items()), sorted(want.items())))
        return '%d methods, %d calls' % (len(got), sum(got.values()))
    if name == 'relationships':
        every, ok = set(), set()
        for c in truth['calls']:
            good = (c.get('response') or {}).get('dhcpm.werror', [None])[0] == 0
            for part in ('request', 'response'):
                names = (c.get(part) or {}).get('dhcpm.relationship.name', [])
                every.update(quote_name(n) for n in names)
                if good:
                    ok.update(quote_name(n) for n in names)
        got = set()
        for line in rows:
            m = re.match(r'("(?:[^"\\]|\\.)*")', line)
            if not m:
                fail('Failover relationships window: no name in %r' % line)
                continue
            got.add(m.group(1))
        if ok - got:
            fail('Failover relationships window lacks %s' % sorted(ok - got))
        if got - every:
            fail('Failover relationships window has names the truth lacks: %s'
                 % sorted(got - every))
        return '%d relationships' % len(got)
    want = sum(1 for c in truth['calls']
               if (c['interface'], c['opnum']) in CHANGE_METHODS and c.get('request'))
    if len(rows) != want:
        fail('Changes window: %d rows, the truth has %d changes' % (len(rows), want))
    return '%d changes' % len(rows)


def read_rows(gui, window, menu, want_rows, how):
    """Copies the window's table until it has want_rows (30 s at most):
    the copied text, its rows made one line each (sorted)."""
    want = sorted(squeeze(r) for r in want_rows)
    text, got = '', []
    deadline = time.time() + 30
    while time.time() < deadline:
        text = gui.copy(window, how)
        head, header, lines = parse_copy(text, menu)
        how = 'again' if head is not None else 'click'
        got = sorted(' '.join(l.split()) for l in lines)
        if got == want:
            break
        time.sleep(1)
    return text, got


def compare(gui, menu, text, got, want_header, want_rows, what):
    """The copied title, header and rows against tshark's."""
    want = sorted(squeeze(r) for r in want_rows)
    head, header, lines = parse_copy(text, menu)
    if head is None:
        fail('%s%s: the Copy button copied no table; the clipboard had:\n%s'
             % (menu, what, text[:2000]))
        return None
    if head != '%s - %s:' % (menu, os.path.basename(gui.s.capture)):
        fail('%s%s: the copied title is %r' % (menu, what, head))
    if ' '.join(header.split()) != squeeze(want_header):
        fail('%s%s: the copied header is %r, tshark %r' % (menu, what, header, want_header))
    if got != want:
        missing = [r for r in want if r not in got]
        extra = [r for r in got if r not in want]
        fail('%s%s: %d rows in the window, tshark %d; not in the window: %s; not in tshark: %s'
             % (menu, what, len(got), len(want), missing[:5], extra[:5]))
    return lines


def check_table(gui, name, truth, shot, filt):
    menu, _, z = TABLES[name]
    want_header, want_rows = tshark_table(gui.s, name)
    window, title = gui.open_table(menu)
    # The window fills itself as it opens (no Apply): copy until the rows are there.
    text, got = read_rows(gui, window, menu, want_rows, 'open')
    if shot:
        # 64 colours: a quarter of the size, the same look
        gui.s.x('import', '-window', window, '-colors', '64', 'png8:' + shot)
        if not os.path.exists(shot) or os.path.getsize(shot) < 5000:
            fail('no screenshot in %s' % shot)
    lines = compare(gui, menu, text, got, want_header, want_rows, '')
    if lines is not None:
        said = truth_checks(name, lines, truth)
        print('gui %s: window %r, %d rows as tshark -z %s, %s'
              % (name, title, len(got), z, said))
    if filt:
        # the window's display filter: the rows of tshark -z <table>,<filter>
        f_header, f_rows = tshark_table(gui.s, name, filt)
        if len(f_rows) in (0, len(want_rows)):
            raise RuntimeError('the filter %r leaves %d of %d rows: it tests nothing'
                               % (filt, len(f_rows), len(want_rows)))
        gui.apply_filter(window, filt)
        text, got = read_rows(gui, window, menu, f_rows, 'click')
        if compare(gui, menu, text, got, f_header, f_rows, ' filtered by %r' % filt) is not None:
            print('gui %s: display filter %r applied, %d rows as tshark -z %s,%s'
                  % (name, filt, len(got), z, filt))
    gui.close(window)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--plugin', required=True)
    ap.add_argument('--abi', required=True)
    ap.add_argument('--screenshot', action='append', default=[], metavar='TABLE=OUT.png')
    ap.add_argument('--table', action='append', required=True, choices=sorted(TABLES))
    ap.add_argument('--filter', action='append', default=[], metavar='TABLE=FILTER')
    ap.add_argument('capture')
    ap.add_argument('truth')
    a = ap.parse_args()
    truth = json.load(open(a.truth, encoding='utf-8'))
    shots = dict(v.split('=', 1) for v in a.screenshot)
    filters = dict(v.split('=', 1) for v in a.filter)
    s = Session(a.plugin, a.abi, a.capture)
    try:
        s.start_x()
        gui = Gui(s)
        gui.start()
        for name in a.table:
            check_table(gui, name, truth, shots.get(name), filters.get(name))
        s.x('xdotool', 'windowfocus', '--sync', gui.main)
        s.x('xdotool', 'key', 'ctrl+q')
        try:
            gui.ws.wait(15)
        except subprocess.TimeoutExpired:
            pass
    finally:
        s.close()
    return finish()


if __name__ == '__main__':
    sys.exit(main())
