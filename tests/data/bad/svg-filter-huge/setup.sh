# An SVG of 9999 x 4000 (under the 40 megapixels of any image) whose rect
# is blurred: librsvg draws a filter pixel by pixel at the SVG's size, and
# the PDF took 40 s and 1 GB for it. Refused over 4 megapixels; the same
# blur on a 1900 x 1000 SVG (an organisation chart with shadows) passes.
f='<filter id="b"><feGaussianBlur stdDeviation="5"/></filter>'
printf '<svg xmlns="http://www.w3.org/2000/svg" width="9999" height="4000">%s<rect width="9999" height="4000" filter="url(#b)"/></svg>\n' "$f" > contoh-2024/kabur.svg
printf '<svg xmlns="http://www.w3.org/2000/svg" width="1900" height="1000">%s<rect width="1900" height="1000" filter="url(#b)"/></svg>\n' "$f" > contoh-2024/bagan.svg
printf 'Pendahuluan.\n\n{{gambar kabur.svg alt="Kabur"}}\n\n{{gambar bagan.svg alt="Bagan"}}\n' > contoh-2024/bab/10-pendahuluan.md
