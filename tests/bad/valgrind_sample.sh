#!/bin/sh
# The sample build runs clean under valgrind: no invalid read or write, no
# use of uninitialised memory, no memory definitely lost (third-party
# caches listed in tools/valgrind.supp aside). Rendering processes forked
# by the build are followed too.
set -eu
: "${LKJIP_BIN:=build/lkjip}"
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind_sample: valgrind is not installed (tools/deps.sh), skipped"
	exit 0
fi
# An AddressSanitizer binary cannot run under valgrind; the sanitizer pass
# covers it.
if nm "$LKJIP_BIN" 2>/dev/null | grep -q __asan_init; then
	echo "valgrind_sample: $LKJIP_BIN is built with AddressSanitizer, skipped"
	exit 0
fi
TMP=$(mktemp -d /tmp/lkjip-valgrind.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
set +e
valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--track-origins=yes --num-callers=40 \
	--suppressions=tools/valgrind.supp \
	"$LKJIP_BIN" build content -o "$TMP/out" >"$TMP/stdout" 2>"$TMP/log"
rc=$?
set -e
if [ "$rc" != 0 ] || grep -q '^==[0-9]*== ' "$TMP/log"; then
	grep '^==[0-9]*== ' "$TMP/log" | head -200
	tail -3 "$TMP/log"
	echo "valgrind_sample: exit $rc, valgrind reported errors (above)"
	exit 1
fi
ls "$TMP"/out/*/*.pdf >/dev/null
echo "valgrind_sample: clean"
