#!/bin/sh
# Incremental build end to end, on a copy of content/: a second build
# touches nothing; one corrected realisasi cell rewrites only that report's
# files; a corrupt, truncated or foreign manifest gives a full rebuild with
# the same bytes; --force rebuilds; -j does not change a byte.
set -eu
BIN=${LKJIP_BIN:-build-inc/lkjip}
T=$(mktemp -d /tmp/lkjip-incr.XXXXXX)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1700000000
cp -r content "$T/c"
M=magetan-diskopukm-2024
J=jombang-diskopum-2024
fail() { echo "FAIL: $*" >&2; exit 1; }
snap() { (cd "$1" && find . -type f -printf '%T@ %s %p\n' | sort -k3); }
build() { "$BIN" build "$@" >"$T/stdout" 2>"$T/stderr" || { cat "$T/stderr"; fail "build $*"; }; }

build "$T/c" -o "$T/o"
grep -q "2 of 2 reports rebuilt with the site pages" "$T/stderr" || fail "first build"
test -s "$T/o/.lkjip-manifest" || fail "no manifest"
test -s "$T/o/$M/perubahan-data.txt" || fail "no figures snapshot"
test ! -e "$T/o/$M/perubahan.txt" || fail "change report on a first build"
snap "$T/o" >"$T/s1"

# 1. Nothing changed: nothing written, not even the manifest.
sleep 0.05
build "$T/c" -o "$T/o"
grep -q "0 of 2 reports rebuilt, 0 files changed" "$T/stderr" || fail "no-op build: $(cat "$T/stderr")"
snap "$T/o" >"$T/s2"
cmp -s "$T/s1" "$T/s2" || { diff "$T/s1" "$T/s2"; fail "a no-op build changed files"; }

# 2. One realisasi cell (IKU1 2024: 76 -> 78) in Magetan.
cp "$T/o/$M/$M.pdf" "$T/s2pdf"
sed -i 's/^IKU1,2024,70,70,70,76,108,/IKU1,2024,70,70,70,78,108,/' "$T/c/$M/kinerja.csv"
grep -q '^IKU1,2024,70,70,70,78,' "$T/c/$M/kinerja.csv" || fail "sed did not apply"
build "$T/c" -o "$T/o"
grep -q "1 of 2 reports rebuilt" "$T/stderr" || fail "one-cell: $(cat "$T/stderr")"
snap "$T/o" >"$T/s3"
# Files whose (mtime, size) moved.
join -1 3 -2 3 -o 1.1,2.1,0 "$T/s2" "$T/s3" | awk '$1 != $2 {print $3}' >"$T/changed"
echo "changed after one cell:"; sed 's/^/  /' "$T/changed"
for f in ./$M/index.html ./$M/$M.pdf ./$M/data/kinerja.csv ./$M/perubahan-data.txt; do
	grep -qx "$f" "$T/changed" || fail "$f not rewritten"
done
test -s "$T/o/$M/perubahan.txt" || fail "no perubahan.txt"
# The site index shows each report's capaian, so it moves with the
# figure; the other report's files must keep their bytes and mtimes.
grep -qx "./index.html" "$T/changed" || fail "site index not rewritten"
# So do Magetan's government and agency pages and the search index.
if grep -v -e "^\./$M/" -e '^\./\.lkjip-manifest$' -e '^\./index\.html$' \
		-e '^\./cari\.json$' -e '^\./pemerintah/kabupaten-magetan\.html$' \
		-e '^\./instansi/dinas-koperasi-usaha-kecil-dan-menengah-kabupaten-magetan\.html$' \
		"$T/changed"; then
	fail "files outside $M changed"
fi
NB=$(printf '\302\240')
# A correction in the open: the PDF as published before is kept as
# version 1, the page says when it was updated and what moved, the agency
# page keeps the history.
cmp -s "$T/o/$M/$M-v1.pdf" "$T/s2pdf" || fail "earlier PDF not kept as $M-v1.pdf"
grep -q "<strong>Diperbarui 14 November 2023</strong>" "$T/o/$M/index.html" ||
	fail "no Diperbarui on the page"
grep -qF "<li>IKU1 2024: realisasi 76 &#8594; 78; capaian 108,57${NB}% &#8594; 111,42${NB}%</li>" "$T/o/$M/index.html" ||
	fail "moved figure not listed on the page"
grep -q "href=\"$M-v1.pdf\">PDF versi 1</a>" "$T/o/$M/index.html" ||
	fail "no link to the earlier PDF"
