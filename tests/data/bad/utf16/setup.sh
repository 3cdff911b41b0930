# Excel "Unicode text": UTF-16LE with a BOM, tab-separated.
{ printf '\377\376'; tr ',' '\t' < contoh-2024/kinerja.csv | iconv -f UTF-8 -t UTF-16LE; } > k.tmp
mv k.tmp contoh-2024/kinerja.csv
