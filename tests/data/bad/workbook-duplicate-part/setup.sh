# data.xlsx holding the sheet kinerja's part twice, with different
# realisasi: which one is the data? libzip refuses the archive; lkjip
# says so instead of reading either.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile, re, warnings
warnings.simplefilter('ignore')
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
s = parts['xl/worksheets/sheet3.xml']
s2, n = re.subn(rb'<c r="D3"><v>[^<]*</v></c>', b'<c r="D3"><v>1</v></c>', s)
assert n == 1
with zipfile.ZipFile(p, 'a') as z:
    z.writestr('xl/worksheets/sheet3.xml', s2)
PY
