#!/usr/bin/env bash
# Instructions per call through the shim and straight to the empty driver, counted by callgrind for every call of
# the shim-overhead benchmark (crates/bench/benches/shim_overhead.rs, in its ACLVENC_BENCH_COUNT mode): the shim's
# added instructions, a figure that, unlike time, is the same on a loaded machine. Needs valgrind.
#
#   bash scripts/instructions-per-call.sh [iterations]     (default 20000 per side)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
cargo build -q --release -p aclvenc-shim -p aclvenc-emptydrv
bench=$(cargo bench -p aclvenc-bench --bench shim-overhead --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\))$/\1/p' | tail -1)
[ -x "$bench" ] || { echo "the shim-overhead benchmark did not build" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
calls=$(ACLVENC_BENCH_COUNT=1 "$bench" --bench 2>/dev/null | sed -n 's/^counted //p')
[ -n "$calls" ] || { echo "the benchmark counted no call" >&2; exit 1; }
printf '%-54s %12s %12s %12s\n' call "shim instr" "direct instr" "added instr"
while IFS= read -r call; do
    ACLVENC_BENCH_COUNT="$n:$call" valgrind --tool=callgrind --callgrind-out-file="$out/cg" \
        --toggle-collect='*shim_side*' --toggle-collect='*direct_side*' "$bench" --bench >/dev/null 2>&1
    # The inclusive count of each side's loop, per iteration.
    callgrind_annotate --inclusive=yes --threshold=100 "$out/cg" 2>/dev/null | python3 -c '
import re, sys
n, call = int(sys.argv[1]), sys.argv[2]
side = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) .*aclvenc_bench::side_by_side::(shim|direct)_side", line)
    if m and m.group(2) not in side:
        side[m.group(2)] = int(m.group(1).replace(",", "")) / n
if len(side) != 2:
    sys.exit(f"{call}: callgrind counted no loop")
shim, direct = side["shim"], side["direct"]
print(f"{call:<54} {shim:>12.0f} {direct:>12.0f} {shim - direct:>12.0f}")
' "$n" "$call"
done <<< "$calls"
