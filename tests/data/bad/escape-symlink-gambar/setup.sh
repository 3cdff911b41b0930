# {{gambar}} and a Markdown image naming a symbolic link to outside.
ln -s /etc/hostname contoh-2024/struktur.png
printf 'Struktur.\n\n{{gambar struktur.png alt="x"}}\n\nLagi ![x](struktur.png).\n' > contoh-2024/bab/10-pendahuluan.md
