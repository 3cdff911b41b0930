# Seventeen numbered chapters, each through laporan.yaml's bab: (the
# map once held at most 16 entries and dropped the rest silently).
{
	echo "bagian:"
	echo "  - jenis: sampul"
	for i in $(seq 1 17); do
		echo "  - { jenis: bab, id: bab-$i, judul: BAGIAN $i, berkas: bab/10-pendahuluan.md }"
	done
} > contoh-2024/kerangka.yaml
{
	echo "kerangka: kerangka.yaml"
	echo "bab:"
	for i in $(seq 1 17); do
		echo "  bab-$i: bab/bab-$i.md"
		printf 'Isi bab nomor %d.\n' "$i" > contoh-2024/bab/bab-$i.md
	done
} >> contoh-2024/laporan.yaml
# The base's chapters are not parts of this skeleton (they would be
# warned about as published nowhere).
rm contoh-2024/bab/0*.md contoh-2024/bab/[1-4]0-*.md
