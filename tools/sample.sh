#!/bin/sh
# Installs what is missing, builds lkjip and writes the sample site and
# PDFs from content/ into out/.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
./build/lkjip build content -o out
echo "Open out/index.html in a browser; PDFs are in out/<report>/."
echo "The warnings above are lkjip checking the sample data: figures the"
echo "published reports printed wrong (content/*/terbit.csv), sums the"
echo "Magetan Renstra's own table gets wrong (pagu_renstra.csv), two"
echo "implausible budget outputs, two tujuan targets without a reported"
echo "realisasi and two Jombang budget totals that are not the sum of their"
echo "lines; build/lkjip check content lists them again."
