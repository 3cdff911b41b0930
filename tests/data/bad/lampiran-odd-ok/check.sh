# Each annex has its page, the last four of the PDF, under its title (from
# the second on "LAMPIRAN 2" over the title in capitals), and
# every page of the PDF is A4; each is published as its download.
pdf=out/contoh-2024/contoh-2024.pdf
n=$(pdfinfo $pdf | awk '/^Pages:/ {print $2}')
k=1
for t in raksasa negatif xref pemilik; do
	p=$((n - 4 + k))
	pdftotext -f $p -l $p $pdf - | tr '\n' ' ' | grep -qi "Lampiran $k $t" || {
		echo "page $p lacks Lampiran $k $t"; exit 1; }
	cmp -s content/contoh-2024/lampiran/$t.pdf out/contoh-2024/lampiran/$t.pdf || {
		echo "$t.pdf not published"; exit 1; }
	k=$((k + 1))
done
[ "$(pdfinfo -f 1 -l $n $pdf | grep -c 'size: *595.276 x 841.89 pts')" = "$n" ] || {
	echo "a page of the PDF is not A4"; exit 1; }
