# FIFOs named like a data file and like a CSV that is copied to data/:
# refused at once (opening a FIFO used to block for ever).
mkfifo contoh-2024/pegawai.csv contoh-2024/lain.csv
