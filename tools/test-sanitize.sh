#!/bin/sh
# The whole test suite a second time, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/). Any report fails the run: UB
# aborts instead of printing and carrying on; leaks are errors except the
# third-party caches listed in tools/lsan.supp.
set -eu
cd "$(dirname "$0")/.."
sh tools/deps.sh
cmake -S . -B build-asan -DLKJIP_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tools/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
cd build-asan && ctest --output-on-failure -j"$(nproc)"
