#!/bin/sh
# lkjip export --format markdown on the Magetan sample: the figures are
# filled in, computed tables are pipe tables under their caption, charts
# become caption + data table, and nothing of the directives is left.
set -eu
BIN=${LKJIP_BIN:-build-inc/lkjip}
T=$(mktemp -d /tmp/lkjip-export.XXXXXX)
trap 'rm -rf "$T"' EXIT
M=magetan-diskopukm-2024
fail() { echo "FAIL: $*" >&2; exit 1; }
NB=$(printf '\302\240')
"$BIN" export --format markdown content/$M -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
"$BIN" export $M >"$T/stdout.md" 2>/dev/null || fail "export by id to stdout"
cmp -s "$T/m.md" "$T/stdout.md" || fail "file and stdout differ"
has() { grep -qxF -- "$1" "$T/m.md" || fail "missing line: $1"; }
has "title: \"Laporan Kinerja Instansi Pemerintah Tahun 2024\""
has "# LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"
has "# KATA PENGANTAR"
has "# BAB III AKUNTABILITAS KINERJA"
has "**Tabel 3.2 Capaian Kinerja Tahun 2024**"
has "| No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Capaian (%) | Kategori |"
has "| --- | --- | --- | ---: | ---: | ---: | --- |"
has "| 1 | Meningkatnya Produktivitas Koperasi | Persentase Koperasi Sehat | 70${NB}% | 76${NB}% | 108,57${NB}% | Sangat Berhasil |"
has "**Gambar 3.1 Target dan Realisasi Kinerja Tahun 2024**"
# %, UM, an index and a score: the chart shows capaian against 100 %.
has "| Uraian | Target (100${NB}%) | Realisasi (capaian) |"
has "| Persentase Koperasi Sehat | 100,00${NB}% | 108,57${NB}% |"
has "| Uraian | Pagu | Realisasi | Serapan |"
# A figure bound into a sentence.
grep -q "capaian kinerja Dinas Koperasi Usaha Kecil dan Menengah tahun 2024 sebesar" "$T/m.md" || fail "sentence"
grep -q "^114,82${NB}% dengan predikat \*\*Sangat Berhasil\*\*" "$T/m.md" || fail "overall capaian in the text"
# No directive, no HTML, no unfilled value.
if grep -n '{{\|}}\|<table\|<div' "$T/m.md"; then fail "directive or HTML left"; fi
# A generated range takes an en dash; the word joiner that keeps it on one
# line of the page is not written into the text file.
has "## A. Rencana Strategis 2024$(printf '\342\200\223')2026"
if grep -q "$(printf '\342\201\240')" "$T/m.md"; then fail "word joiner left"; fi
# Every table row has as many cells as its header.
awk -F'|' '/^\|/ { if (!inrow) { n = NF; inrow = 1 } else if (NF != n) { print NR": "NF" vs "n; bad = 1 } next }
	{ inrow = 0 } END { exit bad }' "$T/m.md" || fail "ragged table"
# Deterministic.
"$BIN" export content/$M -o "$T/m2.md" 2>/dev/null
cmp -s "$T/m.md" "$T/m2.md" || fail "two exports differ"
# Bad usage and bad input.
set +e
"$BIN" export --format docx content/$M >/dev/null 2>&1; rc=$?
test $rc -eq 2 || fail "unknown format exited $rc"
"$BIN" export "$T/no-such-report" >/dev/null 2>&1; rc=$?
test $rc -eq 1 || fail "missing report exited $rc"
set -e
echo "export: ok"
