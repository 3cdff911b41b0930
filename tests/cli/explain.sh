#!/bin/sh
# lkjip explain (issue 12 item 8): a figure's derivation down to the cells.
# IKU1's 2024 capaian in the Magetan sample is realisasi 76 (kinerja.csv
# row 5, column realisasi) / target 70 (row 5, the revised PK target)
# x 100 = 108,571... %, shown 108,57 (the report truncates).
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
R=content/magetan-diskopukm-2024
T=$(mktemp -d /tmp/lkjip-explain.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
NB=$(printf '\302\240')

"$BIN" explain $R IKU1.capaian.2024 >"$T/out" 2>"$T/err" ||
	fail "explain: $(cat "$T/err")"
cat >"$T/want" <<END
IKU1.capaian.2024 = 108,57${NB}% (capaian, percent)
  formula: IKU1.realisasi.2024 ÷ IKU1.target.2024 × 100
  = Capaian = realisasi 76 ÷ target 70 × 100 = 108,57${NB}% · kinerja.csv baris 5, kolom realisasi; kinerja.csv baris 5, kolom target_pk_perubahan
  IKU1.realisasi.2024 = 76${NB}% (realisasi, index)
    cell: $R/kinerja.csv:5:6 (row 5, column realisasi)
  IKU1.target.2024 = 70${NB}% (target, index)
    cell: $R/kinerja.csv:5:5 (row 5, column target_pk_perubahan)
END
diff -u "$T/want" "$T/out" || fail "explain IKU1.capaian.2024"
[ ! -s "$T/err" ] || fail "explain wrote to stderr: $(cat "$T/err")"

# Without a key: every key with its value, one per line, tab-separated.
"$BIN" explain $R >"$T/list" || fail "explain (list)"
grep -qx "IKU1.capaian.2024	108,57${NB}%" "$T/list" || fail "list: IKU1"
grep -qx "laporan.capaian	114,82${NB}%" "$T/list" || fail "list: laporan"
grep -qx "anggaran.2.17.01.pagu	Rp${NB}3.297.585.325" "$T/list" ||
	fail "list: pagu"
n=$(wc -l <"$T/list")
[ "$n" -eq "$(sort -u "$T/list" | cut -f1 | sort -u | wc -l)" ] ||
	fail "list: a key twice"

# A report id under content/, as export takes it: the same.
"$BIN" explain magetan-diskopukm-2024 IKU1.capaian.2024 >"$T/id" ||
	fail "explain by report id"
"$BIN" explain $R IKU1.capaian.2024 | cmp -s - "$T/id" || fail "by id differs"
# Without a report: exit 2.
set +e
"$BIN" explain >/dev/null 2>"$T/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "no report: exit $rc"

# A mistyped key: exit 2, the nearest key suggested.
set +e
"$BIN" explain $R IKU1.capain.2024 >"$T/out" 2>"$T/err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "unknown key: exit $rc"
grep -q 'has no figure "IKU1.capain.2024"; did you mean "IKU1.capaian.2024"?' \
	"$T/err" || fail "unknown key: $(cat "$T/err")"
echo "explain: ok"
