#!/bin/sh
# A programme serving several sasaran: anggaran.csv's sasaran lists them,
# "S1; S2", and the programme's money counts in each sasaran's figures
# (efisiensi-sasaran; the report's total counts it once). A sasaran no
# line names has no money. On the small report of tests/data/bad/_base
# with a second sasaran S2 (IK2 target 50, realisasi 45: capaian 90 %)
# and the programme 2.17.05 (pagu 28.000.000, spent 27.700.000: serapan
# 98,928571... %) serving both, efficiency selisih (the default):
#   S1 capaian 76 / 70 = 108,571 %: 108,571 - 98,929 = 9,64 %
#   S2 capaian 90 %:               90 - 98,929     = −8,93 %
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat >> "$R/indikator.csv" <<'CSV'
S2,sasaran,T1,Meningkatnya usaha mikro,,,
IK2,indikator,S2,Jumlah usaha mikro naik kelas,UM,positif,persentase
CSV
printf 'IK2,2024,50,45,\n' >> "$R/kinerja.csv"
sed -i 's/,S1,28.000.000/,S1; S2,28.000.000/' "$R/anggaran.csv"
grep -q 'S1; S2' "$R/anggaran.csv" || fail "setup: $(cat "$R/anggaran.csv")"
printf '\nS2: {{pagu S2}}, {{serapan S2}}, {{efisiensi S2}}; S1: {{efisiensi S1}}; {{pagu}}.\n\n{{tabel efisiensi-sasaran}}\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o - 2>"$T/err" | sed "s/$N/ /g" > "$T/m.md" || fail "export: $(cat "$T/err")"
grep -qF "S2: Rp 28.000.000, 98,93 %, −8,93 %; S1: 9,64 %; Rp 28.000.000." "$T/m.md" ||
	fail "inline: $(grep '^S2:' "$T/m.md")"
"$BIN" explain "$R" S2.pagu | sed "s/$N/ /g" > "$T/x" || fail "explain"
grep -qF 'S2.pagu = Rp 28.000.000' "$T/x" || fail "explain: $(cat "$T/x")"

# A code that is no sasaran: an error naming it.
sed -i 's/S1; S2/S1; X9/' "$R/anggaran.csv"
if "$BIN" check "$R" 2>"$T/err"; then fail "X9 accepted"; fi
grep -qF "anggaran.csv:2:3: error: column \"sasaran\": \"X9\" is not a sasaran in indikator.csv (sasaran lists sasaran codes separated by ';')" "$T/err" ||
	fail "X9: $(cat "$T/err")"
echo "ok: a programme serving several sasaran"
