# F4 90 80 80 would be U+110000, above the last code point.
s=$(printf '\364\220\200\200')
sed -i "s/nama: Dinas Contoh/nama: Dinas $s Contoh/" contoh-2024/laporan.yaml
grep -q "$s" contoh-2024/laporan.yaml
