#!/bin/sh
# Nothing the HTML shows is missing from the PDF (issue 11): every word of
# the HTML body is in the PDF's text (pdf_words.py), for the sample reports
# in content/ and for a stress report generated here: 34 indicators under
# one sasaran (a row group taller than a page), a cell of 1500 words (taller
# than a page), a plain table of 70 columns (wider than a landscape page),
# block quotes 12 deep, long nested lists, and a heading, a table caption
# and a source line of 700 words each (also in the daftar isi and tabel).
set -eu
BIN=${LKJIP_BIN:?}
T=tests/artifacts/pdf_words
rm -rf "$T"
mkdir -p "$T"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$BIN" build content -o "$T/out" 2>"$T/samples.err" ||
    fail "sample build: $(cat "$T/samples.err")"
for r in magetan-diskopukm-2024 jombang-diskopum-2024; do
	python3 tests/pdf/pdf_words.py "$T/out/$r/index.html" \
	    "$T/out/$r/$r.pdf" || fail "$r"
done

# The stress report: the bad-input base report, made big.
C=$T/content
cp -R tests/data/bad/_base "$C"
R=$C/contoh-2024
mkdir -p "$R/tabel"
python3 - "$R" <<'PY'
import sys
r = sys.argv[1]
words = ("kinerja koperasi usaha mikro anggaran sasaran program kegiatan "
         "realisasi target capaian pembinaan pelatihan pendampingan "
         "kelembagaan pengawasan").split()
def text(n, seed):
    return " ".join(words[(i * 7 + seed) % len(words)] + str(i)
                    for i in range(n))
with open(r + "/indikator.csv", "a") as f:
    for i in range(2, 35):
        f.write("IKU%d,indikator,S1,Persentase %s,%%,positif,persentase\n"
                % (i, text(12, i)))
with open(r + "/kinerja.csv", "a") as f:
    for i in range(2, 35):
        for y, t, re in ((2023, 60, 61), (2024, 70, 70 + i), (2025, 75, ""),
                         (2026, 80, "")):
            f.write("IKU%d,%d,%d,%s,\n" % (i, y, t, re))
with open(r + "/tabel/sel.csv", "w") as f:
    f.write("# judul: Sel yang lebih tinggi dari satu halaman\n")
    f.write("No,Uraian,Keterangan\n")
    f.write('1,"%s",panjang\n' % text(1500, 3))
    f.write("2,pendek,akhirsel\n")
with open(r + "/tabel/keterangan.csv", "w") as f:
    f.write("# judul: %s\n# sumber: %s\n" % (text(700, 5), text(700, 6)))
    f.write("A,B\n1,2\n")
with open(r + "/tabel/lebar.csv", "w") as f:
    f.write("# judul: Tabel tujuh puluh kolom\n")
    f.write(",".join(["No", "Nama"] + ["K%02d" % c for c in range(3, 71)])
            + "\n")
    for row in range(1, 6):
        f.write(",".join([str(row), "baris%d" % row] +
                         ["%d" % (row * 1000 + c) for c in range(3, 71)])
                + "\n")
quote = "".join("> " * d + "kutipan%d %s\n" % (d, text(40, d)) +
                "> " * d + "\n" for d in range(1, 13))
lists = "".join("  " * (i % 4) + "- butir%d %s\n" % (i, text(8, i))
                for i in range(120))
with open(r + "/bab/30-akuntabilitas.md", "a") as f:
    f.write("\n{{tabel csv nama=sel}}\n\n{{tabel csv nama=lebar}}\n\n")
    f.write("## %s\n\n{{tabel csv nama=keterangan}}\n\n" % text(700, 7))
    f.write(quote + "\n" + lists + "\nAkhir bab.\n")
PY
"$BIN" build "$C" -o "$T/stress" 2>"$T/stress.err" ||
    fail "stress build: $(cat "$T/stress.err")"
python3 tests/pdf/pdf_words.py "$T/stress/contoh-2024/index.html" \
    "$T/stress/contoh-2024/contoh-2024.pdf" || fail "stress report"
echo "ok: every word of the HTML is in the PDF"
