#!/bin/sh
# tools/matrix.sh: build and test the plugin against the Wireshark of other
# Debian releases, each in a minimal root filesystem of its own.
#
#   sudo tools/matrix.sh [SUITE...]     default: trixie sid
#
# trixie (Debian 13) ships Wireshark 4.4, sid (unstable) 4.6, bookworm
# (Debian 12, the host of ./dhcpm.sh test and CI) 4.0; any suite debootstrap
# knows works.  Each root filesystem is made once with debootstrap and kept
# in $DHCPM_MATRIX_CACHE (default /var/cache/dhcpm-matrix), with the
# packages ./dhcpm.sh installs into it; later runs reuse it.  Inside, the
# same `./dhcpm.sh test` as on the host builds with -Werror and runs ctest.
# The sources copied in are the work tree's files (committed or not, without
# build/) and ../shared.  Downloaded .debs are not kept (apt-get clean).
# Needs root (debootstrap, chroot, mounts).
#
# DHCPM_MATRIX_COMMAND runs another command there instead of the tests,
# e.g. the benchmark on 4.4 and 4.6 (docs/performance.md):
#   DHCPM_MATRIX_COMMAND="./dhcpm.sh bench --runs 3" sudo -E tools/matrix.sh
set -eu

cd "$(dirname "$0")/.."
CACHE=${DHCPM_MATRIX_CACHE:-/var/cache/dhcpm-matrix}
MIRROR=${DHCPM_MATRIX_MIRROR:-http://deb.debian.org/debian}
SUITES=${*:-trixie sid}
COMMAND=${DHCPM_MATRIX_COMMAND:-./dhcpm.sh test}

if [ "$(id -u)" -ne 0 ]; then
    echo "matrix: needs root (debootstrap, chroot)" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
fi
mkdir -p "$CACHE"

# Never delete through a mount point left inside a root filesystem.
unmounted() {
    if grep -q " $1/" /proc/mounts; then
        echo "matrix: something is mounted below $1; unmount it first" >&2
        exit 1
    fi
}

rootfs() {
    root=$CACHE/$1
    if [ ! -f "$root/.dhcpm-ready" ]; then
        echo "matrix: $1: debootstrap into $root"
        unmounted "$root"
        rm -rf "$root"
        # In a mount namespace of its own: what debootstrap mounts inside the
        # new root goes away with it, even if it is interrupted.
        unshare --mount --propagation private \
            debootstrap --variant=minbase "$1" "$root" "$MIRROR" >"$CACHE/$1.debootstrap.log" 2>&1 || {
            tail -n 20 "$CACHE/$1.debootstrap.log" >&2
            return 1
        }
        # A mirror may serve a frozen copy of a suite whose Release file
        # has passed its Valid-Until date; the matrix still wants it.
        echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99dhcpm-matrix"
        touch "$root/.dhcpm-ready"
    fi
}

run_suite() {
    suite=$1
    root=$CACHE/$suite
    rootfs "$suite"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    unmounted "$root"
    rm -rf "$root/work"
    mkdir -p "$root/work/dhcpm" "$root/work/shared"
    # The work tree as it is, tracked or new files alike, never build/.
    git ls-files -z --cached --others --exclude-standard |
        xargs -0 tar -cf - --no-recursion | tar -xf - -C "$root/work/dhcpm"
    if [ -d ../shared ]; then
        cp -RL ../shared/. "$root/work/shared/"
    fi
    # Mounts live in a private namespace and vanish with it, even on failure.
    unshare --mount --propagation private sh -eu -c '
        root=$1
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs tmpfs "$root/tmp"
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
            /bin/sh -c "cd /work/dhcpm && { $2; rc=\$?; apt-get clean; tshark --version | head -n 1; exit \$rc; }"
    ' matrix "$root" "$COMMAND"
}

summary=""
status=0
for suite in $SUITES; do
    start=$(date +%s)
    log=$CACHE/$suite.log
    echo "matrix: $suite: building and testing (log: $log)"
    if run_suite "$suite" >"$log" 2>&1; then
        result="passed"
    else
        result="FAILED"
        status=1
        tail -n 40 "$log" >&2
    fi
    version=$(grep -o '^TShark (Wireshark) [0-9][0-9.]*[0-9]' "$log" | tail -n 1 | sed 's/.* //')
    tests=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
    line="$suite: Wireshark ${version:-?}: $result in $(( $(date +%s) - start )) s (${tests:-no ctest summary})"
    echo "matrix: $line"
    summary="$summary$line
"
done
printf '\nmatrix summary\n%s' "$summary"
exit $status
