# An SVG figure and an SVG logo with an entity bomb ("billion laughs":
# 7 levels of 20 copies, 1.28 billion bytes expanded): refused by
# libxml2's amplification limit before it grows, at each reference.
{
printf '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">\n'
prev=a
for e in b c d e f g h; do
	printf '<!ENTITY %s "' $e
	i=0; while [ $i -lt 20 ]; do printf '&%s;' $prev; i=$((i + 1)); done
	printf '">\n'
	prev=$e
done
printf ']>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text>&h;</text></svg>\n'
} > contoh-2024/bom.svg
cp contoh-2024/bom.svg contoh-2024/logo.svg
sed -i 's/^instansi:$/instansi:\n  logo: logo.svg/' contoh-2024/laporan.yaml
printf 'Pendahuluan.\n\n{{gambar bom.svg alt="Bom"}}\n' > contoh-2024/bab/10-pendahuluan.md
