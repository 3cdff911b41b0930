# A report's own skeleton with a typo'd key and a bad value deep inside:
# each diagnostic names its line and column in kerangka.yaml.
cp "$LKJIP_SRC/templates/kerangka.yaml" contoh-2024/kerangka.yaml
sed -i 's/^    judul: PERENCANAAN KINERJA$/    judull: PERENCANAAN KINERJA/; s/^    id: bab-4$/    id: bab-4\n    wajib: mungkin/' contoh-2024/kerangka.yaml
printf 'kerangka: kerangka.yaml\n' >> contoh-2024/laporan.yaml
