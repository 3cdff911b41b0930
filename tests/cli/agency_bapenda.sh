#!/bin/sh
# A fourth agency, encoded from README and docs/ alone by someone new to
# lkjip: the synthetic Badan Pendapatan Daerah Kabupaten Sidowangi 2024
# (tests/data/agencies/sidowangi-bapenda-2024: a revenue office, Renstra
# 2021-2026, tax receipts in Rupiah, arrears where lower is better, a
# processing time scored target / realisasi, PAD growth and a share of
# cashless payers computed by rumus, an IKM against a national standard,
# a PK perubahan after the APBD-P, the report's own four-band scale,
# efficiency by PMK 214/2017, a program / kegiatan / sub kegiatan budget
# with kegiatan totals left to be summed, rencana aksi 2025, extra
# sections in BAB I and III, a lettered Lampiran list and a PDF annex;
# indikator, kinerja, anggaran, data and rencana_aksi in data.ods saved
# by LibreOffice, the rest CSV).
# Figures computed by hand (setengah-naik, 2 decimals):
#   IKU1 pajak  Rp 101.327.640.218 / Rp 96.500.000.000 (PK perubahan,
#               PK 92.000.000.000) = 105,0027 -> 105,00 %; kemajuan to
#               the 2026 target 106.000.000.000: 95,59 %
#   IKU2 tunggakan PBB-P2 negatif: (2 x 12 - 10,8) / 12 = 110,00 %;
#               kemajuan (16 - 10,8) / 8 = 65,00 %
#   IKU3 PAD growth pertumbuhan(pad): (179.655.430.122 - 163.902.118.760)
#               / 163.902.118.760 = 9,6114 %; / 7,5 = 128,15 %
#   IKU4 IKM    84,37 / 81 = 104,16 %; against the standard 76,61:
#               110,13 %
#   IKU5 rasio(wp_nontunai, wp_aktif) 41.736 / 68.420 = 60,9997 % (prints
#               61 %); / 70 = 87,14 % (Memuaskan)
#   IKU6 hari   negatif-rasio: 20 / 16 = 125,00 %; kemajuan 12 / 16 =
#               75,00 %
#   S1 (105,0027 + 110 + 128,1522) / 3 = 114,38 %; S2 (104,1605 +
#   87,1424 + 125) / 3 = 105,43 %; report mean of the six 109,91 %
#   (Sangat Memuaskan, >= 100), 5 of 6 reach 100 %; 2023's mean
#   (104,07 + 105,71 + 108,64 + 101,28 + 94,34 + 104,17) / 6 = 103,03 %
#   without the tujuan indicator TK1 (53,9 / 53 = 101,70 %)
#   budget pagu (perubahan) 10.312.650.000, spent 10.022.198.720:
#   serapan 97,18 %; pagu awal 9.818.000.000
#   PMK 214 over the eight sub kegiatan outputs: Σ PAK x CK =
#   42.500.000 + 38.000.000 + 6.610.250.000 + 112.400.000 + 412.000.000
#   + 1.475.500.000 x 6.842/6.000 + 742.000.000 x 2.918/2.500 +
#   880.000.000 x 6/5 = 10.819.774.233,33; E = (10.819.774.233,33 -
#   10.022.198.720) / 10.819.774.233,33 = 7,37 %; program 5.02.02 over its
#   four: 16,96 % (its outcome 104,5 % alone would give 9,06 %)
#   SAKIP 24,15 + 21,6 + 12,3 + 18,45 = 76,5 (BB); 2023 70,65
set -eu
. tests/common.sh
R=tests/data/agencies/sidowangi-bapenda-2024
# check: the three notes the report means (both PK revisions shown by
# {{tabel pk-perubahan}}, a typed 2021 realisasi the rumus cannot
# compute), named at the workbook's cells, and nothing else.
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
cat >"$T/want" <<W
$R/data.ods: sheet kinerja, cell E11 (target_pk_perubahan): note: indicator IKU1, 2024: revised PK target 96.500.000.000 differs from the PK target 92.000.000.000; the report must show both ({{tabel pk-perubahan}} does)
$R/data.ods: sheet kinerja, cell F32 (realisasi): note: indicator IKU5, 2021: the rumus cannot compute this year from the sheet data of data.ods; the typed realisasi 12,4 is used, marked *) in the tables
$R/data.ods: sheet kinerja, cell E41 (target_pk_perubahan): note: indicator IKU6, 2024: revised PK target 20 differs from the PK target 25; the report must show both ({{tabel pk-perubahan}} does)
W
diff "$T/want" "$T/err" >&2 || fail "check printed other messages"

