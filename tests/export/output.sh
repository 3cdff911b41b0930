#!/bin/sh
# Where output goes: export -o refuses what it must not replace (a device,
# a FIFO, a symbolic link, a folder, a file of the report), with exit 2 and
# the target untouched; a standard output that cannot be written (a full
# disk: /dev/full) is exit 3 with a message, for every command that writes
# to it; build -o refuses a folder inside the content folder, or one whose
# report or instansi/ folder holds the content (exit 2); a
# malformed SOURCE_DATE_EPOCH is exit 2.
set -eu
BIN=${LKJIP_BIN:-build-inc/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-output.XXXXXX)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cp -R tests/data/bad/_base "$T/c"
R=$T/c/contoh-2024

# expect RC STDERR -- command...: exit code and exact stderr.
expect() {
	want_rc=$1 want_err=$2
	shift 2
	rc=0
	"$@" >"$T/out" 2>"$T/err" || rc=$?
	[ "$rc" = "$want_rc" ] || fail "$*: exit $rc, want $want_rc: $(cat "$T/err")"
	if [ -z "$want_err" ]; then
		[ ! -s "$T/err" ] || fail "$*: stderr was: $(cat "$T/err")"
		return 0
	fi
	printf '%s\n' "$want_err" | cmp -s - "$T/err" ||
		fail "$*: stderr was: $(cat "$T/err"), want: $want_err"
}

refused() { # TARGET WHY
	expect 2 "lkjip: export -o $1: the output $2; refusing to write there (give another file, or - for standard output)" \
		"$BIN" export "$R" -o "$1"
}

mkfifo "$T/fifo"
ln -s "$R/laporan.yaml" "$T/link"
cp "$R/laporan.yaml" "$T/laporan.before"
refused /dev/null "is a device"
refused "$T/fifo" "is a FIFO"
refused "$T/link" "is a symbolic link"
refused "$T" "is a folder"
refused "$R/laporan.yaml" "is inside the report folder (an input of the report)"
refused "$R/bab/99-baru.md" "is inside the report folder (an input of the report)"
refused "$R/../contoh-2024/indikator.csv" "is inside the report folder (an input of the report)"
test -p "$T/fifo" || fail "the FIFO was replaced"
test -L "$T/link" || fail "the symbolic link was replaced"
test -c /dev/null || fail "/dev/null was replaced"
cmp -s "$T/laporan.before" "$R/laporan.yaml" || fail "laporan.yaml changed"
test ! -e "$R/bab/99-baru.md" || fail "a chapter was written"

# A new file, and one written before, are fine.
expect 0 "" "$BIN" export "$R" -o "$T/laporan.md"
test -s "$T/laporan.md" || fail "export -o wrote nothing"
expect 0 "" "$BIN" export "$R" -o "$T/laporan.md"

# build -o inside the content folder, however it is spelled.
for o in "$T/c" "$T/c/keluaran" "$T/c/contoh-2024/x/../y" "$T/tidak-ada/../c/z"; do
	expect 2 "lkjip: build -o $o: the output folder is inside the content folder $T/c; refusing to write there" \
		"$BIN" build "$T/c" -o "$o"
done
test ! -e "$T/c/keluaran" || fail "build -o inside content created a folder"
test ! -e "$T/c/index.html" || fail "build -o into content wrote"
# The content folder inside a folder the build writes (out/<report id>,
# out/instansi): `build contoh-2024 -o .` wrote into the content.
mkdir -p "$T/o/instansi"
cp -R tests/data/bad/_base "$T/o/contoh-2024"
cp -R tests/data/bad/_base "$T/o/instansi/c"
expect 2 "lkjip: build -o $T/o: the content folder $T/o/contoh-2024 is inside $T/o/contoh-2024, which the build writes; refusing to write there" \
	"$BIN" build "$T/o/contoh-2024" -o "$T/o"
expect 2 "lkjip: build -o $T/o: the content folder $T/o/instansi/c is inside $T/o/instansi, which the build writes; refusing to write there" \
	"$BIN" build "$T/o/instansi/c" -o "$T/o"
test ! -e "$T/o/index.html" || fail "build into a folder holding the content wrote"

# A full standard output.
# SOURCE_DATE_EPOCH that is not whole seconds from 1970 would silently
# give today's date (or a garbage one): refused before anything, exit 2.
for v in abc -5 1.5 99999999999999999999 253402300800; do
	expect 2 "lkjip: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (up to 253402300799), found \"$v\"" \
		env SOURCE_DATE_EPOCH="$v" "$BIN" check "$T/c"
done
expect 0 "" env SOURCE_DATE_EPOCH= "$BIN" check "$T/c"
expect 0 "" env SOURCE_DATE_EPOCH=1700000000 "$BIN" check "$T/c"
if [ -w /dev/full ]; then
	FULL="lkjip: cannot write the standard output: No space left on device"
	expect 3 "$FULL" sh -c '"$0" --help >/dev/full' "$BIN"
	expect 3 "$FULL" sh -c '"$0" --version >/dev/full' "$BIN"
	rc=0
	"$BIN" export "$R" >/dev/full 2>"$T/err" || rc=$?
	[ "$rc" = 3 ] || fail "export >/dev/full: exit $rc"
	grep -q "^lkjip: cannot write the standard output" "$T/err" ||
		fail "export >/dev/full: $(cat "$T/err")"
	# diff prints "Tidak ada angka yang berubah." even for equal folders.
	expect 3 "$FULL" sh -c '"$0" diff "$1" "$1" >/dev/full' "$BIN" "$T/c"
	# check prints nothing on stdout: nothing is lost, exit 0.
	expect 0 "" sh -c '"$0" check "$1" >/dev/full' "$BIN" "$T/c"
fi
echo "output: ok"
