#!/bin/sh
# tools/bench-all.sh: every figure of docs/performance.md in one command.
#
#   sudo tools/bench-all.sh            the published runs (about an hour a version here)
#   sudo tools/bench-all.sh --quick    instruction counts only (callgrind, minutes)
#
# On this machine's Wireshark (4.0 on Debian 12), then, in the root
# filesystems of tools/matrix.sh, on 4.4 (trixie) and 4.6 (sid), it runs
# bench/bench.py: the realistic mix and the whole protocol beside Wireshark's
# own srvsvc dissector, every output mode, 100,000 calls, CPU time and peak
# RSS against the floor and the handoff, callgrind on 2,000 calls; then the
# cost per call of -T fields from 10,000 to 1,000,000 calls.  Each version's
# output goes to $DHCPM_BENCH_OUT (default /tmp/dhcpm-bench-all)/<suite>.txt.
# Needs root (the matrix's chroots).
set -eu

cd "$(dirname "$0")/.."
OUT=${DHCPM_BENCH_OUT:-/tmp/dhcpm-bench-all}
SUITES=${DHCPM_BENCH_SUITES:-trixie sid}
MIXES="--anchor srvsvc --mix conforming --mix protocol-dhcpsrv+protocol-dhcpsrv2"
if [ "${1:-}" = "--quick" ]; then
    RUNS="./dhcpm.sh bench --calls '' --callgrind-calls 2000 $MIXES"
else
    RUNS="./dhcpm.sh bench --calls 100000 --runs 3 --callgrind-calls 2000 $MIXES && \
./dhcpm.sh bench --calls 10000,1000000 --runs 3 --modes fields --callgrind-calls 0"
fi
mkdir -p "$OUT"

echo "bench-all: bookworm (this machine) -> $OUT/bookworm.txt"
sh -c "$RUNS" >"$OUT/bookworm.txt" 2>&1
for suite in $SUITES; do
    echo "bench-all: $suite -> $OUT/$suite.txt"
    DHCPM_MATRIX_COMMAND="$RUNS" tools/matrix.sh "$suite" >/dev/null 2>&1 || true
    cp "${DHCPM_MATRIX_CACHE:-/var/cache/dhcpm-matrix}/$suite.log" "$OUT/$suite.txt"
done
for f in "$OUT"/*.txt; do
    echo
    echo "== $(basename "$f" .txt): $(grep -m1 '^TShark' "$f" || echo '?')"
    # the ratios at 100,000 calls and the side-by-side tables
    grep -E '^(run|[a-z].* (fields|V|summary) )|at 100000 calls|handoff \(undecoded\)' "$f"
    sed -n '/^side by side/,$p' "$f" | grep -v '^\[' | head -n 120
done
