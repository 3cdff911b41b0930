# A PNG whose header is good and whose data is cut: an error of check
# and build alike, not a warning of the PDF alone.
printf '\211PNG\r\n\032\n\000\000\000\015IHDR\000\000\000\004\000\000\000\003\010\002\000\000\000\224\202\203\343\000\000\000\017IDAT' > contoh-2024/rusak.png
printf 'Pendahuluan.\n\n{{gambar rusak.png alt="x"}}\n' > contoh-2024/bab/10-pendahuluan.md
