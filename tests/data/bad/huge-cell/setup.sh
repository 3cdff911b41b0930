# A 10 MB cell (a pasted blob) in a number column.
{ printf 'indikator,tahun,target,realisasi,keterangan\nIKU1,2023,60,'; head -c 10485760 /dev/zero | tr '\0' '7'; printf ',\nIKU1,2024,70,76,\n'; } > contoh-2024/kinerja.csv
