# A table that is a symbolic link to a file outside the content folder.
mkdir -p contoh-2024/tabel
ln -s /etc/passwd contoh-2024/tabel/rahasia.csv
printf 'Perencanaan.\n\n{{tabel csv nama=rahasia}}\n' > contoh-2024/bab/20-perencanaan.md
