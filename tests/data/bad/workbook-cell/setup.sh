# Errors in sheet cells are named by workbook, sheet, cell and column:
# text in a number column (kinerja D3), a year out of range (kinerja B4),
# an unknown column (anggaran F1), a hidden sheet (a note), an unknown sheet
# (a warning).
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile, re
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
s = parts['xl/worksheets/sheet3.xml']
s, n = re.subn(rb'<c r="D3"><v>[^<]*</v></c>', b'<c r="D3" t="inlineStr"><is><t>tujuh puluh</t></is></c>', s)
assert n == 1
s, n = re.subn(rb'<c r="B4"><v>[^<]*</v></c>', b'<c r="B4"><v>20250</v></c>', s)
assert n == 1
parts['xl/worksheets/sheet3.xml'] = s
s = parts['xl/worksheets/sheet1.xml']
s = s.replace(b'</row>', b'<c r="F1" t="inlineStr"><is><t>warna</t></is></c></row>', 1)
parts['xl/worksheets/sheet1.xml'] = s
w = parts['xl/workbook.xml']
w = w.replace(b'</sheets>', b'<sheet name="catatan" sheetId="9" state="hidden" r:id="rId1"/><sheet name="kinerja lama" sheetId="10" r:id="rId1"/></sheets>')
parts['xl/workbook.xml'] = w
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
