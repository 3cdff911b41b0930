# data.ods whose target 2023 (C2) spans two columns over the realisasi
# cell, which LibreOffice kept as a covered cell holding 65 ("keep the
# contents of the hidden cells"): the covered value was dropped without a
# word and the realisasi read as 60. Now an error at the covered cell.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.ods >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.ods <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
names = z.namelist()
parts = {n: z.read(n) for n in names}
z.close()
s = parts['content.xml']
old = (b'<table:table-cell office:value-type="float" office:value="60.0"><text:p>60</text:p></table:table-cell>'
       b'<table:table-cell office:value-type="float" office:value="65.0"><text:p>65</text:p></table:table-cell>')
new = (b'<table:table-cell office:value-type="float" office:value="60.0" table:number-columns-spanned="2"><text:p>60</text:p></table:table-cell>'
       b'<table:covered-table-cell office:value-type="float" office:value="65.0"><text:p>65</text:p></table:covered-table-cell>')
assert s.count(old) == 1
parts['content.xml'] = s.replace(old, new)
with zipfile.ZipFile(p, 'w') as z:
    for n in names:  # mimetype first, stored
        z.writestr(n, parts[n], zipfile.ZIP_STORED if n == 'mimetype' else zipfile.ZIP_DEFLATED)
PY
