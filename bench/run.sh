#!/bin/sh
# lkjip benchmark: anyone can run it on Debian 12 with public tools.
#   sh bench/run.sh            (installs hyperfine, pandoc, weasyprint, time
#                               if missing; builds lkjip in Release into
#                               build-bench/; LKJIP_BIN=... to use another)
# Measures, with hyperfine (means of several runs) and /usr/bin/time -v:
#  1. the sample site (2 reports) built from scratch; one sample report
#     (HTML + PDF) from scratch with one worker; a rebuild after one
#     realisation cell changed; a rebuild with nothing changed;
#  2. a synthetic site of 200 reports (bench/synth.sh) with -j 2;
#  3. the same sample report rendered by pandoc (HTML) + WeasyPrint (PDF)
#     from lkjip's Markdown export, against lkjip's HTML + PDF;
#  and peak memory (max RSS) of a one-report build and of the 200 build.
# Prints a summary; bench/RESULTS.md quotes one run.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
R=magetan-diskopukm-2024
RUNS=${RUNS:-10}

missing=""
for p in hyperfine pandoc weasyprint time; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
	echo "bench: installing$missing" >&2
	$SUDO apt-get update -q
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
if [ -z "${LKJIP_BIN:-}" ]; then
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build-bench -j"$(nproc)" --target lkjip >/dev/null
	LKJIP_BIN=$ROOT/build-bench/lkjip
fi
BIN=$LKJIP_BIN
W=$(mktemp -d /tmp/lkjip-bench.XXXXXX)
trap 'rm -rf "$W"' EXIT
export SOURCE_DATE_EPOCH=1700000000
HF="hyperfine --style basic --export-csv"
# mean seconds from a hyperfine CSV (header, then command,mean,...)
mean() { awk -F, 'NR == 2 { print $2 }' "$1"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }

# ---- 1. Sample site ----
$HF "$W/full.csv" --warmup 1 --runs "$RUNS" --prepare "rm -rf $W/full" \
	"$BIN build content -o $W/full" >/dev/null 2>&1
mkdir "$W/one"
cp content/site.yaml "$W/one/"
cp -r "content/$R" "$W/one/"
$HF "$W/one.csv" --warmup 1 --runs "$RUNS" --prepare "rm -rf $W/oneout" \
	"$BIN build $W/one -o $W/oneout -j 1" >/dev/null 2>&1
cp -r content "$W/c"
cat >"$W/flip.sh" <<EOT
f=$W/c/$R/kinerja.csv
if grep -q '^IKU1,2024,70,70,70,76,' "\$f"; then
	sed -i 's/^IKU1,2024,70,70,70,76,/IKU1,2024,70,70,70,78,/' "\$f"
else
	sed -i 's/^IKU1,2024,70,70,70,78,/IKU1,2024,70,70,70,76,/' "\$f"
fi
EOT
"$BIN" build "$W/c" -o "$W/inc" >/dev/null 2>&1
$HF "$W/cell.csv" --warmup 1 --runs "$RUNS" --prepare "sh $W/flip.sh" \
	"$BIN build $W/c -o $W/inc" >/dev/null 2>&1
$HF "$W/noop.csv" --warmup 1 --runs "$RUNS" \
	"$BIN build $W/c -o $W/inc" >/dev/null 2>&1
# What one cell rewrites (for the note).
sh "$W/flip.sh"
"$BIN" build "$W/c" -o "$W/inc" 2>&1 >/dev/null | grep "reports rebuilt" >"$W/cell-files" || true

# ---- 2. 200 reports ----
sh bench/synth.sh "$W/s200" 200 2>/dev/null
$HF "$W/s200.csv" --runs 3 --prepare "rm -rf $W/s200out" \
	"$BIN build $W/s200 -o $W/s200out -j 2" >/dev/null 2>&1
# Incremental on the 200 site: one cell in one report.
f200=$(ls -d "$W/s200/$R"-* | head -1)/kinerja.csv
"$BIN" build "$W/s200" -o "$W/s200out" -j 2 >/dev/null 2>&1
cat >"$W/flip200.sh" <<EOT
awk 'BEGIN { FS = OFS = "," } \$1 == "IKU1" && \$2 == "2024" { \$6 = \$6 == 76 ? 77 : 76 } { print }' "$f200" >"$f200.new" && mv "$f200.new" "$f200"
EOT
$HF "$W/cell200.csv" --runs 5 --prepare "sh $W/flip200.sh" \
	"$BIN build $W/s200 -o $W/s200out -j 2" >/dev/null 2>&1

# ---- 3. pandoc + WeasyPrint ----
"$BIN" export "content/$R" -o "$W/m.md" 2>/dev/null
$HF "$W/md.csv" --warmup 1 --runs "$RUNS" \
	"$BIN export content/$R -o $W/m2.md" >/dev/null 2>&1
$HF "$W/pw.csv" --warmup 1 --runs 3 \
	"pandoc -s --metadata pagetitle=LKjIP $W/m.md -o $W/m.html && weasyprint -q $W/m.html $W/m.pdf" >/dev/null 2>&1
$HF "$W/pandoc.csv" --warmup 1 --runs 3 \
	"pandoc -s --metadata pagetitle=LKjIP $W/m.md -o $W/m.html" >/dev/null 2>&1

# ---- Memory ----
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { gsub(/ /, "", $2); printf "%.1f MB", $2 / 1024 }'; }
rm -rf "$W/oneout"
RSS1=$(rss "$BIN" build "$W/one" -o "$W/oneout" -j 1)
rm -rf "$W/s200out"
RSS200=$(rss "$BIN" build "$W/s200" -o "$W/s200out" -j 2)
PAGES=$(pdfinfo "$W/oneout/$R/$R.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')
WPAGES=$(pdfinfo "$W/m.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }')

one=$(mean "$W/one.csv"); pw=$(mean "$W/pw.csv")
cat <<EOT
lkjip benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), lkjip $("$BIN" --version | cut -d' ' -f2)
1. sample site (2 reports), from scratch, -j $(nproc):  $(ms "$(mean "$W/full.csv")")
   one sample report HTML + PDF ($PAGES pages), -j 1:   $(ms "$one")
   rebuild after one realisasi cell:                    $(ms "$(mean "$W/cell.csv")")   ($(cat "$W/cell-files"))
   rebuild with nothing changed:                        $(ms "$(mean "$W/noop.csv")")
2. 200 synthetic reports, from scratch, -j 2:          $(awk -v s="$(mean "$W/s200.csv")" 'BEGIN { printf "%.2f s", s }')
   one cell in one of the 200, -j 2:                   $(ms "$(mean "$W/cell200.csv")")
3. lkjip export (Markdown) of the report:              $(ms "$(mean "$W/md.csv")")
   pandoc (HTML) + WeasyPrint (PDF, $WPAGES pages):     $(ms "$pw")   (pandoc alone $(ms "$(mean "$W/pandoc.csv")"))
   ratio pandoc+WeasyPrint / lkjip HTML+PDF:            $(awk -v a="$pw" -v b="$one" 'BEGIN { printf "%.1f x", a / b }')
peak memory, one report build (-j 1):                   $RSS1
peak memory, 200 reports (-j 2, largest process):      $RSS200
EOT
