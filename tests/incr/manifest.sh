#!/bin/sh
# The manifest is a cache, never trusted over what is on disk: a line
# removed by hand (with the file it listed deleted) rebuilds the report;
# a report removed from the content has its pages removed from out/, and
# only the files lkjip wrote for it (not a file someone else put there,
# not the shared stylesheet).
set -eu
BIN=${LKJIP_BIN:-build-inc/lkjip}
T=$(mktemp -d /tmp/lkjip-manifest.XXXXXX)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fail() { echo "FAIL: $*" >&2; exit 1; }
build() { "$BIN" build "$@" >"$T/stdout" 2>"$T/stderr" || { cat "$T/stderr"; fail "build $*"; }; }
cp -R tests/data/bad/_base "$T/c"
cp -R "$T/c/contoh-2024" "$T/c/contoh-2023"
sed -i 's/tahun: 2024/tahun: 2023/' "$T/c/contoh-2023/laporan.yaml"
build "$T/c" -o "$T/o"
M=$T/o/.lkjip-manifest
grep -q "contoh-2024/contoh-2024.pdf$" "$M" || fail "PDF not in the manifest"
test -s "$T/o/instansi/dinas-contoh-kabupaten-contoh.html" || fail "no agency page"

# 1. A manifest line removed and its PDF deleted: the PDF comes back.
grep -v "contoh-2024/contoh-2024.pdf$" "$M" >"$T/m" && cp "$T/m" "$M"
rm "$T/o/contoh-2024/contoh-2024.pdf"
build "$T/c" -o "$T/o"
test -s "$T/o/contoh-2024/contoh-2024.pdf" || fail "deleted PDF not rebuilt: $(cat "$T/stderr")"
build "$T/c" -o "$T/o"
grep -q "0 of 2 reports rebuilt, 0 files changed" "$T/stderr" || fail "not settled: $(cat "$T/stderr")"

# 2. A report removed from the content: its files go, the rest stays
# (8: its page, PDF, figures snapshot, 3 CSV files, the page with row
# anchors of kinerja.csv, the one file its figures were read from, and its
# summary ringkasan.tsv).
echo "bukan dari lkjip" >"$T/o/contoh-2023/catatan.txt"
rm -r "$T/c/contoh-2023"
build "$T/c" -o "$T/o"
cat >"$T/want" <<EOW
lkjip: report contoh-2023 is no longer in the content: removed its 8 files from $T/o
lkjip: wrote 1 report to $T/o
lkjip: 0 of 1 report rebuilt with the site pages, 4 files changed
EOW
diff "$T/want" "$T/stderr" || fail "stderr of the build after removing a report"
(cd "$T/o" && find . | LC_ALL=C sort) >"$T/files"
cat >"$T/want" <<'EOW'
.
./.lkjip-manifest
./cari.js
./cari.json
./contoh-2023
./contoh-2023/catatan.txt
./contoh-2024
./contoh-2024/contoh-2024.pdf
./contoh-2024/data
./contoh-2024/data/anggaran.csv
./contoh-2024/data/indikator.csv
./contoh-2024/data/kinerja.csv
./contoh-2024/data/kinerja.html
./contoh-2024/index.html
./contoh-2024/perubahan-data.txt
./contoh-2024/ringkasan.tsv
./index.html
./instansi
./instansi/dinas-contoh-kabupaten-contoh.html
./lkjip.css
./pemerintah
./pemerintah/kabupaten-contoh.html
./sitemap.xml
EOW
diff "$T/want" "$T/files" || fail "files left after removing a report"
grep -q contoh-2023 "$T/o/index.html" && fail "index still links the removed report"
grep -q contoh-2023 "$M" && fail "manifest still lists the removed report"

# 3. Removed with --force too (the old manifest is read for this).
# (a year kinerja.csv has rows for: a chapter figure of a year without one is an error)
cp -R "$T/c/contoh-2024" "$T/c/contoh-2022"
sed -i "s/tahun: 2024/tahun: 2023/" "$T/c/contoh-2022/laporan.yaml"
build "$T/c" -o "$T/o"
rm -r "$T/c/contoh-2022"
build "$T/c" -o "$T/o" --force
grep -q "^lkjip: report contoh-2022 is no longer in the content" "$T/stderr" ||
	fail "--force: $(cat "$T/stderr")"
test ! -e "$T/o/contoh-2022" || fail "--force left contoh-2022"
# 4. A build that fails (a PDF that cannot be written) removes nothing,
# and the next one that succeeds removes the report and its index entry.
cp -R "$T/c/contoh-2024" "$T/c/contoh-2021"
sed -i "s/tahun: 2024/tahun: 2023/" "$T/c/contoh-2021/laporan.yaml"
build "$T/c" -o "$T/o"
rm -r "$T/c/contoh-2021"
rm "$T/o/contoh-2024/contoh-2024.pdf"
mkdir "$T/o/contoh-2024/contoh-2024.pdf"
rc=0
"$BIN" build "$T/c" -o "$T/o" >/dev/null 2>"$T/stderr" || rc=$?
[ "$rc" = 3 ] || fail "unwritable PDF: exit $rc: $(cat "$T/stderr")"
test -s "$T/o/contoh-2021/index.html" || fail "a failed build removed files"
rmdir "$T/o/contoh-2024/contoh-2024.pdf"
build "$T/c" -o "$T/o"
grep -q "^lkjip: report contoh-2021 is no longer in the content: removed its 8 files" \
	"$T/stderr" || fail "after a failed build: $(cat "$T/stderr")"
test ! -e "$T/o/contoh-2021" || fail "contoh-2021 left after a failed build"
grep -q contoh-2021 "$T/o/index.html" && fail "index still links contoh-2021"
echo "manifest: ok"
