#!/bin/sh
# Budget lines whose realisasi the source does not report (a blank
# realisasi_anggaran, "tidak dilaporkan"), on the small report of
# tests/data/bad/_base. Worked example:
#   Sub A1a      pagu 10.000.000, spent 9.500.000     serapan 95,00 %
#   Sub A1b      pagu  5.000.000, spent (blank)       tidak dilaporkan:
#                no serapan, no sisa, no efisiensi, no output capaian
#   Kegiatan A1  empty: pagu 15.000.000 (the sum), realisasi would be
#                9.500.000 + ? : not computable, "tidak dilaporkan"
#   Kegiatan A2  pagu 13.000.000, spent 0 (typed)    serapan 0,00 %
#   Program A    pagu empty = 28.000.000; realisasi typed 24.000.000:
#                kept, serapan 24/28 = 85,71 %, no sum check against
#                lines not reported
#   Report total = Program A: 28.000.000, 24.000.000, 85,71 %.
# Then Program A's realisasi left empty too: the report's realisasi,
# serapan and sisa are "tidak dilaporkan", never a partial sum.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 tests/data/bad/_base/site.yaml "$T/c/"
R=$T/c/contoh-2024
cat > "$R/anggaran.csv" <<'CSV'
kode,uraian,sasaran,satuan,target,realisasi,pagu_awal,realisasi_anggaran
2.17.05,Program A,S1,,,,,24.000.000
2.17.05.2.01,Kegiatan A1,,,,,,
2.17.05.2.01.0001,Sub A1a,,unit,10,10,10.000.000,9.500.000
2.17.05.2.01.0002,Sub A1b,,unit,5,,5.000.000,
2.17.05.2.02,Kegiatan A2,,,,,13.000.000,0
CSV
cp "$R/bab/30-akuntabilitas.md" "$T/bab30"
printf '\n{{tabel efisiensi-program tingkat=subkegiatan}}\n\n{{grafik anggaran tingkat=subkegiatan}}\n' >> "$R/bab/30-akuntabilitas.md"
printf '\nA1b {{realisasi-anggaran 2.17.05.2.01.0002}}, serapan {{serapan 2.17.05.2.01.0002}}; A1 {{realisasi-anggaran 2.17.05.2.01}}; A2 {{serapan 2.17.05.2.02}}; total {{realisasi-anggaran}}, {{serapan}}, sisa {{sisa-anggaran}}.\n' >> "$R/bab/30-akuntabilitas.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
grep -v '^lkjip: 0 errors' "$T/err" | grep -q . && fail "messages: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -q "A1b tidak dilaporkan, serapan tidak dilaporkan; A1 tidak dilaporkan; A2 0,00${N}%; total Rp${N}24.000.000, 85,71${N}%, sisa Rp${N}4.000.000\." "$T/m.md" ||
	fail "sentence: $(grep '^A1b' "$T/m.md")"
