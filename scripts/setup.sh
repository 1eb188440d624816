#!/bin/sh
# Installs the Debian 12 packages kg needs to build, test and run. Run as root.
# A fast no-op when everything is already present.
set -eu

packages="build-essential cmake ninja-build pkg-config git
  librocksdb-dev libboost-graph-dev nlohmann-json3-dev catch2 libcli11-dev libfmt-dev
  libutf8proc-dev libxxhash-dev libbenchmark-dev wordnet-base
  libxml2-utils python3 python3-networkx python3-igraph python3-lxml
  clang libclang-rt-14-dev libgraphviz-dev graphviz"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages:$missing (run this script as root to install them)" >&2
  exit 1
fi
echo "setup: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
