# A long agency name on a cover with the colour band and a publication
# year: its lines balanced (no word alone on a line), the year below.
sed -i 's/^  nama: Dinas Contoh$/  nama: Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Provinsi/' contoh-2024/laporan.yaml
printf 'sampul:\n  templat: pita\n  tahun_terbit: 2025\n' >> contoh-2024/laporan.yaml
