#!/usr/bin/env python3
"""Page-breaking rules on the stress document of tests/pdf/pages.h, read
back per page with pdftotext -layout:
  - a heading has two lines of what follows on its page, a list mark
    its item's first line;
  - a 6-row table is never split;
  - a split table leaves at least 3 rows on each page, and loses none;
  - a table of long texts beside figures takes a landscape page;
  - a long table's width goes to its column that wraps on every row;
  - a program or kegiatan row is never the last row of a page: its
    first kegiatan or subkegiatan comes with it;
  - no word is hyphenated across a page break, no capitalised word is
    hyphenated, at most 2 hyphenated lines follow each other;
  - the text after a landscape table comes before it (it fills the
    portrait page), the tables after it do not;
  - every signature shares its page with its closing paragraph.
Usage: pdf_pages.py FILE.pdf; exit 1 with the reasons when a rule fails."""
import re
import subprocess
import sys

SHY = "\u00ad"


def body_pages(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"],
                         capture_output=True, check=True, text=True).stdout
    pages = []
    for raw in out.split("\f"):
        lines = [re.sub(r"\s+", " ", l).strip() for l in raw.split("\n")]
        lines = [l for l in lines if l]
        if lines and lines[0].startswith("Laporan Uji Pemisahan Halaman"):
            lines = lines[1:]  # running header
        if lines and re.fullmatch(r"[0-9ivxlc]+", lines[-1]):
            lines = lines[:-1]  # page number
        pages.append(lines)
    while pages and not pages[-1]:
        pages.pop()
    return pages


def main():
    pages = body_pages(sys.argv[1])
    errs = []

    def page_of(pat):
        for i, lines in enumerate(pages):
            if any(re.search(pat, l) for l in lines):
                return i + 1
        return None

    heads = 0
    for n, lines in enumerate(pages, 1):
        for i, l in enumerate(lines):
            if re.fullmatch(r"\d+\. Subjudul Uji Nomor \d+", l):
                heads += 1
                if len(lines) - i - 1 < 2:
                    errs.append(f"p{n}: heading '{l}' without two lines "
                                "after it")
        for l in lines:
            if re.fullmatch(r"(\d+\.|\u2022)", l):
                errs.append(f"p{n}: list mark '{l}' apart from its item")
        run = 0
        for i, l in enumerate(lines):
            if l.endswith(SHY):
                run += 1
                if run > 2:
                    errs.append(f"p{n}: {run} hyphenated lines in a row")
                word = l.split()[-1]
                if word[:1].isupper():
                    errs.append(f"p{n}: capitalised word hyphenated: {word}")
            else:
                run = 0
        if lines and lines[-1].endswith(SHY):
            errs.append(f"p{n}: hyphenated across the page: {lines[-1][-20:]}")
    if heads != 24:
        errs.append(f"{heads} headings found, 24 expected")

    for k in [k for k in range(1, 25) if k % 2 == 0 or k % 4 == 3]:
        cap = page_of(rf"^Tabel 1\.{k} Tabel Pendek Uji")
        if cap is None or cap != page_of(rf"^Baris {k}\.6 "):
            errs.append(f"Tabel 1.{k} (6 rows) is split or missing")
        if page_of(rf"^Tabel 1\.{k} \(lanjutan\)"):
            errs.append(f"Tabel 1.{k} continues on another page")

    for k in range(1, 11):
        rows = 12 if k % 2 else 40
        seen = 0
        for n, lines in enumerate(pages, 1):
            r = sum(1 for l in lines if re.match(rf"Rincian {k}\.\d+ ", l))
            if 0 < r < 3:
                errs.append(f"p{n}: Tabel 3.{k} leaves {r} row(s) here")
            seen += r
        if seen != rows:
            errs.append(f"Tabel 3.{k}: {seen} rows of {rows}")

    # A group heading row (program, kegiatan) is never the last row of
    # its table on a page: its first row comes with it.
    for k in range(1, 9):
        seen = 0
        for n, lines in enumerate(pages, 1):
            rows = [l for l in lines
                    if re.match(rf"(Program|Kegiatan|Subkegiatan) {k}\.", l)]
            seen += len(rows)
            if rows and not rows[-1].startswith("Subkegiatan"):
                errs.append(f"p{n}: Tabel 4.{k} ends the page on its "
                            f"heading row '{rows[-1]}'")
        if seen != 40:
            errs.append(f"Tabel 4.{k}: {seen} rows of 40")

    # Long texts beside figures that cannot wrap: landscape, not a
    # portrait page of word-wide columns.
    sizes = re.findall(r"Page +(\d+) size: +([\d.]+) x ([\d.]+)",
                       subprocess.run(["pdfinfo", "-l", "9999", sys.argv[1]],
                                      capture_output=True, text=True).stdout)
    land = {int(n) for n, w, h in sizes if float(w) > float(h)}
    sq = [i + 1 for i, lines in enumerate(pages)
          if any(re.search(r"Sempit \d+ ", l) for l in lines)]
    if not sq or any(n not in land for n in sq):
        errs.append(f"Tabel 5.1 (squeezed) on pages {sq}, landscape: "
                    f"{sorted(n for n in sq if n in land)}")

    # A long table's width goes to the column wrapping on every row, not
    # to the cells spanning them: each indicator on one line.
    whole = sum(1 for lines in pages for l in lines
                if re.search(r"Ukuran kelompok \d+ %", l))
    if whole != 45:
        errs.append(f"Tabel 5.2: {whole} of 45 indicators on one line")

    after = page_of(r"^Teks sesudah tabel lebar")
    wide = page_of(r"^Tabel 2\.1 Target dan Realisasi")
    if after is None or wide is None or after >= wide:
        errs.append(f"text after the landscape table on p{after}, "
                    f"the table on p{wide}: it did not fill the page")

    # Floats keep their order: the tables after the landscape one wait.
    order = [wide] + [page_of(rf"^Tabel 3\.{k} Tabel Panjang Uji")
                      for k in range(1, 11)]
    if None in order or order != sorted(order):
        errs.append(f"tables out of order: pages {order}")

    for k in range(1, 9):
        sig = page_of(rf"NIP\. 1974042819990120{k:02d}")
        par = page_of(rf"evaluasi bagian {k}\.$")
        if sig is None or sig != par:
            errs.append(f"signature {k} on p{sig}, its closing paragraph "
                        f"ends on p{par}")

    for e in errs:
        print("FAIL:", e, file=sys.stderr)
    if errs:
        sys.exit(1)
    print(f"ok: {len(pages)} pages, page-breaking rules hold")


main()
