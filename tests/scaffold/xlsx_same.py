#!/usr/bin/env python3
"""Compares a workbook written by `lkjip export --format xlsx` with the
CSV files of its report, cell by cell, with the standard library only: a
text cell must be the CSV text exactly, a number cell the CSV figure read
the Indonesian way (1.234.567,89) as an exact decimal. The number is the
double nearest that decimal, written by libxlsxwriter with 16 significant
digits ("90.01000000000001" for 90,01, the same double): it is read back
as its shortest form, as spreadsheets and lkjip do. Prints one line per
sheet (its counts of number and text cells) and every difference; exits 1
on a difference.

usage: xlsx_same.py REPORT_DIR FILE.xlsx
"""
import csv
import io
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsx_read  # noqa: E402


def csv_rows(path):
    """The header and data rows as lkjip reads them: BOM, sep= line,
    '#' comment rows and empty rows left out."""
    text = open(path, encoding="utf-8-sig").read()
    lines = text.splitlines()
    sep = None
    if lines and lines[0].lower().startswith("sep="):
        sep = lines[0][4]
        lines = lines[1:]
    body = "\n".join(lines) + "\n"
    first = next((l for l in lines if l and not l.startswith("#")), "")
    if sep is None:
        sep = ";" if first.count(";") > first.count(",") else ","
    rows = [r for r in csv.reader(io.StringIO(body), delimiter=sep)
            if r and not r[0].startswith("#") and any(c != "" for c in r)]
    return rows[0], rows[1:]


def indonesian(s):
    return Decimal(s.strip().replace(".", "").replace(",", "."))


def main(report, xlsx):
    bad = 0
    for name, cells, _notes, _checks in xlsx_read.read(xlsx):
        f = (os.path.join(report, "tabel", name[6:] + ".csv")
             if name.startswith("tabel-") else
             os.path.join(report, name + ".csv"))
        header, rows = csv_rows(f)
        nnum = ntext = 0
        for c, h in enumerate(header):
            got = cells.get((0, c))
            if got != ("s", h):
                print("%s: header column %d is %r, want %r" % (name, c + 1, got, h))
                bad += 1
        nrow = max([r for r, _ in cells] + [0])
        if nrow != len(rows):
            print("%s: %d data rows, the CSV has %d" % (name, nrow, len(rows)))
            bad += 1
        for r, row in enumerate(rows, start=1):
            for c in range(len(header)):
                want = row[c] if c < len(row) else ""
                got = cells.get((r, c))
                if got is None:
                    ok = want == ""
                elif got[0] == "s":
                    ok = got[1] == want
                    ntext += 1
                else:
                    try:
                        ok = Decimal(repr(float(got[1]))) == indonesian(want)
                    except Exception:
                        ok = False
                    nnum += 1
                if not ok:
                    print("%s: row %d column %s: sheet %r, CSV %r" %
                          (name, r + 1, header[c], got, want))
                    bad += 1
        print("%s: %d rows, %d number cells, %d text cells" %
              (name, len(rows), nnum, ntext))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
