# Sheets named "Kinerja" (capital K) and "angaran" (a typo): sheet names
# match exactly, like file names, so both tables are missing; each sheet
# is a warning naming the table it was probably meant to be.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
w = parts['xl/workbook.xml']
w = w.replace(b'name="kinerja"', b'name="Kinerja"').replace(b'name="anggaran"', b'name="angaran"')
parts['xl/workbook.xml'] = w
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
