# The cover's layout keys with wrong values: an unknown templat, a
# publication year out of range, an unknown key.
printf 'sampul:\n  templat: merah\n  tahun_terbit: 1999\n  warna: biru\n' >> contoh-2024/laporan.yaml
