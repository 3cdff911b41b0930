# An xlsx without xl/workbook.xml (a zip of something else renamed).
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist() if n != 'xl/workbook.xml'}
z.close()
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
