#!/usr/bin/env python3
"""Reads an .xlsx with the standard library only (zipfile + ElementTree),
independently of lkjip, and prints what the scaffold tests check: per
sheet its name, its cells (typed: n:NUMBER, n:NUMBER@FORMAT with a custom
number format, or s:TEXT), the note of each header cell and the
data-validation rules.

usage: xlsx_read.py FILE.xlsx            # a dump, for the shell tests
"""
import posixpath
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
}
RID = "{%s}id" % NS["r"]


def col_index(ref):
    n = 0
    for ch in ref:
        if not ch.isalpha():
            break
        n = n * 26 + ord(ch) - 64
    return n - 1


def row_index(ref):
    return int("".join(ch for ch in ref if ch.isdigit())) - 1


def rels(z, part):
    d, f = posixpath.split(part)
    p = posixpath.join(d, "_rels", f + ".rels")
    if p not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(p)).findall("pr:Relationship", NS):
        out[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1],
                            posixpath.normpath(posixpath.join(d, r.get("Target"))))
    return out


def text_of(si):
    return "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))


def read(path):
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    wrels = rels(z, "xl/workbook.xml")
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        sst = [text_of(si) for si in
               ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    # cell style index -> its number format code, for custom formats
    fmt_of = {}
    if "xl/styles.xml" in z.namelist():
        st = ET.fromstring(z.read("xl/styles.xml"))
        codes = {}
        nf = st.find("m:numFmts", NS)
        for f in (nf.findall("m:numFmt", NS) if nf is not None else []):
            codes[f.get("numFmtId")] = f.get("formatCode")
        xfs = st.find("m:cellXfs", NS)
        for i, xf in enumerate(xfs.findall("m:xf", NS) if xfs is not None else []):
            if xf.get("numFmtId") in codes:
                fmt_of[str(i)] = codes[xf.get("numFmtId")]
    sheets = []
    for s in wb.find("m:sheets", NS).findall("m:sheet", NS):
        part = wrels[s.get(RID)][1]
        x = ET.fromstring(z.read(part))
        cells = {}
        for c in x.iter("{%s}c" % NS["m"]):
            v = c.find("m:v", NS)
            t = c.get("t", "n")
            if t == "s":
                val = ("s", sst[int(v.text)])
            elif t == "inlineStr":
                val = ("s", text_of(c.find("m:is", NS)))
            elif t == "str":
                val = ("s", v.text or "")
            elif c.get("s") in fmt_of:
                val = ("n", v.text + "@" + fmt_of[c.get("s")])
            else:
                val = ("n", v.text)
            cells[(row_index(c.get("r")), col_index(c.get("r")))] = val
        notes = {}
        for kind, target in rels(z, part).values():
            if kind == "comments":
                cx = ET.fromstring(z.read(target))
                for cm in cx.iter("{%s}comment" % NS["m"]):
                    ref = cm.get("ref")
                    notes[(row_index(ref), col_index(ref))] = text_of(cm)
        checks = []
        for dv in x.iter("{%s}dataValidation" % NS["m"]):
            f1 = dv.find("m:formula1", NS)
            f2 = dv.find("m:formula2", NS)
            checks.append((dv.get("sqref"), dv.get("type"),
                           f1.text if f1 is not None else "",
                           f2.text if f2 is not None else ""))
        sheets.append((s.get("name"), cells, notes, checks))
    return sheets


def dump(path):
    for name, cells, notes, checks in read(path):
        print("sheet %s" % name)
        nrow = max([r for r, _ in cells] + [-1]) + 1
        ncol = max([c for _, c in cells] + [-1]) + 1
        for r in range(nrow):
            row = []
            for c in range(ncol):
                v = cells.get((r, c))
                row.append("" if v is None else "%s:%s" % v)
            print("  row %d: %s" % (r + 1, " | ".join(row)))
        for (r, c), t in sorted(notes.items()):
            print("  note %s%d: %s" % (chr(65 + c), r + 1, t))
        for ref, typ, f1, f2 in checks:
            print("  check %s %s %s%s" % (ref, typ, f1, " " + f2 if f2 else ""))


if __name__ == "__main__":
    dump(sys.argv[1])
