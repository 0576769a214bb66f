#!/bin/sh
# Runs the libFuzzer targets built in BUILD_DIR (cmake -DTARGS_FUZZ=ON).
#
# usage: run.sh BUILD_DIR SECONDS RUNS [TARGET...]
#
# Each target runs for SECONDS (0: no time limit) or RUNS executions
# (0: no limit), whichever ends first, on its own corpus in
# BUILD_DIR/corpus/TARGET, which starts from the seeds fuzz/seeds.py
# builds and keeps what the fuzzer finds across runs. A crash, leak,
# timeout or undefined behaviour stops the target and leaves the input in
# BUILD_DIR/crashes/; then run.sh says so and exits 1. A found input
# becomes a regression test by copying it to fuzz/regressions/TARGET/.
set -eu

build=$1
seconds=$2
runs=$3
shift 3
targets=${*:-load-yaml load-json scalar check-yaml check-json}
[ "$runs" = 0 ] && runs=-1  # libFuzzer's "no limit"
here=$(cd "$(dirname "$0")" && pwd)

python3 "$here/seeds.py" "$here/.." "$build/seeds"
mkdir -p "$build/crashes" "$build/logs"
failed=""
for t in $targets; do
	mkdir -p "$build/corpus/$t"
	case $t in
	*yaml) dict="-dict=$here/yaml.dict" ;;
	*json) dict="-dict=$here/json.dict" ;;
	*) dict="" ;;
	esac
	log="$build/logs/$t.log"
	echo "fuzz: $t for ${seconds}s / $runs runs (log: $log)"
	# shellcheck disable=SC2086 # $dict is one word or none
	if "$build/fuzz/fuzz-$t" -max_total_time="$seconds" -runs="$runs" \
	    -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix="$build/crashes/$t-" $dict \
	    "$build/corpus/$t" "$build/seeds/$t" >"$log" 2>&1; then
		grep -E '^stat::number_of_executed_units|^Done' "$log" |
		    sed "s/^/fuzz: $t: /"
	else
		tail -n 30 "$log"
		failed="$failed $t"
	fi
done
if [ -n "$failed" ]; then
	echo "fuzz: failed:$failed (inputs in $build/crashes)" >&2
	exit 1
fi
