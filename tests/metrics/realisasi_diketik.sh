#!/bin/sh
# A typed realisasi where a derived indicator's rumus cannot compute a
# year (issue 13, item 2), on the small report of tests/data/bad/_base:
# IKU1 = rasio(koperasi_sehat, koperasi_dinilai), and data.csv has the
# series for 2024 only (38 of 50 = 76 %). kinerja.csv types 2023: target
# 60, realisasi 65.
#   2023: the rumus cannot compute -> the typed 65 is used: capaian
#         65 / 60 = 108,33 %, "65 % *)" with the note under the table, a
#         note in check, and no "target but no realisasi" warning
#   2024: 76 / 70 = 108,57 % from the rumus; the typed 76 agrees
#   a typed 2024 realisasi of 77 beside the rumus's 76 is a warning.
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
printf 'seri,tahun,nilai\nkoperasi_sehat,2024,38\nkoperasi_dinilai,2024,50\n' > "$R/data.csv"
printf '\n{{tabel perbandingan tahun=2023,2024}}\n\nRealisasi 2023 {{realisasi IKU1 tahun=2023}}, 2024 {{angka IKU1.realisasi.2024}}, dalam kata {{angka IKU1.realisasi.2023 bentuk=terbilang}}.\n\n## Judul {{realisasi IKU1 tahun=2023}}\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
sed "s|$R/||" "$T/err" > "$T/got"
cat > "$T/want" <<'W'
kinerja.csv:2:4: note: column "realisasi": indicator IKU1, 2023: the rumus cannot compute this year from data.csv; the typed realisasi 65 is used, marked *) in the tables
W
diff -u "$T/want" "$T/got" || fail "messages"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -qF "| Persentase koperasi sehat | 60${N}% | 65${N}% \\*) | 108,33${N}% | 70${N}% | 76${N}% | 108,57${N}% | +11 | naik |" "$T/m.md" ||
	fail "export row: $(grep 'Persentase koperasi sehat |' "$T/m.md")"
grep -q '^\*Sumber: Data diolah. \\\*) realisasi diketik: rumus indikator tidak dapat dihitung dari data untuk tahun ini\*$' "$T/m.md" ||
	fail "export note: $(grep 'Sumber' "$T/m.md")"
# In a sentence: the table's mark on the typed 65 (not on the rumus's 76),
# once more in words, one note after the paragraph; a heading has no
# room for a note, so no mark either.
grep -qxF "Realisasi 2023 65${N}% \\*), 2024 76${N}%, dalam kata enam puluh lima persen \\*)." "$T/m.md" ||
	fail "inline mark: $(grep '^Realisasi 2023' "$T/m.md")"
[ "$(grep -A2 '^Realisasi 2023' "$T/m.md" | grep -cxF '*\*) realisasi diketik: rumus indikator tidak dapat dihitung dari data untuk tahun ini*')" = 1 ] ||
	fail "inline note: $(grep -A2 '^Realisasi 2023' "$T/m.md")"
grep -qxF "## A. Judul 65${N}%" "$T/m.md" || fail "heading: $(grep 'Judul' "$T/m.md")"
# Its provenance is the typed cell, not the rumus it stands in for (the
# rumus's "$1 ÷ $2 × 100" was shown with no inputs).
"$BIN" explain "$R" IKU1.realisasi.2023 >"$T/x" || fail "explain"
sed "s|$R/||" "$T/x" >"$T/xg"
printf '%s\n' "IKU1.realisasi.2023 = 65${N}% (realisasi, index)" \
	"  cell: kinerja.csv:2:4 (row 2, column realisasi)" >"$T/xw"
diff -u "$T/xw" "$T/xg" || fail "explain 2023"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -q "65${N}% \*)" "$T/out/contoh-2024/index.html" || fail "HTML mark"
grep -q 'realisasi diketik' "$T/out/contoh-2024/index.html" || fail "HTML note"
if command -v pdftotext >/dev/null; then
	pdftotext "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -q 'realisasi diketik' "$T/p.txt" || fail "PDF note"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
# A typed realisasi the rumus contradicts.
sed -i 's/^IKU1,2024,70,76,$/IKU1,2024,70,77,/' "$R/kinerja.csv"
"$BIN" check "$R" 2>"$T/err" || fail "check 77: $(cat "$T/err")"
grep -q 'kinerja.csv:3:4: warning: column "realisasi": indicator IKU1, 2024: the typed realisasi 77 differs from 76 computed by its rumus' "$T/err" ||
	fail "77: $(cat "$T/err")"
echo "ok: typed realisasi where the rumus cannot compute"
