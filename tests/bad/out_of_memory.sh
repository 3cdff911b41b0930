#!/bin/sh
# Out of memory is one line and exit 4 (util/xalloc.h, the CLI's hook),
# not an abort, a crash or a half-written out/: a chapter file of 400 MB
# (sparse, so it costs no disk) is read under a 250 MB address-space limit
# (ulimit -v), far above what the sample needs.
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
truncate -s 400M "$TMP/c/magetan-diskopukm-2024/bab/00-kata-pengantar.md"
fail=0
for cmd in check build; do
	out=
	[ "$cmd" = build ] && out="-o $TMP/out"
	set +e
	(ulimit -v 250000; exec "$LKJIP_BIN" $cmd "$TMP/c" $out) \
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
