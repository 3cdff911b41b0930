#!/bin/sh
# Interrupt-safe output: a build killed at any moment (SIGINT, SIGTERM,
# SIGKILL, sent to its whole process group as Ctrl-C or a service stop
# would) leaves out/ with, for every file, the previous good version or the
# new one: every PDF passes qpdf --check, every page and the sitemap parse
# as XML, every relative link of a page reaches a file. Builds alternate
# between two versions of the content so that every write changes bytes.
# KILL_RUNS (default 12) kills; the delays span a whole build.
set -eu
: "${LKJIP_BIN:=build/lkjip}"
case $LKJIP_BIN in /*) ;; *) LKJIP_BIN=$PWD/$LKJIP_BIN ;; esac
runs=${KILL_RUNS:-12}
for tool in qpdf xmllint setsid; do
	command -v $tool >/dev/null 2>&1 || {
		echo "kill_build: $tool is missing (tools/deps.sh)"; exit 1; }
done
TMP=$(mktemp -d /tmp/lkjip-kill.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
cp -R content "$TMP/a"
cp -R content "$TMP/b"
for f in "$TMP"/b/*/bab/00-kata-pengantar.md; do
	printf '\nVersi kedua laporan ini.\n' >> "$f"
done
out=$TMP/out

now_ms() { date +%s%3N; }

check_out() { # $1: what happened, for the message
	bad=0
	for f in $(find "$out" -type f ! -name '*.tmp.*' | LC_ALL=C sort); do
		case $f in
		*.pdf)
			qpdf --check "$f" >/dev/null 2>&1
			r=$?
			# 3: warnings only (qpdf still reads the whole file).
			if [ $r != 0 ] && [ $r != 3 ]; then
				echo "kill_build: $1: $f is not a complete PDF"; bad=1
			fi ;;
		*.html|*.xml)
			xmllint --noout "$f" 2>/dev/null || {
				echo "kill_build: $1: $f does not parse"; bad=1; } ;;
		*.css)
			[ -s "$f" ] || { echo "kill_build: $1: $f is empty"; bad=1; } ;;
		esac
	done
	# Links of every page reach an existing file (never a temp file).
	for f in $(find "$out" -name '*.html' ! -name '*.tmp.*'); do
		d=$(dirname "$f")
		# Relative links only (og:url and canonical are absolute).
		for h in $(grep -o 'href="[^"#]*' "$f" | sed 's/^href="//' | grep -v ':' | sort -u); do
			[ -n "$h" ] || continue
			case $h in *.tmp.*) echo "kill_build: $1: $f links to a temp file $h"; bad=1 ;; esac
			[ -e "$d/$h" ] || { echo "kill_build: $1: $f links to missing $h"; bad=1; }
		done
	done
	return $bad
}

cd "$TMP"
"$LKJIP_BIN" build a -o "$out" 2>/dev/null
check_out "first build" || exit 1
# How long a build that changes the output takes (a, b, a: the last two
# rewrite what changed): the kills are spread over that time.
t0=$(now_ms)
"$LKJIP_BIN" build b -o "$out" 2>/dev/null
"$LKJIP_BIN" build a -o "$out" 2>/dev/null
t1=$(now_ms)
span=$(((t1 - t0) / 2 + 200))
nfiles=$(find "$out" -type f ! -name '*.tmp.*' | wc -l)

fail=0
tmpleft=0
i=0
while [ $i -lt "$runs" ]; do
	i=$((i + 1))
	case $((i % 3)) in 0) sig=INT ;; 1) sig=TERM ;; *) sig=KILL ;; esac
	[ $((i % 2)) = 0 ] && src=a || src=b
	r=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	delay=$((r % span))
	SOURCE_DATE_EPOCH=$((1700000000 + i)) setsid "$LKJIP_BIN" build $src \
		-o "$out" >/dev/null 2>&1 &
	pid=$!
	sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
	kill -s $sig -- -$pid 2>/dev/null || true
	wait $pid 2>/dev/null || true
	# Workers of the group may outlive the leader for a moment.
	while kill -0 -- -$pid 2>/dev/null; do sleep 0.05; done
	what="run $i (SIG$sig after ${delay} ms, content $src)"
	check_out "$what" || fail=1
	n=$(find "$out" -name '*.tmp.*' | wc -l)
	if [ "$n" -gt 0 ]; then
		tmpleft=$((tmpleft + n))
		echo "kill_build: $what left $n temp file(s): $(find "$out" -name '*.tmp.*' | sed "s|$out/||" | tr '\n' ' ')"
	fi
	now=$(find "$out" -type f ! -name '*.tmp.*' | wc -l)
	if [ "$now" -lt "$nfiles" ]; then
		echo "kill_build: $what: $now files in out/, $nfiles before"; fail=1
	fi
done
# A build left alone afterwards gives a complete site again.
"$LKJIP_BIN" build a -o "$out" 2>/dev/null
check_out "final build" || fail=1
echo "kill_build: $runs killed builds (build takes ~$((span - 200)) ms), $tmpleft temp files left behind, $(find "$out" -name '*.tmp.*' | wc -l) after the final build"
exit $fail
