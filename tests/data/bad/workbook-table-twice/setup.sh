# kinerja.csv and the sheet kinerja of data.xlsx: the same table twice.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/indikator.csv contoh-2024/anggaran.csv
