#!/bin/sh
# Installs the Debian 12 packages kg needs to build, test and run. Run as root.
# A fast no-op when everything is already present. Also installs serve/web's npm packages.
set -eu

packages="build-essential cmake ninja-build pkg-config git
  librocksdb-dev libboost-graph-dev nlohmann-json3-dev catch2 libcli11-dev libfmt-dev
  libutf8proc-dev libxxhash-dev libbenchmark-dev wordnet-base
  libxml2-utils python3 python3-networkx python3-igraph python3-lxml python3-distributed
  clang libclang-rt-14-dev libgraphviz-dev graphviz chromium"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm install the browser code (serve/web); any Node.js 18 or later with npm will do,
# Debian's or another's.
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages:$missing (run this script as root to install them)" >&2
    exit 1
  fi
  echo "setup: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# The npm packages of serve/web, at the versions package-lock.json records.
web="$(dirname "$0")/../serve/web"
if [ ! -f "$web/node_modules/.package-lock.json" ] ||
  ! cmp -s "$web/package-lock.json" "$web/node_modules/.kg-installed-lock"; then
  echo "setup: installing the npm packages of serve/web" >&2
  npm ci --prefix "$web" --no-audit --no-fund --loglevel=error >/dev/null
  cp "$web/package-lock.json" "$web/node_modules/.kg-installed-lock"
fi
