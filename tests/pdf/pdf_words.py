#!/usr/bin/env python3
"""Nothing the HTML shows may be missing from the PDF (issue 11, class 4).

Usage: pdf_words.py REPORT.html REPORT.pdf

Every word of the report's HTML body (<article class="laporan">, without the
answer-first summary, the download links and the download section, which
the PDF does not have) must
appear in `pdftotext` output at least as often as in the HTML: the words are
compared as multisets (the daftar isi's entry for itself aside). Words are letter/digit runs, lower-cased; a word
hyphenated at a line end in the PDF is joined again. The PDF may hold more
(running headers, page numbers, "(lanjutan)" captions, repeated table
headers). Exit 1 with the missing words when any is missing.
"""
import collections, html.parser, re, subprocess, sys

WORD = re.compile(r"[^\W_]+", re.UNICODE)


class Body(html.parser.HTMLParser):
    """Collects the text of <article class="laporan">, minus what only the
    site has: the answer-first summary (section.ringkasan, whose figures
    the PDF states in its own parts), the download buttons
    (p.unduhan-atas), section#unduh, an annex's download link
    (p.unduh-lampiran: the PDF holds the annex's pages instead), where
    each figure comes from (span.jejak-asal, a tooltip of the site), the
    portal's breadcrumb (nav.remah), and the
    daftar isi's entry for itself (the PDF's daftar isi does not list its
    own page; the PDF outline does)."""

    VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col",
            "source"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0      # open elements inside the article
        self.skip = 0       # depth at which a skipped element opened, or 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth == 0:
            if tag == "article" and "laporan" in (a.get("class") or ""):
                self.depth = 1
            return
        if tag in self.VOID:
            if tag == "img" and not self.skip:
                self.out.append(" ")
            return
        self.depth += 1
        cls = (a.get("class") or "").split()
        if not self.skip and ((tag == "p" and ("unduhan-atas" in cls or
                                               "unduh-lampiran" in cls)) or
                (tag == "section" and "ringkasan" in cls) or
                (tag == "nav" and "remah" in cls) or
                (tag == "span" and "jejak-asal" in cls) or
                a.get("id") == "unduh" or
                a.get("href") == "#daftar-isi" or
                tag in ("script", "style")):
            self.skip = self.depth
        # Block boundaries and cells separate words.
        self.out.append(" ")

    def handle_endtag(self, tag):
        if self.depth == 0 or tag in self.VOID:
            return
        if self.skip == self.depth:
            self.skip = 0
        self.depth -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.out.append(data)


def words(text):
    # pdftotext drops the hyphen of "masing-masing" when it falls at a line
    # end: words joined by a hyphen count as one word on both sides.
    text = re.sub(r"(?<=\w)[-\u2010](?=\w)", "", text)
    return collections.Counter(w.lower() for w in WORD.findall(text))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    b = Body()
    with open(sys.argv[1], encoding="utf-8") as f:
        b.feed(f.read())
    want = words("".join(b.out))
    if not want:
        sys.exit("FAIL: no report body in " + sys.argv[1])
    pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", sys.argv[2], "-"],
                         capture_output=True, check=True).stdout.decode()
    # A word broken at a soft hyphen (U+00AD at a line end) is joined
    # again, and so is one broken after a hyphen of its own. A word broken
    # across a page has the footer and header between its halves: its
    # first half is kept aside and joined below with a second half that is
    # left over.
    pdf = re.sub("\u00ad[ \t]*\n[ \t]*(?=[^\\W\\d_])", "", pdf)
    pdf = re.sub(r"-[ \t]*\n[ \t]*(?=[^\W\d_])", "-", pdf)
    heads = [w.lower() for w in re.findall(r"([^\W_]+)\u00ad", pdf)]
    have = words(re.sub(r"[^\W_]+\u00ad", " ", pdf))
    missing = {w: n - have.get(w, 0) for w, n in want.items()
               if have.get(w, 0) < n}
    for head in heads:
        for w in sorted(missing):
            tail = w[len(head):]
            if (w.startswith(head) and tail and
                    have.get(tail, 0) > want.get(tail, 0)):
                have[tail] -= 1
                missing[w] -= 1
                if missing[w] == 0:
                    del missing[w]
                break
    total = sum(want.values())
    if missing:
        lost = sum(missing.values())
        top = sorted(missing.items(), key=lambda kv: (-kv[1], kv[0]))[:40]
        print("FAIL: %s: %d of %d words of the HTML missing from the PDF "
              "(%d distinct): %s" % (sys.argv[2], lost, total, len(missing),
              " ".join("%s x%d" % kv for kv in top)))
        return 1
    print("ok: %s: all %d words of the HTML are in the PDF" %
          (sys.argv[2], total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
