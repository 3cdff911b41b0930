#!/bin/sh
# Kinds of spending (issue 13, item 11), on the small report of
# tests/data/bad/_base (one program: pagu 28.000.000, spent 27.700.000)
# with belanja.csv (Permendagri 77/2020):
#   Belanja Operasi: Pegawai 15.000.000 / 14.900.000, Barang dan Jasa
#                    10.000.000 / 9.800.000 -> 25.000.000 / 24.700.000,
#                    serapan 98,80 %
#   Belanja Modal:   Peralatan 3.000.000 / 3.000.000 -> 100,00 %
#   total 28.000.000 / 27.700.000 = anggaran.csv's, serapan 98,93 %
# figures {{belanja operasi}}, {{terbilang belanja modal}}, the counts
# {{jumlah-program}} etc.; terbit.csv checks a published kind; a total
# that differs from anggaran.csv's is a warning; mixing the schemes an
# error.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/belanja.csv" <<'CSV'
jenis,uraian,anggaran,realisasi
operasi,Belanja Pegawai,15.000.000,14.900.000
operasi,Belanja Barang dan Jasa,10.000.000,9.800.000
modal,Belanja Modal Peralatan dan Mesin,3.000.000,3.000.000
CSV
printf 'besaran,kode,nilai,sumber\nbelanja,operasi,25.000.000,Tabel 3.9\nbelanja,modal,3.500.000,Tabel 3.9\n' > "$R/terbit.csv"
printf '\n{{tabel belanja}}\n\nBelanja operasi {{belanja operasi}}; belanja modal {{terbilang belanja modal}}; {{jumlah-program}} program, {{jumlah-kegiatan}} kegiatan, {{jumlah-subkegiatan}} sub kegiatan.\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
sed "s|$R/||" "$T/err" > "$T/got"
printf 'terbit.csv:3:3: warning: column "nilai": published belanja of modal 3.500.000 in Tabel 3.9 differs from the computed 3.000.000\nlkjip: 0 errors, 1 warning\n' > "$T/want"
diff -u "$T/want" "$T/got" || fail "messages"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
for row in "| 1 | Belanja Operasi | 25.000.000 | 24.700.000 | 98,80${N}% |" \
	"| 1.1 | Belanja Pegawai | 15.000.000 | 14.900.000 | 99,33${N}% |" \
	"| 1.2 | Belanja Barang dan Jasa | 10.000.000 | 9.800.000 | 98,00${N}% |" \
	"| 2 | Belanja Modal | 3.000.000 | 3.000.000 | 100,00${N}% |" \
	"| Jumlah |  | 28.000.000 | 27.700.000 | 98,93${N}% |"; do
	grep -qF "$row" "$T/m.md" || fail "export lacks $row
$(grep '^| ' "$T/m.md")"
done
grep -qF "Belanja operasi Rp${N}25.000.000; belanja modal tiga juta rupiah; 1 program, 0 kegiatan, 0 sub kegiatan." "$T/m.md" ||
	fail "figures: $(grep '^Belanja operasi' "$T/m.md")"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF 'Belanja Operasi' "$T/out/contoh-2024/index.html" || fail "HTML"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -q 'Belanja Operasi *25.000.000 *24.700.000' "$T/p.txt" || fail "PDF row"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
# lkjip diff follows the kinds of spending.
mkdir "$T/d"
cp -R "$R" "$T/d/"
sed -i 's/^operasi,Belanja Pegawai,15.000.000,14.900.000$/operasi,Belanja Pegawai,15.000.000,14.200.000/' "$T/d/contoh-2024/belanja.csv"
"$BIN" diff "$R" "$T/d/contoh-2024" > "$T/diff" 2>&1 || true
grep -qF "Belanja Operasi: realisasi Rp${N}24.700.000 -> Rp${N}24.000.000; serapan 98,80${N}% -> 96,00${N}%" "$T/diff" ||
	fail "diff: $(cat "$T/diff")"
# A total that is not anggaran.csv's.
sed -i 's/^modal,Belanja Modal Peralatan dan Mesin,3.000.000,3.000.000$/modal,Belanja Modal Peralatan dan Mesin,3.500.000,3.000.000/' "$R/belanja.csv"
"$BIN" check "$R" 2>"$T/err" || fail "check 3.500.000: $(cat "$T/err")"
grep -q 'belanja.csv:2: warning: the kinds of spending add up to an anggaran of 28.500.000, but the programs of anggaran.csv to a pagu of 28.000.000' "$T/err" ||
	fail "sum: $(cat "$T/err")"
# The two schemes in one report.
echo 'langsung,Belanja Langsung,1.000,1.000' >> "$R/belanja.csv"
rc=0; "$BIN" check "$R" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "schemes: exit $rc"
grep -q 'belanja.csv:5:1: error: column "jenis": "langsung" is of the older scheme (langsung, tidak-langsung) and row 2 of the Permendagri 77/2020 one' "$T/err" ||
	fail "schemes: $(cat "$T/err")"
echo "ok: kinds of spending"
