# A chapter of 5 GB (sparse, so it costs no disk): refused by its size
# before it is read (the limit of a text file is 4 MB; a 10 MB chapter
# took a gigabyte to lay out).
truncate -s 5G contoh-2024/bab/10-pendahuluan.md
