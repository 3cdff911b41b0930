#!/bin/sh
# The closing row of a budget table of one sasaran adds up the lines it
# shows, and a table chooses a line of a sasaran by the indicator it
# supports too (mendukung). On the column vocabulary's fixture
# (tests/data/doc/kolom) with one more programme, 2.17.08, linked to no
# sasaran but supporting IKU2 of S2 (pagu 210.300.000, realisasi
# 206.739.700):
#   rows: 2.17.07 (1.652.700.000; 896.143.050), its kegiatan, 2.17.08
#   Jumlah: 1.652.700.000 + 210.300.000 = 1.863.000.000;
#           896.143.050 + 206.739.700 = 1.102.882.750;
#           serapan 1.102.882.750 / 1.863.000.000 x 100 = 59,199..%
# S2.pagu, the sasaran's own figure (lines linked by the sasaran
# column), is 1.652.700.000: before, the table closed with it under
# rows adding up to more.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/doc/kolom "$T/c/r"
R=$T/c/r
printf '2.17.08,Program Pengembangan UMKM,,Usaha mikro naik kelas,%%,1,1,200.000.000,210.300.000,206.739.700,Bidang UKM,IKU2,\n' >> "$R/anggaran.csv"
mkdir -p "$R/bab"
for f in 00-kata-pengantar 01-ikhtisar 10-pendahuluan 20-perencanaan 40-penutup; do
	echo "Teks." > "$R/bab/$f.md"
done
printf 'Uji.\n\n{{tabel anggaran sasaran=S2 baris_akhir=jumlah kolom=no,uraian,pagu,realisasi_anggaran,serapan}}\n\nPagu sasaran {{angka S2.pagu}}.\n' > "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
row() { grep -q "$1" "$T/m.md" || fail "export lacks: $1
$(grep '^| ' "$T/m.md")"; }
row "^| 2 | Program Pengembangan UMKM | 210.300.000 | 206.739.700 | 98,31${N}% |$"
row "^| Jumlah |  | 1.863.000.000 | 1.102.882.750 | 59,20${N}% |$"
grep -q "Pagu sasaran Rp${N}1.652.700.000." "$T/m.md" || fail "S2.pagu: $(grep 'Pagu sasaran' "$T/m.md")"
echo "ok: a sasaran's budget table closes with the lines it shows"
