# A FIFO named like an image, a folder named like one, an image path
# through a file: each refused, none blocks.
mkfifo contoh-2024/foto.png
mkdir contoh-2024/folder.png
printf 'Pendahuluan.\n\n{{gambar foto.png alt="x"}}\n\n{{gambar folder.png alt="x"}}\n\n{{gambar laporan.yaml/x.png alt="x"}}\n\n{{gambar tidak-ada.png alt="x"}}\n' > contoh-2024/bab/10-pendahuluan.md
