# Merged ranges over cells that hold values: Excel shows the range's
# top-left value across it, the hidden cells keep theirs (a program, or
# LibreOffice's "keep the contents of the hidden cells", writes them).
# lkjip read the top-left value there (kinerja: realisasi 2023 read as 60,
# the target, where the cell holds 65) or the hidden value (indikator: an
# uraian shown blank): both without a word. Now each is an error.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
def merge(sheet, ref):
    s = parts[sheet]
    assert b'</sheetData>' in s
    parts[sheet] = s.replace(b'</sheetData>', b'</sheetData><mergeCells count="1"><mergeCell ref="%s"/></mergeCells>' % ref, 1)
w = parts['xl/workbook.xml'].decode()
rels = parts['xl/_rels/workbook.xml.rels'].decode()
import re
def part_of(name):
    rid = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % name, w).group(1)
    return 'xl/' + re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
merge(part_of('kinerja'), b'C2:D2')
merge(part_of('indikator'), b'C2:D2')
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
