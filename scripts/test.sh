#!/bin/sh
# Quick start (2): install what is missing, build, and run every test, first in a release build,
# then again under AddressSanitizer and UndefinedBehaviorSanitizer, then each fuzz target briefly.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKG_SANITIZE=ON >/dev/null
cmake --build build-asan
ctest --test-dir build-asan --output-on-failure
# Every fuzz target briefly (9 targets x 6 s: under a minute in all); scripts/fuzz.sh SECONDS
# runs them longer.
sh scripts/fuzz.sh 6
