#!/usr/bin/env python3
"""Reads the structure tree of a tagged PDF back with qpdf --json and
checks its shape (issue 15, item 5). Usage: pdf_tags.py FILE.pdf
  --first-h1 TEXT     the first H1's text (from pdfinfo -struct-text)
  --first-alt TEXT    the first Figure's /Alt starts so
  --last-alt TEXT     the last Figure's /Alt is exactly this
  --figures N         how many Figure elements
  --title TEXT        the Info Title holds this
  --running TEXT      the running header's text, in no element and
                      marked /Artifact in the page contents
  --continued         a table runs over pages: its "(lanjutan)" caption
                      is marked /Artifact
Always checked: the catalog's /Lang id-ID, /MarkInfo /Marked true,
/ViewerPreferences /DisplayDocTitle true; one Document under the root;
only the element types lkjip writes; every Figure has an /Alt; every TH
has /A << /O /Table /Scope /Column >>; a header row (TR of TH) only at
the start of a Table element that starts with its Caption (the header
repeated on a continuation page is an Artifact, as is its "(lanjutan)"
caption, never in the tree); a Table starts with its Caption
or a TR, and holds TR of TH/TD only; an L holds LI, an LI starts with
its Lbl; every link annotation has a /Contents and a /StructParent that
the parent tree maps to a Link element holding it (an OBJR) and the
link's text (an MCID; but for a link in a table cell), in the element
holding the rest of the text (PDF/UA 7.18.5); a TOC's links are in
its TOCI, and links in other elements hold their text too."""
import json
import os
import re
import subprocess
import sys
import tempfile

ROLES = {"Document", "H1", "H2", "H3", "H4", "P", "L", "LI", "Lbl",
         "Table", "TR", "TH", "TD", "Caption", "Figure", "TOC", "TOCI",
         "Link"}


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def page_contents(pdf):
    """Each page's content stream, uncompressed (qpdf --qdf)."""
    with tempfile.TemporaryDirectory() as d:
        q = os.path.join(d, "q.pdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, q],
                       check=True)
        b = open(q, "rb").read().decode("latin-1")
    pages = re.split(r"%% Contents for page \d+\n", b)[1:]
    return [p[p.index("stream\n") + 7:p.index("endstream")] for p in pages]


STR = re.compile(r"\(((?:[^()\\]|\\.)*)\)")


def marked(pdf):
    """Per page: the text shown as /Artifact, and the painting operators
    (text, paths, images) in no marked content at all; fails when marked
    content and text objects (BT/ET) do not nest."""
    out = []
    for c in page_contents(pdf):
        stack, art, loose, tj = [], [], 0, ""
        for line in c.split("\n"):
            if tj:  # a TJ array over several lines
                tj += line
                if not line.endswith("TJ"):
                    continue
                line, tj = tj, ""
            elif line.startswith(("[(", "[<")) and not line.endswith("TJ"):
                tj = line
                continue
            if line.endswith(" BDC") or line.endswith(" BMC"):
                stack.append(re.search(r"/(\w+) *(<<.*)?B[DM]C$",
                                       line).group(1))
            elif line.endswith("EMC"):
                # Marked content and text objects nest (PDF 14.6).
                if not stack or stack[-1] == "BT":
                    fail("EMC without BMC/BDC in its text object")
                stack.pop()
            elif line == "BT" or line.endswith(" BT"):
                stack.append("BT")
            elif line == "ET":
                if not stack or stack[-1] != "BT":
                    fail("ET inside marked content begun in its text "
                         "object")
                stack.pop()
            elif re.search(r"(Tj|TJ|\bf|\bS|\bDo|\bsh)$", line):
                if not [t for t in stack if t != "BT"]:
                    loose += 1
                elif "Artifact" in stack and line.endswith(("Tj", "TJ")):
                    art.append("".join(STR.findall(line)))
        out.append(("".join(art), loose))
    return out


