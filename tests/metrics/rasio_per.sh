#!/bin/sh
# A rate per 1.000 or per 100.000 computed by rumus (maternal mortality,
# incidence of a disease): rasio(a, b, 100.000) = a / b x 100.000; rasio
# with two series stays a percentage. On the small report of
# tests/data/bad/_base with IK2 "Angka Kematian Ibu", negative polarity,
# target 85 per 100.000 KH, and data.csv kematian_ibu 11, kelahiran_hidup
# 14.002 for 2024:
#   realisasi 11 / 14.002 x 100.000 = 78,560205... -> 78,56
#   capaian (2 x 85 - 78,560205...) / 85 x 100 = 107,576228... -> 107,58 %
# (from the full realisasi: 78,56 would give 107,58 too, so also the
# explain formula is checked), and IK3 rasio(kematian_ibu, kelahiran_hidup)
# = 0,078560... -> 0,08 %.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/indikator.csv" <<'CSV'
kode,tingkat,induk,uraian,satuan,polaritas,sifat,rumus
T1,tujuan,,Meningkatnya koperasi,,,,
S1,sasaran,T1,Meningkatnya koperasi sehat,,,,
IKU1,indikator,S1,Persentase koperasi sehat,%,positif,persentase,
IK2,indikator,S1,Angka Kematian Ibu,per 100.000 KH,negatif,persentase,"rasio(kematian_ibu, kelahiran_hidup, 100.000)"
IK3,indikator,S1,Kematian ibu per kelahiran,%,negatif,persentase,"rasio(kematian_ibu, kelahiran_hidup)"
CSV
printf 'IK2,2024,85,,\nIK3,2024,1,,\n' >> "$R/kinerja.csv"
printf 'seri,tahun,nilai\nkematian_ibu,2024,11\nkelahiran_hidup,2024,14002\n' > "$R/data.csv"
printf '\nAKI {{realisasi IK2}}, capaian {{capaian IK2}}; {{realisasi IK3}}.\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -qF "AKI 78,56${N}per 100.000 KH, capaian 107,58${N}%; 0,08${N}%." "$T/m.md" ||
	fail "inline: $(grep '^AKI' "$T/m.md")"
"$BIN" explain "$R" IK2.realisasi.2024 > "$T/x" || fail "explain"
grep -qF 'formula: data.kematian_ibu.2024 ÷ data.kelahiran_hidup.2024 × 100.000' "$T/x" ||
	fail "explain: $(cat "$T/x")"
grep -qF 'kematian_ibu 11 ÷ kelahiran_hidup 14.002 × 100.000 = 78,56' "$T/x" ||
	fail "explain: $(cat "$T/x")"

# The multiplier is a whole number; anything else is an error at the cell.
sed -i 's/100\.000)/seratus ribu)/' "$R/indikator.csv"
if "$BIN" check "$R" 2>"$T/err"; then fail "rasio(a, b, seratus ribu) accepted"; fi
grep -qF 'indikator.csv:5:8: error: column "rumus": the third argument of rasio is the multiplier, a whole number such as 1.000 or 100.000, found "seratus ribu"' "$T/err" ||
	fail "bad multiplier: $(cat "$T/err")"
echo "ok: rasio per 100.000"
