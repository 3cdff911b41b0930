# PDF annexes a hostile or careless hand gives: no pages, a page of no
# height, locked with a password (qpdf, tools/deps.sh) are errors at
# their lines. Read as they come (no error): a broken xref table (poppler
# rebuilds it), a page box of 10^12 points and one of negative size
# (scaled to the page), a PDF with an owner password only (readable).
mkdir -p contoh-2024/lampiran
python3 - contoh-2024/lampiran <<'PY'
import sys
def pdf(path, n, box=b"[0 0 595 842]", broken=False):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (3 + i) for i in range(n)), n)]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox " + box + b" >>"] * n
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
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    open(path, "wb").write(out)
d = sys.argv[1]
pdf(d + "/nol.pdf", 0)
pdf(d + "/datar.pdf", 1, b"[0 0 595 0]")
pdf(d + "/raksasa.pdf", 1, b"[0 0 1e12 1e12]")
pdf(d + "/negatif.pdf", 1, b"[0 0 -595 -842]")
pdf(d + "/xref.pdf", 1, broken=True)
pdf(d + "/biasa.pdf", 1)
PY
qpdf --encrypt user owner 256 -- contoh-2024/lampiran/biasa.pdf contoh-2024/lampiran/kunci.pdf
qpdf --encrypt "" owner 256 -- contoh-2024/lampiran/biasa.pdf contoh-2024/lampiran/pemilik.pdf
printf 'lampiran:\n' >> contoh-2024/laporan.yaml
for f in nol datar kunci raksasa negatif xref pemilik; do
	printf '  - judul: %s\n    berkas: lampiran/%s.pdf\n' $f $f >> contoh-2024/laporan.yaml
done
