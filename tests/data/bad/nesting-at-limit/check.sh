# Every backend copes with the deepest tree the builder lets through
# (one level deeper is an error: deep-*-nesting).
html=out/contoh-2024/index.html
n=$(grep -o '<blockquote>' $html | wc -l)
[ "$n" = 16 ] || { echo "expected 16 nested quotes, found $n"; exit 1; }
n=$(grep -o '<ul>' $html | wc -l)
[ "$n" = 80 ] || { echo "expected 80 nested lists, found $n"; exit 1; }
grep -qF '<td>' $html || { echo "no table cell"; exit 1; }
pdftotext out/contoh-2024/contoh-2024.pdf - > pdf.txt || exit 1
# The words at the deepest levels too: the PDF stops indenting at 60 %
# of the text width, so nothing runs off the page.
for w in Pendahuluan Pemisah. sel tautan butir tabel:; do
	grep -qF "$w" pdf.txt || { echo "PDF lacks \"$w\""; exit 1; }
done
"$LKJIP_BIN" export content/contoh-2024 -o export.md || exit 1
grep -qF "tautan" export.md && grep -qF "108,57" export.md || { echo "export lacks the figure"; exit 1; }
