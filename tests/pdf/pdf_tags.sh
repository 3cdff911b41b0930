#!/bin/sh
# Tagged PDF (issue 15, item 5): both samples say Tagged: yes, and their
# structure tree, read back with qpdf --json (pdf_tags.py), has the shape
# lkjip writes: one Document; H1 for chapters (the first is KATA
# PENGANTAR); Tables of Caption and TR with scoped TH; lists of LI with
# their Lbl; every Figure with its alt text (Magetan's first states the
# education chart's data, its last is the attached Perjanjian Kinerja);
# /Lang id-ID, DisplayDocTitle, and a Title naming the agency and year;
# the running header in no element, marked /Artifact in the page
# contents, as is everything else no element holds (page numbers,
# table rules, a table's header and "(lanjutan)" caption repeated on a
# continuation page); every link annotation in a Link element (OBJR, parent
# tree key) in the element holding its text, a TOCI for the daftar isi.
set -eu
BIN=${LKJIP_BIN:?}
T=tests/artifacts/pdf_tags
rm -rf "$T"
mkdir -p "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }
SOURCE_DATE_EPOCH=1739491200 "$BIN" build content -o "$T/out" \
    2>"$T/build.err" || fail "build: $(cat "$T/build.err")"
for r in magetan-diskopukm-2024 jombang-diskopum-2024; do
	pdfinfo "$T/out/$r/$r.pdf" | grep -q '^Tagged: *yes$' ||
	    fail "$r: pdfinfo does not say Tagged: yes"
	qpdf --check "$T/out/$r/$r.pdf" >/dev/null || fail "$r: qpdf --check"
done
M=$T/out/magetan-diskopukm-2024/magetan-diskopukm-2024.pdf
python3 tests/pdf/pdf_tags.py "$M" --first-h1 "KATA PENGANTAR" \
    --figures 5 \
    --first-alt "Grafik batang pegawai berdasarkan Tingkat Pendidikan: Strata 3 0 orang;" \
    --last-alt "Lampiran 1 Perjanjian Kinerja Tahun 2024 (dokumen terlampir)" \
    --title "Tahun 2024 - Dinas Koperasi Usaha Kecil dan Menengah Kabupaten Magetan" \
    --running "Laporan Kinerja Instansi Pemerintah Tahun 2024" \
    --continued ||
    fail magetan
J=$T/out/jombang-diskopum-2024/jombang-diskopum-2024.pdf
python3 tests/pdf/pdf_tags.py "$J" --first-h1 "KATA PENGANTAR" \
    --last-alt "Lampiran 1 Perjanjian Kinerja Tahun 2024 (dokumen terlampir)" \
    --title "Tahun 2024 - Dinas Koperasi dan Usaha Mikro Kabupaten Jombang" ||
    fail jombang
