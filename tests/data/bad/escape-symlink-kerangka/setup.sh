# The chapter skeleton as a symbolic link to a good one outside.
cp "$LKJIP_SRC/templates/kerangka.yaml" ../kerangka-luar.yaml
ln -s "$PWD/../kerangka-luar.yaml" contoh-2024/kerangka.yaml
printf 'kerangka: kerangka.yaml\n' >> contoh-2024/laporan.yaml
