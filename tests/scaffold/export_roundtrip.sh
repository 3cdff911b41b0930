#!/bin/sh
# A report moved to a workbook by lkjip itself: Magetan exported with
# `lkjip export --format xlsx`, its CSV files then removed (the one plain
# table whose sheet name is too long, added here from tests/data/scaffold,
# stays a CSV file, as the export says), builds into the same PDF byte for
# byte and the same report page but for its download list (data.xlsx
# instead of the CSV files), with the same diagnostics at the same rows
# (named by sheet and cell instead of file and column). The page differs
# only in its download list (data.xlsx instead of the CSV files) and where
# each figure's tooltip says it comes from (a sheet's row instead of a CSV
# file's): both are taken out before comparing.
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-roundtrip.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1735689600
R=magetan-diskopukm-2024
mkdir "$T/csv" "$T/wb"
cp content/site.yaml "$T/csv/" && cp -R content/$R "$T/csv/"
# With one plain table more, whose sheet name Excel refuses (the
# sample's own plain tables all have names that fit).
cp tests/data/scaffold/kategori-kesehatan-koperasi.csv "$T/csv/$R/tabel/"
cp content/site.yaml "$T/wb/" && cp -R "$T/csv/$R" "$T/wb/"
"$BIN" export --format xlsx "$T/wb/$R" -o "$T/data.xlsx" 2>"$T/export.err"
grep -q "tabel/kategori-kesehatan-koperasi.csv: warning: its sheet name" \
	"$T/export.err" || fail "export: $(cat "$T/export.err")"
rm "$T/wb/$R"/*.csv
find "$T/wb/$R/tabel" -name '*.csv' ! -name kategori-kesehatan-koperasi.csv \
	-exec rm {} +
mv "$T/data.xlsx" "$T/wb/$R/data.xlsx"

"$BIN" build "$T/csv" -o "$T/out-csv" -j 1 2>"$T/csv.err" >/dev/null ||
	fail "CSV build: $(cat "$T/csv.err")"
"$BIN" build "$T/wb" -o "$T/out-wb" -j 1 2>"$T/wb.err" >/dev/null ||
	fail "workbook build: $(cat "$T/wb.err")"
cmp "$T/out-csv/$R/$R.pdf" "$T/out-wb/$R/$R.pdf" || fail "the PDFs differ"
# The page, without the download list and the figures' sources.
strip() {
	python3 -c 'import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"<section[^>]*id=\"unduh\".*?</section>", "", s, flags=re.S)
s = re.sub(r"<span class=\"jejak-asal\"[^>]*>.*?</span>", "", s, flags=re.S)
sys.stdout.write(s)' "$1"
}
strip "$T/out-csv/$R/index.html" >"$T/a.html"
strip "$T/out-wb/$R/index.html" >"$T/b.html"
cmp -s "$T/a.html" "$T/b.html" || { diff "$T/a.html" "$T/b.html" | head -20 >&2;
	fail "the report pages differ beyond the download list"; }
# Diagnostics: the same messages at the same rows.
norm() { sed -E "s|^$T/[a-z]+/$R/||; s|^([a-z_]+)\\.csv:([0-9]+):[0-9]+: ([a-z]+): column \"([a-z_]+)\": |\\1 row \\2 (\\4): \\3: |; s|^data\\.xlsx: sheet ([a-z_]+), cell [A-Z]+([0-9]+) \\(([a-z_]+)\\): ([a-z]+): |\\1 row \\2 (\\3): \\4: |" "$1" | grep -v '^lkjip: '; }
norm "$T/csv.err" >"$T/a.err"
norm "$T/wb.err" >"$T/b.err"
diff "$T/a.err" "$T/b.err" >&2 || fail "the diagnostics differ"
[ "$(wc -l <"$T/a.err")" -ge 20 ] || fail "only $(wc -l <"$T/a.err") diagnostics compared"
echo "export --format xlsx round trip: ok"
