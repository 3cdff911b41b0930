# A PDF annex of 101 pages (the limit is 100), and a skeleton without a
# lampiran part to hold the annexes.
mkdir -p contoh-2024/lampiran
python3 - contoh-2024/lampiran/tebal.pdf <<'PY'
import sys
n = 101
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
            b" ".join(b"%d 0 R" % (3 + i) for i in range(n)), n)]
objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n
out = bytearray(b"%PDF-1.4\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
    len(objs) + 1, x)
open(sys.argv[1], "wb").write(out)
PY
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Tebal
    berkas: lampiran/tebal.pdf
YAML
