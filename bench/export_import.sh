#!/bin/sh
# Bulk import and GraphML export of the shared 100k-node / 1M-edge synthetic graph.
# usage: sh bench/export_import.sh [KG_BINARY] [WORKDIR]
# Prints key=value lines. Skips cleanly (skipped=1, exit 0) without ../shared or Debian's python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
kg=${1:-$here/../build/cli/kg}
work=${2:-${TMPDIR:-/tmp}/kg-bench}
peers=$here/../../shared/peers
[ -d "$peers" ] || peers=/work/shared/peers
python=/usr/bin/python3
if [ ! -f "$peers/gen_graph.py" ] || [ ! -x "$python" ] || [ ! -x /usr/bin/time ]; then
  echo "skipped=1"
  echo "reason=needs ../shared/peers/gen_graph.py, /usr/bin/python3 and /usr/bin/time"
  exit 0
fi
[ -x "$kg" ] || { echo "bench: no kg binary at $kg (build first)" >&2; exit 1; }

data=$work/kg_100000_1000000
mkdir -p "$work"
[ -f "$data/edges.csv" ] || "$python" "$peers/gen_graph.py" "$data" >/dev/null
echo "nodes=100000"
echo "edges=1000000"
echo "cores=$(nproc)"

rm -rf "$work/bench.db"
/usr/bin/time -v -o "$work/import.time" "$kg" --db "$work/bench.db" --json import "$data" >"$work/import.json"
"$python" - "$work/import.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"import_s={r['seconds']:.2f}")
print(f"import_read_csv_s={r['read_seconds']:.2f}")
print(f"import_edges_per_s={r['edges_per_second']}")
PY
echo "import_peak_rss_mb=$(awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$work/import.time")"

out=$work/kg.graphml
/usr/bin/time -v -o "$work/export.time" "$kg" --db "$work/bench.db" export --format graphml -o "$out" 2>/dev/null
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/export.time")
bytes=$(stat -c %s "$out")
echo "export_graphml_s=$seconds"
echo "export_graphml_mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}')"
echo "export_graphml_mb_per_s=$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.0f", b/1e6/s}')"
echo "export_peak_rss_mb=$(awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$work/export.time")"
echo "export_cpu_s=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$work/export.time")"
echo "speedup_vs_networkx_12_4s=$(awk -v s="$seconds" 'BEGIN {printf "%.1f", 12.4/s}')"

if "$python" "$peers/validate_graphml.py" "$out" --expect-nodes 100000 --expect-edges 1000000 \
    >"$work/validate.txt" 2>&1; then
  echo "validate_ok=1"
else
  echo "validate_ok=0"
  cat "$work/validate.txt" >&2
fi
