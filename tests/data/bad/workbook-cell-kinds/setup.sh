# Cells of the kinds an odd or forged workbook holds, each an error at
# its cell: an error value cached by a formula (#DIV/0!, kinerja D3), a
# shared-string index past the table (anggaran B2). A formula with a
# cached value is read as that value (kinerja C2), never computed.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile, re
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
w = parts['xl/workbook.xml'].decode()
rels = parts['xl/_rels/workbook.xml.rels'].decode()
def part_of(name):
    rid = re.search(r'<sheet name="%s"[^>]*r:id="([^"]+)"' % name, w).group(1)
    return 'xl/' + re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
def sub(sheet, pat, rep):
    s, n = re.subn(pat, rep, parts[sheet])
    assert n == 1, (sheet, pat)
    parts[sheet] = s
k = part_of('kinerja')
sub(k, rb'<c r="D3"><v>[^<]*</v></c>', b'<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
sub(k, rb'<c r="C2"><v>[^<]*</v></c>', b'<c r="C2"><f>30*2</f><v>60</v></c>')
a = part_of('anggaran')
sub(a, rb'<c r="B2" t="s"><v>[^<]*</v></c>', b'<c r="B2" t="s"><v>99999</v></c>')
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
