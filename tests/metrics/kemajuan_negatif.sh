#!/bin/sh
# Progress to the Renstra end target (kemajuan) follows the indicator's
# polarity, as capaian does. It was R / T_end x 100 for every indicator,
# so a prevalence still above its end target read as past it. On the
# small report of tests/data/bad/_base (Renstra 2024-2026):
#   IK2 negatif, persentase: end target 10 (2026), realisasi 2024 12,3
#     kemajuan (2 x 10 - 12,3) / 10 x 100 = 77,00 %   (was 123,00 %)
#   IK3 negatif-rasio: end target 10, realisasi 12,5
#     kemajuan 10 / 12,5 x 100 = 80,00 %               (was 125,00 %)
#   IKU1 positif: end target 80, realisasi 76 -> 95,00 % (unchanged)
#   IK4 kualitatif (AA 100, A 90, BB 80): end target "AA" (2026), never a
#     sum of grades; realisasi 2024 "A": kemajuan 90 / 100 = 90,00 %, the
#     end target printed "AA" (it printed "-" and no kemajuan)
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat >> "$R/indikator.csv" <<'CSV'
IK2,indikator,S1,Prevalensi balita stunting,%,negatif,persentase
IK3,indikator,S1,Angka kesakitan,%,negatif-rasio,persentase
IK4,indikator,S1,Nilai akreditasi,Predikat,kualitatif,absolut
CSV
cat >> "$R/laporan.yaml" <<'YAML'
perhitungan:
  nilai_kualitatif:
    AA: 100
    A: 90
    BB: 80
YAML
printf 'IK2,2024,14,"12,3",\nIK2,2026,10,,\nIK3,2024,14,"12,5",\nIK3,2026,10,,\nIK4,2024,BB,A,\nIK4,2025,A,,\nIK4,2026,AA,,\n' >> "$R/kinerja.csv"
printf '\nKemajuan {{kemajuan IKU1}}, {{kemajuan IK2}}, {{kemajuan IK3}}, {{kemajuan IK4}}.\n\n{{tabel kemajuan}}\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -qF "Kemajuan 95,00${N}%, 77,00${N}%, 80,00${N}%, 90,00${N}%." "$T/m.md" ||
	fail "inline: $(grep '^Kemajuan' "$T/m.md")"
grep -qF "| Prevalensi balita stunting | 12,3${N}% | 10${N}% | 77,00${N}% |" "$T/m.md" ||
	fail "table: $(grep 'Prevalensi' "$T/m.md")"
grep -qF "| Nilai akreditasi | A | AA | 90,00${N}% |" "$T/m.md" ||
	fail "table: $(grep 'akreditasi' "$T/m.md")"
"$BIN" explain "$R" IK2.kemajuan > "$T/x" || fail "explain"
grep -qF "= Kemajuan = (2 × target akhir 10 − realisasi 12,3) ÷ target akhir 10 × 100 = 77,00${N}%" "$T/x" ||
	fail "explain: $(cat "$T/x")"
echo "ok: kemajuan by polarity"