"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
sed "s/$N/ /g" "$T/m.md" > "$T/m.txt"
for row in \
	"| 1 | Meningkatnya penerimaan pajak daerah | Realisasi penerimaan pajak daerah | Rp 96.500.000.000 | Rp 101.327.640.218 | 105,00 % | Sangat Memuaskan |" \
	"|  |  | Persentase tunggakan PBB-P2 terhadap ketetapan | 12 % | 10,8 % | 110,00 % | Sangat Memuaskan |" \
	"|  |  | Pertumbuhan pendapatan asli daerah | 7,5 % | 9,61 % | 128,15 % | Sangat Memuaskan |" \
	"| 2 | Meningkatnya kualitas pelayanan pajak daerah | Indeks Kepuasan Masyarakat terhadap layanan pajak daerah | 81 | 84,37 | 104,16 % | Sangat Memuaskan |" \
	"|  |  | Persentase wajib pajak yang membayar secara nontunai | 70 % | 61 % | 87,14 % | Memuaskan |" \
	"|  |  | Rata-rata lama penyelesaian keberatan pajak daerah | 20 Hari | 16 Hari | 125,00 % | Sangat Memuaskan |" \
	"| Rata-rata Capaian Kinerja |  |  |  |  | 109,91 % | Sangat Memuaskan |" \
	"| 1 | Meningkatnya penerimaan pajak daerah | Realisasi penerimaan pajak daerah | Rp 101.327.640.218 | Rp 106.000.000.000 | 95,59 % |" \
	"|  |  | Persentase tunggakan PBB-P2 terhadap ketetapan | 10,8 % | 8 % | 65,00 % |" \
	"|  |  | Rata-rata lama penyelesaian keberatan pajak daerah | 16 Hari | 12 Hari | 75,00 % |" \
	"| 1 | Meningkatnya penerimaan pajak daerah | Realisasi penerimaan pajak daerah | Rupiah | 92.000.000.000 | 96.500.000.000 | Berubah |" \
	"|  |  | Rata-rata lama penyelesaian keberatan pajak daerah | Hari | 25 | 20 | Berubah |" \
	"| 1 | Meningkatnya kualitas pelayanan pajak daerah | Indeks Kepuasan Masyarakat terhadap layanan pajak daerah | 84,37 | 76,61 | Nasional (mutu pelayanan B) | 110,13 % |" \
	"| 2024 | 179.655.430.122 | 15.753.311.362 | 9,61 |" \
	"| 2 | Program Pengelolaan Pendapatan Daerah | Persentase realisasi pendapatan asli daerah terhadap target | 100 % | 104,5 % | 104,50 % | 3.509.500.000 | 3.335.215.550 | 95,03 % | 16,96 % |" \
	"| 2.1 | Perencanaan Pengelolaan Pendapatan Daerah | Jumlah objek pajak baru terdata | 6.000 Objek pajak | 6.842 Objek pajak | 114,03 % | 1.887.500.000 | 1.801.033.750 | 95,42 % | 14,01 % |" \
	"| 2.2 | Pelayanan dan Penagihan Pajak Daerah | Jumlah wajib pajak tertagih | 2.500 Wajib pajak | 2.918 Wajib pajak | 116,72 % | 1.622.000.000 | 1.534.181.800 | 94,59 % | 20,18 % |" \
	"| Jumlah |  |  | 9.818.000.000 | 10.312.650.000 | 10.022.198.720 | 97,18 % |" \
	"| Jumlah |  | 10.312.650.000 | 10.022.198.720 | 97,18 % |" \
	"| Jumlah |  | 100 | 76,5 | 76,50 % |" \
	"|  | Jumlah | 96.500.000.000 | 101.327.640.218 |" \
	"| Jumlah |  | 61 | 28 | 22 | 50 | 11 |"; do
	grep -qF "$row" "$T/m.txt" || fail "export lacks $row"
done
for s in "kinerja sebesar 109,91 % dengan kriteria Sangat Memuaskan" \
	"5 dari 6 indikator" "menghasilkan tingkat efisiensi 7,37 %" \
	"(sepuluh miliar tiga ratus dua belas juta enam ratus lima puluh ribu rupiah)" \
	"predikat BB, naik dari 70,65" "Plt. KEPALA BADAN PENDAPATAN DAERAH" \
	"NIP. 19720314 199803 1 007"; do
	tr '\n' ' ' < "$T/m.txt" | grep -qF "$s" || fail "export lacks $s"
done

# explain: the other year's mean leaves the tujuan's indicator out, and
# the PMK 214 figure names its outputs.
"$BIN" explain "$R" laporan.capaian.2023 | sed "s/$N/ /g" > "$T/x" || fail "explain"
grep -qF "laporan.capaian.2023 = 103,03 %" "$T/x" || fail "explain 2023: $(head -3 "$T/x")"
grep -q "TK1" "$T/x" && fail "explain 2023 averages the tujuan's TK1"
"$BIN" explain "$R" laporan.efisiensi > "$T/x" || fail "explain"
grep -qF "× 100 atas 8 keluaran" "$T/x" || fail "explain PMK: $(head -3 "$T/x")"

SOURCE_DATE_EPOCH=1740000000 "$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
sed "s/$N/ /g" "$T/out/sidowangi-bapenda-2024/index.html" > "$T/h.txt"
for s in "109,91 %" "Rp 101.327.640.218" "Sangat Memuaskan" "7,37 %" \
	"16,96 %" "Rp 10.312.650.000" "Unduh Lampiran 1"; do
	grep -qF "$s" "$T/h.txt" || fail "HTML lacks $s"
done
[ -f "$T/out/sidowangi-bapenda-2024/lampiran/pk-perubahan-2024.pdf" ] || fail "annex not published"
[ -f "$T/out/sidowangi-bapenda-2024/data/data.ods" ] || fail "workbook not published"
if command -v pdftotext >/dev/null; then
	P=$T/out/sidowangi-bapenda-2024/sidowangi-bapenda-2024.pdf
	pdftotext -layout "$P" - | sed "s/$N/ /g" > "$T/p.txt"
	for s in "109,91 %" "Rp 101.327.640.218" "128,15 %" "87,14 %" \
		"Lampiran 1 Perjanjian Kinerja Perubahan Tahun 2024" \
		"PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"; do
		grep -qF "$s" "$T/p.txt" || fail "PDF lacks $s"
	done
	grep -q 'Jumlah  *9.818.000.000  *10.312.650.000  *10.022.198.720  *97,18' "$T/p.txt" ||
		fail "PDF budget total"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
echo "ok: a fourth agency (Badan Pendapatan Daerah Sidowangi 2024)"
