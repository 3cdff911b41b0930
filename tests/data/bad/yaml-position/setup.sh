# YAML diagnostics point at the place, not 1:1: a key given twice in
# site.yaml (and where it was first), a Latin-1 byte inside a nested value
# of laporan.yaml (libyaml reports only its byte offset).
printf 'judul: Portal Kedua\n' >> site.yaml
sed -i 's/^  pemerintah: Kabupaten Contoh$/  pemerintah: Kabupaten M\xf6ntoh/' contoh-2024/laporan.yaml
