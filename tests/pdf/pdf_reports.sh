#!/bin/sh
# The PDFs of the two sample reports in content/: qpdf --check clean, the
# same bytes twice, every daftar isi/tabel/gambar entry a link to the page
# it names and every cross-reference a link to its table or figure
# (pdf_links.py).
set -eu
BIN=${LKJIP_BUILD_DIR:?}/test_pdf
OUT=tests/artifacts/pdf
mkdir -p "$OUT"
fail() { echo "FAIL: $*" >&2; exit 1; }
for r in magetan-diskopukm-2024 jombang-diskopum-2024; do
	PDF=$OUT/$r.pdf
	SOURCE_DATE_EPOCH=1739491200 "$BIN" report "content/$r" "$PDF" ||
	    fail "$r: render"
	SOURCE_DATE_EPOCH=1739491200 "$BIN" report "content/$r" "$OUT/again.pdf"
	cmp "$PDF" "$OUT/again.pdf" || fail "$r: two renders differ"
	qpdf --check "$PDF" >/dev/null || fail "$r: qpdf --check"
	python3 tests/pdf/pdf_links.py "$PDF" --min-toc 50 --min-xref 15 ||
	    fail "$r: links"
done
# Magetan's Lampiran 1 opens a page of its own: a division opening as a
# chapter's, its first line "LAMPIRAN 1", no running head above it.
PDF=$OUT/magetan-diskopukm-2024.pdf
pdftotext -layout "$PDF" - | awk 'BEGIN { RS = "\f" }
	{ n = split($0, l, "\n"); for (i = 1; i <= n; i++) if (l[i] ~ /[^ ]/)
		break; if (l[i] ~ /^ *LAMPIRAN 1 *$/) found = 1 }
	END { exit !found }' ||
    fail "magetan: no page opens with LAMPIRAN 1 without a running head"

echo "ok: sample reports"
