#!/bin/sh
# Grades written as words, as hospital accreditation (KARS: Dasar, Madya,
# Utama, Paripurna) and many evaluations publish them; they were refused
# ("expected a number, found "Utama"") because only capital codes (BB)
# were grades. On the small report of tests/data/bad/_base with a
# qualitative IK2 and the mapping Paripurna = 100, Utama = 90,
# Sangat Baik = 95:
#   2023: target Utama, realisasi "Utama (86,5)"         -> 90 / 90  = 100,00 %
#   2024: target Utama, realisasi "Paripurna (91,2)"     -> 100 / 90 = 111,11 %
#   change on the scores 91,2 - 86,5 = +4,7
# A word the mapping lacks ("Sangat Baik" without its key) is the usual
# warning; a word with a digit ("Utama2") stays "expected a number".
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
echo 'IK2,indikator,S1,Status akreditasi RSUD,Predikat,kualitatif,persentase' >> "$R/indikator.csv"
printf 'IK2,2023,Utama,"Utama (86,5)",\nIK2,2024,Utama,"Paripurna (91,2)",\n' >> "$R/kinerja.csv"
printf 'perhitungan:\n  nilai_kualitatif:\n    Paripurna: 100\n    Utama: 90\n' >> "$R/laporan.yaml"
printf '\n{{tabel perbandingan tahun=2023,2024}}\n\nIK2 {{realisasi IK2}}, capaian {{capaian IK2}}.\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -qF "| Status akreditasi RSUD | Utama | Paripurna (91,2) | 111,11${N}% | Sangat Berhasil |" "$T/m.md" ||
	fail "capaian row: $(grep 'akreditasi' "$T/m.md")"
grep -qF "| Status akreditasi RSUD | Utama | Utama (86,5) | 100,00${N}% | Utama | Paripurna (91,2) | 111,11${N}% | +4,7 | naik |" "$T/m.md" ||
	fail "perbandingan row: $(grep 'akreditasi' "$T/m.md")"
grep -qF "IK2 Paripurna (91,2), capaian 111,11${N}%." "$T/m.md" || fail "inline: $(grep '^IK2' "$T/m.md")"

# A word the mapping does not list: the grade warning, naming the word.
sed -i 's/"Paripurna (91,2)"/Sangat Baik/' "$R/kinerja.csv"
"$BIN" check "$R" 2>"$T/err" || fail "check (unknown word): $(cat "$T/err")"
grep -qF 'kinerja.csv:7:4: warning: column "realisasi": indicator IK2, 2024: grade "Utama" / "Sangat Baik" not in perhitungan.nilai_kualitatif' "$T/err" ||
	fail "unknown word: $(cat "$T/err")"

# Not a word: still refused at its cell.
sed -i 's/Sangat Baik/Utama2/' "$R/kinerja.csv"
if "$BIN" check "$R" 2>"$T/err"; then fail "Utama2 accepted"; fi
grep -qF 'kinerja.csv:7:4: error: column "realisasi": expected a number, found "Utama2"' "$T/err" ||
	fail "Utama2: $(cat "$T/err")"
echo "ok: grades written as words"
