#!/usr/bin/env python3
"""Writes small PDFs of empty pages for the annex bad-input cases.

Usage: tiny_pdf.py DIR NAME:PAGES[:BOX[:broken]] ...
  BOX     the MediaBox, default "0 0 595 842"
  broken  the xref offsets and startxref point a few bytes off (poppler
          rebuilds such a table)
"""
import sys


def pdf(path, n, box, broken):
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [" + box + b"] >>"] * n
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    if broken:
        offs = [o + 7 for o in offs]
        x += 3
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, x)
    with open(path, "wb") as f:
        f.write(out)


def main():
    d = sys.argv[1]
    for spec in sys.argv[2:]:
        parts = spec.split(":")
        box = parts[2].encode() if len(parts) > 2 and parts[2] else b"0 0 595 842"
        pdf("%s/%s.pdf" % (d, parts[0]), int(parts[1]), box,
            len(parts) > 3 and parts[3] == "broken")


main()
