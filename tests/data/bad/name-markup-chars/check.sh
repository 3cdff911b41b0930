# Published byte for byte under the names typed; the page holds them
# %-encoded in URLs and escaped in text, never as markup.
r=out/contoh-2024
cmp -s 'content/contoh-2024/a"<b>&x.png' "$r/a\"<b>&x.png" || { ls "$r"; echo "image not published under its name"; exit 1; }
cmp -s "content/contoh-2024/lampiran/<i>'q'.png" "$r/lampiran/<i>'q'.png" || { ls "$r/lampiran"; echo "annex not published under its name"; exit 1; }
grep -qF '<img src="a%22%3Cb%3E%26x.png" alt="bagan &lt;b&gt;" />' $r/index.html || { grep -n 'img' $r/index.html; echo "no escaped <img>"; exit 1; }
grep -qF 'href="lampiran/%3Ci%3E%27q%27.png"' $r/index.html || { grep -n 'lampiran/' $r/index.html; echo "annex link not encoded"; exit 1; }
if grep -nE '<b>|<i>' $r/index.html; then echo "a name reached the page as markup"; exit 1; fi
xmllint --noout $r/index.html || exit 1
