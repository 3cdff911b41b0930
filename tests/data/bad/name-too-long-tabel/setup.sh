# A tabel/ file whose 246-letter name fits the file system, but not once
# lkjip writes its copy (a temporary name first, then data/tabel/NAME.csv).
mkdir -p contoh-2024/tabel
printf 'a,b\n1,2\n' > "contoh-2024/tabel/$(printf 'b%.0s' $(seq 246)).csv"
