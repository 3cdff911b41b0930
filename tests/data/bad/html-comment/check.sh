# HTML comments in a chapter vanish from the page, the PDF and the export,
# inline or block; the text around them, and a comment written in code,
# stay. Other raw HTML is still shown as text (script-md).
html=out/contoh-2024/index.html
pdftotext out/contoh-2024/contoh-2024.pdf pdf.txt || exit 1
"$LKJIP_BIN" export content/contoh-2024 -o export.md || exit 1
for f in $html pdf.txt export.md; do
	if grep -n RAHASIA $f; then
		echo "a comment reached $f"; exit 1
	fi
	for w in terlihat. lanjut. "Kutipan tetap." satu "Sesudah komentar kosong." \
		"kode tetap terlihat"; do
		grep -qF "$w" $f || { echo "$f lacks \"$w\""; exit 1; }
	done
done
grep -qF '&lt;div&gt;&lt;/div&gt;' $html || { echo "<div> not shown as text"; exit 1; }
