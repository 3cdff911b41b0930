# data.xlsx whose sheet kinerja inflates 20 MB of blanks from about 20 KB:
# refused by its ratio before anything is inflated.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
parts['xl/worksheets/sheet3.xml'] = parts['xl/worksheets/sheet3.xml'].replace(b'<sheetData>', b'<sheetData>' + b' ' * (20 << 20))
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
