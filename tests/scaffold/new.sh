#!/bin/sh
# lkjip new: the folder it makes (every file named), that it builds at
# once with exit 0 and warnings naming the data still missing, that
# data.xlsx holds every sheet with its header row, a note on each column
# and the drop-down lists (golden file, read back by xlsx_read.py with
# Python's zipfile: no lkjip code reads it), that the same
# SOURCE_DATE_EPOCH gives the same bytes, and what it refuses. Where
# LibreOffice is installed, the workbook also opens there.
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
ROOT=$PWD
T=$(mktemp -d /tmp/lkjip-new.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1735689600 # 2025-01-01

# A fresh folder: the parent is new, so it becomes a content folder.
cd "$T"
"$BIN" new content/dinas-uji-2025 >said 2>err || fail "new: exit $?: $(cat err)"
[ ! -s err ] || fail "new wrote to stderr: $(cat err)"
grep -q "^lkjip: new report content/dinas-uji-2025 for 2025:" said ||
	fail "new said: $(cat said)"
find content -type f | sort >files
cat >want <<'W'
content/dinas-uji-2025/bab/00-kata-pengantar.md
content/dinas-uji-2025/bab/01-ikhtisar.md
content/dinas-uji-2025/bab/10-pendahuluan.md
content/dinas-uji-2025/bab/20-perencanaan.md
content/dinas-uji-2025/bab/30-akuntabilitas.md
content/dinas-uji-2025/bab/40-penutup.md
content/dinas-uji-2025/bab/50-lampiran.md
content/dinas-uji-2025/data.xlsx
content/dinas-uji-2025/laporan.yaml
content/site.yaml
W
diff want files >&2 || fail "new wrote other files"
grep -q "^  tahun: 2025 " content/dinas-uji-2025/laporan.yaml ||
	fail "laporan.yaml: tahun is not the folder's 2025"
# Every key load_meta.c knows (its allowed-key lists, read from the
# source so that a new key fails here until the scaffold has it) is in
# laporan.yaml, written or commented out; site.yaml's in site.yaml.
keys=$(awk '/^bool load_site_yaml/{exit}
	/static const char \*const [a-z_]+\[\] = \{/{f=1} f{print} /NULL\};/{f=0}' \
	"$ROOT/src/model/load_meta.c" | grep -o '"[a-z_]*"' | tr -d '"' | sort -u)
[ "$(echo "$keys" | wc -l)" -ge 40 ] || fail "read only these keys: $keys"
for k in $keys; do
	grep -Eq "^[# ]*(- \{ )?$k:|[{,] $k:" content/dinas-uji-2025/laporan.yaml ||
		fail "laporan.yaml lacks the key $k"
done
for k in judul url_dasar deskripsi; do
	grep -q "^$k: " content/site.yaml || fail "site.yaml lacks $k"
done

# It builds at once, and says what is missing (warnings, exit 0).
"$BIN" build content -o site 2>err || fail "build: exit $?: $(cat err)"
cat >want <<'W'
content/dinas-uji-2025: warning: no indicator yet: fill in the tujuan, sasaran and indikator rows (indikator.csv, or the sheet indikator of data.xlsx), then their targets and realisations (kinerja.csv, or the sheet kinerja); until then every capaian is "-"
content/dinas-uji-2025: warning: no budget line yet: fill in the programs, kegiatan and sub kegiatan with their pagu and realisasi (anggaran.csv, or the sheet anggaran of data.xlsx); until then pagu and serapan are "-"
lkjip: 0 errors, 2 warnings
lkjip: wrote 1 report to site
W
# (the count of files written that follows is the site's business)
grep -v '^lkjip: 1 of 1 report rebuilt' err | diff want - >&2 ||
	fail "build stderr differs"
[ -s site/dinas-uji-2025/dinas-uji-2025.pdf ] || fail "no PDF"
[ -s site/dinas-uji-2025/index.html ] || fail "no report page"
# The chapters' live directives became text; the examples in comments
# are gone.
pdftotext site/dinas-uji-2025/dinas-uji-2025.pdf pdf.txt
grep -q "Dinas Contoh Kabupaten Contoh Tahun 2025" pdf.txt ||
	fail "kata pengantar: directives not filled in"
grep -q "IKU1" pdf.txt && fail "an example in a comment reached the PDF"

# The commented own scale, uncommented line by line in place of the
# preset (as laporan.yaml's comments say), is a scale lkjip reads: celah
# comes before skala, so the items stay under skala.
mkdir -p own && cp -r content/dinas-uji-2025 own/
sed -i -e '/^  preset: magetan/d' \
	-e 's/^  # \(celah: \|skala:\|  - { nama: \)/  \1/' \
	own/dinas-uji-2025/laporan.yaml
grep -q "^  skala:" own/dinas-uji-2025/laporan.yaml || fail "no skala to uncomment"
"$BIN" check own/dinas-uji-2025 >/dev/null 2>err ||
	fail "the uncommented scale does not load: $(cat err)"

# The workbook, read back without lkjip.
python3 "$ROOT/tests/scaffold/xlsx_read.py" content/dinas-uji-2025/data.xlsx >dump
if [ "${LKJIP_BLESS:-}" = 1 ]; then
	cp dump "$ROOT/tests/data/scaffold/template.golden"
fi
diff "$ROOT/tests/data/scaffold/template.golden" dump >&2 ||
	fail "data.xlsx differs from tests/data/scaffold/template.golden"

# Same SOURCE_DATE_EPOCH, same bytes; the alias baru; a parent that is
# already a content folder gets no second site.yaml.
"$BIN" baru content/dinas-dua-2025 >/dev/null
cmp content/dinas-uji-2025/data.xlsx content/dinas-dua-2025/data.xlsx ||
	fail "data.xlsx differs between two runs"
cmp content/dinas-uji-2025/laporan.yaml content/dinas-dua-2025/laporan.yaml ||
	fail "laporan.yaml differs between two runs"
mkdir empty
"$BIN" new empty/x >/dev/null # an empty parent: made a content folder
[ -f empty/site.yaml ] || fail "an empty parent got no site.yaml"

# Refused, exit 2, nothing written: a non-empty folder, a file.
expect_refused() { # DIR MESSAGE
	rc=0
	"$BIN" new "$1" >said 2>err || rc=$?
	[ "$rc" = 2 ] || fail "new $1: exit $rc, want 2"
	printf '%s\nlkjip: 1 error, 0 warnings\n' "$2" | cmp -s - err ||
		fail "new $1: stderr was: $(cat err)"
}
expect_refused content/dinas-uji-2025 "content/dinas-uji-2025: error: exists and is not empty (a new report needs a new or empty folder; nothing was written)"
: >afile
expect_refused afile "afile: error: exists and is not a folder (a new report needs a new or empty folder)"
[ ! -s afile ] || fail "afile was written"
expect_refused "content/dinas contoh" "content/dinas contoh: error: is not a report folder name: letters, digits, '-' and '_' (e.g. dinas-contoh-2025); nothing was written"
[ ! -e "content/dinas contoh" ] || fail "made a folder the build would refuse"
ls -a content | grep -q lkjip-new && fail "a temporary folder stayed behind"

# LibreOffice opens it: every sheet converts to CSV with its header.
if command -v soffice >/dev/null 2>&1; then
	HOME=$T soffice --headless --convert-to \
		'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
		--outdir lo content/dinas-uji-2025/data.xlsx >/dev/null 2>&1 ||
		fail "soffice could not convert data.xlsx"
	[ "$(ls lo | wc -l)" = 13 ] || fail "soffice wrote $(ls lo | tr '\n' ' ')"
	[ "$(cat lo/data-kinerja.csv)" = "indikator,tahun,target,target_pk,target_pk_perubahan,realisasi,capaian_tertulis,standar,standar_sumber,keterangan" ] ||
		fail "LibreOffice reads the kinerja sheet as: $(cat lo/data-kinerja.csv)"
else
	echo "SKIPPED: LibreOffice (soffice) is not installed: the scaffold's" \
		"workbook was not opened in it. Install libreoffice-calc-nogui" \
		"(tools/deps.sh does) and run this test again." >&2
fi
echo "lkjip new: ok"
