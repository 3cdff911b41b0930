# Two tabel/ files whose names give the same published name.
mkdir -p contoh-2024/tabel
printf 'a,b\n1,2\n' > "contoh-2024/tabel/Data Dasar.csv"
printf 'a,b\n3,4\n' > contoh-2024/tabel/data-dasar.csv
