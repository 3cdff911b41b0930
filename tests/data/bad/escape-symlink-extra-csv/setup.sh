# A CSV the loader does not read is still copied to the site's data/: a
# symbolic link there published /etc/passwd as data/catatan.csv.
ln -s /etc/passwd contoh-2024/catatan.csv
