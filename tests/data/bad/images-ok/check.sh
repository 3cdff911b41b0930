# The SVG is published without anything active or external; each image is
# published under the extension of its format; the Markdown image is found.
r=out/contoh-2024
for f in gambar-1-1.svg gambar-1-2.jpg gambar-1-3.png ok.png foto.jpg.png; do
	[ -f $r/$f ] || { echo "$f not published"; ls $r; exit 1; }
done
cmp -s content/contoh-2024/ok.png $r/ok.png || { echo "ok.png changed"; exit 1; }
if grep -iE 'script|onload|onclick|foreignObject|evil\.example|passwd|javascript|<style|<set|<image|ENTITY' $r/gambar-1-1.svg; then
	echo "the SVG kept something active or external"; exit 1
fi
grep -qF 'Struktur organisasi' $r/gambar-1-1.svg || { echo "the SVG lost its text"; exit 1; }
grep -qF 'fill="url(#g)"' $r/gambar-1-1.svg || { echo "the SVG lost an internal reference"; exit 1; }
grep -qF 'href="#g"' $r/gambar-1-1.svg || { echo "the SVG lost <use href=#g>"; exit 1; }
grep -qF '<img src="ok.png" alt="ok" />' $r/index.html || { echo "no <img> for ok.png"; exit 1; }
grep -qF '<img src="foto.jpg.png" alt="foto" />' $r/index.html || { echo "no <img> for foto.jpg"; exit 1; }
# A name with a space: the file keeps it, the src is its URL.
[ -f "$r/gambar/foto kantor.png" ] || { echo "foto kantor.png not published"; exit 1; }
[ "$(grep -cF '<img src="gambar/foto%20kantor.png"' $r/index.html)" = 2 ] || { echo "no <img> for foto kantor.png"; exit 1; }
[ ! -e $r/bagan.svg ] && [ ! -e $r/foto.jpg ] || { echo "published under the content's own name"; exit 1; }
