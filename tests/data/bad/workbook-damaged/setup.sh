# data.xlsx cut short (an interrupted download): not a readable zip.
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 contoh-2024/data.xlsx >/dev/null
rm contoh-2024/*.csv
head -c 1500 contoh-2024/data.xlsx > x && mv x contoh-2024/data.xlsx
