# tabel/ as a symbolic link to a folder outside holding a good table.
mkdir ../tabel-luar
printf 'a,b\n1,2\n' > ../tabel-luar/luar.csv
ln -s "$PWD/../tabel-luar" contoh-2024/tabel
printf 'Perencanaan.\n\n{{tabel csv nama=luar}}\n' > contoh-2024/bab/20-perencanaan.md
