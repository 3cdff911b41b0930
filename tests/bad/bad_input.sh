#!/bin/sh
# Hostile and broken input, table-driven: every folder tests/data/bad/<case>/
# (except _base and fuzz) is the small good report in tests/data/bad/_base/
# plus the case's overlay files (same layout: site.yaml, contoh-2024/...).
# Optional per case:
#   setup.sh   sourced in the case's content folder (cwd), for what is not
#              committed: generated big or binary files, symbolic links,
#              renames, removals
#   rc         the expected exit code (default 1)
#   check.sh   sourced after a successful build, cwd = the work folder
#              (content/, out/), for checks on the output
#   expected.txt  the exact stderr of `lkjip build content -o out`; a
#              succeeding case has none: its stderr must hold no diagnostic
#              (the summary lines are the CLI's own business)
# For a failing case the same stderr must come from `lkjip check`, and out/
# (a sentinel file and a previous site) must be byte for byte untouched.
# For every case, `check --strict` and `build --strict` give the same exit
# code and diagnostics (check finds everything build would fail on).
# Run one case: sh tests/bad/bad_input.sh CASE
set -u
: "${LKJIP_BIN:=build/lkjip}"
case $LKJIP_BIN in /*) ;; *) LKJIP_BIN=$PWD/$LKJIP_BIN ;; esac
DATA=$PWD/tests/data/bad
LKJIP_SRC=$PWD; export LKJIP_SRC
TMP=$(mktemp -d /tmp/lkjip-bad.XXXXXX)
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
fail=0
n=0

snapshot() { # listing + checksums of every file under $1
	(cd "$1" && find . -print | LC_ALL=C sort && find . -type f -print0 |
		LC_ALL=C sort -z | xargs -0 sha256sum)
}

run_case() {
	name=$1
	dir=$DATA/$name
	w=$TMP/$name
	mkdir -p "$w"
	cp -R "$DATA/_base" "$w/content"
	(cd "$dir" && find . -type f ! -name expected.txt ! -name rc \
		! -name setup.sh ! -name check.sh ! -name README) |
	while read -r f; do
		mkdir -p "$w/content/$(dirname "$f")"
		cp "$dir/$f" "$w/content/$f"
	done
	if [ -f "$dir/setup.sh" ]; then
		(cd "$w/content" && . "$dir/setup.sh") || {
			echo "FAIL $name: setup.sh failed"; return 1; }
	fi
	want_rc=1
	[ -f "$dir/rc" ] && want_rc=$(cat "$dir/rc")
	# out/ holds a previous site: it must survive a failed build as it was.
	mkdir -p "$w/out/lama"
	echo "hasil sebelumnya" > "$w/out/SENTINEL"
	echo "<html><body>lama</body></html>" > "$w/out/lama/index.html"
	before=$(snapshot "$w/out")
	(cd "$w" && "$LKJIP_BIN" build content -o out >stdout 2>stderr)
	rc=$?
	ok=0
	# BLESS=1 records the current stderr (review it by eye before committing).
	[ "${BLESS:-}" = 1 ] && [ "$want_rc" != 0 ] && cp "$w/stderr" "$dir/expected.txt"
	if [ "$rc" != "$want_rc" ]; then
		echo "FAIL $name: exit code $rc, expected $want_rc"
		ok=1
	fi
	if [ ! -f "$dir/expected.txt" ]; then
		if grep -E ': (error|warning|note): ' "$w/stderr"; then
			echo "FAIL $name: diagnostics from a good build"
			ok=1
		fi
	elif ! diff -u "$dir/expected.txt" "$w/stderr" >"$w/diff"; then
		echo "FAIL $name: stderr differs from expected.txt:"
		cat "$w/diff"
		ok=1
	fi
	if [ "$want_rc" != 0 ]; then
		after=$(snapshot "$w/out")
		if [ "$before" != "$after" ]; then
			echo "FAIL $name: a failed build changed out/"
			ok=1
		fi
		(cd "$w" && "$LKJIP_BIN" check content >/dev/null 2>check.err)
		crc=$?
		if [ "$crc" != "$want_rc" ] || ! cmp -s "$w/check.err" "$dir/expected.txt"; then
			echo "FAIL $name: lkjip check gives exit $crc and a different stderr"
			ok=1
		fi
	fi
	# With --strict too, check and build agree: same exit code, same
	# diagnostics. A warning only the render pass gives (a PDF that
	# cannot draw an image) would fail build --strict after check
	# --strict passed.
	(cd "$w" && "$LKJIP_BIN" check --strict content >/dev/null 2>strict-check.err)
	src=$?
	(cd "$w" && "$LKJIP_BIN" build --strict content -o out-strict >/dev/null 2>strict-build.err)
	brc=$?
	grep -E ': (error|warning|note): ' "$w/strict-check.err" >"$w/strict-check.diag"
	grep -E ': (error|warning|note): ' "$w/strict-build.err" >"$w/strict-build.diag"
	if [ "$src" != "$brc" ] || ! cmp -s "$w/strict-check.diag" "$w/strict-build.diag"; then
		echo "FAIL $name: check --strict (exit $src) and build --strict (exit $brc) disagree:"
		diff -u "$w/strict-check.diag" "$w/strict-build.diag"
		ok=1
	fi
	if [ "$ok" = 0 ] && [ -f "$dir/check.sh" ]; then
		(cd "$w" && . "$dir/check.sh") || {
			echo "FAIL $name: check.sh"; ok=1; }
	fi
	[ "$ok" = 0 ] && echo "ok   $name"
	return $ok
}

if [ $# -gt 0 ]; then
	cases="$*"
else
	cases=$(cd "$DATA" && for d in */; do d=${d%/}; case $d in _base|fuzz) ;; *) echo "$d";; esac; done)
fi
for c in $cases; do
	n=$((n + 1))
	run_case "$c" || fail=$((fail + 1))
done
echo "bad_input: $n cases, $fail failed"
[ "$fail" = 0 ]