def check_links(objs, val, root):
    nums = val(val(root["/ParentTree"])["/Nums"])
    tree = dict(zip(nums[::2], nums[1::2]))
    annots = [(k[4:], v["value"]) for k, v in objs.items()
              if k.startswith("obj:") and isinstance(v.get("value"), dict)
              and v["value"].get("/Subtype") == "/Link"]
    if not annots:
        fail("no link annotations")
    parents, texts = {}, {}
    for ref, a in annots:
        if not a.get("/Contents", "").startswith("u:") or \
                len(a["/Contents"]) < 3:
            fail("link annotation %s without /Contents" % ref)
        if "/StructParent" not in a or a["/StructParent"] not in tree:
            fail("link annotation %s without a parent tree key" % ref)
        link = val(tree[a["/StructParent"]])
        if link.get("/S") != "/Link":
            fail("annotation %s maps to %s" % (ref, link.get("/S")))
        k = link["/K"] if isinstance(link["/K"], list) else [link["/K"]]
        if not any(isinstance(c, dict) and c.get("/Type") == "/OBJR" and
                   c.get("/Obj") == ref for c in k):
            fail("the Link of annotation %s does not hold it" % ref)
        p = val(link["/P"])
        pk = p["/K"] if isinstance(p["/K"], list) else [p["/K"]]
        if tree[a["/StructParent"]] not in pk:
            fail("the Link of annotation %s is not its parent's kid" % ref)
        # Its text is its own content (Link /K [MCID, OBJR]), not only
        # its parent's; a table cell's links are the exception (a TD's
        # content is made from markers, see annot.c).
        mc = [c for c in k if isinstance(c, int) or
              (isinstance(c, dict) and c.get("/Type") == "/MCR")]
        if not mc and p["/S"] not in ("/TD", "/TH"):
            fail("the Link of annotation %s in a %s holds no text"
                 % (ref, p["/S"]))
        if mc:
            texts[p["/S"]] = texts.get(p["/S"], 0) + 1
        parents[p["/S"]] = parents.get(p["/S"], 0) + 1
    if not parents.get("/TOCI"):
        fail("no link in a TOCI: %s" % parents)
    if not texts.get("/TOCI") or len(texts) < 2:
        fail("no link holding its text beside a TOCI's: %s" % texts)


