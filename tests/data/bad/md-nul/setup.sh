# A NUL in a chapter (cmark showed it as U+FFFD): an error at its column.
printf 'Teks\n\nab\303\251c\000tersembunyi {{tahun}}\n' > contoh-2024/bab/10-pendahuluan.md
