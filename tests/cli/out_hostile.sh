#!/bin/sh
# Hostile output folders and runs: out/ that is a file or a dangling link
# (a non-zero exit, the file untouched, nothing written beside it); out/
# that is a link to a folder (the user's choice: the site goes there); a
# content folder that is itself a link (the folder the user named: read,
# while links inside it are refused, tests/data/bad/escape-symlink-*);
# two builds at once into one out/ (the second waits for the first: what
# they leave is what one build leaves, no temporary file left over); an
# invalid SOURCE_DATE_EPOCH (refused before anything is read).
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
T=$(mktemp -d /tmp/lkjip-outh.XXXXXX)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fail() { echo "FAIL: $*" >&2; exit 1; }
cp -R tests/data/bad/_base "$T/content"
cd "$T"

# out/ is a file: refused, the file as it was.
echo "bukan folder" > outf
if "$BIN" build content -o outf >/dev/null 2>err; then fail "built into a file"; fi
[ "$(cat outf)" = "bukan folder" ] || fail "the file out/ changed"
grep -q 'lkjip: cannot write to outf: a file, not a folder' err || fail "no word of out/ being a file: $(cat err)"

# out/ is a dangling link: refused, the link as it was, its target not made.
ln -s tiada outd
if "$BIN" build content -o outd >/dev/null 2>err; then fail "built through a dangling link"; fi
[ "$(readlink outd)" = tiada ] && [ ! -e tiada ] || fail "the dangling out/ link was followed"

# out/ is a link to a folder: the site is written there.
mkdir nyata && ln -s nyata outl
"$BIN" build content -o outl >/dev/null 2>err || fail "out/ linked to a folder: $(cat err)"
[ -L outl ] && [ -f nyata/contoh-2024/index.html ] || fail "the site is not in the linked folder"

# The content folder is a link: read as the folder the user named.
ln -s content isi
"$BIN" build isi -o outi >/dev/null 2>err || fail "content folder as a link: $(cat err)"
cmp -s nyata/contoh-2024/index.html outi/contoh-2024/index.html ||
	fail "the linked content folder gave other bytes"

# Two builds at once into one out/, then the reference of one build.
"$BIN" build content -o satu >/dev/null 2>&1 || fail "reference build"
"$BIN" build content -o dua --force >/dev/null 2>e1 & p1=$!
"$BIN" build content -o dua --force >/dev/null 2>e2 & p2=$!
wait $p1 || fail "the first of two builds at once: $(cat e1)"
wait $p2 || fail "the second of two builds at once: $(cat e2)"
(cd satu && find . -type f ! -name .lkjip-manifest | LC_ALL=C sort | xargs sha256sum) > a.sum
(cd dua && find . -type f ! -name .lkjip-manifest | LC_ALL=C sort | xargs sha256sum) > b.sum
cmp -s a.sum b.sum || { diff a.sum b.sum; fail "two builds at once left other bytes than one"; }
! find dua -name '*.tmp.*' | grep -q . || fail "a temporary file was left"
"$BIN" build content -o dua >/dev/null 2>err || fail "the build after two at once"
grep -q ', 0 files changed' err || fail "the build after two at once rewrote files: $(cat err)"

# While another holds out/ (flock(1) on the folder, as a build does), a
# build waits for it and says so, then writes.
if command -v flock >/dev/null; then
	mkdir kunci
	flock kunci sleep 3 & holder=$!
	sleep 1
	t0=$(date +%s)
	"$BIN" build content -o kunci >/dev/null 2>err || fail "build after waiting: $(cat err)"
	t1=$(date +%s)
	wait $holder
	grep -q 'another lkjip is writing to kunci: waiting' err || fail "no word of waiting: $(cat err)"
	[ $((t1 - t0)) -ge 1 ] || fail "the build did not wait for the lock"
	[ -f kunci/contoh-2024/index.html ] || fail "nothing written after waiting"
else
	echo "out_hostile: flock(1) missing, the lock is NOT TESTED" >&2
fi

# SOURCE_DATE_EPOCH not a whole number of seconds: refused, nothing written.
for v in abc -5 1e9 99999999999999999999; do
	if SOURCE_DATE_EPOCH=$v "$BIN" build content -o outs >/dev/null 2>err; then
		fail "SOURCE_DATE_EPOCH=$v accepted"
	fi
	grep -q 'SOURCE_DATE_EPOCH' err || fail "SOURCE_DATE_EPOCH=$v: $(cat err)"
	[ ! -e outs ] || fail "SOURCE_DATE_EPOCH=$v: out/ written"
done
echo "out_hostile: ok"
