#!/bin/sh
# Where a figure comes from, in the site (issue 12 item 8): in the Magetan
# HTML, the element showing IKU1's 2024 capaian 108,57 % (76 / 70 x 100,
# truncated) carries its derivation and the kinerja.csv row it was read
# from, in a sentence and in a table cell, linked to that row of the data
# file's own page (data/kinerja.html#baris-5, the row anchored). Without
# JavaScript: the page has no <script>. The PDF stays clean.
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-provenance.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
M=magetan-diskopukm-2024
mkdir "$T/c"
cp content/site.yaml "$T/c/"
cp -R content/$M "$T/c/"
"$BIN" build "$T/c" -o "$T/out" -j 1 >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
P="$T/out/$M/index.html"
NB=$(printf '\302\240')

# The tooltip of 108,57 %, exactly; once in a sentence ({{capaian IKU1}})
# and once per table cell showing it.
TIP="108,57${NB}%<span class=\"jejak-asal\" role=\"tooltip\" id=\"asal-[0-9]*\">Capaian = realisasi 76 ÷ target 70 × 100 = 108,57${NB}% · <a href=\"data/kinerja.html#baris-5\">kinerja.csv baris 5, kolom realisasi</a>; <a href=\"data/kinerja.html#baris-5\">kinerja.csv baris 5, kolom target_pk_perubahan</a></span></span>"
n=$(grep -o "<span class=\"jejak\" tabindex=\"0\" aria-describedby=\"asal-[0-9]*\">$TIP" "$P" | wc -l)
[ "$n" -ge 3 ] || fail "108,57 with its provenance $n times, expected at least 3"
grep -q "<td class=\"angka\" data-label=\"Capaian (%)\"><span class=\"jejak\" tabindex=\"0\" aria-describedby=\"asal-[0-9]*\">$TIP</td>" "$P" ||
	fail "no table cell of 108,57 with its provenance"
# Every figure span points to its own tooltip (unique ids).
ids=$(grep -o 'aria-describedby="asal-[0-9]*"' "$P" | wc -l)
uniq=$(grep -o 'aria-describedby="asal-[0-9]*"' "$P" | sort -u | wc -l)
[ "$ids" -gt 100 ] && [ "$ids" -eq "$uniq" ] || fail "tooltip ids: $ids, $uniq distinct"
grep -q '<script' "$P" && fail "the page has a script"

# The row it links to: row 5 of kinerja.csv (header row 1, two comment
# rows), IKU1 2024, target 70, realisasi 76.
V="$T/out/$M/data/kinerja.html"
test -s "$V" || fail "no data/kinerja.html"
grep -q '<tr id="baris-5"><th scope="row">5</th><td>IKU1</td><td>2024</td><td>70</td><td>70</td><td>70</td><td>76</td><td>108</td>' "$V" ||
	fail "row 5 of data/kinerja.html: $(grep -o '<tr id="baris-5">.\{0,120\}' "$V")"
grep -q '<a href="kinerja.csv">Unduh kinerja.csv</a>' "$V" || fail "no link to the CSV"
# A page only for a file some figure was read from: terbit.csv (the
# figures as the report printed them) is compared, never shown as a
# figure's source; its CSV is still published.
test -e "$T/out/$M/data/terbit.html" && fail "data/terbit.html, which no figure links to"
test -s "$T/out/$M/data/terbit.csv" || fail "terbit.csv not published"
test -s "$T/out/$M/data/kinerja.csv" || fail "the CSV itself is not published"
# Each page parses as XML, like every page of the site.
python3 -c 'import sys, xml.dom.minidom as m; [m.parse(f) for f in sys.argv[1:]]' "$P" "$V" ||
	fail "not well-formed"

# The PDF: no tooltip text.
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext "$T/out/$M/$M.pdf" "$T/pdf.txt"
	grep -q "kinerja.csv baris" "$T/pdf.txt" && fail "provenance in the PDF"
	grep -q "108,57" "$T/pdf.txt" || fail "PDF lacks 108,57"
else
	echo "SKIPPED (pdftotext missing): the PDF half of provenance.sh" >&2
fi
echo "provenance: ok"
