# PDF annexes a hostile or careless hand gives: no pages, a page of no
# height, locked with a password (qpdf, tools/deps.sh) are errors at
# their lines. Read as they come (no error): a broken xref table (poppler
# rebuilds it), a page box of 10^12 points and one of negative size
# (scaled to the page), a PDF with an owner password only (readable).
mkdir -p contoh-2024/lampiran
python3 "$LKJIP_SRC/tests/bad/tiny_pdf.py" contoh-2024/lampiran \
	nol:0 'datar:1:0 0 595 0' 'raksasa:1:0 0 1e12 1e12' \
	'negatif:1:0 0 -595 -842' xref:1::broken biasa:1
qpdf --encrypt user owner 256 -- contoh-2024/lampiran/biasa.pdf contoh-2024/lampiran/kunci.pdf
qpdf --encrypt "" owner 256 -- contoh-2024/lampiran/biasa.pdf contoh-2024/lampiran/pemilik.pdf
printf 'lampiran:\n' >> contoh-2024/laporan.yaml
for f in nol datar kunci raksasa negatif xref pemilik; do
	printf '  - judul: %s\n    berkas: lampiran/%s.pdf\n' $f $f >> contoh-2024/laporan.yaml
done
