#!/bin/sh
# Page-level checks of the PDF of the synthetic report (tests/pdf/synth.h):
# qpdf --check; same bytes twice; every daftar isi/tabel/gambar entry shows
# the number printed on the page where its heading or caption lands; the
# 12-column table sits on a landscape page; the 60-row table continues with
# "(lanjutan)" and its header repeated; every list entry is a link to the
# right page (pdf_links.py). Page images for review go to
# tests/artifacts/pdf/ (git-ignored).
set -eu
BIN=${LKJIP_BUILD_DIR:?}/test_pdf
OUT=tests/artifacts/pdf
mkdir -p "$OUT"
PDF=$OUT/synthetic.pdf
fail() { echo "FAIL: $*" >&2; exit 1; }

SOURCE_DATE_EPOCH=1739491200 "$BIN" render "$PDF"
SOURCE_DATE_EPOCH=1739491200 "$BIN" render "$OUT/again.pdf"
cmp "$PDF" "$OUT/again.pdf" || fail "two renders differ"
qpdf --check "$PDF" >/dev/null || fail "qpdf --check"

pages=$(pdfinfo "$PDF" | awk '/^Pages:/ {print $2}')
[ "$pages" -ge 15 ] || fail "only $pages pages"
i=1
while [ "$i" -le "$pages" ]; do
	pdftotext -layout -f "$i" -l "$i" "$PDF" - |
	    sed 's/[[:space:]][[:space:]]*/ /g; s/^ //; s/ $//' >"$OUT/p$i.txt"
	i=$((i + 1))
done

# The number printed in a page's footer: its last non-empty line.
label() { grep -v '^$' "$OUT/p$1.txt" | tail -n 1; }
# First page holding a line equal to $1; not a list-of-contents page
# unless $1 is the title of one.
page_of() {
	i=1
	while [ "$i" -le "$pages" ]; do
		if { case "$1" in DAFTAR\ *) true ;; *) false ;; esac ||
		    ! grep -q '\.\.\.\.\.\.' "$OUT/p$i.txt"; } &&
		    grep -qxF "$1" "$OUT/p$i.txt"; then
			echo "$i"
			return
		fi
		i=$((i + 1))
	done
}

checked=0
for toc in "DAFTAR ISI" "DAFTAR TABEL" "DAFTAR GAMBAR"; do
	tp=$(grep -lxF "$toc" "$OUT"/p*.txt | head -n 1)
	[ -n "$tp" ] || fail "no page titled $toc"
	# Entry lines: "text ........ number".
	grep '\.\.\.\.\.\.' "$tp" | sed 's/ *\.\.\.*\.* */|/' >"$OUT/entries.txt"
	[ -s "$OUT/entries.txt" ] || fail "$toc has no entries"
	while IFS='|' read -r text num; do
		# A chapter's entry "BAB I PENDAHULUAN" is set as two lines
		# on its opening page: look for the title.
		case "$text" in
		BAB\ *|LAMPIRAN\ *) look=$(echo "$text" | cut -d' ' -f3-) ;;
		*) look=$text ;;
		esac
		pg=$(page_of "$look")
		[ -n "$pg" ] || fail "$toc: \"$look\" found on no page"
		[ "$(label "$pg")" = "$num" ] ||
		    fail "$toc: \"$text\" listed on $num, lands on $(label "$pg") (page $pg)"
		checked=$((checked + 1))
	done <"$OUT/entries.txt"
done
[ "$checked" -ge 20 ] || fail "only $checked entries checked"

# Landscape page for the 12-column table.
lp=$(page_of "Tabel 2.1 Target dan Realisasi Indikator Kinerja per Triwulan")
[ -n "$lp" ] || fail "Tabel 2.1 not found"
pdfinfo -f "$lp" -l "$lp" "$PDF" | grep -q "size: *841.89 x 595.276" ||
    fail "Tabel 2.1 (page $lp) is not on a landscape page"
pdfinfo -f 1 -l 1 "$PDF" | grep -q "size: *595.276 x 841.89" ||
    fail "page 1 is not A4 portrait"
# The page after the landscape table is portrait again.
pdfinfo -f $((lp + 1)) -l $((lp + 1)) "$PDF" | grep -q "595.276 x 841.89" ||
    fail "page after the landscape table is not portrait"

# The long table: first part, then continuation pages with the header.
sp=$(page_of "Tabel 3.2 Realisasi Anggaran per Sub Kegiatan")
[ -n "$sp" ] || fail "Tabel 3.2 not found"
grep -q "Uraian Sub Kegiatan Pagu (Rp)" "$OUT/p$sp.txt" || fail "Tabel 3.2 header missing"
cont=$(grep -lxF "Tabel 3.2 (lanjutan)" "$OUT"/p*.txt | wc -l)
[ "$cont" -ge 1 ] || fail "no Tabel 3.2 (lanjutan)"
grep -qxF "Tabel 3.2 (lanjutan)" "$OUT/p$((sp + 1)).txt" ||
    fail "page after Tabel 3.2 does not continue it"
for f in $(grep -lxF "Tabel 3.2 (lanjutan)" "$OUT"/p*.txt); do
	grep -q "Uraian Sub Kegiatan Pagu (Rp)" "$f" || fail "$f: header not repeated"
done
grep -q "^60 Sub kegiatan nomor 60" "$OUT"/p*.txt ||
    fail "row 60 missing"

# Clickable lists, cross-references and web links (qpdf --json, poppler).
python3 tests/pdf/pdf_links.py "$PDF" --min-toc 20 --min-xref 2 \
    --uri https://diskopukm.magetan.go.id/lkjip || fail "links"

# Images to look at.
cp_png() {
	pdftoppm -png -r 60 -f "$1" -l "$1" -singlefile "$PDF" "$OUT/$2"
}
cp_png 1 cover
cp_png "$(grep -lxF 'DAFTAR ISI' "$OUT"/p*.txt | head -n 1 |
    sed 's/.*p\([0-9]*\)\.txt/\1/')" toc
cp_png "$lp" landscape
cp_png "$sp" table-split-1
cp_png $((sp + 1)) table-split-2
cp_png "$(page_of 'Gambar 3.1 Perkembangan Persentase Koperasi Sehat 2020-2024')" chart
echo "ok: $pages pages, $checked list entries checked"
