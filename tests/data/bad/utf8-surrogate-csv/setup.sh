# A UTF-16 surrogate (U+D800) encoded as UTF-8 (ED A0 80), as a broken
# converter writes it: strict UTF-8 refuses it (Pango would at build).
s=$(printf '\355\240\200')
sed -i "s/koperasi sehat,,,/koperasi $s sehat,,,/" contoh-2024/indikator.csv
grep -q "$s" contoh-2024/indikator.csv