# The table: the line not reported and its kegiatan say so in every
# figure computed from their realisasi; the chart draws no bar for them
# and says so under it.
row() { grep -q "$1" "$T/m.md" || fail "export lacks: $1
$(grep '^| ' "$T/m.md" | grep -i 'program\|kegiatan\|sub')"; }
TD="tidak dilaporkan"
row "^| 1 | Program A |  | - | - | - | 28.000.000 | 24.000.000 | 85,71${N}% | - |$"
row "^| 1.1 | Kegiatan A1 |  | - | - | - | 15.000.000 | $TD | $TD | $TD |$"
row "^| 1.1.1 | Sub A1a |  | 10${N}unit | 10${N}unit | 100,00${N}% | 10.000.000 | 9.500.000 | 95,00${N}% | 5,00${N}% |$"
row "^| 1.1.2 | Sub A1b |  | 5${N}unit | $TD | $TD | 5.000.000 | $TD | $TD | $TD |$"
row "^| 1.2 | Kegiatan A2 |  | - | - | - | 13.000.000 | 0 | 0,00${N}% | - |$"
row "^| Sub A1b | Rp${N}5.000.000 | $TD |  |$"
grep -q "Realisasi Program A" "$T/m.md" && fail "a line with its realisasi typed named under the chart"
row "Realisasi Kegiatan A1, Sub A1b tidak dilaporkan, tidak digambarkan"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -q "<td>2.17.05.2.01.0002</td><td>Sub A1b</td><td></td><td>unit</td><td>5</td><td>$TD</td><td>5.000.000</td><td>$TD</td>" "$T/out/contoh-2024/data/anggaran.html" ||
	fail "data page: $(grep -o '<tr id="baris-5">.*</tr>' "$T/out/contoh-2024/data/anggaran.html")"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -q "Sub A1b.*tidak dilaporkan" "$T/p.txt" || fail "PDF lacks the line not reported"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
ex() { "$BIN" explain "$R" "$1" 2>&1 | head -1; }
[ "$(ex anggaran.2.17.05.2.01.0001.serapan)" = "anggaran.2.17.05.2.01.0001.serapan = 95,00${N}% (serapan, percent)" ] ||
	fail "A1a serapan: $(ex anggaran.2.17.05.2.01.0001.serapan)"
for k in realisasi serapan sisa_anggaran capaian efisiensi; do
	case $(ex anggaran.2.17.05.2.01.0002.$k) in
	"anggaran.2.17.05.2.01.0002.$k = tidak dilaporkan "*) ;;
	*) fail "A1b $k: $(ex anggaran.2.17.05.2.01.0002.$k)" ;;
	esac
done
case $(ex anggaran.2.17.05.2.01.realisasi) in
"anggaran.2.17.05.2.01.realisasi = tidak dilaporkan "*) ;;
*) fail "A1 realisasi: $(ex anggaran.2.17.05.2.01.realisasi)" ;;
esac
"$BIN" explain "$R" anggaran.2.17.05.2.01.realisasi 2>&1 | grep -q "^  formula: anggaran.2.17.05.2.01.0001.realisasi + anggaran.2.17.05.2.01.0002.realisasi$" ||
	fail "A1 formula: $("$BIN" explain "$R" anggaran.2.17.05.2.01.realisasi 2>&1)"
[ "$(ex anggaran.2.17.05.2.01.pagu)" = "anggaran.2.17.05.2.01.pagu = Rp${N}15.000.000 (pagu, rupiah)" ] ||
	fail "A1 pagu: $(ex anggaran.2.17.05.2.01.pagu)"
[ "$(ex anggaran.2.17.05.serapan)" = "anggaran.2.17.05.serapan = 85,71${N}% (serapan, percent)" ] ||
	fail "A serapan: $(ex anggaran.2.17.05.serapan)"
[ "$(ex laporan.pagu)" = "laporan.pagu = Rp${N}28.000.000 (pagu, rupiah)" ] || fail "laporan.pagu: $(ex laporan.pagu)"

# Program A's realisasi left empty as well: nothing to add up to.
sed -i '2s/24.000.000$//' "$R/anggaran.csv"
"$BIN" check "$R" 2>"$T/err" || fail "check 2: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export 2: $(cat "$T/err")"
grep -q "; total tidak dilaporkan, tidak dilaporkan, sisa tidak dilaporkan\.$" "$T/m.md" ||
	fail "sentence 2: $(grep '^A1b' "$T/m.md")"
for k in laporan.realisasi_anggaran laporan.serapan S1.realisasi_anggaran S1.serapan anggaran.2.17.05.realisasi; do
	case $(ex $k) in
	"$k = tidak dilaporkan "*) ;;
	*) fail "$k: $(ex $k)" ;;
	esac
done
# The portal pages say so too (the report's summary, ringkasan.tsv).
"$BIN" build "$T/c" -o "$T/out2" >/dev/null 2>"$T/err" || fail "build 2: $(cat "$T/err")"
grep -q 'data-label="Serapan anggaran">tidak dilaporkan<' "$T/out2/index.html" ||
	fail "index: $(grep -o 'data-label="Serapan anggaran">[^<]*' "$T/out2/index.html")"
grep -q "^realisasi	tidak dilaporkan$" "$T/out2/contoh-2024/ringkasan.tsv" || fail "ringkasan.tsv"
echo "ok: realisasi not reported is neither 0 nor summed in part"
