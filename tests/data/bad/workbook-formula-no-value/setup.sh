# A formula cell (D3, realisasi) saved without its value (written by a
# program, never opened in a spreadsheet): lkjip does not compute it.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile, re
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
s = parts['xl/worksheets/sheet3.xml']
s, n = re.subn(rb'<c r="D3"><v>[^<]*</v></c>', b'<c r="D3"><f>C3*1.1</f></c>', s)
assert n == 1
parts['xl/worksheets/sheet3.xml'] = s
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
