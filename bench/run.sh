#!/bin/sh
# The benchmark (`make bench`): builds targs in release mode and the
# parse-only baseline with the same compiler and flags, writes the inputs,
# and measures targs against the baseline. Prints a Markdown table, also
# left in $BENCH_DIR/results.md.
#
# Environment: BENCH_DIR (default build-bench), BENCH_RUNS (runs on the
# typical config, default 200), BENCH_BATCH (configs in the batch, default
# 10000), BENCH_SIZES (scaling sizes in MB, default 1,8,64), BENCH_STRICT=1
# (exit 1 when a target fails; by default only a broken run fails).
set -eu
cd "$(dirname "$0")/.."

dir=${BENCH_DIR:-build-bench}
runs=${BENCH_RUNS:-200}
batch=${BENCH_BATCH:-10000}
sizes=${BENCH_SIZES:-1,8,64}
jobs=$(nproc 2>/dev/null || echo 2)

echo "bench: building targs and the baseline (Release) in $dir" >&2
cmake -S bench -B "$dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$dir" -j "$jobs" >/dev/null

echo "bench: writing the inputs to $dir/inputs" >&2
rm -rf "$dir/inputs"
python3 bench/gen.py "$dir/inputs" --batch "$batch" --sizes "$sizes"

set -- "$dir" --runs "$runs"
if [ "${BENCH_STRICT:-0}" = 1 ]; then
	set -- "$@" --strict
fi
exec python3 bench/measure.py "$@"
