#!/bin/sh
# A third agency, encoded from the docs alone: the synthetic Dinas
# Kesehatan Kabupaten Sukamaju 2024 (tests/data/agencies/sukamaju-dinkes-2024:
# 2 tujuan, 4 sasaran, 10 sasaran indicators and 2 tujuan indicators, five
# of them "lower is better", an index, a rate per 100.000 and a percentage
# computed by rumus, an accreditation grade, the Permendagri scale, a
# three-level budget with belanja.csv, pegawai_rinci.csv, a plain table
# with merged cells, an SVG, a PDF annex; indikator, kinerja, data,
# pagu_renstra and rencana_aksi in data.xlsx, the rest CSV).
# Figures computed by hand (capaian setengah-naik, 2 decimals):
#   IKU1 AKI  rasio 11 / 14.002 x 100.000 = 78,5602...; negatif, T 85:
#             (170 - 78,5602) / 85 = 107,58 %; kemajuan to the end target
#             75: (150 - 78,5602) / 75 = 95,25 %
#   IKU2 AKB  T 7,5 R 8,1: (15 - 8,1) / 7,5 = 92,00 %
#   IKU3 stunting T 14 R 12,3: 15,7 / 14 = 112,14 %
#   IKU4 D/S  38.412 / 45.120 = 85,1330 %; / 85 = 100,16 %
#   IKU5 IKM  84,25 / 82 = 102,74 %
#   IKU6 9 / 25 puskesmas = 36 %; / 40 = 90,00 % (Tinggi)
#   IKU7 Utama -> Paripurna: 100 / 90 = 111,11 %
#   IKU8 87,4 / 90 = 97,11 %;  IKU9 DBD (70 - 41,2) / 35 = 82,29 % (Tinggi)
#   IKU10 96,4 / 95 = 101,47 %
#   S1 (107,576 + 92) / 2 = 99,79 %; report mean of the ten 99,66 %
#   (> 90: Sangat Tinggi), 6 of 10 reach 100 %
#   TK1 UHH 72,91 / 72,8 = 100,15 %; TK2 IKS 0,32 / 0,35 = 91,43 %
#   programme 1.02.02 (S1; S2; S4) 3.989.495.500 / 4.125.000.000 =
#   96,715 %: efficiency S2 106,150 / 96,715 = 1,10, S4 93,624 / 96,715
#   = 0,97
#   budget pagu 23.403.500.000 spent 22.721.891.100: 97,09 %; efficiency
#   (rasio) 99,660 / 97,088 = 1,03; Belanja Operasi 22.434.441.100 /
#   23.103.500.000 = 97,10 %; SAKIP 23,40 + 21,15 + 11,90 + 18,05 = 74,5
#   (BB); staff 69; facilities 9 + 16 + 34 = 59
set -eu
. tests/common.sh
R=tests/data/agencies/sukamaju-dinkes-2024
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"