grep -q "Riwayat versi" "$T/o/instansi/dinas-koperasi-usaha-kecil-dan-menengah-kabupaten-magetan.html" ||
	fail "no version history on the agency page"
# The change report names the corrected figure (NBSP before %).
NB=$(printf '\302\240')
line="IKU1 2024: realisasi 76 -> 78; capaian 108,57${NB}% -> 111,42${NB}%"
grep -qxF "  $line" "$T/stdout" || { cat "$T/stdout"; fail "change line on stdout"; }
grep -qxF "$line" "$T/o/$M/perubahan.txt" || fail "change line in perubahan.txt"

# 3. A damaged manifest: full rebuild, the same bytes.
# The output as it stands (a fresh build would lack the version history
# kept since step 2, which a damaged manifest must not lose).
cp -a "$T/o" "$T/fresh"
for damage in corrupt truncated foreign empty; do
	case $damage in
	corrupt) printf 'lkjip-manifest 1 x\n\001\002garbage\n' >"$T/o/.lkjip-manifest" ;;
	truncated) sed -i '$d' "$T/o/.lkjip-manifest" ;;
	foreign) sed -i '1s/.*/other-tool-manifest 7/' "$T/o/.lkjip-manifest" ;;
	empty) : >"$T/o/.lkjip-manifest" ;;
	esac
	build "$T/c" -o "$T/o"
	grep -q "2 of 2 reports rebuilt with the site pages" "$T/stderr" ||
		fail "$damage manifest did not give a full rebuild: $(cat "$T/stderr")"
	diff -r -x .lkjip-manifest -x perubahan.txt "$T/fresh" "$T/o" >/dev/null ||
		fail "$damage manifest: output differs from a fresh build"
	build "$T/c" -o "$T/o"
	grep -q "0 of 2 reports rebuilt" "$T/stderr" || fail "$damage: manifest not rewritten"
done

# 4. A deleted output is noticed: only its report is rebuilt.
rm "$T/o/$J/index.html"
build "$T/c" -o "$T/o"
grep -q "1 of 2 reports rebuilt" "$T/stderr" || fail "deleted output: $(cat "$T/stderr")"
test -s "$T/o/$J/index.html" || fail "deleted output not restored"

# 5. --force rebuilds everything (identical bytes keep their mtime).
build "$T/c" -o "$T/o" --force
grep -q "2 of 2 reports rebuilt with the site pages, 0 files changed" "$T/stderr" ||
	fail "--force: $(cat "$T/stderr")"

# 6. -j does not change a byte.
"$BIN" build "$T/c" -o "$T/j1" -j 1 >/dev/null 2>&1 || fail "-j 1"
"$BIN" build "$T/c" -o "$T/j2" -j 2 >/dev/null 2>&1 || fail "-j 2"
diff -r -x .lkjip-manifest "$T/j1" "$T/j2" >/dev/null || fail "-j 1 and -j 2 differ"

# 7. Content errors still write nothing, manifest included.
cp -r "$T/c" "$T/bad"
sed -i 's/^IKU1,2024,70,70,70,78,/IKU1,2024,70,70,70,tujuh puluh,/' "$T/bad/$M/kinerja.csv"
if "$BIN" build "$T/bad" -o "$T/badout" >/dev/null 2>&1; then fail "bad content built"; fi
test ! -e "$T/badout" || fail "bad content wrote $T/badout"
# 8. A second correction: version 2 is the PDF of step 2, version 1 stays
# as it was, the history lists both.
cp "$T/o/$M/$M.pdf" "$T/v2pdf"
sed -i 's/^IKU1,2024,70,70,70,78,/IKU1,2024,70,70,70,80,/' "$T/c/$M/kinerja.csv"
build "$T/c" -o "$T/o"
cmp -s "$T/o/$M/$M-v2.pdf" "$T/v2pdf" || fail "second correction: no $M-v2.pdf"
cmp -s "$T/o/$M/$M-v1.pdf" "$T/s2pdf" || fail "second correction changed $M-v1.pdf"
A="$T/o/instansi/dinas-koperasi-usaha-kecil-dan-menengah-kabupaten-magetan.html"
grep -q "versi 2 diganti" "$A" && grep -q "versi 1 diganti" "$A" ||
	fail "the history does not list both versions"
grep -q "href=\"$M-v2.pdf\">PDF versi 2</a>" "$T/o/$M/index.html" ||
	fail "no link to version 2 on the page"
echo "incremental: ok"
