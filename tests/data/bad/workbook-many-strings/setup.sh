# A shared-string table of 1,000,001 strings (stored, so no ratio stops
# it first): over the limit.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
parts['xl/sharedStrings.xml'] = parts['xl/sharedStrings.xml'].replace(b'</sst>', b'<si/>' * 1000001 + b'</sst>')
with zipfile.ZipFile(p, 'w', zipfile.ZIP_STORED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
