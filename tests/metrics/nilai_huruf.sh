#!/bin/sh
# Values that are grades with a score (issue 13, item 3), on the small
# report of tests/data/bad/_base with a qualitative IK2 and the mapping
# A = 90, BB = 80, B = 70:
#   2023: target B, realisasi "B (68,2)"  -> 70 / 70 = 100,00 %
#   2024: target BB, realisasi "A (81,3)" -> 90 / 80 = 112,50 %
# shown as written ("A (81,3)") in the tables, {{realisasi IK2}}, the
# HTML page and the PDF; compared through the grade mapping, never the
# score; the change 2023 -> 2024 is on the scores, 81,3 - 68,2 = +13,1.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
echo 'IK2,indikator,S1,Nilai SAKIP,nilai,kualitatif,persentase' >> "$R/indikator.csv"
printf 'IK2,2023,B,"B (68,2)",\nIK2,2024,BB,"A (81,3)",\n' >> "$R/kinerja.csv"
printf 'perhitungan:\n  nilai_kualitatif:\n    A: 90\n    BB: 80\n    B: 70\n' >> "$R/laporan.yaml"
printf '\n{{tabel perbandingan tahun=2023,2024}}\n\nIK2 {{realisasi IK2}}, capaian {{capaian IK2}}.\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -qF "| Nilai SAKIP | BB | A (81,3) | 112,50${N}% | Sangat Berhasil |" "$T/m.md" ||
	fail "capaian row: $(grep 'Nilai SAKIP' "$T/m.md")"
grep -qF "| Nilai SAKIP | B | B (68,2) | 100,00${N}% | BB | A (81,3) | 112,50${N}% | +13,1 | naik |" "$T/m.md" ||
	fail "perbandingan row: $(grep 'Nilai SAKIP' "$T/m.md")"
grep -qF "IK2 A (81,3), capaian 112,50${N}%." "$T/m.md" || fail "inline: $(grep '^IK2' "$T/m.md")"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF 'A (81,3)' "$T/out/contoh-2024/index.html" || fail "HTML"
if command -v pdftotext >/dev/null; then
	pdftotext "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -qF 'A (81,3)' "$T/p.txt" || fail "PDF"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
echo "ok: grades with a score"
