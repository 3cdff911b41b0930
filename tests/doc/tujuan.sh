#!/bin/sh
# Indicators of a tujuan and a sasaran without a tujuan (issue 13, item 1),
# on the small report of tests/data/bad/_base (IKU1 of S1: 76 / 70 =
# 108,571 %), with:
#   TK1, an indicator of the tujuan T1: target 100, realisasi 90
#        -> capaian 90,00 %, in {{tabel indikator-tujuan}}
#   S2, a sasaran with no tujuan, and its IKU2: target 50, realisasi 60
#        -> capaian 120,00 %, in {{tabel renstra}} with "-" for the tujuan
#   the report's mean, over the sasaran's indicators (as the capaian
#        tables list them; TK1 has its own table): (108,571 + 120) / 2
#        = 114,29 %
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat >> "$R/indikator.csv" <<'CSV'
TK1,indikator,T1,Nilai omset koperasi,Juta Rupiah,positif,persentase
S2,sasaran,,Meningkatnya usaha mikro,,,
IKU2,indikator,S2,Jumlah usaha mikro naik kelas,UM,positif,persentase
CSV
cat >> "$R/kinerja.csv" <<'CSV'
TK1,2024,100,90,
IKU2,2024,50,60,
CSV
printf '\n{{tabel indikator-tujuan}}\n\nRata-rata {{capaian}}; TK1 {{capaian TK1}}.\n' >> "$R/bab/20-perencanaan.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
row() { grep -q "$1" "$T/m.md" || fail "export lacks: $1
$(grep '^| ' "$T/m.md")"; }
row "^| No | Tujuan | Indikator Tujuan | Satuan | Target 2024 | Target 2025 | Target 2026 | Realisasi 2024 | Capaian (%) |$"
# The Satuan column gives the unit: target and realisasi go without it.
row "^| 1 | Meningkatnya koperasi | Nilai omset koperasi | Juta Rupiah | 100 | - | - | 90 | 90,00${N}% |$"
row "^| 2 | - | Meningkatnya usaha mikro | Jumlah usaha mikro naik kelas | UM | 50 | - | - |$"
grep -q "Rata-rata 114,29${N}%; TK1 90,00${N}%." "$T/m.md" || fail "mean: $(grep Rata-rata "$T/m.md")"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -q 'Nilai omset koperasi' "$T/out/contoh-2024/index.html" || fail "HTML"
echo "ok: indicators of a tujuan, a sasaran without one"
