# data.xlsx with extra zip entries named "../../../lkjip-zip-slip.xml",
# "/tmp/lkjip-zip-abs.xml" and "xl/../../up.xml": lkjip only looks parts
# up by name in memory, so nothing is written or read outside; the extra
# entries are ignored and the workbook builds.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile, warnings
warnings.simplefilter('ignore')
p = sys.argv[1]
with zipfile.ZipFile(p, 'a') as z:
    for n in ('../../../lkjip-zip-slip.xml', '/tmp/lkjip-zip-abs.xml', 'xl/../../up.xml'):
        zi = zipfile.ZipInfo('x')
        zi.filename = n  # ZipInfo strips ".." and "/": set it raw
        z.writestr(zi, b'<x/>')
PY
