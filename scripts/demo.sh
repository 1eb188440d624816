#!/bin/sh
# Quick start (1): install what is missing, build, ingest the example article into ./kg.db,
# print what was found and write kg.graphml. Run from anywhere, as root on a fresh Debian 12.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target kg
./build/cli/kg ingest --show data/examples/harbour-talks.txt
./build/cli/kg stats
./build/cli/kg export --format graphml -o kg.graphml
