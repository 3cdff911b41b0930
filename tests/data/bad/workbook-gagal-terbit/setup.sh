# A workbook that cannot be read (a formula saved without its value, D3)
# beside terbit.csv kept as a CSV file: only the workbook's error is
# reported, not "IKU1 is not an indikator" for every published figure
# naming a code of the unread sheets.
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
cat > contoh-2024/terbit.csv <<'CSV'
besaran,kode,tahun,nilai,sumber
capaian,IKU1,,108,Tabel 3.1
kemajuan,IKU1,,95,Tabel 3.3
serapan,2.17.05,,"98,93",Tabel 3.9
CSV
