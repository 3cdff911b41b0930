#!/usr/bin/env python3
"""Compares a workbook written by `lkjip export --format xlsx` with the
CSV files of its report, row for row and cell by cell, with the standard
library only. Sheet row N is CSV row N (as lkjip counts them: a "sep="
line is not a row). A "# key: value" row above the header is the same
key and value in cell A; a note "# ..." below the header and an empty row
are an empty sheet row; in every other row, a text cell is the CSV text
exactly and a number cell the CSV figure read the Indonesian way
(1.234.567,89) as an exact decimal. The number is the double nearest
that decimal, which libxlsxwriter writes with 16 significant digits
("90.01000000000001" for 90,01, the same double): it is read back as its
shortest form, as spreadsheets and lkjip do. Prints one line per sheet
(its counts of number and text cells) and every difference; exits 1 on a
difference.

usage: xlsx_same.py REPORT_DIR FILE.xlsx
"""
import csv
import io
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsx_read  # noqa: E402


def csv_records(path):
    """Every record (row) of the file, [] for an empty line."""
    text = open(path, encoding="utf-8-sig", newline="").read()
    if text[:4].lower() == "sep=":
        sep = text[4]
        text = text[text.index("\n") + 1:]
    else:
        first = next((l for l in text.split("\n")
                      if l.strip() and not l.startswith("#")), "")
        sep = ";" if first.count(";") > first.count(",") else ","
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))


def key_value(s):
    k, v = s[1:].split(":", 1)
    return k.strip(), v.strip()


def indonesian(s):
    return Decimal(s.strip().replace(".", "").replace(",", "."))


def main(report, xlsx):
    bad = 0

    def differ(msg):
        nonlocal bad
        print(msg)
        bad += 1

    for name, cells, _notes, _checks in xlsx_read.read(xlsx):
        f = (os.path.join(report, "tabel", name[6:] + ".csv")
             if name.startswith("tabel-") else
             os.path.join(report, name + ".csv"))
        recs = csv_records(f)
        nnum = ntext = 0
        header_seen = False
        last = max([r for r, _ in cells] + [0]) + 1
        for r in range(max(len(recs), last)):
            rec = recs[r] if r < len(recs) else []
            row = {c: v for (rr, c), v in cells.items() if rr == r}
            if rec and rec[0].startswith("#"):
                if not header_seen and ":" in rec[0]:
                    raw = (sep_join(rec))
                    got = row.get(0)
                    if got is None or got[0] != "s" or \
                            key_value(got[1]) != key_value(raw) or len(row) != 1:
                        differ("%s: row %d: sheet %r, CSV comment %r" %
                               (name, r + 1, row, raw))
                elif row:
                    differ("%s: row %d: sheet %r for the note %r" %
                           (name, r + 1, row, rec[0]))
                continue
            if not any(c.strip() for c in rec):
                if row:
                    differ("%s: row %d: sheet %r, CSV empty" % (name, r + 1, row))
                continue
            header_seen = True
            width = max(len(rec), max(row) + 1 if row else 0)
            for c in range(width):
                want = rec[c].strip() if c < len(rec) else ""
                got = row.get(c)
                if got is None:
                    ok = want == ""
                elif got[0] == "s":
                    ok = got[1] == want
                    ntext += 1
                else:
                    try:
                        ok = Decimal(repr(float(got[1].split("@")[0]))) == \
                            indonesian(want)
                    except Exception:
                        ok = False
                    nnum += 1
                if not ok:
                    differ("%s: cell %s%d: sheet %r, CSV %r" %
                           (name, chr(65 + c), r + 1, got, want))
        print("%s: %d number cells, %d text cells" % (name, nnum, ntext))
    return 1 if bad else 0


def sep_join(rec):
    """A comment row libcsv split at the separator, whole again."""
    return ",".join(rec).rstrip(",")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
