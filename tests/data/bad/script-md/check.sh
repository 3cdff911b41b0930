# Raw HTML in a chapter is shown as text; dangerous link targets are dropped.
html=out/contoh-2024/index.html
grep -qF '<p>Pendahuluan &lt;script&gt;alert("md")&lt;/script&gt; dengan teks.</p>' $html || { echo "inline <script> not shown as text"; exit 1; }
grep -qF '&lt;script&gt;alert("blok")&lt;/script&gt;' $html || { echo "block <script> not shown as text"; exit 1; }
grep -qF '&lt;img src=x onerror=alert(1)&gt;' $html || { echo "raw <img> not shown as text"; exit 1; }
# The one script of the site is the index's own search (cari.js).
own='<script src="cari.js" defer="defer"></script>'
if grep -rniE '<script|<img[^>]*onerror|href="(javascript|vbscript|data):' out --include='*.html' --include='*.xml' | grep -vF "$own" | grep -q .; then
	echo "content reached the HTML as markup:"
	grep -rniE '<script|<img[^>]*onerror|href="(javascript|vbscript|data):' out --include='*.html' --include='*.xml' | grep -vF "$own"
	exit 1
fi
# The search index carries the same text as JSON, '<' escaped.
if grep -q '<' out/cari.json; then echo "a '<' in cari.json"; exit 1; fi
