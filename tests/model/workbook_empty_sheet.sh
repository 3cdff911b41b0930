#!/bin/sh
# An empty sheet (no cell filled) holds no table: LibreOffice's default
# second sheet ("Lembar2"), or the sheet anggaran cleared to keep the
# table as anggaran.csv, is left out with a note, in .xlsx and .ods alike;
# the report builds from the other sheets and the CSV file (it was "the
# sheet has no header row", an error that stopped the build).
set -eu
. tests/common.sh
for ext in xlsx ods; do
	rm -rf "$T/stage" "$T/c"
	mkdir -p "$T/stage" "$T/c"
	cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
	cp "$T/c/contoh-2024/indikator.csv" "$T/c/contoh-2024/kinerja.csv" \
		"$T/stage/"
	: > "$T/stage/anggaran.csv"
	: > "$T/stage/Lembar2.csv"
	python3 tests/model/csv2workbook.py "$T/stage" \
		"$T/c/contoh-2024/data.$ext" >/dev/null
	rm "$T/c/contoh-2024/indikator.csv" "$T/c/contoh-2024/kinerja.csv"
	"$BIN" check "$T/c/contoh-2024" 2>"$T/err" ||
		fail "$ext: check failed: $(cat "$T/err")"
	cat >"$T/want" <<W
$T/c/contoh-2024/data.$ext: sheet Lembar2: note: the sheet is empty: lkjip ignores it
$T/c/contoh-2024/data.$ext: sheet anggaran: note: the sheet is empty: lkjip ignores it
W
	diff "$T/want" "$T/err" >&2 || fail "$ext: check said other things"
	# The budget is anggaran.csv's: 27.700.000 of 28.000.000.
	"$BIN" explain "$T/c/contoh-2024" laporan.serapan | sed "s/$N/ /g" \
		> "$T/x"
	grep -qF "laporan.serapan = 98,93 %" "$T/x" ||
		fail "$ext: anggaran.csv not read: $(head -2 "$T/x")"
done
echo "ok: empty sheets are left out"
