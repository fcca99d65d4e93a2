#!/usr/bin/env python3
"""The Debian package: cpack builds it, dpkg installs it in a scratch root,
and tshark loads the plugin from there.

    package_test.py --cpack CPACK --config CPackConfig.cmake CAPTURE TRUTH

Asserts, against what the system says rather than what CMake was told:
  - the .deb holds exactly one file, dhcpm.so, in the epan folder of the
    global plugin folder that this system's tshark reports (-G folders);
  - it depends on the package that ships the libwireshark tshark runs with;
  - dpkg installs it into a scratch root whose package database is a copy
    of this system's, so its dependencies must be met by what is installed;
  - tshark, given that root's plugin folder as its global one, lists the
    plugin from there and decodes the capture's GetScopeRelationship
    responses to the names in the truth file.
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

from dhcpm_test import NOBODY, fail, finish  # tests/ is this script's folder


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kw)
    out, err = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    if p.returncode != 0:
        raise RuntimeError('%s failed (%d):\n%s%s' % (' '.join(cmd), p.returncode, out, err))
    return out


def tshark(args, env, cwd):
    """tshark as an unprivileged user: as root it ignores WIRESHARK_PLUGIN_DIR."""
    cmd = ['tshark'] + args
    if os.geteuid() == 0:
        cmd = ['setpriv', '--reuid=%d' % NOBODY, '--regid=%d' % NOBODY, '--clear-groups'] + cmd
    return run(cmd, env=env, cwd=cwd)


def system_plugin_dir(scratch):
    """The global plugin folder of this system's tshark, with no override."""
    env = dict(os.environ, HOME=scratch, LC_ALL='C.UTF-8')
    env.pop('WIRESHARK_PLUGIN_DIR', None)
    out = tshark(['-G', 'folders'], env, scratch)
    m = re.search(r'^Global Plugins:\s*(\S+)\s*$', out, re.M)
    if not m:
        raise RuntimeError('tshark -G folders has no global plugin folder:\n' + out)
    return m.group(1)


def libwireshark_package():
    """The Debian package of the libwireshark that tshark is linked with."""
    out = run(['ldd', shutil.which('tshark')])
    m = re.search(r'^\s*libwireshark\.so\.\S+ => (\S+)', out, re.M)
    if not m:
        raise RuntimeError('tshark is not linked with libwireshark:\n' + out)
    # realpath: /lib is a link to /usr/lib, and dpkg knows the /usr name
    return run(['dpkg', '-S', os.path.realpath(m.group(1))]).split(':')[0]


def build_package(cpack, config, outdir):
    run([cpack, '--config', config, '-B', outdir])
    debs = [f for f in os.listdir(outdir) if f.endswith('.deb')]
    if len(debs) != 1:
        raise RuntimeError('cpack made %r, expected one .deb' % debs)
    return os.path.join(outdir, debs[0])


def check_control(deb):
    fields = {}
    for line in run(['dpkg-deb', '-f', deb]).splitlines():
        if ':' in line and not line.startswith(' '):
            k, v = line.split(':', 1)
            fields[k.strip()] = v.strip()
    if fields.get('Package') != 'wireshark-dhcpm-plugin':
        fail('package name is %r' % fields.get('Package'))
    arch = run(['dpkg', '--print-architecture']).strip()
    if fields.get('Architecture') != arch:
        fail('architecture %r, expected %r' % (fields.get('Architecture'), arch))
    lib = libwireshark_package()
    depends = [d.strip().split(' ')[0] for d in fields.get('Depends', '').split(',')]
    if lib not in depends:
        fail('Depends %r lacks %s, the package of the libwireshark tshark uses'
             % (fields.get('Depends'), lib))
    print('control: %s %s, Depends: %s' % (fields.get('Package'), fields.get('Version'),
                                           fields.get('Depends')))


