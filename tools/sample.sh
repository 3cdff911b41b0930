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
