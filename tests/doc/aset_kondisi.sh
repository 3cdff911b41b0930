#!/bin/sh
# Assets by units and condition (issue 13, item 14), on the small report
# of tests/data/bad/_base with aset_kondisi.csv:
#   Kendaraan roda dua  unit  baik 4, rusak ringan 1, rusak berat 2  = 7
#   Komputer            unit  baik 12, rusak ringan 3, rusak berat -  = 15
#                             (jumlah typed 16: a warning)
#   Jumlah                    16 + 4 + 2 = 22
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/aset_kondisi.csv" <<'CSV'
uraian,satuan,baik,rusak_ringan,rusak_berat,jumlah
Kendaraan roda dua,unit,4,1,2,7
Komputer,unit,12,3,-,16
CSV
printf '\n{{tabel aset-kondisi}}\n' >> "$R/bab/10-pendahuluan.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
sed "s|$R/||" "$T/err" > "$T/got"
printf 'aset_kondisi.csv:3:6: warning: column "jumlah": jumlah 16 is not baik + rusak_ringan + rusak_berat = 15\nlkjip: 0 errors, 1 warning\n' > "$T/want"
diff -u "$T/want" "$T/got" || fail "messages"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
for row in '| No | Jenis Barang | Satuan | Kondisi Baik | Kondisi Rusak Ringan | Kondisi Rusak Berat | Jumlah |' \
	'| 1 | Kendaraan roda dua | unit | 4 | 1 | 2 | 7 |' \
	'| 2 | Komputer | unit | 12 | 3 | - | 15 |' \
	'| Jumlah |  |  | 16 | 4 | 2 | 22 |'; do
	grep -qF "$row" "$T/m.md" || fail "export lacks $row
$(grep '^| ' "$T/m.md")"
done
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF 'Rusak Ringan' "$T/out/contoh-2024/index.html" || fail "HTML"
grep -qF '<a href="data/aset-kondisi.csv">aset-kondisi.csv</a> <span class="ket">Aset menurut kondisi (unit)' "$T/out/contoh-2024/index.html" || fail "HTML data link"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -q 'Kendaraan roda dua *unit *4 *1 *2 *7' "$T/p.txt" || fail "PDF row"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
echo "ok: assets by condition"
