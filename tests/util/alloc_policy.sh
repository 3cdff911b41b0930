#!/bin/sh
# One allocation policy (util/xalloc.h): no file of src/ but util/xalloc.c
# calls malloc, calloc, realloc, reallocarray, strdup, strndup, asprintf,
# vasprintf or open_memstream itself. Those return NULL when memory runs
# out, and each caller then did its own thing (abort, print and abort,
# return an error, or nothing: a NULL dereference later). The x* family
# and arenas have one out-of-memory behaviour. Comments and strings are
# taken out before the search, so "a malloc'd string" is no call.
set -eu
cd "$(dirname "$0")/../.."
fns='malloc|calloc|realloc|reallocarray|strdup|strndup|asprintf|vasprintf'
fns="$fns|open_memstream"
calls="(^|[^A-Za-z0-9_.>])($fns)[[:space:]]*\\("
bad=$(find src -name '*.c' -o -name '*.h' | LC_ALL=C sort |
	grep -v '^src/util/xalloc\.[ch]$' | while read -r f; do
	# Strip /* */ comments (across lines) and string literals, keep
	# line numbers.
	perl -0777 -pe 's{/\*.*?\*/}{ my $c = $&; $c =~ s/[^\n]//g; $c }gse;
		s{"(?:\\.|[^"\\\n])*"}{""}g; s{//[^\n]*}{}g' "$f" |
		grep -nE "$calls" | sed "s|^|$f:|" || true
done)
if [ -n "$bad" ]; then
	echo "alloc_policy: raw allocation outside util/xalloc.c (use the"
	echo "x* family of util/xalloc.h or an arena):"
	echo "$bad"
	exit 1
fi
n=$(grep -rhoE "\\bx($fns)\\(" src | wc -l)
echo "alloc_policy: no raw allocation in src/; $n calls of the x* family"
