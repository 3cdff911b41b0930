# Each annex is published as its own download, byte for byte, linked with
# its name escaped, in its LAMPIRAN section and in the download list; the Daftar Lampiran lists both, with the page numbers
# their pages carry; the PDF annex is drawn as vector (its text is text).
r=out/contoh-2024
cmp content/contoh-2024/lampiran/pk.pdf $r/lampiran/pk.pdf &&
	cmp "content/contoh-2024/lampiran/bagan & struktur.png" \
		"$r/lampiran/bagan & struktur.png" &&
	grep -qF 'href="lampiran/pk.pdf" download="">Unduh Lampiran 1 (PDF, 1 halaman, 39' $r/index.html &&
	grep -qF 'href="lampiran/bagan%20%26%20struktur.png" download="">Unduh Lampiran 2 (PNG, 1' $r/index.html &&
	grep -qF 'Perjanjian Kinerja &lt;Tahun 2024&gt;' $r/index.html &&
	grep -qF '<section class="daftar" id="daftar-lampiran">' $r/index.html &&
	grep -qF '<li><a href="lampiran/pk.pdf">Lampiran 1 Perjanjian Kinerja &lt;Tahun 2024&gt; (PDF, 39' $r/index.html &&
	grep -qF '<li><a href="lampiran/bagan%20%26%20struktur.png">Lampiran 2 Struktur Organisasi (PNG, 1' $r/index.html || exit 1
pdf=$r/contoh-2024.pdf
n=$(pdfinfo $pdf | awk '/^Pages:/ {print $2}')
# BAB IV ends on page 4; the first annex is on page 5, under the LAMPIRAN
# title (a part of annexes only), the second on 6 opening its page as a
# chapter does ("LAMPIRAN 2" over its title in capitals): the PDF's last
# two.
pdftotext -layout -f 3 -l 3 $pdf - | grep -q "Lampiran 1 Perjanjian Kinerja <Tahun 2024> \.* *5$" &&
	pdftotext -layout -f 3 -l 3 $pdf - | grep -q "Lampiran 2 Struktur Organisasi \.* *6$" &&
	pdftotext -f $((n - 1)) -l $((n - 1)) $pdf - | grep -q "PIHAK PERTAMA" &&
	pdftotext -f $n -l $n $pdf - | grep -qx "LAMPIRAN 2" &&
	pdftotext -f $n -l $n $pdf - | grep -qx "STRUKTUR ORGANISASI" &&
	pdftotext -f $n -l $n $pdf - | grep -qx "6" || {
	echo "lampiran-ok: $n pages"; pdftotext -layout $pdf - | grep -n Lampiran; exit 1; }
