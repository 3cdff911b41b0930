#!/usr/bin/env python3
"""Generates the inputs of the scaling measurements in bench/RESULTS.md.

  bench/gen_big.py OUT_DIR [N] [rumus]

writes OUT_DIR/content, a content folder with one report of N indicators
(default 100000): indikator.csv (tujuan T1, one sasaran per 100
indicators), kinerja.csv (two years per indicator), data.csv (N rows) and
the small report of tests/data/bad/_base around them (its chapters show
{{tabel renstra}} and {{tabel capaian}}, so every indicator reaches the
HTML and the PDF); and OUT_DIR/keys.yaml, a site.yaml of N keys, and
OUT_DIR/keys-content, a content folder using it (every key is unknown: the
build must report them all, quickly). With "rumus", every indicator is
derived: pertumbuhan() of its own data.csv series r<i> (3 more data.csv
rows each, no realisasi typed).
Deterministic: no randomness.
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "..", "tests", "data", "bad", "_base")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rumus = len(sys.argv) > 3 and sys.argv[3] == "rumus"
    content = os.path.join(out, "content")
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(BASE, content)
    rep = os.path.join(content, "contoh-2024")
    per = 100  # indicators per sasaran
    with open(os.path.join(rep, "indikator.csv"), "w") as f:
        # the rumus column only with "rumus": the plain input stays as
        # measured in bench/RESULTS.md
        col = ",rumus" if rumus else ""
        f.write("kode,tingkat,induk,uraian,satuan,polaritas,sifat%s\n" % col)
        f.write("T1,tujuan,,Meningkatnya koperasi,,,%s\n" % col[:1])
        for s in range((n + per - 1) // per):
            f.write("S%d,sasaran,T1,Sasaran nomor %d,,,%s\n"
                    % (s + 1, s + 1, col[:1]))
        for i in range(n):
            f.write("IKU%d,indikator,S%d,Persentase ukuran nomor %d,%%,"
                    "positif,persentase%s\n"
                    % (i + 1, i // per + 1, i + 1,
                       ",pertumbuhan(r%d)" % i if rumus else ""))
    with open(os.path.join(rep, "kinerja.csv"), "w") as f:
        f.write("indikator,tahun,target,realisasi,keterangan\n")
        for i in range(n):
            r1, r2 = ("", "") if rumus else (50 + i % 40, 55 + i % 40)
            f.write("IKU%d,2023,60,%s,\n" % (i + 1, r1))
            f.write("IKU%d,2024,70,%s,\n" % (i + 1, r2))
    with open(os.path.join(rep, "data.csv"), "w") as f:
        f.write("seri,tahun,nilai,keterangan\n")
        for i in range(n):
            f.write("seri_%d,%d,%d,Data dasar %d\n"
                    % (i // 2, 2023 + i % 2, i, i))
        for i in range(n if rumus else 0):
            for y in (2022, 2023, 2024):
                f.write("r%d,%d,%d,\n" % (i, y, 100 + i + y % 10))
    keys = os.path.join(out, "keys-content")
    shutil.copytree(BASE, keys)
    with open(os.path.join(keys, "site.yaml"), "a") as f:
        for i in range(n):
            f.write("kunci_%d: nilai %d\n" % (i, i))
    shutil.copy(os.path.join(keys, "site.yaml"),
                os.path.join(out, "keys.yaml"))


if __name__ == "__main__":
    main()
