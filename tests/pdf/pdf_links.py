#!/usr/bin/env python3
"""Checks the link annotations of a PDF made by lkjip, independently of the
code that wrote them: the annotations are read with `qpdf --json`, the text
and its position with `pdftotext -bbox-layout` (poppler).

- every entry of a list of contents (a line with leaders "......") lies in
  a link area; the link's destination page carries, in its footer, the page
  number the entry prints;
- every internal link (list entry or cross-reference such as "Tabel 3.2")
  lands on the page where the text it names starts a line, at or below the
  destination point;
- web links are /URI actions (--uri URL: that one must be present).

Usage: pdf_links.py FILE.pdf [--min-toc N] [--min-xref N] [--uri URL]
Prints a summary; exits 1 with the first problems found."""
import html
import json
import re
import subprocess
import sys


def fail(msgs):
    for m in msgs[:15]:
        print("FAIL: " + m, file=sys.stderr)
    sys.exit(1)


def ref(s):
    return int(s.split()[0])


def load(pdf):
    j = json.loads(subprocess.run(
        ["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf],
        check=True, capture_output=True, text=True).stdout)
    objs = j["qpdf"][1]
    pages = [ref(p["object"]) for p in j["pages"]]
    index = {n: i for i, n in enumerate(pages)}
    links = []  # (page index, rect, dest page index or None, dest y, uri)
    for i, n in enumerate(pages):
        page = objs["obj:%d 0 R" % n]["value"]
        height = page["/MediaBox"][3]
        for a in page.get("/Annots", []):
            v = objs["obj:" + a]["value"]
            if v.get("/Subtype") != "/Link":
                continue
            x1, y1, x2, y2 = v["/Rect"]
            # Top-down coordinates, as pdftotext gives them.
            rect = (x1, height - y2, x2, height - y1)
            if "/Dest" in v:
                d = v["/Dest"]
                if not isinstance(d, list) or d[1] != "/XYZ":
                    fail(["page %d: destination is not /XYZ: %r" %
                          (i + 1, d)])
                if ref(d[0]) not in index:
                    fail(["page %d: destination %s is not a page" %
                          (i + 1, d[0])])
                di = index[ref(d[0])]
                dh = objs["obj:" + d[0]]["value"]["/MediaBox"][3]
                links.append((i, rect, di, dh - d[3], None))
            else:
                act = v.get("/A", {})
                if act.get("/S") != "/URI":
                    fail(["page %d: link without /Dest or /URI" % (i + 1)])
                links.append((i, rect, None, 0, re.sub(r"^[ub]:", "", act["/URI"])))
    return pages, links


def text_lines(pdf):
    """Per page: list of (yMin, yMax, xMin, xMax, words) lines; words as
    (xMin, yMin, xMax, yMax, text)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"],
                         check=True, capture_output=True,
                         text=True).stdout
    pages = []
    for pg in re.split(r"<page ", out)[1:]:
        lines = []
        for ln in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" '
                             r'xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
                             pg, re.S):
            words = [(float(a), float(b), float(c), float(d),
                      html.unescape(t)) for a, b, c, d, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                r'yMax="([\d.]+)">(.*?)</word>', ln[4])]
            lines.append((float(ln[1]), float(ln[3]), float(ln[0]),
                          float(ln[2]), words))
        pages.append(lines)
    return pages


def line_text(line):
    return " ".join(w[4] for w in line[4])


def footer(lines):
    """The page number: the lowest line of the page."""
    return line_text(max(lines, key=lambda l: l[0])) if lines else ""


def words_in(lines, rect):
    x1, y1, x2, y2 = rect
    ws = []
    for l in lines:
        for w in l[4]:
            cx, cy = (w[0] + w[2]) / 2, (w[1] + w[3]) / 2
            if x1 - 1 <= cx <= x2 + 1 and y1 - 1 <= cy <= y2 + 1:
                ws.append(w)
    ws.sort(key=lambda w: (round(w[1]), w[0]))
    return [w[4] for w in ws]


def main():
    args = sys.argv[1:]
    pdf = args[0]
    opt = {"--min-toc": "0", "--min-xref": "0", "--uri": None}
    for k, v in zip(args[1::2], args[2::2]):
        opt[k] = v
    pages, links = load(pdf)
    text = text_lines(pdf)
    if len(text) != len(pages):
        fail(["pdftotext sees %d pages, qpdf %d" % (len(text), len(pages))])
    bad = []
    toc = xref = 0
    covered = set()
    # A cross-reference broken over two lines has two areas: join them.
    merged = []
    for (pi, rect, di, dy, uri) in links:
        if uri is not None:
            continue
        ws = words_in(text[pi], rect)
        if merged and merged[-1][0] == pi and merged[-1][2] == di and \
                merged[-1][3] == dy and len(merged[-1][4]) < 2:
            merged[-1][4].extend(ws)
        else:
            merged.append([pi, rect, di, dy, ws])
    for (pi, rect, di, dy, ws) in merged:
        if not ws:
            bad.append("page %d: link area %r covers no text" % (pi + 1, rect))
            continue
        is_toc = any(re.fullmatch(r"\.{6,}", w) for w in ws)
        if is_toc:
            # "KATA PENGANTAR ........ i": the entry text and its number.
            num = ws[-1]
            entry = [w for w in ws[:-1] if not re.fullmatch(r"\.+", w)]
            if footer(text[di]) != num:
                bad.append("page %d: entry %r lists %s, links to page %d "
                           "numbered %r" % (pi + 1, " ".join(entry), num,
                                            di + 1, footer(text[di])))
                continue
            for l in text[pi]:
                if rect[1] - 1 <= (l[0] + l[1]) / 2 <= rect[3] + 1:
                    covered.add((pi, l[0]))
            toc += 1
        else:
            entry = [w.strip("(),.;:") for w in ws]
            xref += 1
        # The named text starts a line at or below the destination (in
        # capitals where the page opens a division: "LAMPIRAN 1").
        want = " ".join(entry[:2])
        if not any(l[0] >= dy - 2 and
                   line_text(l).upper().startswith(want.upper())
                   for l in text[di]):
            bad.append("page %d: link %r lands on page %d at y %.0f, where "
                       "no line starts with %r" % (pi + 1, " ".join(entry),
                                                   di + 1, dy, want))
    # Every list-of-contents line is inside some link.
    for pi, lines in enumerate(text):
        for l in lines:
            if re.search(r"\.{6,}", line_text(l)) and \
                    (pi, l[0]) not in covered:
                bad.append("page %d: list entry %r is not a link" %
                           (pi + 1, line_text(l)))
    uris = sorted({u for (_, _, _, _, u) in links if u is not None})
    if opt["--uri"] and opt["--uri"] not in uris:
        bad.append("no /URI link to %s (have %r)" % (opt["--uri"], uris))
    if toc < int(opt["--min-toc"]):
        bad.append("only %d list entries are links" % toc)
    if xref < int(opt["--min-xref"]):
        bad.append("only %d cross-reference links" % xref)
    if bad:
        fail(bad)
    print("ok: %d list-entry links, %d cross-reference links, %d web links"
          % (toc, xref, len(uris)))


main()
