# A NUL byte inside a cell (row 3, column 4) is located.
printf 'indikator,tahun,target,realisasi,keterangan\nIKU1,2023,60,"6\n5",\nIKU1,2024,70,7\0006,\n' > contoh-2024/kinerja.csv
