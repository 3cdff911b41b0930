# Sheet kinerja declares ISO-2022-JP and holds bytes no such text has:
# libxml2 reports the failed conversion on its own channel, which printed
# to stderr from inside the library (found by fuzz_workbook); now only
# lkjip's error, at the part.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
s = parts['xl/worksheets/sheet3.xml']
s = s.replace(b'encoding="UTF-8"', b'encoding="ISO-2022-JP"', 1)
s = s.replace(b'<sheetData>', b'<sheetData>\xa2\xff\xfe', 1)
parts['xl/worksheets/sheet3.xml'] = s
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
