# {{gambar}} of an HTML file with script, by its name and named .png, and
# a Markdown image of a text file: not images, whatever the name says.
printf '<html><body><script>alert(1)</script></body></html>\n' > contoh-2024/x.html
cp contoh-2024/x.html contoh-2024/y.png
printf 'just text\n' > contoh-2024/z.jpg
printf 'Pendahuluan.\n\n{{gambar x.html alt="x"}}\n\n{{gambar y.png alt="y"}}\n\nLagi ![z](z.jpg).\n' > contoh-2024/bab/10-pendahuluan.md
