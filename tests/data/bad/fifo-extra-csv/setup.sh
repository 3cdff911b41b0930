# A FIFO named like a CSV: check passed, build hung copying it.
mkfifo contoh-2024/catatan.csv
