#!/bin/sh
# A workbook's sheets have row pages like CSV files (src/html/report.c):
# Magetan with its CSV files turned into data.xlsx
# (tests/model/csv2workbook.py) and removed. IKU1's 2024 capaian
# 108,57 % (76 / 70 x 100) was read from row 5 of the sheet kinerja: its
# tooltip links there, data/data-xlsx/kinerja.html#baris-5, and that row
# holds IKU1 2024, target 70, realisasi 76. Every link of every tooltip
# reaches a page and a row that exist; a sheet no figure was read from
# has no page.
set -eu
. tests/common.sh
M=magetan-diskopukm-2024
mkdir "$T/c"
cp content/site.yaml "$T/c/"
cp -R content/$M "$T/c/"
python3 tests/model/csv2workbook.py "$T/c/$M" "$T/c/$M/data.xlsx" >/dev/null
find "$T/c" -name '*.csv' -delete
"$BIN" build "$T/c" -o "$T/out" -j 1 >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
O="$T/out/$M"
P="$O/index.html"

ENTRY="Capaian = realisasi 76 ÷ target 70 × 100 = 108,57$N% · <a href=\"data/data-xlsx/kinerja.html#baris-5\">data.xlsx lembar kinerja baris 5, kolom realisasi</a>; <a href=\"data/data-xlsx/kinerja.html#baris-5\">data.xlsx lembar kinerja baris 5, kolom target_pk_perubahan</a>"
grep -q "$ENTRY" "$P" || fail "no tooltip of 108,57 linking to the sheet's row page"
V="$O/data/data-xlsx/kinerja.html"
test -s "$V" || fail "no data/data-xlsx/kinerja.html"
grep -q '<tr id="baris-5"><th scope="row">5</th><td>IKU1</td><td>2024</td><td>70</td><td>70</td><td>70</td><td>76</td>' "$V" ||
	fail "row 5 of the sheet's page: $(grep -o '<tr id="baris-5">.\{0,120\}' "$V")"
grep -q '<h1>data.xlsx, lembar kinerja</h1>' "$V" || fail "the page's title"
grep -q '<a href="../data.xlsx">Unduh data.xlsx</a>' "$V" || fail "no link to the workbook"
test -s "$O/data/data.xlsx" || fail "the workbook is not published"
# A page only for a sheet some figure was read from: none of tabel-*.
test -e "$O/data/data-xlsx/tabel-renstra-program-kegiatan.html" &&
	fail "a page of the sheet tabel-renstra-program-kegiatan, which no figure links to"

# Every link of the tooltips: the page exists and has the row.
grep -o '<span class="jejak-asal"[^>]*>[^<]*\(<a [^>]*>[^<]*</a>[^<]*\)*</span>' "$P" |
	grep -o 'href="data/[^"]*"' |
	sed 's/^href="//; s/"$//' | sort -u >"$T/links"
n=$(wc -l <"$T/links")
[ "$n" -ge 20 ] || fail "only $n distinct row links in the tooltips"
while read -r l; do
	f=${l%%#*}
	id=${l#*#}
	grep -q "<tr id=\"$id\">" "$O/$f" 2>/dev/null || fail "$l: no such row"
done <"$T/links"
python3 -c 'import sys, xml.dom.minidom as m; [m.parse(f) for f in sys.argv[1:]]' "$P" "$V" ||
	fail "not well-formed"
echo "workbook_rows: ok ($n row links checked)"
