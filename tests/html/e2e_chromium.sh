#!/bin/sh
# End to end: build the sample content with the lkjip binary, load every
# page in headless Chromium, fail on console errors and on relative links
# that resolve to no file, and save
# screenshots at desktop and phone widths to tests/artifacts/ (git-ignored)
# for a look by eye. Skips (exit 0, says so) when Chromium or a working
# `lkjip build` is not available.
set -u
BIN=${LKJIP_BIN:-build/lkjip}
BROWSER=$(command -v chromium || command -v chromium-browser || true)
ART=tests/artifacts
if [ -z "$BROWSER" ]; then
	echo "SKIP: chromium not installed (apt-get install chromium)"
	exit 0
fi
if [ ! -x "$BIN" ]; then
	echo "SKIP: $BIN not built"
	exit 0
fi
TMP=$(mktemp -d /tmp/lkjip-e2e.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
OUT=$TMP/out
"$BIN" build content -o "$OUT" >"$TMP/build.log" 2>&1
rc=$?
if [ ! -f "$OUT/index.html" ]; then
	echo "SKIP: '$BIN build content -o DIR' wrote no index.html yet (rc $rc)"
	cat "$TMP/build.log"
	exit 0
fi
[ $rc -eq 0 ] || { echo "FAIL: lkjip build exited $rc"; cat "$TMP/build.log"; exit 1; }

# Chromium wants a writable home for its profile; keep it out of $HOME.
export HOME=$TMP/home
mkdir -p "$HOME" "$ART"
FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking
 --disable-component-update --no-first-run --hide-scrollbars
 --user-data-dir=$TMP/profile"

fail=0
pages=0
for page in "$OUT/index.html" "$OUT"/*/index.html "$OUT"/instansi/*.html; do
	[ -f "$page" ] || continue
	pages=$((pages + 1))
	name=$(echo "${page#"$OUT"/}" | sed 's|/index.html$||; s|\.html$||; s|/|-|g')
	# --dump-dom runs the page to load completion; console messages go to
	# stderr with --enable-logging=stderr --v=0.
	timeout 90 "$BROWSER" $FLAGS --enable-logging=stderr --v=0 \
		--virtual-time-budget=5000 --dump-dom "file://$page" \
		>"$TMP/dom.html" 2>"$TMP/console.log"
	if ! grep -q '</html>' "$TMP/dom.html"; then
		echo "FAIL: $page: no DOM dumped"
		fail=1
	fi
	if grep -E 'CONSOLE|Failed to load resource|Uncaught' "$TMP/console.log" \
		>"$TMP/errors.log"; then
		echo "FAIL: $page: console errors:"
		cat "$TMP/errors.log"
		fail=1
	fi
	# Headless Chromium does not log a missing image from file://, so
	# every relative href/src of the page is checked here.
	dir=$(dirname "$page")
	for ref in $(grep -oE '(href|src)="[^"]*"' "$page" \
		| sed 's/^[a-z]*="//; s/"$//; s/#.*//' | sort -u); do
		case "$ref" in
		""|*:*) continue ;;
		esac
		if [ ! -f "$dir/$ref" ]; then
			echo "FAIL: $page: broken link $ref"
			fail=1
		fi
	done
	timeout 90 "$BROWSER" $FLAGS --window-size=1366,1000 \
		--screenshot="$ART/e2e-$name-desktop.png" "file://$page" \
		>/dev/null 2>&1 || { echo "FAIL: screenshot of $page"; fail=1; }
	timeout 90 "$BROWSER" $FLAGS --window-size=390,844 \
		--screenshot="$ART/e2e-$name-phone.png" "file://$page" \
		>/dev/null 2>&1 || { echo "FAIL: phone screenshot of $page"; fail=1; }
done
if [ $pages -lt 2 ]; then
	echo "FAIL: only $pages pages written"
	fail=1
fi
[ $fail -eq 0 ] && echo "OK: $pages pages loaded without console errors; screenshots in $ART/"
exit $fail