"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
# Figures and units are joined by a no-break space: compared as blanks.
sed "s/$N/ /g" "$T/m.md" > "$T/m.txt"
for row in \
	"| 1 | Menurunnya angka kematian ibu dan bayi | Angka Kematian Ibu | 85 per 100.000 KH | 78,56 per 100.000 KH | 107,58 % | Sangat Tinggi |" \
	"|  |  | Angka Kematian Bayi | 7,5 per 1.000 KH | 8,1 per 1.000 KH | 92,00 % | Sangat Tinggi |" \
	"| 2 | Menurunnya prevalensi balita stunting | Prevalensi balita stunting | 14 % | 12,3 % | 112,14 % | Sangat Tinggi |" \
	"|  |  | Persentase balita ditimbang (D/S) | 85 % | 85,13 % | 100,16 % | Sangat Tinggi |" \
	"|  |  | Persentase puskesmas terakreditasi paripurna | 40 % | 36 % | 90,00 % | Tinggi |" \
	"|  |  | Status akreditasi RSUD | Utama | Paripurna | 111,11 % | Sangat Tinggi |" \
	"|  |  | Angka kesakitan demam berdarah dengue | 35 per 100.000 penduduk | 41,2 per 100.000 penduduk | 82,29 % | Tinggi |" \
	"| Rata-rata Capaian Kinerja |  |  |  |  | 99,66 % | Sangat Tinggi |" \
	"| 1 | Menurunnya angka kematian ibu dan bayi | Angka Kematian Ibu | 78,56 per 100.000 KH | 75 per 100.000 KH | 95,25 % |" \
	"| 2 | Meningkatnya mutu dan akses pelayanan kesehatan | Indeks Keluarga Sehat | Indeks | - | 0,25 | 0,3 | 0,35 | 0,4 | 0,45 | 0,32 | 91,43 % |" \
	"| Jumlah |  |  |  |  |  | 99,66 % | 23.403.500.000 | 22.721.891.100 | 97,09 % | 1,03 |" \
	"| 2 | Menurunnya prevalensi balita stunting | Prevalensi balita stunting | 14 % | 12,3 % | 112,14 % | 106,15 % | 4.125.000.000 | 3.989.495.500 | 96,72 % | 1,10 |" \
	"| 4 | Terkendalinya penyakit menular | Cakupan penemuan dan pengobatan kasus tuberkulosis | 90 % | 87,4 % | 97,11 % | 93,62 % | 4.125.000.000 | 3.989.495.500 | 96,72 % | 0,97 |" \
	"| 1 | Belanja Operasi | 23.103.500.000 | 22.434.441.100 | 97,10 % |" \
	"| Jumlah |  | 100 | 74,5 | 74,50 % |" \
	"|  | Jumlah | 9 | 16 | 34 | 59 |" \
	"| Jumlah |  | 7 | 16 | 19 | 23 | 4 | 69 |"; do
	grep -qF "$row" "$T/m.txt" || fail "export lacks $row"
done
grep -qF "(dua puluh tiga miliar empat ratus tiga juta lima ratus ribu rupiah)" "$T/m.txt" ||
	fail "terbilang pagu"
# tanggal: 20 Februari 2025 (as the signature prints it), bentuk ditetapkan
grep -qF "Pada tanggal 20 Februari 2025" "$T/m.txt" || fail "tanggal"

# explain: the rate's formula, down to the workbook cells, named as
# diagnostics name them.
"$BIN" explain "$R" IKU1.realisasi.2024 > "$T/x" || fail "explain"
grep -qF "kematian_ibu 11 ÷ kelahiran_hidup 14.002 × 100.000 = 78,56" "$T/x" || fail "explain: $(cat "$T/x")"
grep -qF "cell: $R/data.xlsx: sheet data, cell C12 (column nilai)" "$T/x" || fail "explain cell: $(cat "$T/x")"

SOURCE_DATE_EPOCH=1740000000 "$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
sed "s/$N/ /g" "$T/out/sukamaju-dinkes-2024/index.html" > "$T/h.txt"
for s in "99,66 %" "107,58 %" "78,56 per 100.000 KH" "111,11 %" "95,25 %" \
	"Rp 23.403.500.000" "Sangat Tinggi" "Unduh Lampiran 1"; do
	grep -qF "$s" "$T/h.txt" || fail "HTML lacks $s"
done
[ -f "$T/out/sukamaju-dinkes-2024/lampiran/perjanjian-kinerja-2024.pdf" ] || fail "annex not published"
[ -f "$T/out/sukamaju-dinkes-2024/gambar-1-1.svg" ] || fail "figure not published"
if command -v pdftotext >/dev/null; then
	P=$T/out/sukamaju-dinkes-2024/sukamaju-dinkes-2024.pdf
	pdftotext -layout "$P" - | sed "s/$N/ /g" > "$T/p.txt"
	for s in "sebesar 99,66 %" "107,58 %" "82,29 %" \
		"baru 77,00 %" "Lampiran 1 Perjanjian Kinerja Tahun 2024" \
		"PERJANJIAN KINERJA TAHUN 2024"; do
		grep -qF "$s" "$T/p.txt" || fail "PDF lacks $s"
	done
	grep -q 'Jumlah  *23.403.500.000  *22.721.891.100  *97,09' "$T/p.txt" || fail "PDF belanja total"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
echo "ok: a third agency (Dinas Kesehatan Sukamaju 2024)"
