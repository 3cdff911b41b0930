# A data file that is a symbolic link to a good file outside the content
# folder: read, it would be published under out/<report>/data/.
mv contoh-2024/kinerja.csv ../kinerja-luar.csv
ln -s "$PWD/../kinerja-luar.csv" contoh-2024/kinerja.csv
