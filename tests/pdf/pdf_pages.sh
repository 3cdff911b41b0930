#!/bin/sh
# Page breaking and hyphenation rules (pdf_pages.py) on a document made to
# break pages badly (tests/pdf/pages.h): headings at page feet, short and
# long tables, a landscape table in the middle of text, signatures.
set -eu
BIN=${LKJIP_BUILD_DIR:?}/test_pdf
OUT=tests/artifacts/pdf
mkdir -p "$OUT"
PDF=$OUT/pages.pdf
fail() { echo "FAIL: $*" >&2; exit 1; }
SOURCE_DATE_EPOCH=1739491200 "$BIN" pages "$PDF" || fail "render"
qpdf --check "$PDF" >/dev/null || fail "qpdf --check"
python3 tests/pdf/pdf_pages.py "$PDF"
