# A folder of the report that is a symbolic link to /etc: only the last
# component used to be checked, and {{gambar sistem/passwd}} published
# /etc/passwd.
ln -s /etc contoh-2024/sistem
printf 'Pendahuluan.\n\n{{gambar sistem/passwd alt="x"}}\n\nLagi ![x](sistem/hostname).\n' > contoh-2024/bab/10-pendahuluan.md
