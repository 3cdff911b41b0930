#!/bin/sh
# `lkjip check content/REPORT` (issue 13, item 17): one report folder is
# checked alone, without site.yaml, and only its own messages are printed;
# `lkjip build` of that folder writes the one report and the index.
# The content here holds two reports: contoh-2024 (sound) and rusak-2024
# (its laporan.yaml misses "instansi"), and no site.yaml at all.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/rusak-2024"
sed -i '/^instansi:/,/^  pemerintah:/d' "$T/c/rusak-2024/laporan.yaml"
! grep -q instansi "$T/c/rusak-2024/laporan.yaml" || fail "sed"

# The whole content: both site.yaml and rusak-2024 are reported.
rc=0
"$BIN" check "$T/c" 2>"$T/err" || rc=$?
[ "$rc" = 1 ] || fail "check of the content: exit $rc, expected 1"
grep -q 'site.yaml: error: missing file' "$T/err" || fail "no site.yaml message: $(cat "$T/err")"
grep -q 'rusak-2024/laporan.yaml:1:1: error: missing section "instansi"' "$T/err" ||
	fail "no rusak-2024 message: $(cat "$T/err")"

# The sound report alone: exit 0, not one diagnostic.
"$BIN" check "$T/c/contoh-2024" 2>"$T/err" || fail "check contoh-2024: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check contoh-2024 printed: $(cat "$T/err")"
# A trailing slash is the same folder.
"$BIN" check "$T/c/contoh-2024/" 2>"$T/err" || fail "check contoh-2024/: $(cat "$T/err")"

# The broken report alone: its message, and only its own.
rc=0
"$BIN" check "$T/c/rusak-2024" 2>"$T/err" || rc=$?
[ "$rc" = 1 ] || fail "check rusak-2024: exit $rc, expected 1"
[ "$(grep -c ": error: " "$T/err")" = 1 ] || fail "check rusak-2024: $(cat "$T/err")"
if grep -q 'site.yaml\|contoh-2024' "$T/err"; then
	fail "check rusak-2024 names another file: $(cat "$T/err")"
fi

# Build of one report folder: its page, its PDF, the index, no warning
# about the sitemap (there is no site.yaml to give url_dasar).
"$BIN" build "$T/c/contoh-2024" -o "$T/out" >/dev/null 2>"$T/err" ||
	fail "build contoh-2024: $(cat "$T/err")"
for f in index.html contoh-2024/index.html contoh-2024/contoh-2024.pdf; do
	[ -s "$T/out/$f" ] || fail "build contoh-2024 wrote no $f"
done
if grep -q ': warning: \|: error: ' "$T/err"; then
	fail "build contoh-2024 printed: $(cat "$T/err")"
fi
[ ! -e "$T/out/rusak-2024" ] || fail "build contoh-2024 built rusak-2024"
# Given as ".", the report keeps its folder's name (its pages went to
# out/ itself, over the index).
(cd "$T/c/contoh-2024" && "$BIN" build . -o "$T/out-dot" >/dev/null 2>"$T/err") ||
	fail "build .: $(cat "$T/err")"
for f in index.html contoh-2024/index.html contoh-2024/contoh-2024.pdf; do
	[ -s "$T/out-dot/$f" ] || fail "build . wrote no $f"
done
# A folder holding both site.yaml and laporan.yaml: an error, not a guess.
cp tests/data/bad/_base/site.yaml "$T/c/contoh-2024/"
rc=0
"$BIN" check "$T/c/contoh-2024" 2>"$T/err" || rc=$?
[ "$rc" = 1 ] || fail "site.yaml beside laporan.yaml: exit $rc"
grep -q 'contoh-2024/laporan.yaml: error: the folder holds site.yaml and laporan.yaml' "$T/err" ||
	fail "site.yaml beside laporan.yaml: $(cat "$T/err")"
echo "ok: one report folder checked and built alone"
