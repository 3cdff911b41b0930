#!/bin/sh
# Capaian from the displayed figures (issue 13, item 5), on the small
# report of tests/data/bad/_base with IKU1 = rasio(koperasi_sehat,
# koperasi_dinilai) = 38 / 49 = 77,5510... %, target 70, and
# pembulatan.nilai of 1 decimal (the realisasi shows as 77,6):
#   dasar_capaian: penuh (default): 77,5510... / 70 = 110,787... -> 110,79 %
#   dasar_capaian: tampilan:        77,6 / 70       = 110,857... -> 110,86 %
#   and the capaian table and `lkjip explain` say which convention it used.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/indikator.csv" <<'CSV'
kode,tingkat,induk,uraian,satuan,polaritas,sifat,rumus
T1,tujuan,,Meningkatnya koperasi,,,,
S1,sasaran,T1,Meningkatnya koperasi sehat,,,,
IKU1,indikator,S1,Persentase koperasi sehat,%,positif,persentase,"rasio(koperasi_sehat, koperasi_dinilai)"
CSV
printf 'seri,tahun,nilai\nkoperasi_sehat,2024,38\nkoperasi_dinilai,2024,49\n' > "$R/data.csv"
printf 'indikator,tahun,target\nIKU1,2024,70\n' > "$R/kinerja.csv"
printf 'pembulatan:\n  nilai: { desimal: 1, cara: setengah-naik }\n' >> "$R/laporan.yaml"
cp "$R/laporan.yaml" "$T/laporan.yaml"
for dasar in penuh tampilan; do
	cp "$T/laporan.yaml" "$R/laporan.yaml"
	printf 'perhitungan:\n  dasar_capaian: %s\n' $dasar >> "$R/laporan.yaml"
	"$BIN" check "$R" 2>"$T/err" || fail "$dasar: check: $(cat "$T/err")"
	"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "$dasar: export: $(cat "$T/err")"
	[ $dasar = penuh ] && want=110,79 || want=110,86
	grep -qF "| Persentase koperasi sehat | 70${N}% | 77,6${N}% | ${want}${N}% |" "$T/m.md" ||
		fail "$dasar: $(grep 'Persentase koperasi sehat |' "$T/m.md")"
	"$BIN" explain "$R" IKU1.capaian.2024 > "$T/explain" 2>&1 || fail "$dasar: explain: $(cat "$T/explain")"
	if [ $dasar = tampilan ]; then
		grep -qF 'Capaian dihitung dari target dan realisasi sebagaimana ditampilkan (dibulatkan 1 desimal)' "$T/m.md" ||
			fail "tampilan: no note"
		grep -qF 'sebagaimana ditampilkan (dibulatkan 1 desimal)' "$T/explain" ||
			fail "tampilan: explain: $(cat "$T/explain")"
	elif grep -q 'sebagaimana ditampilkan' "$T/explain"; then
		fail "penuh: explain says tampilan"
	elif grep -q 'sebagaimana ditampilkan' "$T/m.md"; then
		fail "penuh: a note"
	fi
done
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF "110,86${N}%" "$T/out/contoh-2024/index.html" || fail "HTML"
grep -qF 'sebagaimana ditampilkan' "$T/out/contoh-2024/index.html" || fail "HTML note"
echo "ok: capaian from the displayed figures"
