# A plain table of 100,000 columns (the PDF ran for minutes): refused at the
# header's first column past the limit.
mkdir -p contoh-2024/tabel
python3 -c "
n = 100000
print(','.join('k%d' % i for i in range(n)))
print(','.join(str(i) for i in range(n)))" > contoh-2024/tabel/lebar.csv
printf '\n\n{{tabel csv nama=lebar}}\n' >> contoh-2024/bab/30-akuntabilitas.md
