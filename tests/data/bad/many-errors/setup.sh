# 300 errors: the first 200 (in file order) are printed, then one line
# counting the rest; the summary still counts them all.
i=1
while [ $i -le 300 ]; do
	printf 'TIDAK%d,2024,70,76,\n' $i
	i=$((i + 1))
done >> contoh-2024/kinerja.csv
