# A Markdown image whose 250-byte name fits the content folder but not the
# temporary file lkjip writes first when it copies it to the site.
n=$(printf 'q%.0s' $(seq 246)).png
cp "$LKJIP_SRC/tests/data/pdf/logo.png" "contoh-2024/$n"
printf 'Pendahuluan.\n\n![Bagan](%s)\n' "$n" > contoh-2024/bab/10-pendahuluan.md
