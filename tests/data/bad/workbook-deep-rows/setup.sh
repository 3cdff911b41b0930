# 3 extra sheets, each one cell on Excel's last row (1,048,576): over the
# limit of rows in all sheets (reported at the sheet that passes it).
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
deep = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>')
w = parts['xl/workbook.xml']
r = parts['xl/_rels/workbook.xml.rels']
for i in range(3):
    parts['xl/worksheets/deep%d.xml' % i] = deep
    w = w.replace(b'</sheets>', b'<sheet name="tabel-dalam%d" sheetId="%d" r:id="rDeep%d"/></sheets>' % (i, 20 + i, i))
    r = r.replace(b'</Relationships>', b'<Relationship Id="rDeep%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/deep%d.xml"/></Relationships>' % (i, i))
parts['xl/workbook.xml'] = w
parts['xl/_rels/workbook.xml.rels'] = r
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
