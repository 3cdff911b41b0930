#!/bin/sh
# {{tabel seri}} end to end, from data.csv and from the data sheet of a
# workbook (lkjip export --format xlsx, then the CSV files removed):
# koperasi_aktif 718 (2023) -> 726 (2024) is selisih 8 and pertumbuhan
# 8 / 718 x 100 = 1,11 %, under the header "Koperasi aktif (unit)" given
# by the uraian and satuan columns; the cells link to the data's rows.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/data.csv" <<'CSV'
seri,tahun,nilai,keterangan,uraian,satuan
koperasi_aktif,2023,718,,Koperasi aktif,unit
koperasi_aktif,2024,726,,,
CSV
printf '\n{{tabel seri koperasi_aktif selisih=ya pertumbuhan=ya baris=tahun}}\n\nNaik {{angka data.koperasi_aktif.selisih.2024}} unit atau {{angka data.koperasi_aktif.pertumbuhan.2024 bentuk=terbilang}}.\n' >> "$R/bab/30-akuntabilitas.md"
check_out() { # $1: what was read
	h=$T/out/contoh-2024/index.html
	grep -qF '>Koperasi aktif (unit)</th>' "$h" || fail "$1: header"
	grep -qF '<td class="rata-tengah" data-label="Tahun">2024</td>' "$h" ||
		fail "$1: year row"
	grep -qF '>1,11<span class="jejak-asal"' "$h" || fail "$1: pertumbuhan cell"
	grep -qF "Pertumbuhan Koperasi aktif 2024 = (Koperasi aktif 726 − Koperasi aktif 718) ÷ Koperasi aktif 718 × 100 = 1,11${N}%" "$h" ||
		fail "$1: provenance"
	grep -qF 'satu koma satu satu persen' "$h" || fail "$1: words"
	pdftotext "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt" 2>/dev/null ||
		{ echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2; return 0; }
	grep -q 'Koperasi aktif (unit)' "$T/p.txt" || fail "$1: PDF header"
}
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
! grep -q "warning\|error" "$T/err" || fail "diagnostics: $(cat "$T/err")"
check_out data.csv
# The same from a workbook's data sheet.
SOURCE_DATE_EPOCH=1735689600 "$BIN" export --format xlsx "$R" -o "$T/w.xlsx" 2>"$T/err" ||
	fail "export: $(cat "$T/err")"
rm "$R"/*.csv
mv "$T/w.xlsx" "$R/data.xlsx"
rm -rf "$T/out"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "workbook build: $(cat "$T/err")"
check_out data.xlsx
echo "ok: tabel seri from data.csv and data.xlsx"
