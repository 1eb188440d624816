#!/bin/sh
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for SECONDS (default 10)
# on a scratch copy of its seed corpus in tests/fuzz/corpus/. Crash files of earlier runs are
# cleared first; a crash stops the script with the reproducer path.
# Usage: sh scripts/fuzz.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-10}
[ $# -gt 0 ] && shift
# The configuration of scripts/test.sh's sanitizer stage (which builds the tests here too).
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKG_FUZZ=ON >/dev/null
cmake --build build-fuzz --target fuzz_targets
rm -rf build-fuzz/crashes
targets=${*:-$(ls tests/fuzz/corpus)}
for target in $targets; do
  work=build-fuzz/corpus/$target
  mkdir -p "$work" build-fuzz/crashes
  cp -r tests/fuzz/corpus/"$target"/. "$work"/
  echo "fuzz_$target: ${seconds}s"
  ./build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix=build-fuzz/crashes/"$target"- -print_final_stats=1 "$work" 2>&1 |
    grep -E "^(stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
  # libFuzzer exits non-zero on a crash; grep above hides the status, so check for artifacts.
  if ls build-fuzz/crashes/"$target"-* >/dev/null 2>&1; then
    echo "fuzz_$target found a crash: $(ls build-fuzz/crashes/"$target"-*)" >&2
    exit 1
  fi
done
