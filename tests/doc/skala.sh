#!/bin/sh
# Predicate scales as agencies write them (issue 13, items 6-8), on the
# small report of tests/data/bad/_base: IKU1 2024 has target 70 and
# realisasi 76, so capaian 76 / 70 x 100 = 108,571... = 108,57 %, which is
# also the sasaran's and the report's mean.
#  A. predikat: tidak ada: no Kategori column, no predicate words, in the
#     export, the HTML page and the PDF; {{predikat}} is an error.
#  B. the report's own bands with its own band text, and gaps (celah: ya):
#     108,57 falls between 100 and 110, is flagged three times (IKU1, S1,
#     the report), prints "-"; the published predikat "Baik" is flagged.
#  C. the same scale with 108,57 inside "Baik" (>= 100 dan < 110): the
#     published "baik" (case ignored) passes, a published "Cukup" does
#     not.
set -eu
. tests/common.sh
have_pdftotext=1
command -v pdftotext >/dev/null || {
	have_pdftotext=0
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF text is not checked" >&2
}

fresh() { # a copy of _base as $T/$1/contoh-2024, with a summary table
	rm -rf "${T:?}/$1"
	mkdir -p "$T/$1"
	cp -R tests/data/bad/_base/contoh-2024 "$T/$1/"
	printf '\n{{tabel ringkasan}}\n' >> "$T/$1/contoh-2024/bab/30-akuntabilitas.md"
	R=$T/$1/contoh-2024
}
build() { # builds $R into $T/out-$1, exports it to $T/$1.md
	"$BIN" build "$R" -o "$T/out-$1" >/dev/null 2>"$T/err" || fail "$1: build: $(cat "$T/err")"
	"$BIN" export "$R" -o "$T/$1.md" 2>"$T/err" || fail "$1: export: $(cat "$T/err")"
	if [ $have_pdftotext = 1 ]; then
		pdftotext -layout "$T/out-$1/contoh-2024/contoh-2024.pdf" "$T/$1.txt"
	else
		: > "$T/$1.txt"
	fi
}

# ---- A: no scale ----
fresh a
sed -i 's/^predikat:$/predikat: tidak ada/; /^  preset: magetan$/d' "$R/laporan.yaml"
sed -i 's/ ({{predikat IKU1}})//' "$R/bab/01-ikhtisar.md"
build a
grep -q "^| No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian (%) |$" "$T/a.md" ||
	fail "A: export header: $(grep 'Sasaran Strategis' "$T/a.md")"
grep -q "^| 1 | Meningkatnya koperasi sehat | Persentase koperasi sehat | 70${N}% | 76${N}% | 108,57${N}% |$" "$T/a.md" ||
	fail "A: export row"
grep -q "^| Rata-rata Capaian Kinerja |  |  |  |  | 108,57${N}% |$" "$T/a.md" || fail "A: export total"
for f in "$T/a.md" "$T/out-a/contoh-2024/index.html" "$T/a.txt"; do
	if grep -n 'Kategori\|Predikat\|Berhasil' "$f"; then fail "A: a predicate in $f"; fi
done
grep -q '108,57' "$T/out-a/contoh-2024/index.html" || fail "A: HTML lacks 108,57"
# The figures lkjip diff follows: no predicate either.
if grep -n 'predikat' "$T/out-a/contoh-2024/perubahan-data.txt"; then fail "A: a predicate in the figures"; fi
grep -q "^IKU1 2024	capaian	108,57${N}%" "$T/out-a/contoh-2024/perubahan-data.txt" || fail "A: figures"
[ $have_pdftotext = 0 ] || grep -q '108,57' "$T/a.txt" || fail "A: PDF lacks 108,57"
# Asking for a predicate anyway is an error naming the directive.
echo 'Predikat {{predikat IKU1}}.' >> "$R/bab/40-penutup.md"
rc=0; "$BIN" check "$R" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "A: {{predikat}} without a scale: exit $rc"
grep -q 'bab/40-penutup.md:4:10: error: {{predikat}}: laporan.yaml says predikat: tidak ada' "$T/err" ||
	fail "A: {{predikat}} message: $(cat "$T/err")"

