#!/bin/sh
# Efficiency per indicator (issue 13, item 12), on the small report of
# tests/data/bad/_base (IKU1: 76 / 70 = 108,571 %) with a second
# indicator IKU2 (target 50, realisasi 45: 90,00 %) and budget lines that
# name the indicators they support (anggaran.csv mendukung):
#   2.17.05 program (mendukung IKU1): pagu 28.000.000, spent 27.700.000
#     2.17.05.2.01 kegiatan (mendukung IKU1; IKU2): 20.000.000 / 19.000.000
#     2.17.05.2.02 kegiatan: 8.000.000 / 8.700.000
#   IKU1: the program only (its kegiatan is inside it): serapan
#         98,928... %, efisiensi (selisih) 108,571 - 98,929 = 9,64 %
#   IKU2: the kegiatan 2.17.05.2.01: serapan 95,00 %, 90 - 95 = −5,00 %
set -eu
. tests/common.sh
MINUS=$(printf '\342\210\222') # U+2212, the minus every negative figure has
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
echo 'IKU2,indikator,S1,Jumlah koperasi dinilai,unit,positif,persentase' >> "$R/indikator.csv"
echo 'IKU2,2024,50,45,' >> "$R/kinerja.csv"
cat > "$R/anggaran.csv" <<'CSV'
kode,uraian,sasaran,pagu_awal,realisasi_anggaran,mendukung
2.17.05,Program Penilaian Kesehatan KSP/USP,S1,28.000.000,27.700.000,IKU1
2.17.05.2.01,Penilaian Kesehatan,,20.000.000,19.000.000,IKU1; IKU2
2.17.05.2.02,Pembinaan,,8.000.000,8.700.000,
CSV
printf '\n{{tabel efisiensi-indikator}}\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
grep -v 'spent 8.700.000, more than its pagu' "$T/err" | grep -q ': \(warning\|error\)' && fail "check: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
for row in "| 1 | Persentase koperasi sehat | 2.17.05, 2.17.05.2.01 | 70${N}% | 76${N}% | 108,57${N}% | 28.000.000 | 27.700.000 | 98,93${N}% | 9,64${N}% |" \
	"| 2 | Jumlah koperasi dinilai | 2.17.05.2.01 | 50${N}unit | 45${N}unit | 90,00${N}% | 20.000.000 | 19.000.000 | 95,00${N}% | ${MINUS}5,00${N}% |"; do
	grep -qF "$row" "$T/m.md" || fail "export lacks $row
$(grep '^| ' "$T/m.md")"
done
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF 'Efisiensi Kinerja per Indikator' "$T/out/contoh-2024/index.html" || fail "HTML"
sed -i 's/IKU1; IKU2$/IKU1; IKU9/' "$R/anggaran.csv"
rc=0; "$BIN" check "$R" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "IKU9: exit $rc"
grep -q 'anggaran.csv:3:6: error: column "mendukung": "IKU9" is not an indikator in indikator.csv' "$T/err" || fail "IKU9: $(cat "$T/err")"
echo "ok: efficiency per indicator"
