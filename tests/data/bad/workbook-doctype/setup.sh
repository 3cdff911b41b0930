# sharedStrings.xml with a document type declaring an external entity
# (file:///etc/passwd) and an entity bomb: refused, nothing read or
# expanded.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
dtd = (b'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
       b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
       b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
s = parts['xl/sharedStrings.xml']
i = s.index(b'<sst')
s = s[:i] + dtd + s[i:]
s = s.replace(b'<si><t xml:space="preserve">kode</t></si>', b'<si><t xml:space="preserve">&xxe;&c;</t></si>', 1)
parts['xl/sharedStrings.xml'] = s
with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
PY
