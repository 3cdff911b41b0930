# Sparse files of gigabytes (they cost no disk): a CSV table and a
# workbook. Each was read whole into memory before anything was checked
# (a 4 GB pegawai.csv ended in "out of memory", or took the machine's
# memory when no limit was set); now each is refused by its size before
# a byte is read. A text file's limit is 4 MB, a workbook's 64 MiB.
truncate -s 4G contoh-2024/pegawai.csv
truncate -s 65M contoh-2024/data.xlsx