# ---- B: own words, own band text, gaps ----
fresh b
python3 - "$R/laporan.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read().replace("predikat:\n  preset: magetan\n", """predikat:
  celah: ya
  skala:
    - { nama: Istimewa, rentang: ">= 110", teks: "≥ 110" }
    - { nama: Baik, rentang: ">= 90 dan <= 100", teks: "90 ≤ x ≤ 100" }
    - { nama: Cukup, rentang: ">= 70 dan < 90", teks: "70 ≤ x < 90" }
""")
open(p, "w").write(s)
PY
grep -q 'celah: ya' "$R/laporan.yaml" || fail "B: python"
sed -i 's/ ({{predikat IKU1}})//' "$R/bab/01-ikhtisar.md"
printf '\n{{tabel kriteria}}\n' >> "$R/bab/30-akuntabilitas.md"
printf 'besaran,kode,nilai,sumber\npredikat,IKU1,Baik,Tabel 3.1\n' > "$R/terbit.csv"
"$BIN" check "$R" 2>"$T/err" || fail "B: check: $(cat "$T/err")"
sed "s|$R/||" "$T/err" > "$T/b.err"
cat > "$T/b.want" <<'W'
indikator.csv:3:1: warning: column "kode": capaian 108,57 % of S1 falls in a gap of the report's predicate scale: no band holds it, so no predicate is printed
kinerja.csv:3:4: warning: column "realisasi": capaian 108,57 % of IKU1 falls in a gap of the report's predicate scale: no band holds it, so no predicate is printed
laporan.yaml:19:3: warning: capaian 108,57 % of the report falls in a gap of the report's predicate scale: no band holds it, so no predicate is printed
terbit.csv:2:3: warning: column "nilai": published predikat of IKU1 "Baik": its capaian 108,57 falls in a gap of the report's predicate scale, no band holds it
lkjip: 0 errors, 4 warnings
W
diff -u "$T/b.want" "$T/b.err" || fail "B: messages"
build b
grep -q '^| 1 | ≥ 110 | Istimewa |$' "$T/b.md" || fail "B: band text 1"
grep -q '^| 2 | 90 ≤ x ≤ 100 | Baik |$' "$T/b.md" || fail "B: band text 2"
grep -q '^| 3 | 70 ≤ x \\< 90 | Cukup |$' "$T/b.md" || fail "B: band text 3"
grep -q "^| 1 | Meningkatnya koperasi sehat | Persentase koperasi sehat | 70${N}% | 76${N}% | 108,57${N}% | - |$" "$T/b.md" ||
	fail "B: a capaian in a gap has no predicate"
grep -q '90 ≤ x ≤ 100' "$T/out-b/contoh-2024/index.html" || fail "B: HTML band text"
[ $have_pdftotext = 0 ] || grep -q '90 ≤ x ≤ 100' "$T/b.txt" || fail "B: PDF band text"

# ---- C: the same words, 108,57 inside Baik ----
sed -i 's/rentang: ">= 90 dan <= 100", teks: "90 ≤ x ≤ 100"/rentang: ">= 100 dan < 110", teks: "100 ≤ x < 110"/' "$R/laporan.yaml"
sed -i 's/rentang: ">= 70 dan < 90", teks: "70 ≤ x < 90"/rentang: ">= 70 dan < 100", teks: "70 ≤ x < 100"/' "$R/laporan.yaml"
printf 'besaran,kode,nilai,sumber\npredikat,IKU1,baik,Tabel 3.1\npredikat,,Cukup,BAB IV\n' > "$R/terbit.csv"
"$BIN" check "$R" 2>"$T/err" || fail "C: check: $(cat "$T/err")"
sed "s|$R/||" "$T/err" > "$T/c.err"
cat > "$T/c.want" <<'W'
terbit.csv:3:3: warning: column "nilai": published predikat of the report "Cukup" in BAB IV differs from the computed "Baik" (capaian 108,57)
lkjip: 0 errors, 1 warning
W
diff -u "$T/c.want" "$T/c.err" || fail "C: messages"
build c
grep -q "^| 1 | Meningkatnya koperasi sehat | Persentase koperasi sehat | 70${N}% | 76${N}% | 108,57${N}% | Baik |$" "$T/c.md" ||
	fail "C: predicate Baik"
echo "ok: predicate scales (none, own words and band text, gaps)"
