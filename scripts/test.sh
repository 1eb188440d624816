#!/bin/sh
# Quick start (2): install what is missing, build, and run every test: first in a release build
# (gcc), then under AddressSanitizer and UndefinedBehaviorSanitizer (clang, whose build also makes
# the libFuzzer targets), then each fuzz target briefly. Tests run in parallel, one process per
# test file (see tests/CMakeLists.txt). Prints each stage's wall time as it ends, and all of them
# at the end.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc)
summary=""

# stage NAME COMMAND...: runs COMMAND, then reports how long it took.
stage() {
  name=$1
  shift
  started=$(date +%s)
  "$@"
  seconds=$(($(date +%s) - started))
  echo "== stage $name: $seconds s"
  summary="$summary$name $seconds s; "
}

build_release() {
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build
}
# The same configuration as scripts/fuzz.sh, which then finds its targets built. The
# benchmarks are built (and run) in the release tree only.
build_sanitized() {
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKG_FUZZ=ON >/dev/null
  cmake --build build-fuzz --target kg_unit_tests fuzz_targets
}

stage setup sh scripts/setup.sh
stage release-build build_release
stage release-tests ctest --test-dir build --output-on-failure -j "$jobs"
stage sanitized-build build_sanitized
stage sanitized-tests ctest --test-dir build-fuzz --output-on-failure -j "$jobs"
# A smoke run: every fuzz target for 5 s; scripts/fuzz.sh SECONDS runs them longer.
stage fuzz sh scripts/fuzz.sh 5
echo "== stages: $summary"
