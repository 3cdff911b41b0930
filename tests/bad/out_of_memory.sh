#!/bin/sh
# Out of memory is one line and exit 4 (util/xalloc.h, the CLI's hook),
# not an abort, a crash or a half-written out/: a table of 4 MB (under
# the limit of a text file, FILE_MAX_TEXT) of 2 million one-digit cells
# is read under a 150 MB address-space limit (ulimit -v); the sample
# alone is checked in less than 100 MB, the table needs over 200 MB.
set -eu
: "${LKJIP_BIN:=build/lkjip}"
case $LKJIP_BIN in /*) ;; *) LKJIP_BIN=$PWD/$LKJIP_BIN ;; esac
# AddressSanitizer reserves terabytes of address space: under ulimit -v
# it cannot start at all.
if nm "$LKJIP_BIN" 2>/dev/null | grep -q __asan_init; then
	echo "out_of_memory: $LKJIP_BIN is built with AddressSanitizer," \
		"SKIPPED (ulimit -v and ASan do not mix)"
	exit 0
fi
TMP=$(mktemp -d /tmp/lkjip-oom.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cp -R content "$TMP/c"
awk 'BEGIN {
	for (i = 1; i <= 199; i++) printf "%sk%d", (i > 1 ? "," : ""), i; print ""
	for (r = 0; r < 10000; r++) {
		for (i = 1; i <= 199; i++) printf "%s1", (i > 1 ? "," : ""); print ""
	}
}' > "$TMP/c/magetan-diskopukm-2024/tabel/banyak.csv"
fail=0
for cmd in check build; do
	out=
	[ "$cmd" = build ] && out="-o $TMP/out"
	set +e
	(ulimit -v 150000; exec "$LKJIP_BIN" $cmd "$TMP/c" $out) \
		>"$TMP/stdout" 2>"$TMP/stderr"
	rc=$?
	set -e
	last=$(tail -n 1 "$TMP/stderr")
	if [ $rc -ne 4 ] || [ "$last" != "lkjip: out of memory" ]; then
		echo "out_of_memory: lkjip $cmd: exit $rc," \
			"last line \"$last\" (want 4, \"lkjip: out of memory\")"
		fail=1
	fi
	if [ -e "$TMP/out" ]; then
		echo "out_of_memory: lkjip $cmd wrote $TMP/out"
		fail=1
	fi
done
[ $fail -eq 0 ] && echo "out_of_memory: check and build exit 4 with" \
	"\"lkjip: out of memory\", nothing written"
exit $fail
