# Values of the wrong shape in laporan.yaml: a list for a year, a decimal
# for a whole year, a mapping for a place, a section given as a scalar
# and a NIP written as a number (19 digits: read as the text typed, so
# kept). Each an error at its value.
sed -i 's/^  tahun: 2024$/  tahun: [2024]/; s/^  awal: 2024$/  awal: 2024.5/; s/^  tempat: Contoh$/  tempat: {kota: Contoh}/; s/^  nip: .*$/  nip: 197404281999012001/; s/^predikat:$/predikat: magetan\npredikat_lama:/' contoh-2024/laporan.yaml