def check_contents(deb, plugin_dir):
    files = [line.split()[-1] for line in run(['dpkg-deb', '-c', deb]).splitlines()
             if line.startswith('-')]
    want = '.' + plugin_dir + '/epan/dhcpm.so'
    if files != [want]:
        fail('package files %r, expected [%r]' % (files, want))
    print('contents: %s' % ', '.join(files))


def install_scratch(deb, root):
    """dpkg --root into a scratch root, with this system's package database."""
    admin = os.path.join(root, 'var', 'lib', 'dpkg')
    for d in ('info', 'updates', 'triggers'):
        os.makedirs(os.path.join(admin, d))
    shutil.copy('/var/lib/dpkg/status', os.path.join(admin, 'status'))
    open(os.path.join(admin, 'available'), 'w').close()
    cmd = ['dpkg', '--root=' + root, '--admindir=' + admin, '--force-script-chrootless',
           '--log=/dev/null', '-i', deb]
    if os.geteuid() != 0:
        cmd.insert(1, '--force-not-root')
    run(cmd, env=dict(os.environ, DPKG_ROOT=root))
    status = run(['dpkg-query', '--admindir=' + admin, '-W', '-f', '${Status}',
                  'wireshark-dhcpm-plugin'])
    if status != 'install ok installed':
        fail('dpkg status in the scratch root: %r' % status)
    print('dpkg --root: %s' % status)


def check_tshark_loads(root, plugin_dir, scratch, capture, truth_path):
    # WIRESHARK_PLUGIN_DIR names the folder above the version folder.
    base = os.path.dirname(root + plugin_dir)
    home = os.path.join(scratch, 'home')
    os.makedirs(home)
    for r, dirs, files in os.walk(scratch):
        os.chmod(r, 0o755)
        for f in files:
            os.chmod(os.path.join(r, f), 0o644)
    env = dict(os.environ, HOME=home, LC_ALL='C.UTF-8', WIRESHARK_PLUGIN_DIR=base)
    env.pop('XDG_CONFIG_HOME', None)
    want_path = root + plugin_dir + '/epan/dhcpm.so'
    rows = [l.split('\t') for l in tshark(['-G', 'plugins'], env, home).splitlines()]
    if not any(r[0].strip() == 'dhcpm.so' and r[-1].strip() == want_path for r in rows):
        fail('tshark -G plugins does not list %s:\n%s' % (want_path, rows))
    cap = os.path.join(scratch, os.path.basename(capture))
    shutil.copy(capture, cap)
    os.chmod(cap, 0o644)
    out = tshark(['-r', cap, '-Y', 'dhcpm.opnum == 96 && dcerpc.pkt_type == 2',
                  '-T', 'fields', '-e', 'dhcpm.relationship.name'], env, home)
    got = [l for l in out.splitlines() if l]
    truth = json.load(open(truth_path, encoding='utf-8'))
    want = [c['response']['dhcpm.relationship.name'][0] for c in truth['calls']
            if c['interface'] == 'dhcpsrv2' and c['opnum'] == 96 and c.get('response')
            and c['response'].get('dhcpm.relationship.name')]
    if not want or got != want:
        fail('GetScopeRelationship names decoded %r, expected %r' % (got, want))
    print('tshark: loaded %s, decoded %d relationship names' % (want_path, len(got)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cpack', required=True)
    ap.add_argument('--config', required=True)
    ap.add_argument('capture')
    ap.add_argument('truth')
    a = ap.parse_args()
    scratch = tempfile.mkdtemp(prefix='dhcpm-package-')
    try:
        deb = build_package(a.cpack, a.config, os.path.join(scratch, 'out'))
        plugin_dir = system_plugin_dir(scratch)
        check_control(deb)
        check_contents(deb, plugin_dir)
        root = os.path.join(scratch, 'root')
        install_scratch(deb, root)
        check_tshark_loads(root, plugin_dir, scratch, a.capture, a.truth)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return finish()


if __name__ == '__main__':
    sys.exit(main())
