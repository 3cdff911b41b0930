# data.xlsx as a symbolic link to a file outside the content folder: not
# followed (the workbook would be published under data/).
python3 "$LKJIP_SRC/tests/model/csv2workbook.py" contoh-2024 "$PWD/../outside.xlsx" >/dev/null
ln -s ../../outside.xlsx contoh-2024/data.xlsx
