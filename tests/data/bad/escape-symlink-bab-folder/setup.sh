# The whole bab/ folder as a symbolic link to good chapters outside.
mv contoh-2024/bab ../bab-luar
ln -s "$PWD/../bab-luar" contoh-2024/bab
