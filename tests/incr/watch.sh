#!/bin/sh
# lkjip build --watch: rebuilds after a save, reports a content error and
# keeps watching, then rebuilds once the error is fixed.
set -eu
BIN=${LKJIP_BIN:-build-inc/lkjip}
T=$(mktemp -d /tmp/lkjip-watch.XXXXXX)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
export SOURCE_DATE_EPOCH=1700000000
cp -r content "$T/c"
M=magetan-diskopukm-2024
fail() { echo "FAIL: $*" >&2; echo "--- log"; cat "$T/log" >&2; exit 1; }
# Waits up to 30 s until the log holds $1 occurrences of "build done"
# or "content has errors" (pattern $2).
wait_for() {
	i=0
	while [ "$(grep -c -- "$2" "$T/log")" -lt "$1" ]; do
		i=$((i + 1)); [ $i -le 300 ] || fail "timeout waiting for $1 x '$2'"
		sleep 0.1
	done
}
: >"$T/log"
"$BIN" build --watch "$T/c" -o "$T/o" -j 2 >"$T/log" 2>&1 &
PID=$!
wait_for 1 "build done"

# A corrected cell, saved: rebuilt, change printed.
sed -i 's/^IKU1,2024,70,70,70,76,108,/IKU1,2024,70,70,70,78,108,/' "$T/c/$M/kinerja.csv"
wait_for 2 "build done"
grep -q "IKU1 2024: realisasi 76 -> 78" "$T/log" || fail "no change line"
test -s "$T/o/$M/perubahan.txt" || fail "no perubahan.txt"

# A typo: diagnostic, and the watcher keeps going.
sed -i 's/^IKU1,2024,70,70,70,78,/IKU1,2024,70,70,70,tujuh puluh,/' "$T/c/$M/kinerja.csv"
wait_for 1 "content has errors"
grep -q 'kinerja.csv:.*realisasi' "$T/log" || fail "no diagnostic naming the cell"
kill -0 "$PID" || fail "watcher exited on a content error"

# Fixed: built again.
sed -i 's/^IKU1,2024,70,70,70,tujuh puluh,/IKU1,2024,70,70,70,80,/' "$T/c/$M/kinerja.csv"
wait_for 3 "build done"
grep -q "IKU1 2024: realisasi 78 -> 80" "$T/log" || fail "no change line after the fix"
echo "watch: ok"
