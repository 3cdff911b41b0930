#!/bin/sh
# Budgets as agencies publish them (issue 13, items 9-10), on the small
# report of tests/data/bad/_base:
#  - one "Anggaran" column: anggaran.csv gives `pagu`, not pagu_awal;
#  - programs and kegiatan left empty get the sum of their lines:
#      Sub A1a  10.000.000 spent  9.500.000
#      Sub A1b   5.000.000 spent  4.000.000
#      Kegiatan A1 (empty)   = 15.000.000, spent 13.500.000, serapan 90,00 %
#      Sub A2a  12.000.000 spent 11.000.000
#      Kegiatan A2 typed 13.000.000, spent 11.000.000: checked against
#                            its line, 12.000.000: a warning
#      Program (empty) = 15.000.000 + 13.000.000 = 28.000.000, spent
#                        13.500.000 + 11.000.000 = 24.500.000, 87,50 %
#  - the report's total is the program's: 28.000.000, serapan 87,50 %.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/anggaran.csv" <<'CSV'
kode,uraian,sasaran,pagu,realisasi_anggaran
2.17.05,Program A,S1,,
2.17.05.2.01,Kegiatan A1,,,
2.17.05.2.01.0001,Sub A1a,,10.000.000,9.500.000
2.17.05.2.01.0002,Sub A1b,,5.000.000,4.000.000
2.17.05.2.02,Kegiatan A2,,13.000.000,11.000.000
2.17.05.2.02.0001,Sub A2a,,12.000.000,11.000.000
CSV
printf '\n{{tabel anggaran tingkat=subkegiatan}}\n\nPagu {{pagu}}, realisasi {{realisasi-anggaran}}.\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
sed "s|$R/||" "$T/err" > "$T/got"
cat > "$T/want" <<'W'
anggaran.csv:6:4: warning: column "pagu": pagu 13.000.000 of 2.17.05.2.02 is not the sum of its 1 sub-lines 12.000.000 (difference 1.000.000)
lkjip: 0 errors, 1 warning
W
diff -u "$T/want" "$T/got" || fail "messages"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
row() { grep -q "$1" "$T/m.md" || fail "export lacks: $1
$(grep '^| ' "$T/m.md" | grep -i 'pagu\|program\|kegiatan\|sub\|jumlah')"; }
row "^| No | Program/Kegiatan | Penanggung Jawab | Pagu (Rp) | Realisasi (Rp) | Serapan (%) |$"
row "^| 1 | Program A |  | 28.000.000 | 24.500.000 | 87,50${N}% |$"
row "| Kegiatan A1 |  | 15.000.000 | 13.500.000 | 90,00${N}% |$"
row "| Sub A1a |  | 10.000.000 | 9.500.000 | 95,00${N}% |$"
row "| Kegiatan A2 |  | 13.000.000 | 11.000.000 | 84,62${N}% |$"
row "^| Jumlah |  |  | 28.000.000 | 24.500.000 | 87,50${N}% |$"
grep -q "Anggaran terserap 87,50${N}%" "$T/m.md" || fail "{{serapan}}"
# The figure table holds the sums too (charts and explain read it), as
# computed figures whose inputs are the lines, not the empty cells.
"$BIN" explain "$R" anggaran.2.17.05.pagu > "$T/x" 2>&1 || fail "explain: $(cat "$T/x")"
grep -q "^anggaran.2.17.05.pagu = Rp${N}28.000.000 (pagu, rupiah)$" "$T/x" || fail "explain pagu: $(head -3 "$T/x")"
grep -q "^  formula: anggaran.2.17.05.2.01.pagu + anggaran.2.17.05.2.02.pagu$" "$T/x" || fail "explain formula: $(head -3 "$T/x")"
grep -q "^  cell:" "$T/x" && fail "a sum names an empty cell: $(head -3 "$T/x")"
"$BIN" explain "$R" anggaran.2.17.05.2.01.realisasi 2>&1 | grep -q "^anggaran.2.17.05.2.01.realisasi = Rp${N}13.500.000 " || fail "explain realisasi of Kegiatan A1"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -q '28.000.000' "$T/out/contoh-2024/index.html" || fail "HTML lacks 28.000.000"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -q '28.000.000' "$T/p.txt" || fail "PDF lacks 28.000.000"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi

# pagu beside pagu_awal: which ceiling counts? An error.
sed -i '1s/.*/kode,uraian,sasaran,pagu,pagu_awal,realisasi_anggaran/; 2,$s/,\([^,]*\)$/,,\1/' "$R/anggaran.csv"
rc=0; "$BIN" check "$R" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "pagu and pagu_awal: exit $rc"
grep -q 'anggaran.csv:1:4: error: column "pagu": pagu and pagu_awal both given: the one ceiling known is pagu' "$T/err" ||
	fail "pagu and pagu_awal: $(cat "$T/err")"
echo "ok: one pagu column, parent totals added up"
