# An SVG figure and an SVG logo with what images-ok does not try: a
# "JaVaScRiPt:" link, one written "&#106;avascript:", one with a leading
# blank, a data: image, an external filter and feImage, <animate> setting
# an href, <handler>, a script in a namespace prefix, an xml-stylesheet
# processing instruction, an external parameter entity (network) and an
# <iframe>. Published without anything active or external.
cat > contoh-2024/a.svg <<'SVG'
<?xml version="1.0"?>
<?xml-stylesheet href="https://evil.example/g.css"?>
<!DOCTYPE svg [
<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd">
%ext;
]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50">
<a xlink:href="JaVaScRiPt:alert(1)"><text>x</text></a>
<a href="&#106;avascript:alert(1)"><text>y</text></a>
<a href=" javascript:alert(1)"><text>z</text></a>
<image href="data:text/html;base64,PHNjcmlwdD4="/>
<rect width="1" height="1" style="background-image:url('https://evil.example/a');fill:red"/>
<rect width="1" height="1" fill="url( 'https://evil.example/c' )"/>
<rect width="1" height="1" filter="url(https://evil.example/d#f)"/>
<filter id="f"><feImage href="https://evil.example/e"/></filter>
<animate attributeName="href" values="javascript:alert(1)"/>
<handler type="text/javascript">alert(1)</handler>
<iframe src="https://evil.example/f"/>
<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(7)</svg:script>
<text x="1" y="40">Bagan tetap</text>
</svg>
SVG
cp contoh-2024/a.svg contoh-2024/logo.svg
sed -i 's/^instansi:$/instansi:\n  logo: logo.svg/' contoh-2024/laporan.yaml
printf 'Pendahuluan.\n\n{{gambar a.svg alt="Bagan"}}\n' > contoh-2024/bab/10-pendahuluan.md
