# '<', '&' and quotes from CSV cells, laporan.yaml and site.yaml reach the
# HTML escaped, and the PDF as the literal text (no Pango markup).
html=out/contoh-2024/index.html
for s in 'Meningkatnya koperasi &lt;b&gt;sehat&lt;/b&gt; &amp; mandiri' \
	'Koperasi "sehat" &lt;script&gt;alert('"'"'s'"'"')&lt;/script&gt;' \
	'Persentase koperasi sehat &amp; aktif &lt;img src=x onerror=alert(1)&gt;' \
	"70$(printf '\302\240')% &lt;i&gt;" \
	'Contoh &amp; &lt;b&gt;Kota&lt;/b&gt;, 14 Februari 2025' \
	'Dinas &lt;script&gt;alert('"'"'y'"'"')&lt;/script&gt; &amp; Co'; do
	grep -qF "$s" $html || { echo "not found escaped in $html: $s"; exit 1; }
done
grep -qF '<h1>Portal &lt;script&gt;alert(&quot;site&quot;)&lt;/script&gt; &amp; Uji</h1>' out/index.html || { echo "site title not escaped"; exit 1; }
grep -qF '/a&amp;b/' out/sitemap.xml || { echo "url_dasar not escaped in sitemap.xml"; exit 1; }
# The one script of the site is the index's own search (cari.js).
own='<script src="cari.js" defer="defer"></script>'
if grep -rniE '<script|<img|<b>|<i>' out --include='*.html' --include='*.xml' | grep -vF "$own" | grep -q .; then
	echo "content reached the HTML as markup:"
	grep -rniE '<script|<img|<b>|<i>' out --include='*.html' --include='*.xml' | grep -vF "$own"
	exit 1
fi
# The search index carries the same text as JSON, '<' escaped.
if grep -q '<' out/cari.json; then echo "a '<' in cari.json"; exit 1; fi
# The pages are well-formed XML (xmllint --html accepts anything).
for f in out/index.html out/contoh-2024/index.html; do
	xmllint --noout "$f" || { echo "$f does not parse"; exit 1; }
done
xmllint --noout out/sitemap.xml || exit 1
pdftotext out/contoh-2024/contoh-2024.pdf - | grep -qF "Dinas <script>alert('y')</script> & Co" || { echo "PDF lost the literal text"; exit 1; }
