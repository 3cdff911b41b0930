#!/bin/sh
# Staff as two-way tables (issue 13, item 13), on the small report of
# tests/data/bad/_base with pegawai.csv (6 staff by jabatan) and
# pegawai_rinci.csv:
#   IV/b  S2   laki-laki 1
#   III/a S1   laki-laki 1, perempuan 2
#   II/c  SMA  laki-laki 1, perempuan 1
# golongan x pendidikan: IV/b: S2 1 | III/a: S1 3 | II/c: SMA 2; totals
#   1 / 3 / 2 = 6
# jenis_kelamin x golongan: laki-laki 1 / 1 / 1 = 3; perempuan - / 2 / 1
#   = 3; totals 1 / 3 / 2 = 6
# and a total that is not pegawai.csv's is a warning.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
printf 'kelompok,uraian,laki_laki,perempuan\njabatan,Kepala Dinas,1,0\njabatan,Staf,2,3\n' > "$R/pegawai.csv"
cat > "$R/pegawai_rinci.csv" <<'CSV'
golongan,pendidikan,jenis_kelamin,jumlah
IV/b,S2,laki-laki,1
III/a,S1,laki-laki,1
III/a,S1,perempuan,2
II/c,SMA,laki-laki,1
II/c,SMA,perempuan,1
CSV
printf '\n{{tabel pegawai-silang baris=golongan kolom=pendidikan}}\n\n{{tabel pegawai-silang baris=jenis_kelamin kolom=golongan}}\n' >> "$R/bab/10-pendahuluan.md"
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
for row in '| No | Golongan | Pendidikan S2 | Pendidikan S1 | Pendidikan SMA | Jumlah |' \
	'| 1 | IV/b | 1 | - | - | 1 |' \
	'| 2 | III/a | - | 3 | - | 3 |' \
	'| 3 | II/c | - | - | 2 | 2 |' \
	'| Jumlah |  | 1 | 3 | 2 | 6 |' \
	'| No | Jenis Kelamin | Golongan IV/b | Golongan III/a | Golongan II/c | Jumlah |' \
	'| 1 | laki-laki | 1 | 1 | 1 | 3 |' \
	'| 2 | perempuan | - | 2 | 1 | 3 |'; do
	grep -qF "$row" "$T/m.md" || fail "export lacks $row
$(grep '^| ' "$T/m.md")"
done
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF 'Jumlah Pegawai menurut Golongan dan Pendidikan' "$T/out/contoh-2024/index.html" || fail "HTML"
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -q 'III/a *- *3 *- *3' "$T/p.txt" || fail "PDF row"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
sed -i 's/^II\/c,SMA,perempuan,1$/II\/c,SMA,perempuan,2/' "$R/pegawai_rinci.csv"
"$BIN" check "$R" 2>"$T/err" || fail "check 7: $(cat "$T/err")"
grep -q 'pegawai_rinci.csv:2: warning: pegawai_rinci.csv counts 7 staff, pegawai.csv 6 (by jabatan)' "$T/err" ||
	fail "total: $(cat "$T/err")"
rc=0
printf '\n{{tabel pegawai-silang baris=golongan kolom=usia}}\n' >> "$R/bab/10-pendahuluan.md"
"$BIN" check "$R" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "usia: exit $rc"
grep -q 'error: kolom=usia: pegawai_rinci.csv has no column usia' "$T/err" || fail "usia: $(cat "$T/err")"

# The sheet `lkjip new` writes has all seven attribute columns; a report
# fills three. A column empty in every row is as if absent (it was an
# error per empty cell, "jabatan is empty", 4 x 5 of them); one filled in
# some rows only is still an error at each empty cell.
cat > "$R/pegawai_rinci.csv" <<'CSV'
golongan,pendidikan,jabatan,jenis_kelamin,eselon,usia,status,jumlah
IV/b,S2,,laki-laki,,,,1
III/a,S1,,laki-laki,,,,1
III/a,S1,,perempuan,,,,2
II/c,SMA,,laki-laki,,,,1
II/c,SMA,,perempuan,,,,1
CSV
sed -i 's/ kolom=usia}}/ kolom=jenis_kelamin}}/' "$R/bab/10-pendahuluan.md"
"$BIN" check "$R" 2>"$T/err" || fail "seven columns: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "seven columns printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
grep -qF '| 2 | III/a | - | 3 | - | 3 |' "$T/m.md" || fail "seven columns: $(grep '^| ' "$T/m.md")"
sed -i '3s/^III\/a,S1,,/III\/a,S1,Staf,/' "$R/pegawai_rinci.csv"
rc=0
"$BIN" check "$R" 2>"$T/err" || rc=$?
[ $rc = 1 ] || fail "jabatan partly filled: exit $rc"
grep -qF 'pegawai_rinci.csv:2:3: error: column "jabatan": jabatan is empty' "$T/err" ||
	fail "jabatan partly filled: $(cat "$T/err")"
echo "ok: staff cross-tabs"
