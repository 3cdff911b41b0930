#!/bin/sh
# Times pdf_render (best of N, the document built once outside the timing):
# the Magetan sample report with its charts (issue 6 target: <= 150 ms on
# 2 cores), then the synthetic report of tests/pdf/synth.h (23 pages, 4
# tables, 1 chart). With valgrind installed and CALLGRIND=1, also the
# instruction count of one pdf_render of Magetan, which does not depend on
# the load of the machine.
# Usage: bench/pdf_bench.sh [build-dir] [runs]
set -eu
B=${1:-build-pdf}
N=${2:-20}
R=content/magetan-diskopukm-2024
cmake --build "$B" --target test_pdf -j2 >/dev/null
"$B/test_pdf" bench-report "$R" "$N"
"$B/test_pdf" bench "$N"
if [ "${CALLGRIND:-0}" = 1 ] && command -v valgrind >/dev/null; then
	valgrind --tool=callgrind --toggle-collect=pdf_render \
	    --callgrind-out-file=/tmp/lkjip-pdf-callgrind.out \
	    "$B/test_pdf" bench-report "$R" 1 2>&1 | grep 'refs:' |
	    sed 's/.*refs: */pdf_render Magetan instructions: /'
fi
