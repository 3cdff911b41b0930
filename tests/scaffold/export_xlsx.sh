#!/bin/sh
# lkjip export --format xlsx: the Magetan and Jombang samples as
# workbooks have the cells of their CSV files (xlsx_same.py: text as
# typed, figures as numbers equal to the decimals typed), with the counts
# written out below; sheet row N is CSV row N, the caption rows of a
# plain table included; a sheet name Excel refuses is a warning; the same
# SOURCE_DATE_EPOCH gives the same bytes; -o is required and refused
# inside the report.
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-xlsx.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1735689600
# Magetan with one plain table more, whose sheet name Excel refuses (the
# sample's own plain tables all have names that fit).
mkdir "$T/s" && cp -R content/magetan-diskopukm-2024 "$T/s/"
M=$T/s/magetan-diskopukm-2024
cp tests/data/scaffold/kategori-kesehatan-koperasi.csv $M/tabel/

"$BIN" export --format xlsx $M -o "$T/m.xlsx" 2>"$T/err" ||
	fail "export: exit $?: $(cat "$T/err")"
python3 tests/scaffold/xlsx_same.py $M "$T/m.xlsx" >"$T/same" ||
	fail "cells differ: $(cat "$T/same")"
cat >"$T/want" <<'W'
indikator: 0 number cells, 97 text cells
kinerja: 82 number cells, 63 text cells
anggaran: 105 number cells, 124 text cells
pagu_renstra: 744 number cells, 426 text cells
rencana_aksi: 10 number cells, 13 text cells
data: 68 number cells, 80 text cells
pegawai: 50 number cells, 91 text cells
aset: 7 number cells, 18 text cells
terbit: 55 number cells, 181 text cells
tabel-analisis-penyebab: 0 number cells, 14 text cells
tabel-contoh-pmk214: 8 number cells, 8 text cells
tabel-inovasi: 0 number cells, 6 text cells
tabel-keterkaitan-rpd: 0 number cells, 30 text cells
tabel-permasalahan-solusi: 0 number cells, 16 text cells
tabel-rencana-aksi-2025: 0 number cells, 12 text cells
tabel-strategi-arah-kebijakan: 0 number cells, 14 text cells
W
diff "$T/want" "$T/same" >&2 || fail "cell counts differ"

# Worked cells, as the sheets hold them: anggaran row 5 (program
# 2.17.01, below the file's notes), kinerja rows 5 (IKU1 2024) and 23
# (TK1 2024: 832.222,8 grouped, a "#,##0.0" format), pagu_renstra rows
# 5-7 (the Renstra matrix: a kode is text, "2" too; a line's row without
# a year; "80" a number), and the plain table contoh-pmk214 with its
# caption rows, its amounts grouped ("#,##0") and "0,80" kept as typed.
python3 tests/scaffold/xlsx_read.py "$T/m.xlsx" >"$T/dump"
grep -qx '  row 5: s:2.17.01 | s:Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | s:S3 | s:Kepuasan ASN Dinas Koperasi Usaha Kecil dan Menengah terhadap Layanan Kesekretariatan Dinas Koperasi, Usaha Kecil dan Menengah | s:indeks | n:83 | n:83.05 | n:2992759325@#,##0 | n:3297585325@#,##0 | n:3263119898@#,##0 | s:Sekretariat' "$T/dump" ||
	fail "anggaran row 5 differs"
grep -q '^  row 5: s:IKU1 | n:2024 | n:70 | n:70 | n:70 | n:76 | n:108 | s:NIHIL |  | ' "$T/dump" ||
	fail "kinerja row 5 differs"
grep -q '^  row 23: s:TK1 | n:2024 | n:832222.8@#,##0.0 |  |' "$T/dump" ||
	fail "kinerja row 23 differs"
sed -n '/^sheet pagu_renstra/,/^sheet /p' "$T/dump" | sed -n 6,8p >"$T/rpk"
sed -n '/^sheet tabel-contoh-pmk214/,/^sheet /p' "$T/dump" | sed -n 2,6p >>"$T/rpk"
cat >"$T/want" <<'W'
  row 5: s:2 |  | s:URUSAN PEMERINTAH WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR |  |  |  |  |  |  | 
  row 6: s:2.17 | n:2024 | s:URUSAN PEMERINTAH BIDANG KOPERASI, USAHA KECIL DAN MENENGAH |  |  |  |  |  |  | 
  row 7: s:2.17.01 | n:2024 | s:PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA |  |  | n:80 | n:80 |  | n:81 | 
  row 1: s:# judul: Contoh Perhitungan Efisiensi menurut PMK Nomor 214 Tahun 2017 |  |  | 
  row 2: s:# sumber: Lampiran PMK 214/2017 (www.jdih.kemenkeu.go.id); hasil E = 26 % |  |  | 
  row 3: s:Keluaran (Output) Kegiatan | s:Capaian Keluaran (CK) | s:Pagu (PAK) | s:Realisasi (RAK)
  row 4: s:Keluaran 1 (Orang) | n:1.22 | n:4000000000@#,##0 | n:3800000000@#,##0
  row 5: s:Keluaran 2 (Laporan) | s:0,80 | n:1000000000@#,##0 | n:975000000@#,##0
W
diff "$T/want" "$T/rpk" >&2 || fail "pagu_renstra or tabel-contoh-pmk214 differs"
# The sheets keep the schema's notes and lists.
grep -qx '  check B2:B5001 list "tujuan,sasaran,indikator"' "$T/dump" ||
	fail "no tingkat list on the indikator sheet"

# A table whose sheet name would be too long stays a CSV file, said so
# (one warning, exit 0).
cat >"$T/want" <<W
$M/tabel/kategori-kesehatan-koperasi.csv: warning: its sheet name "tabel-kategori-kesehatan-koperasi" is longer than the 31 characters a sheet name may have: left out of the workbook (keep the CSV file: CSV files and sheets may be mixed)
lkjip: 0 errors, 1 warning
W
diff "$T/want" "$T/err" >&2 || fail "export stderr differs"

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
# A report on a workbook (a fresh lkjip new) has no CSV file to write:
# an error, and its own sheets are not copied, said so.
"$BIN" new "$T/c/dinas-2025" >/dev/null
rc=0
"$BIN" export --format xlsx "$T/c/dinas-2025" -o "$T/d.xlsx" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "no CSV file: exit $rc"
printf '%s\n' "$T/c/dinas-2025: error: no CSV data file to write as a workbook" \
	"$T/c/dinas-2025/data.xlsx: warning: its sheets are not copied: export --format xlsx writes the report's CSV files" \
	"lkjip: 1 error, 1 warning" | diff - "$T/err" >&2 ||
	fail "no CSV file: stderr differs"
[ ! -e "$T/d.xlsx" ] || fail "wrote a workbook of nothing"
echo "export --format xlsx: ok"