def main():
    args = sys.argv[1:]
    pdf = args.pop(0)
    opts = dict(zip(args[::2], args[1::2]))
    j = json.loads(subprocess.run(["qpdf", "--json", pdf], check=True,
                                  capture_output=True).stdout)
    objs = j["qpdf"][1]

    def val(ref):
        if isinstance(ref, str) and ref.endswith(" R"):
            return objs["obj:" + ref]["value"]
        return ref

    trailer = objs["trailer"]["value"]
    cat = val(trailer["/Root"])
    if cat.get("/Lang") != "u:id-ID":
        fail("catalog /Lang is %r" % cat.get("/Lang"))
    if val(cat.get("/MarkInfo", {})).get("/Marked") is not True:
        fail("catalog without /MarkInfo << /Marked true >>")
    if val(cat.get("/ViewerPreferences", {})).get("/DisplayDocTitle") \
            is not True:
        fail("no /DisplayDocTitle true")
    info = val(trailer["/Info"])
    if "--title" in opts and opts["--title"] not in info.get("/Title", ""):
        fail("Title %r lacks %r" % (info.get("/Title"), opts["--title"]))
    root = val(cat["/StructTreeRoot"])
    kids = root["/K"] if isinstance(root["/K"], list) else [root["/K"]]
    if len(kids) != 1 or val(kids[0])["/S"] != "/Document":
        fail("the root does not hold one Document")

    elems = []  # (role, dict, children roles), depth first

    def walk(ref):
        e = val(ref)
        role = e["/S"][1:]
        if role not in ROLES:
            fail("unexpected element type " + role)
        k = e.get("/K", [])
        k = k if isinstance(k, list) else [k]
        sub = [c for c in k if isinstance(c, str) and c.endswith(" R")
               and val(c).get("/Type") == "/StructElem"]
        elems.append((role, e, [val(c)["/S"][1:] for c in sub]))
        for c in sub:
            walk(c)

    walk(kids[0])
    check_links(objs, val, root)
    figs = [e for r, e, _ in elems if r == "Figure"]
    for f in figs:
        if not f.get("/Alt", "").startswith("u:") or len(f["/Alt"]) < 4:
            fail("a Figure without /Alt")
    for r, e, sub in elems:
        if r == "TH" and val(e.get("/A", {})) != {"/O": "/Table",
                                                   "/Scope": "/Column"}:
            fail("a TH without /Scope /Column")
        if r == "Table" and (not sub or sub[0] not in ("Caption", "TR") or
                             any(s not in ("Caption", "TR") for s in sub)):
            fail("a Table holding %s" % sub)
        if r == "Table":
            # A header row (TR of TH only) is content once, at the
            # table's start after its Caption; repeated on a
            # continuation page it is an Artifact (PDF/UA 7.5).
            trs = [val(c) for c in (e["/K"] if isinstance(e["/K"], list)
                                    else [e["/K"]])
                   if isinstance(c, str) and c.endswith(" R")
                   and val(c).get("/S") == "/TR"]
            heads = [all(val(c).get("/S") == "/TH" for c in
                         (t["/K"] if isinstance(t["/K"], list) else
                          [t["/K"]]) if isinstance(c, str)
                         and c.endswith(" R")) for t in trs]
            n = heads.index(False) if False in heads else len(heads)
            if any(heads[n:]) or (n and sub[0] != "Caption"):
                fail("a Table with a header row not at its start "
                     "(repeated header tagged TH)")
        if r == "TR" and any(s not in ("TH", "TD") for s in sub):
            fail("a TR holding %s" % sub)
        if r == "L" and any(s != "LI" for s in sub):
            fail("an L holding %s" % sub)
    if not any(r == "Table" and "TR" in sub and any(
            r2 == "TR" and "TH" in s2 for r2, _, s2 in elems)
            for r, _, sub in elems):
        fail("no Table with a header row")
    if not any(r == "LI" and sub[:1] == ["Lbl"] for r, _, sub in elems):
        fail("no list item with its label")
    if "--figures" in opts and len(figs) != int(opts["--figures"]):
        fail("%d Figure elements, expected %s" % (len(figs),
                                                  opts["--figures"]))
    if "--first-alt" in opts and not figs[0]["/Alt"][2:].startswith(
            opts["--first-alt"]):
        fail("first Figure /Alt is %r" % figs[0]["/Alt"][:80])
    if "--last-alt" in opts and figs[-1]["/Alt"][2:] != opts["--last-alt"]:
        fail("last Figure /Alt is %r" % figs[-1]["/Alt"])
    out = subprocess.run(["pdfinfo", "-struct-text", pdf],
                         capture_output=True, text=True).stdout
    lines = out.splitlines()
    # The running header (the report's title, on every page but a
    # chapter's first) is drawn outside every element: not in the tree.
    if "--running" in opts and any(
            l.strip().startswith('"' + opts["--running"]) for l in lines):
        fail("the running header %r is in the structure tree"
             % opts["--running"])
    if "--running" in opts:
        pages = marked(pdf)
        loose = sum(n for _, n in pages)
        if loose:
            fail("%d painting operators neither tagged nor Artifact" % loose)
        # Words of the running header and the page numbers are in
        # Artifact text (kerning splits the text into strings, joined
        # here; spaces may be lost at a split).
        word = opts["--running"].split()[0]
        if not any(word in a for a, _ in pages):
            fail("the running header is not marked /Artifact")
        if not any(a.startswith("iv") for a, _ in pages):
            fail("page number iv is not marked /Artifact")
    # A continuation page's "(lanjutan)" caption is a repeat: never in
    # the tree, and an Artifact.
    if any("(lanjutan)" in l for l in lines):
        fail("a \"(lanjutan)\" caption is in the structure tree")
    if "--continued" in opts and not any(
            "lanjutan" in a for a, _ in marked(pdf)):
        fail("no \"(lanjutan)\" caption marked /Artifact")
    if "--first-h1" in opts:
        h1 = [lines[i + 1].strip() for i, l in enumerate(lines)
              if l.strip().startswith("H1") and i + 1 < len(lines)]
        if not h1 or h1[0] != '"%s"' % opts["--first-h1"]:
            fail("first H1 is %s" % (h1[:1] or "missing"))
    counts = {}
    for r, _, _ in elems:
        counts[r] = counts.get(r, 0) + 1
    print("ok: %s: %s" % (pdf, ", ".join("%s %d" % kv for kv in
                                          sorted(counts.items()))))


main()
