#!/bin/sh
# lkjip build --shard I/N and lkjip site: two shards built apart (each in
# its own folder, as on two machines), copied into one folder, then the
# site step, give the same bytes as one build; a shard never removes
# another shard's files; the site step refuses a folder missing a shard.
set -eu
BIN=${LKJIP_BIN:-build/lkjip}
T=$(mktemp -d /tmp/lkjip-shard.XXXXXX)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1700000000
fail() { echo "FAIL: $*" >&2; exit 1; }
run() { "$BIN" "$@" >"$T/stdout" 2>"$T/stderr" || { cat "$T/stderr"; fail "$*"; }; }

# Six reports (bench/synth.sh: copies of the samples, each its own
# government), so that both shards hold some.
sh bench/synth.sh "$T/c" 6 2>/dev/null

run build "$T/c" -o "$T/one" -j 2

run build "$T/c" -o "$T/s1" --shard 1/2 -j 2
n1=$(sed -n 's/^lkjip: wrote \([0-9]*\) reports\{0,1\} to .*/\1/p' "$T/stderr")
run build "$T/c" -o "$T/s2" --shard 2/2 -j 2
n2=$(sed -n 's/^lkjip: wrote \([0-9]*\) reports\{0,1\} to .*/\1/p' "$T/stderr")
[ "$n1" -ge 1 ] && [ "$n2" -ge 1 ] && [ $((n1 + n2)) = 6 ] ||
	fail "shards hold $n1 and $n2 reports, not 6 between them"
# A shard writes no site page.
test ! -e "$T/s1/index.html" || fail "a shard wrote index.html"
test ! -e "$T/s2/sitemap.xml" || fail "a shard wrote sitemap.xml"
# The same report always lands in the same shard.
for d in "$T"/s1/*/; do
	test ! -e "$T/s2/$(basename "$d")" || fail "$(basename "$d") in both shards"
done

# Without shard 2 the site step refuses, naming what is missing.
mkdir "$T/all"
cp -a "$T/s1/." "$T/all/"
if "$BIN" site "$T/c" -o "$T/all" >/dev/null 2>"$T/stderr"; then
	fail "site step without shard 2 succeeded"
fi
grep -q "has no summary in $T/all: build it first" "$T/stderr" ||
	fail "missing shard: $(cat "$T/stderr")"
test ! -e "$T/all/index.html" || fail "site step wrote index.html anyway"

cp -a "$T/s2/." "$T/all/"
run site "$T/c" -o "$T/all"
diff -r -x '.lkjip-manifest*' "$T/one" "$T/all" ||
	fail "shards + site differ from one build"
ls -a "$T/all" | grep -qx '.lkjip-manifest.shard-1-of-2' || fail "no shard 1 manifest"
ls -a "$T/all" | grep -qx '.lkjip-manifest.site' || fail "no site manifest"

# Rebuilding a shard in the shared folder touches nothing of the other
# shard, and a second site step writes nothing.
(cd "$T/all" && find . -type f -printf '%T@ %s %p\n' | sort -k3) >"$T/before"
run build "$T/c" -o "$T/all" --shard 1/2
grep -q "0 of $n1 reports\{0,1\} rebuilt, 0 files changed" "$T/stderr" ||
	fail "shard 1 again: $(cat "$T/stderr")"
run site "$T/c" -o "$T/all"
grep -q "site pages of 6 reports up to date" "$T/stderr" ||
	fail "site again: $(cat "$T/stderr")"
(cd "$T/all" && find . -type f -printf '%T@ %s %p\n' | sort -k3) >"$T/after"
cmp -s "$T/before" "$T/after" || { diff "$T/before" "$T/after"; fail "files changed"; }

# A report removed from the content: its shard removes its files, the
# other shard leaves everything it does not own.
gone=$(basename "$(ls -d "$T"/s2/*/ | head -1)")
rm -r "$T/c/$gone"
run build "$T/c" -o "$T/all" --shard 1/2
test -d "$T/all/$gone" || fail "shard 1 removed $gone of shard 2"
run build "$T/c" -o "$T/all" --shard 2/2
test ! -e "$T/all/$gone" || fail "shard 2 left the removed $gone"
run site "$T/c" -o "$T/all"
grep -q "$gone" "$T/all/index.html" "$T/all/sitemap.xml" "$T/all/cari.json" &&
	fail "the site still lists $gone"

# Bad command lines.
for bad in 0/2 3/2 1/0 x 1/2/3; do
	rc=0
	"$BIN" build "$T/c" -o "$T/x" --shard "$bad" >/dev/null 2>&1 || rc=$?
	[ "$rc" = 2 ] || fail "--shard $bad: exit $rc"
done
for args in "check $T/c --shard 1/2" "build $T/c --shard 1/2 --dump-tree" \
		"site $T/c --strict"; do
	rc=0
	"$BIN" $args >/dev/null 2>&1 || rc=$?
	[ "$rc" = 2 ] || fail "lkjip $args: exit $rc"
done
echo "shard: ok"
