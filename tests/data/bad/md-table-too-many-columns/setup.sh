# A Markdown table of 201 columns, and a line of 70,000 "|" (cmark-gfm's
# table parser took 30 s on it): both refused, the line before parsing.
python3 -c "
n = 201
print('|' + '|'.join('k' for i in range(n)) + '|')
print('|' + '|'.join('-' for i in range(n)) + '|')
print('|' + '|'.join(str(i) for i in range(n)) + '|')" > contoh-2024/bab/40-penutup.md
python3 -c "print('|k' * 70000 + '|')" >> contoh-2024/bab/20-perencanaan.md
