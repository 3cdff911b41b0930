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
echo "ok: sample reports"
