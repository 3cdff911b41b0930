# A PNG whose header says 20000 x 20000 (8 uses took 67 s and 3,2 GB), a
# JPEG of 12000 x 100 and an SVG 50000 wide: refused from the header,
# before anything is decoded. The files are a few bytes.
printf '\211PNG\r\n\032\n\000\000\000\015IHDR\000\000\116\040\000\000\116\040\010\006\000\000\000' > contoh-2024/besar.png
printf '\377\330\377\300\000\021\010\000\144\056\340\003\001\042\000\002\021\001\003\021\001\377\331' > contoh-2024/lebar.jpg
printf '<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="10"/>\n' > contoh-2024/lebar.svg
printf 'Pendahuluan.\n\n{{gambar besar.png alt="x"}}\n\n{{gambar lebar.jpg alt="y"}}\n\n{{gambar lebar.svg alt="z"}}\n' > contoh-2024/bab/10-pendahuluan.md
