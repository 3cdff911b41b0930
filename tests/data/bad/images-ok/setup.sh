# Good images, each by its bytes: a PNG, a JPEG named .jpeg, a PNG named
# .jpg, and a hostile SVG (script, event handlers, foreignObject, external
# references, an external entity) that is published sanitised. The
# Markdown image's path used to be joined to the report folder twice.
b64png='iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgYPiPhHBxAN1JC/U39qNPAAAAAElFTkSuQmCC'
printf '%s' "$b64png" | base64 -d > contoh-2024/ok.png
cp contoh-2024/ok.png contoh-2024/foto.jpg
mkdir contoh-2024/gambar
cp contoh-2024/ok.png "contoh-2024/gambar/foto kantor.png"
# An 8x8 grey baseline JPEG: one DC and one EOB code.
printf '\377\330\377\333\000\103\000' > contoh-2024/abu.jpeg
i=0; while [ $i -lt 64 ]; do printf '\001' >> contoh-2024/abu.jpeg; i=$((i + 1)); done
printf '\377\300\000\013\010\000\010\000\010\001\001\021\000' >> contoh-2024/abu.jpeg
printf '\377\304\000\024\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >> contoh-2024/abu.jpeg
printf '\377\304\000\024\020\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >> contoh-2024/abu.jpeg
printf '\377\332\000\010\001\001\000\000\077\000\077\377\331' >> contoh-2024/abu.jpeg
cat > contoh-2024/bagan.svg <<'SVG'
<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" onload="alert(1)">
<script>alert(2)</script>
<style>rect { fill: url(https://evil.example/css) }</style>
<linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>
<rect width="100" height="50" fill="url(#g)" onclick="alert(3)"/>
<rect width="10" height="5" style="fill:url(https://evil.example/x)"/>
<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><script>alert(4)</script></body></foreignObject>
<a href="javascript:alert(5)"><text x="1" y="20">&x;</text></a>
<use xlink:href="https://evil.example/s.svg#a"/>
<use href="#g"/>
<image href="https://evil.example/track.png"/>
<set attributeName="href" to="javascript:alert(6)"/>
<text x="1" y="40">Struktur organisasi</text>
</svg>
SVG
printf 'Pendahuluan.\n\n{{gambar bagan.svg alt="Bagan"}}\n\n{{gambar abu.jpeg alt="Abu"}}\n\n{{gambar foto.jpg alt="Foto"}}\n\nLogo ![ok](ok.png) dan ![foto](foto.jpg).\n\n![kantor](<gambar/foto kantor.png>)\n\n![lagi](gambar/foto%%20kantor.png)\n' > contoh-2024/bab/10-pendahuluan.md
