# data.xlsx and data.ods in one report: which one holds the data?
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.ods >/dev/null
rm contoh-2024/*.csv
