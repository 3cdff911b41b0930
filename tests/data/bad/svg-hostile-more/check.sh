# Nothing active or external in any published SVG; the text stays.
r=out/contoh-2024
n=0
for f in $(find out -name '*.svg'); do
	n=$((n + 1))
	if grep -inE 'script|javascript|evil\.example|data:|<animate|<handler|<iframe|<a[ >]|stylesheet|<!DOCTYPE|ENTITY|href=" ' "$f"; then
		echo "$f kept something active or external"; exit 1
	fi
done
[ $n -ge 1 ] || { echo "no SVG published"; exit 1; }
grep -qF 'Bagan tetap' $r/gambar-1-1.svg || { echo "the SVG lost its text"; exit 1; }
# The logo is on the cover of the PDF (drawn from the sanitised copy).
pdfimages -list $r/contoh-2024.pdf >/dev/null || exit 1
