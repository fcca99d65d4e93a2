#!/bin/sh
# dhcpm.sh: set up, build, install, demo and test the dhcpm Wireshark plugin.
#
#   ./dhcpm.sh demo       install what is missing (apt-get), build, install the
#                         plugin and decode the bundled capture
#   ./dhcpm.sh test       install what is missing, build, run the test suite
#   ./dhcpm.sh build      build only (into ./build)
#   ./dhcpm.sh install    build and install (per user; system-wide as root)
#   ./dhcpm.sh captures   regenerate captures/ with a real DCE/RPC stack (root)
#   ./dhcpm.sh fielddoc   rewrite docs/fields.md's field reference from the plugin just built
#   ./dhcpm.sh expertdoc  rewrite docs/conformance.md's rule table from the plugin just built
#   ./dhcpm.sh bench [ARGS]  what the plugin costs tshark (bench/bench.py --help)
set -eu

cd "$(dirname "$0")"
BUILD=${DHCPM_BUILD_DIR:-build}

# Debian packages the build and the tests need (same names on Debian 12, 13
# and unstable).  wireshark-common: editcap for the fuzz tests; valgrind: its
# memcheck test.  dpkg-dev and file: cpack builds the .deb with dpkg-shlibdeps.
# wireshark (the Qt GUI), xvfb, xdotool, xclip, imagemagick: the GUI tests;
# fonts-wqy-microhei: CJK glyphs for the names in their screenshots.
PACKAGES="cmake make gcc pkg-config libglib2.0-dev libwireshark-dev wireshark-dev tshark wireshark-common python3 python3-impacket util-linux
          valgrind dpkg-dev file wireshark xvfb xdotool xclip imagemagick fonts-wqy-microhei"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "dhcpm: installing packages needs root: run as root, or install sudo" >&2
        exit 1
    fi
}

setup() {
    missing=""
    for p in $PACKAGES "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        echo "dhcpm: installing Debian packages:$missing"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    fi
}

build() {
    # tshark running as root reads only the system plugin folder (Wireshark
    # 4.0), so root installs there and everyone else into their own folder.
    system=OFF
    [ "$(id -u)" -eq 0 ] && system=ON
    cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDHCPM_INSTALL_SYSTEM=$system >/dev/null
    cmake --build "$BUILD" --parallel "$(nproc)"
}

case "${1:-}" in
demo)
    setup
    build
    cmake --install "$BUILD"
    echo
    echo "dhcpm: failover calls in captures/failover-tcp.pcapng:"
    tshark -r captures/failover-tcp.pcapng -Y dhcpm
    ;;
test)
    setup
    build
    cd "$BUILD"
    ctest --output-on-failure
    ;;
build)
    setup
    build
    ;;
install)
    setup
    build
    cmake --install "$BUILD"
    ;;
fielddoc)
    setup
    build
    python3 tests/dhcpm_test.py --plugin "$BUILD/dhcpm.so" \
        --abi "$(tshark -v | sed -n '1s/.* \([0-9]*\.[0-9]*\)\..*/\1/p')" \
        fielddoc docs/fields.md tools/fielddoc.py write
    ;;
expertdoc)
    setup
    build
    python3 tests/dhcpm_test.py --plugin "$BUILD/dhcpm.so" \
        --abi "$(tshark -v | sed -n '1s/.* \([0-9]*\.[0-9]*\)\..*/\1/p')" \
        expertdoc docs/conformance.md tools/expertdoc.py plugin write
    ;;
bench)
    shift
    setup valgrind
    build
    cmake --build "$BUILD" --target dhcpm_handoff
    python3 bench/bench.py --plugin "$BUILD/dhcpm.so" --handoff "$BUILD/dhcpm_handoff.so" "$@"
    ;;
captures)
    setup python3-impacket
    as_root /usr/bin/python3 captures/make_captures.py
    ;;
*)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
