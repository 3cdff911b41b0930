# A 250-letter report folder: its PDF name (and the temporary file written
# first) would pass the 255-byte limit of a file name.
mv contoh-2024 "$(printf 'a%.0s' $(seq 250))"
