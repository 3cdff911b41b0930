#!/bin/sh
# Workbooks as a real spreadsheet program writes them: the samples'
# workbooks (tests/model/csv2workbook.py) opened and saved again by
# LibreOffice (soffice --headless --convert-to), which writes its own
# styles, column default cell styles, repeated rows and cells and number
# formats. The report must stay the same: PDFs byte for byte, pages apart
# from the download list (see workbook_roundtrip.sh). Jombang goes through
# .xlsx and .ods; Magetan through .ods, and through .xlsx with a plain
# table added (tests/data/scaffold) whose sheet name Excel's 31-character
# limit cuts, tabel-kategori-kesehatan-koperasi: that warning is checked
# below.
#
# Without LibreOffice (not in tools/deps.sh: 300 MB) this test does not run
# and says so. To run it: apt-get install -y libreoffice-calc, then
# LKJIP_BIN=build/lkjip sh tests/model/workbook_libreoffice.sh
set -eu
: "${LKJIP_BIN:=build/lkjip}"
case $LKJIP_BIN in /*) ;; *) LKJIP_BIN=$PWD/$LKJIP_BIN ;; esac
if ! command -v soffice >/dev/null 2>&1; then
	echo "workbook_libreoffice: SKIPPED, NOT RUN: soffice (LibreOffice) is not installed" >&2
	echo "workbook_libreoffice: SKIPPED, NOT RUN: soffice (LibreOffice) is not installed"
	exit 0
fi
SRC=$PWD
TMP=$(mktemp -d /tmp/lkjip-wb-lo.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1700000000
cd "$TMP"

# LibreOffice re-saves in.<from> as <to>, with a private profile.
resave() {
	mkdir -p lo
	timeout 300 soffice --headless -env:UserInstallation="file://$TMP/profile" \
		--convert-to "$2" --outdir lo "$1" >/dev/null 2>&1
	[ -s "lo/$(basename "${1%.*}").$2" ]
}
# The download list and the files named in the tooltips: see
# workbook_roundtrip.sh.
page() {
	sed '/<ul class="unduh-data">/,/<\/ul>/d' "$1" | python3 -c '
import re, sys
def sumber(m):
    t = re.sub(r"<a href=\"[^\"]*\">|</a>", "", m.group(0))
    t = re.sub(r"data\.(xlsx|ods) lembar (tabel-)?([^ <]+) baris", r"\3 baris", t)
    return re.sub(r"([^ ;<>]+)\.csv baris", r"\1 baris", t)
sys.stdout.write(re.sub(r"<span class=\"jejak-asal\".*?</span>", sumber, sys.stdin.read()))'
}

# One report, CSV against a LibreOffice workbook of format $2.
check() {
	r=$1
	k=$2
	rm -rf csv wb out-csv out-wb lo
	mkdir csv
	cp "$SRC/content/site.yaml" csv/
	cp -R "$SRC/content/$r" csv/
	python3 "$SRC/tests/model/csv2workbook.py" "csv/$r" "in.xlsx" >/dev/null
	resave in.xlsx "$k"
	cp -R csv wb
	find "wb/$r" -name '*.csv' -delete
	cp "lo/in.$k" "wb/$r/data.$k"
	"$LKJIP_BIN" build csv -o out-csv -j 1 2>/dev/null
	"$LKJIP_BIN" build wb -o out-wb -j 1 2>err
	! grep -q ': error: ' err
	cmp "out-csv/$r/$r.pdf" "out-wb/$r/$r.pdf"
	page "out-csv/$r/index.html" > p1
	page "out-wb/$r/index.html" > p2
	cmp p1 p2
	diff -rq -x data -x .lkjip-manifest -x index.html -x '*.pdf' out-csv out-wb
	echo "workbook_libreoffice: $r through LibreOffice's .$k: same PDF and pages"
}

check jombang-diskopum-2024 xlsx
check jombang-diskopum-2024 ods
check magetan-diskopukm-2024 ods

# Magetan through .xlsx, with a plain table of a name too long for a
# sheet: the cut sheet name is reported.
rm -rf wb lo
cp "$SRC/tests/data/scaffold/kategori-kesehatan-koperasi.csv" \
	csv/magetan-diskopukm-2024/tabel/
cp -R csv wb
find wb/magetan-diskopukm-2024 -name '*.csv' -delete
python3 "$SRC/tests/model/csv2workbook.py" csv/magetan-diskopukm-2024 in.xlsx >/dev/null
resave in.xlsx xlsx
cp lo/in.xlsx wb/magetan-diskopukm-2024/data.xlsx
"$LKJIP_BIN" check wb 2>err || true
grep -q 'sheet tabel-kategori-kesehatan-kopera: warning: the sheet name has 31 characters' err
echo "workbook_libreoffice: the sheet name Excel's format cut is reported"
