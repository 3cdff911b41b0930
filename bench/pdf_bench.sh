#!/bin/sh
# Times pdf_render. With a working `lkjip build`, the Magetan sample report
# (target: <= 150 ms on 2 cores for the PDF with charts); else the
# synthetic report of tests/pdf/synth.h (23 pages, 4 tables, 1 chart).
# Usage: bench/pdf_bench.sh [build-dir] [runs]
set -eu
B=${1:-build-pdf}
N=${2:-20}
cmake --build "$B" --target test_pdf -j2 >/dev/null
"$B/test_pdf" bench "$N"
if [ -x "$B/lkjip" ] && "$B/lkjip" build content -o /tmp/lkjip-bench >/dev/null 2>&1; then
	echo "lkjip build content (all stages):"
	for i in 1 2 3; do
		/usr/bin/time -f "  %e s wall, %M KB" "$B/lkjip" build content \
		    -o /tmp/lkjip-bench >/dev/null
	done
fi
