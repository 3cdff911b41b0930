# A zip whose headers say sheet kinerja is 100 bytes while it inflates to
# 5 MB: reading stops at the declared size plus one byte.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
python3 - contoh-2024/data.xlsx <<'PY'
import struct, sys, zipfile
p = sys.argv[1]
z = zipfile.ZipFile(p)
parts = {n: z.read(n) for n in z.namelist()}
z.close()
target = 'xl/worksheets/sheet3.xml'
parts[target] = parts[target].replace(b'<sheetData>', b'<sheetData>' + b' ' * (5 << 20))
with zipfile.ZipFile(p, 'w', zipfile.ZIP_STORED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
# Patch the uncompressed size (stored: also the compressed size would
# have to match, so deflate is not needed) in both headers to 100.
data = bytearray(open(p, 'rb').read())
name = target.encode()
off = 0
while True:
    off = data.find(b'PK\x03\x04', off)
    if off < 0:
        break
    nlen = struct.unpack_from('<H', data, off + 26)[0]
    if bytes(data[off + 30:off + 30 + nlen]) == name:
        struct.pack_into('<I', data, off + 22, 100)
    off += 4
off = 0
while True:
    off = data.find(b'PK\x01\x02', off)
    if off < 0:
        break
    nlen = struct.unpack_from('<H', data, off + 28)[0]
    if bytes(data[off + 46:off + 46 + nlen]) == name:
        struct.pack_into('<I', data, off + 24, 100)
    off += 4
open(p, 'wb').write(bytes(data))
PY
