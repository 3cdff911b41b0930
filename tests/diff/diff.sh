#!/bin/sh
# lkjip diff between the sample content and a copy with two corrections
# (IKU1 realisasi 2024 76 -> 78; kegiatan 2.17.01.2.01 spent 13.999.500 ->
# 14.250.000): exact lines, reviewed by eye once. Nothing is built.
set -eu
BIN=${LKJIP_BIN:-build-inc/lkjip}
T=$(mktemp -d /tmp/lkjip-diff.XXXXXX)
trap 'rm -rf "$T"' EXIT
M=magetan-diskopukm-2024
fail() { echo "FAIL: $*" >&2; exit 1; }
cp -r content "$T/c"
sed -i 's/^IKU1,2024,70,70,70,76,108,/IKU1,2024,70,70,70,78,108,/' "$T/c/$M/kinerja.csv"
sed -i '/^2\.17\.01\.2\.01,/s/,13\.999\.500,/,14.250.000,/' "$T/c/$M/anggaran.csv"
"$BIN" diff content "$T/c" >"$T/out" 2>"$T/err" || fail "diff exited $?: $(cat "$T/err")"
test ! -s "$T/err" || fail "diff printed on stderr: $(cat "$T/err")"
NB=$(printf '\302\240')
cat >"$T/want" <<EOT
$M: 5 baris angka berubah
  IKU1 2024: realisasi 76 -> 78; capaian 108,57${NB}% -> 111,42${NB}%
  IKU1 Renstra: kemajuan 101,33${NB}% -> 104,00${NB}%
  Sasaran S1: capaian 108,57${NB}% -> 111,42${NB}%; efisiensi 9,90${NB}% -> 12,76${NB}%
  Anggaran 2.17.01.2.01: realisasi Rp${NB}13.999.500 -> Rp${NB}14.250.000; serapan 96,55${NB}% -> 98,28${NB}%; efisiensi 3,45${NB}% -> 1,72${NB}%
  Keseluruhan: capaian rata-rata 114,82${NB}% -> 115,53${NB}%; efisiensi 29,23${NB}% -> 29,95${NB}%
EOT
diff -u "$T/want" "$T/out" || fail "diff output differs"

# A grade with a score (SPEC 5: "BB (75)") that moves to "BB (80)" moves
# the figure everywhere the report prints it: diff says so, though the
# grade letters are the same. IK3 made qualitative in both copies.
mkdir "$T/g1" "$T/g2"
cp content/site.yaml "$T/g1/" && cp -r content/$M "$T/g1/"
sed -i '/^IK3,/s/,Angka,positif,/,Angka,kualitatif,/' "$T/g1/$M/indikator.csv"
sed -i 's/^IK3,2024,"91,3",,"91,3","91,91",101,/IK3,2024,"BB (70)",,"BB (70)","BB (75)",,/' \
	"$T/g1/$M/kinerja.csv"
grep -q '^IK3,2024,"BB (70)"' "$T/g1/$M/kinerja.csv" || fail "sed grade"
cp -r "$T/g1/$M" "$T/g2/$M"
sed -i 's/^IK3,2024,"BB (70)",,"BB (70)","BB (75)",/IK3,2024,"BB (70)",,"BB (70)","BB (80)",/' \
	"$T/g2/$M/kinerja.csv"
"$BIN" diff "$T/g1/$M" "$T/g2/$M" >"$T/out" 2>"$T/err" || fail "grade diff: $(cat "$T/err")"
grep -qxF "  IK3 2024: realisasi BB (75) -> BB (80)" "$T/out" ||
	fail "grade change not reported: $(cat "$T/out")"

# Same content: says so. Two report folders compare whatever their names.
"$BIN" diff content content >"$T/out"
test "$(cat "$T/out")" = "Tidak ada angka yang berubah." || fail "same content: $(cat "$T/out")"
cp -r content/$M "$T/lama-$M"
"$BIN" diff "$T/lama-$M" "$T/c/$M" >"$T/out"
grep -qxF "  IKU1 2024: realisasi 76 -> 78; capaian 108,57${NB}% -> 111,42${NB}%" "$T/out" ||
	fail "report folders: $(cat "$T/out")"
# A report only on one side.
mkdir "$T/one" && cp content/site.yaml "$T/one/" && cp -r content/$M "$T/one/"
"$BIN" diff "$T/one" content >"$T/out"
test "$(cat "$T/out")" = "jombang-diskopum-2024: laporan baru" || fail "new report: $(cat "$T/out")"
"$BIN" diff content "$T/one" >"$T/out"
test "$(cat "$T/out")" = "jombang-diskopum-2024: laporan dihapus" || fail "removed report: $(cat "$T/out")"
# Errors in the content: exit 1 with the diagnostic.
sed -i 's/^IKU1,2024,70,70,70,78,/IKU1,2024,70,70,70,tujuh puluh,/' "$T/c/$M/kinerja.csv"
if "$BIN" diff content "$T/c" >/dev/null 2>"$T/err"; then fail "bad content accepted"; fi
grep -q 'kinerja.csv:.*error' "$T/err" || fail "no diagnostic: $(cat "$T/err")"
# Usage.
set +e
"$BIN" diff content >/dev/null 2>&1; rc=$?
set -e
test $rc -eq 2 || fail "diff with one folder exited $rc, want 2"
echo "diff: ok"
