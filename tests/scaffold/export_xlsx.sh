#!/bin/sh
# lkjip export --format xlsx: the Magetan and Jombang samples as
# workbooks have the cells of their CSV files (xlsx_same.py: text as
# typed, figures as numbers equal to the decimals typed), with the counts
# written out below; what a sheet cannot hold is a warning; the same
# SOURCE_DATE_EPOCH gives the same bytes; -o is required and refused
# inside the report.
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-xlsx.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1735689600
M=content/magetan-diskopukm-2024

"$BIN" export --format xlsx $M -o "$T/m.xlsx" 2>"$T/err" ||
	fail "export: exit $?: $(cat "$T/err")"
python3 tests/scaffold/xlsx_same.py $M "$T/m.xlsx" >"$T/same" ||
	fail "cells differ: $(cat "$T/same")"
cat >"$T/want" <<'W'
indikator: 8 rows, 0 number cells, 63 text cells
kinerja: 20 rows, 71 number cells, 44 text cells
anggaran: 21 rows, 105 number cells, 113 text cells
pagu_renstra: 24 rows, 48 number cells, 24 text cells
rencana_aksi: 4 rows, 10 number cells, 6 text cells
data: 42 rows, 84 number cells, 80 text cells
pegawai: 39 rows, 50 number cells, 87 text cells
aset: 4 rows, 7 number cells, 13 text cells
terbit: 59 rows, 59 number cells, 172 text cells
tabel-analisis-penyebab: 4 rows, 0 number cells, 11 text cells
tabel-contoh-pmk214: 3 rows, 0 number cells, 12 text cells
tabel-indikator-tujuan: 2 rows, 0 number cells, 12 text cells
tabel-inovasi: 1 rows, 0 number cells, 3 text cells
tabel-keterkaitan-rpd: 11 rows, 0 number cells, 27 text cells
tabel-pegawai-jenis-kelamin: 3 rows, 0 number cells, 8 text cells
tabel-permasalahan-solusi: 3 rows, 0 number cells, 12 text cells
tabel-program-penunjang: 15 rows, 0 number cells, 64 text cells
tabel-rencana-aksi-2025: 3 rows, 0 number cells, 9 text cells
tabel-renja-2024: 6 rows, 0 number cells, 26 text cells
tabel-renstra-program-kegiatan: 74 rows, 0 number cells, 866 text cells
tabel-strategi-arah-kebijakan: 3 rows, 0 number cells, 10 text cells
W
diff "$T/want" "$T/same" >&2 || fail "cell counts differ"

# Worked cells: anggaran row 2 (program 2.17.01) and kinerja row 4 (IKU1
# 2024), as the sheets hold them.
python3 tests/scaffold/xlsx_read.py "$T/m.xlsx" >"$T/dump"
grep -qx '  row 2: s:2.17.01 | s:Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | s:S3 | s:Kepuasan ASN Dinas Koperasi Usaha Kecil dan Menengah terhadap Layanan Kesekretariatan Dinas Koperasi, Usaha Kecil dan Menengah | s:indeks | n:83 | n:83.05 | n:2992759325 | n:3297585325 | n:3263119898 | s:Sekretariat' "$T/dump" ||
	fail "anggaran row 2 differs"
grep -q '^  row 4: s:IKU1 | n:2024 | n:70 | n:70 | n:70 | n:76 | n:108 | s:NIHIL |  | ' "$T/dump" ||
	fail "kinerja row 4 differs"
# The sheets keep the schema's notes and lists.
grep -qx '  check B2:B5001 list "tujuan,sasaran,indikator"' "$T/dump" ||
	fail "no tingkat list on the indikator sheet"

# A table whose sheet name would be too long stays a CSV file, said so;
# captions have no place in a sheet, said so (13 warnings, exit 0).
grep -qx "$M/tabel/kategori-kesehatan-koperasi.csv: warning: its sheet name \"tabel-kategori-kesehatan-koperasi\" is longer than the 31 characters a sheet name may have: left out of the workbook (keep the CSV file: CSV files and sheets may be mixed)" "$T/err" ||
	fail "no warning for the long sheet name: $(cat "$T/err")"
grep -qx "$M/tabel/inovasi.csv: warning: its \"# judul:\" and \"# sumber:\" rows have no place in a workbook sheet: give them in the chapter, {{tabel csv nama=inovasi judul=\"...\" sumber=\"...\"}}" "$T/err" ||
	fail "no warning for the caption of inovasi.csv"
tail -n 1 "$T/err" | grep -qx "lkjip: 0 errors, 13 warnings" ||
	fail "summary: $(tail -n 1 "$T/err")"

# Same input, same bytes.
"$BIN" export --format xlsx $M -o "$T/m2.xlsx" 2>/dev/null
cmp "$T/m.xlsx" "$T/m2.xlsx" || fail "two exports differ"

# Jombang too (its own files and tables).
"$BIN" export --format xlsx content/jombang-diskopum-2024 -o "$T/j.xlsx" 2>/dev/null
python3 tests/scaffold/xlsx_same.py content/jombang-diskopum-2024 "$T/j.xlsx" \
	>"$T/same" || fail "Jombang cells differ: $(cat "$T/same")"

# -o is required; an output inside the report is refused (exit 2).
rc=0
"$BIN" export --format xlsx $M 2>"$T/err" || rc=$?
[ $rc = 2 ] || fail "no -o: exit $rc"
grep -qx "lkjip: export --format xlsx needs -o FILE (a workbook is not written to standard output)" "$T/err" ||
	fail "no -o: $(cat "$T/err")"
rc=0
"$BIN" export --format xlsx $M -o $M/data.xlsx 2>"$T/err" || rc=$?
[ $rc = 2 ] || fail "-o inside the report: exit $rc"
[ ! -e $M/data.xlsx ] || fail "wrote into the report folder"
echo "export --format xlsx: ok"
