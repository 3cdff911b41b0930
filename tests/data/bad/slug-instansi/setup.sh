# Two agencies whose names differ only in punctuation: one page name.
cp -R contoh-2024 contoh-2023
sed -i 's/tahun: 2024/tahun: 2023/; s/nama: Dinas Contoh/nama: "Dinas, Contoh"/' contoh-2023/laporan.yaml
