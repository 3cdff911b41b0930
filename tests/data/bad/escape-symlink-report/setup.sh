# A report folder that is a symbolic link: it used to be skipped without a
# word. Now the reason is given.
mv contoh-2024 ../contoh-luar
ln -s "$PWD/../contoh-luar" contoh-2024
