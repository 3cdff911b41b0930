#!/bin/sh
# Runs each libFuzzer harness for a bounded time (the `fuzz` target):
#   sh tools/fuzz.sh BUILD_DIR SECONDS fuzz_num fuzz_csv ...
# Seeds come from fuzz/corpus/<harness>/ (read only); new inputs go to
# BUILD_DIR/corpus/<harness>/, crashes to BUILD_DIR/crashes/<harness>/.
# Stops at the first harness that finds a crash (exit 1). An input slower
# than 10 s counts as a crash (issue 8); fuzz/<harness>.dict is used when
# present.
set -eu
cd "$(dirname "$0")/.."
build=$1
secs=$2
shift 2
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tools/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
for h in "$@"; do
	mkdir -p "$build/corpus/$h" "$build/crashes/$h"
	echo "fuzz: $h for ${secs}s" >&2
	seeds=fuzz/corpus/$h
	[ -d "$seeds" ] || seeds=
	dict=
	[ -f "fuzz/$h.dict" ] && dict="-dict=fuzz/$h.dict"
	"$build/$h" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 \
		-print_final_stats=1 $dict \
		-artifact_prefix="$build/crashes/$h/" \
		"$build/corpus/$h" $seeds
done
