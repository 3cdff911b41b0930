#!/bin/sh
# Generates a synthetic content folder of N reports (default 200) from the
# sample reports in content/: copy i of a sample gets its own government
# name ("Kabupaten Magetan 007") and its reporting-year realisations moved
# by -3..+3, so no two reports have the same figures.
# Usage: bench/synth.sh OUT_DIR [N] [CONTENT_DIR]
set -eu
out=$1
n=${2:-200}
src=${3:-content}
rm -rf "$out"
mkdir -p "$out"
cp "$src/site.yaml" "$out/"
set -- $(cd "$src" && for d in */; do [ -f "$d/laporan.yaml" ] && echo "${d%/}"; done)
[ $# -gt 0 ] || { echo "synth.sh: no report in $src" >&2; exit 1; }
i=0
while [ $i -lt "$n" ]; do
	for r in "$@"; do
		[ $i -lt "$n" ] || break
		id=$(printf '%s-%03d' "$r" "$i")
		cp -r "$src/$r" "$out/$id"
		num=$(printf '%03d' "$i")
		sed -i "s/^\(  pemerintah: .*\)$/\1 $num/" "$out/$id/laporan.yaml"
		year=$(sed -n 's/^  tahun: *\([0-9]*\).*/\1/p' "$out/$id/laporan.yaml" | head -1)
		# Realisasi (6th column) of the reporting year, where the row
		# starts with plain cells: a whole number moves by -3..+3.
		awk -v y="$year" -v d=$(( i % 7 - 3 )) 'BEGIN { FS = OFS = "," }
			$2 == y && $6 ~ /^[0-9]+$/ && index($1 $2 $3 $4 $5 $6, "\"") == 0 {
				v = $6 + d; if (v < 0) v = 0; $6 = v }
			{ print }' "$out/$id/kinerja.csv" >"$out/$id/kinerja.csv.new"
		mv "$out/$id/kinerja.csv.new" "$out/$id/kinerja.csv"
		i=$((i + 1))
	done
done
echo "synth.sh: $n reports in $out" >&2
