#!/bin/sh
# The Dask driver (scripts/kg-dask.py, a local cluster of 2 single-threaded workers) against
# `kg ingest --threads 2` on the Wikinews corpus, copied KG_BENCH_COPIES times (default 4) with
# unique ids: wall time and documents/s of each, the driver's extraction and merge phases, the
# shards' size, and a check that both stores export the same graph.
# usage: sh bench/dask_bench.sh [BUILD_DIR] [WORKDIR]
# Prints key=value lines. Skips cleanly (skipped=1, exit 0) without ../shared's corpus or
# Debian's python3 with python3-distributed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
work=${2:-${TMPDIR:-/tmp}/kg-dask-bench}
copies=${KG_BENCH_COPIES:-4}
corpus=$here/../../shared/corpus/wikinews/wikinews.jsonl
python=/usr/bin/python3
if [ ! -f "$corpus" ] || ! "$python" -c "import distributed" 2>/dev/null; then
  echo "skipped=1"
  echo "reason=needs ../shared/corpus/wikinews and /usr/bin/python3 with python3-distributed"
  exit 0
fi
kg=$(cd "$build" && pwd)/cli/kg
[ -x "$kg" ] || { echo "dask_bench: no $kg (build first)" >&2; exit 1; }
mkdir -p "$work"

input=$work/wikinews_x$copies.jsonl
"$python" - "$corpus" "$input" "$copies" <<'PY'
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for copy in range(int(sys.argv[3])):
        for doc in docs:
            out.write(json.dumps(dict(doc, id=f"{doc['id']}-copy{copy}"), ensure_ascii=False) + "\n")
PY
documents=$(grep -c . "$input")
words=$("$python" -c '
import json, sys
print(sum(len((d.get("title", "") + " " + d["text"]).split())
          for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))))' "$input")
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }
per() { awk -v n="$1" -v d="$2" 'BEGIN {printf "%.1f", n / d}'; }

echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "cores=$(nproc)"
echo "loadavg_at_start=$(cut -d' ' -f1 /proc/loadavg)"
echo "documents=$documents"
echo "words=$words"
echo "corpus_mb=$(per "$(stat -c %s "$input")" 1000000)"

rm -rf "$work/single.db"
start=$(now)
"$kg" --db "$work/single.db" ingest --threads 2 "$input" 2>/dev/null
seconds=$(since "$start")
echo "ingest_2t_seconds=$seconds"
echo "ingest_2t_docs_per_s=$(per "$documents" "$seconds")"

rm -rf "$work/merged.db" "$work/shards"
start=$(now)
"$python" "$here/../scripts/kg-dask.py" --kg "$kg" --local 2 --out "$work/shards" \
  --db "$work/merged.db" "$input" 2>"$work/driver.log"
seconds=$(since "$start")
echo "dask_2w_seconds=$seconds"
echo "dask_2w_docs_per_s=$(per "$documents" "$seconds")"
# The driver's own phase times: cluster start, extraction on the workers, merge.
sed -n 's/^kg-dask: phase \([a-z]*\): \([0-9.]*\) s$/dask_phase_\1_seconds=\2/p' "$work/driver.log"
echo "dask_partitions=$(ls "$work/shards" | grep -c '^part-')"
shard_bytes=$(cat "$work/shards"/part-* | wc -c)
echo "shard_bytes_per_doc=$(per "$shard_bytes" "$documents")"

rm -rf "$work/remerged.db"
start=$(now)
"$kg" --db "$work/remerged.db" ingest --facts "$work/shards"/part-* 2>/dev/null
seconds=$(since "$start")
echo "merge_only_seconds=$seconds"
echo "merge_only_docs_per_s=$(per "$documents" "$seconds")"
"$kg" --db "$work/merged.db" --json stats >"$work/stats.json"
echo "merged_$(sed 's/[{}"]//g; s/:/=/g; s/,/\nmerged_/g' "$work/stats.json")"
"$kg" --db "$work/merged.db" backup "$work/merged.copy" 2>/dev/null
[ -x "$build/bench/db_size" ] && "$build/bench/db_size" "$work/merged.copy" | grep '^db_'
rm -rf "$work/merged.copy"

for db in single merged; do
  "$kg" --db "$work/$db.db" export --format json -o "$work/$db.json" 2>/dev/null
  "$kg" --db "$work/$db.db" --json query "MATCH (a) RETURN a.id, a.name" >>"$work/$db.json"
done
if cmp -s "$work/single.json" "$work/merged.json"; then echo "stores_equal=1"; else echo "stores_equal=0"; fi
echo "loadavg_at_end=$(cut -d' ' -f1 /proc/loadavg)"
