#!/bin/sh
# The samples with their CSV files turned into one workbook
# (tests/model/csv2workbook.py: data.xlsx, then data.ods) and the CSV files
# removed must give the same report: PDFs, charts and pages byte for byte,
# the same diagnostics at the sheet's cells. Not compared: data/ (the
# published inputs: CSV files there, the workbook here) and, in each
# report's index.html, the download list naming those files (the lines of
# <ul class="unduh-data">), and in the figures' tooltips the name of the
# file a cell was read from and its link (row and column are compared).
set -eu
: "${LKJIP_BIN:=build/lkjip}"
case $LKJIP_BIN in /*) ;; *) LKJIP_BIN=$PWD/$LKJIP_BIN ;; esac
SRC=$PWD
TMP=$(mktemp -d /tmp/lkjip-workbook.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1700000000

cp -R content "$TMP/csv"
for k in xlsx ods; do
	cp -R content "$TMP/$k"
	for r in "$TMP/$k"/*/; do
		[ -f "$r/laporan.yaml" ] || continue
		python3 "$SRC/tests/model/csv2workbook.py" "$r" "$r/data.$k" >/dev/null
		find "$r" -name '*.csv' -delete
	done
done
# Really converted: no CSV left, numeric cells in the workbook.
[ -z "$(find "$TMP/xlsx" "$TMP/ods" -name '*.csv')" ]
python3 -c 'import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode())' \
	"$TMP/xlsx/magetan-diskopukm-2024/data.xlsx" | grep -q '<c r="[A-Z]*[0-9]*" s="1"><v>'

cd "$TMP"
# The site's download list is left out. A figure's tooltip names where it
# was read: "kinerja.csv baris 5, kolom realisasi" linked to the row on
# the CSV's page, or "data.xlsx lembar kinerja baris 5, kolom realisasi"
# (no page: the workbook has no CSV pages yet); both become "kinerja baris
# 5, kolom realisasi", so row and column are still compared.
page() {
	sed '/<ul class="unduh-data">/,/<\/ul>/d' "$1" | python3 -c '
import re, sys
def sumber(m):
    t = re.sub(r"<a href=\"[^\"]*\">|</a>", "", m.group(0))
    t = re.sub(r"data\.(xlsx|ods) lembar (tabel-)?([^ <]+) baris", r"\3 baris", t)
    return re.sub(r"([^ ;<>]+)\.csv baris", r"\1 baris", t)
sys.stdout.write(re.sub(r"<span class=\"jejak-asal\".*?</span>", sumber, sys.stdin.read()))'
}
# A diagnostic without its place: "severity: message".
what() {
	sed -E 's/^[^ ]+: sheet [^ ]+, cell [A-Z]+[0-9]+ \(([^)]*)\): (error|warning|note): /\2: column "\1": /;
		s/^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): /\1: /' "$1" |
		grep -E '^(error|warning|note): ' | LC_ALL=C sort
}
"$LKJIP_BIN" build csv -o out-csv -j 1 2>err-csv
for k in xlsx ods; do
	"$LKJIP_BIN" build $k -o out-$k -j 1 2>err-$k
	grep -q "data.$k: sheet kinerja, cell" err-$k
	what err-csv > w1
	what err-$k > w2
	diff -u w1 w2
	diff -rq -x data -x .lkjip-manifest out-csv out-$k > diffs || true
	# Only the pages with a download list may differ, and only there.
	while read -r _ a _ b _; do
		case $a in */index.html) ;; *) echo "differs: $a $b"; exit 1 ;; esac
		page "$a" > p1
		page "$b" > p2
		cmp p1 p2
	done < diffs
	n=$(find out-$k -name '*.pdf' | wc -l)
	[ "$n" -ge 2 ]
	find out-csv -name '*.pdf' | while read -r p; do
		cmp "$p" "out-$k/${p#out-csv/}"
	done
	# The workbook is published for download.
	[ -f out-$k/magetan-diskopukm-2024/data/data.$k ]
	grep -q "href=\"data/data.$k\"" out-$k/magetan-diskopukm-2024/index.html
	echo "workbook_roundtrip: $k: $n PDFs and every page identical"
done
