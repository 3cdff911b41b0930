# Two governments whose names differ only in punctuation: one government
# page name (pemerintah/kabupaten-contoh.html), found before anything is
# written.
cp -R contoh-2024 lain-2024
sed -i 's/nama: Dinas Contoh/nama: Dinas Lain/; s/pemerintah: Kabupaten Contoh/pemerintah: "Kabupaten, Contoh"/' lain-2024/laporan.yaml
