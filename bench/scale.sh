#!/bin/sh
# Scale benchmark (issue 16): for each N, a synthetic site of N reports
# (bench/synth.sh) built from scratch with -j 2 under /usr/bin/time -v;
# prints wall and CPU time (user + system), CPU time per report, peak RSS
# (the largest of lkjip and its workers) and the largest site index page.
# Then the site step alone (lkjip site --force) on the same output.
# Usage: bench/scale.sh [BIN] [N...]   (default: build/lkjip 200 1000 5000)
# Needs about 1 MB of disk per report under ${TMPDIR:-/tmp}.
set -eu
BIN=${1:-build/lkjip}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- 200 1000 5000
W=${TMPDIR:-/tmp}/lkjip-scale
mkdir -p "$W"
export SOURCE_DATE_EPOCH=1700000000
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
printf '| reports | wall | CPU | CPU per report | peak RSS | largest index page | site step alone (CPU, RSS) |\n'
printf '|---|---|---|---|---|---|---|\n'
for n in "$@"; do
	sh bench/synth.sh "$W/c$n" "$n" 2>/dev/null
	rm -rf "$W/o$n"
	/usr/bin/time -v "$BIN" build "$W/c$n" -o "$W/o$n" -j 2 >/dev/null 2>"$W/t$n" ||
		{ tail -5 "$W/t$n"; exit 1; }
	/usr/bin/time -v "$BIN" site "$W/c$n" -o "$W/o$n" --force >/dev/null 2>"$W/s$n"
	u=$(field "User time (seconds)" "$W/t$n"); s=$(field "System time (seconds)" "$W/t$n")
	su=$(field "User time (seconds)" "$W/s$n"); ss=$(field "System time (seconds)" "$W/s$n")
	page=$(ls -l "$W/o$n"/index.html "$W/o$n"/indeks-*.html 2>/dev/null |
		awk '$5 > m { m = $5 } END { printf "%.0f KB", m / 1000 }')
	awk -v n="$n" -v wall="$(field "Elapsed (wall clock) time (h:mm:ss or m:ss)" "$W/t$n")" \
		-v u="$u" -v s="$s" -v rss="$(field "Maximum resident set size (kbytes)" "$W/t$n")" \
		-v page="$page" -v su="$su" -v ss="$ss" \
		-v srss="$(field "Maximum resident set size (kbytes)" "$W/s$n")" 'BEGIN {
		printf "| %d | %s | %.1f s | %.1f ms | %.1f MB | %s | %.2f s, %.1f MB |\n",
			n, wall, u + s, (u + s) * 1000 / n, rss / 1000, page, su + ss, srss / 1000 }'
	rm -rf "$W/c$n" "$W/o$n"
done
