# A chart keeps the skeleton's caption unless kolom= draws other columns
# or tahun= other years than a caption naming the reporting year: then
# its own title, which names them. Each chart is drawn for phones too.
r=out/contoh-2024
html=$r/index.html
c() { grep -qF "$1" $html || { echo "no caption \"$1\""; exit 1; }; }
c "Target dan Realisasi Kinerja Tahun 2024</"
c "Capaian Kinerja Tahun 2023"
c "Target dan Realisasi Kinerja Tahun 2023"
c "Serapan Anggaran Tahun 2024</"
# The panels: the capaian of 2023 is 65/60 = 108,33 %, but a panel shows
# the figures as typed: 60 and 65 in 2023, 70 and 76 in 2024.
grep -qF "Persentase koperasi sehat: 2023 target 60$(printf '\302\240')%, realisasi 65$(printf '\302\240')%; 2024 target 70$(printf '\302\240')%, realisasi 76$(printf '\302\240')%." $html ||
	{ echo "panel alt text"; exit 1; }
for f in gambar-3-1 gambar-3-2 gambar-3-3 gambar-3-4; do
	[ -f $r/$f.svg ] && [ -f $r/$f-ponsel.svg ] || { echo "$f not drawn"; ls $r; exit 1; }
done
