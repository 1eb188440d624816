#!/bin/sh
# Every benchmark of bench/README.md in one run, with the peers beside kg where they are installed.
# usage: sh bench/run.sh [BUILD_DIR] [WORKDIR]      (environment: KG_BENCH_MB, corpus size, 20)
#
# Prints key=value lines (also kept in WORKDIR/results.txt): extraction on one thread and on all
# cores plus a per-stage breakdown and the micro-benchmarks, ingest into a fresh database, import, the peers' graph
# queries and GraphML export of the 100k/1M graph, then the peers (Kùzu, compromise, wink-nlp,
# NetworkX) and our/their ratios. Skips cleanly (skipped=1, exit 0) without ../shared beside the
# source tree; a peer whose node_modules or Python packages are missing is skipped on its own.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
work=${2:-${TMPDIR:-/tmp}/kg-bench}
megabytes=${KG_BENCH_MB:-20}
shared=$here/../../shared
peers=$shared/peers
corpus=$shared/corpus/wikinews/wikinews.jsonl
python=/usr/bin/python3
if [ ! -f "$corpus" ] || [ ! -f "$peers/gen_graph.py" ] || [ ! -x "$python" ] ||
   [ ! -x /usr/bin/time ]; then
  echo "skipped=1"
  echo "reason=needs ../shared (corpus and peers), /usr/bin/python3 and /usr/bin/time"
  exit 0
fi
build=$(cd "$build" && pwd)
kg=$build/cli/kg
for binary in "$kg" "$build/bench/extract_bench" "$build/bench/graph_queries" \
  "$build/bench/db_size" "$build/bench/serve_bench"; do
  [ -x "$binary" ] || { echo "run.sh: no $binary (build first)" >&2; exit 1; }
done
mkdir -p "$work"
results=$work/results.txt
: >"$results"

# emit PREFIX FILE: FILE's key=value lines, keys prefixed, to stdout and the results.
# Lists of top entities that the NLP peers print are left out.
emit() {
  grep -E '^[A-Za-z0-9_.]+=' "$2" | grep -v '^top_' | sed "s/^/$1/" | tee -a "$results"
}
# get KEY: a value printed so far.
get() { grep -m1 "^$1=" "$results" | cut -d= -f2-; }
# From /usr/bin/time -v output: peak RSS in MB, user+sys CPU seconds.
peak_rss_mb() { awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$1"; }
cpu_s() { awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "na"; else printf "%.2f", a/b}'; }

cores=$(nproc)
echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" | tee -a "$results"
echo "cores=$cores" | tee -a "$results"
echo "loadavg_at_start=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"

# The corpus: wikinews replicated to KG_BENCH_MB megabytes, every copy's ids made unique.
big=$work/wikinews_${megabytes}mb.jsonl
if [ ! -f "$big" ]; then
  "$python" - "$corpus" "$big" "$megabytes" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
target, written, copy = int(sys.argv[3]) * 1_000_000, 0, 0
with open(sys.argv[2] + ".tmp", "w", encoding="utf-8") as out:
    while written < target:
        for doc in lines:
            doc = dict(doc, id=f"{doc['id']}-copy{copy}")
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
        copy += 1
import os
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
PY
fi
echo "corpus_mb=$(awk -v b="$(stat -c %s "$big")" 'BEGIN {printf "%.1f", b/1e6}')" | tee -a "$results"

# Extraction: the whole pipeline in memory, one thread and all cores, then stage by stage.
for threads in 1 "$cores"; do
  /usr/bin/time -v -o "$work/extract.time" "$build/bench/extract_bench" --threads "$threads" \
    "$big" >"$work/extract.txt"
  emit "extract_${threads}t_" "$work/extract.txt"
  echo "extract_${threads}t_peak_rss_mb=$(peak_rss_mb "$work/extract.time")" | tee -a "$results"
done
"$build/bench/extract_bench" --stages "$corpus" >"$work/stages.txt"
grep '^stage_' "$work/stages.txt" | tee -a "$results"
if [ -x "$build/bench/micro_bench" ]; then
  "$build/bench/micro_bench" --benchmark_min_time=0.2 --benchmark_format=json \
    >"$work/micro.json" 2>/dev/null
  "$python" - "$work/micro.json" <<'PY' | tee -a "$results"
import json, sys
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    name = b["name"].removeprefix("BM_").lower()
    print(f"micro_{name}_words_per_cpu_s={b['items_per_second']:.0f}")
PY
fi

# Ingest: the same corpus into a fresh database on all cores.
rm -rf "$work/ingest.db"
/usr/bin/time -v -o "$work/ingest.time" "$kg" --db "$work/ingest.db" --json ingest \
  --threads "$cores" "$big" >"$work/ingest.json"
"$python" - "$work/ingest.json" >"$work/ingest.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for key in ("documents", "facts", "entities", "edges", "seconds", "docs_per_second", "mb_per_second"):
    print(f"{key}={r[key]}")
PY
emit "ingest_" "$work/ingest.txt"
ingest_cpu=$(cpu_s "$work/ingest.time")
# Its size as written (mostly write-ahead log) and once flushed and compacted, on a copy.
rm -rf "$work/ingest.copy"
"$kg" --db "$work/ingest.db" backup "$work/ingest.copy" 2>/dev/null
"$build/bench/db_size" "$work/ingest.copy" >"$work/db_size.txt"
rm -rf "$work/ingest.copy"
emit "ingest_" "$work/db_size.txt"
facts=$(get ingest_facts)
compacted=$(get ingest_db_compacted_bytes)
{
  echo "ingest_peak_rss_mb=$(peak_rss_mb "$work/ingest.time")"
  echo "ingest_cpu_s=$ingest_cpu"
  # What the store adds to extraction, in CPU time: ingest's CPU over the 1-thread extraction's.
  echo "ingest_store_cpu_share=$(awk -v i="$ingest_cpu" -v e="$(get extract_1t_cpu_s)" \
    'BEGIN {printf "%.2f", (i - e) / e}')"
  echo "ingest_db_dir_bytes=$(du -sb "$work/ingest.db" | cut -f1)"
  echo "ingest_bytes_per_fact=$(ratio "$compacted" "$facts")"
  echo "ingest_evidence_bytes_per_fact=$(ratio "$(get ingest_db_evidence_bytes)" "$facts")"
} | tee -a "$results"

# Bytes per fact again on the corpus without copies, whose repeated sentences compress too well.
rm -rf "$work/unique.db" "$work/unique.copy"
"$kg" --db "$work/unique.db" --json ingest --threads "$cores" "$corpus" >"$work/unique.json"
"$kg" --db "$work/unique.db" backup "$work/unique.copy" 2>/dev/null
"$build/bench/db_size" "$work/unique.copy" >"$work/unique_size.txt"
rm -rf "$work/unique.db" "$work/unique.copy"
unique_facts=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["facts"])' \
  "$work/unique.json")
unique_bytes=$(grep '^db_compacted_bytes=' "$work/unique_size.txt" | cut -d= -f2)
evidence_bytes=$(grep '^db_evidence_bytes=' "$work/unique_size.txt" | cut -d= -f2)
{
  echo "ingest_unique_facts=$unique_facts"
  echo "ingest_unique_db_compacted_bytes=$unique_bytes"
  echo "ingest_unique_bytes_per_fact=$(ratio "$unique_bytes" "$unique_facts")"
  echo "ingest_unique_evidence_bytes_per_fact=$(ratio "$evidence_bytes" "$unique_facts")"
} | tee -a "$results"

# Graph: import and GraphML export of the 100k/1M graph, then the peers' queries.
data=$work/kg_100000_1000000
sh "$here/export_import.sh" "$kg" "$work" >"$work/graph.txt"
grep -v '^nodes=\|^edges=\|^cores=' "$work/graph.txt" | tee -a "$results"
"$build/bench/graph_queries" "$work/bench.db" "$data" >"$work/queries.txt"
emit "query_" "$work/queries.txt"
# kg serve: /api/neighbors over loopback on the same graph, 4 keep-alive connections.
"$build/bench/serve_bench" "$work/bench.db" --requests 20000 --seconds 20 >"$work/serve.txt"
emit "serve_" "$work/serve.txt"
ok=1
[ "$(get query_twohop_count_sum)" = 604733 ] || ok=0
[ "$(get query_path_found)" = 97 ] || ok=0
[ "$(get query_path_len_sum)" = 335 ] || ok=0
echo "query_checksums_ok=$ok" | tee -a "$results"

# Peers, each only where it is installed.
if command -v node >/dev/null 2>&1 && [ -d "$peers/node_modules/kuzu" ]; then
  (cd "$peers" && node kuzu_bench.js "$data") >"$work/kuzu.txt" 2>&1 && emit "kuzu." "$work/kuzu.txt" ||
    echo "kuzu.skipped=1" | tee -a "$results"
else
  echo "kuzu.skipped=1" | tee -a "$results"
fi
for peer in compromise:compromise wink:wink-nlp; do
  module=${peer#*:}
  peer=${peer%%:*}
  if command -v node >/dev/null 2>&1 && [ -d "$peers/node_modules/$module" ]; then
    (cd "$peers" && node "${peer}_bench.js" "$corpus") >"$work/$peer.txt" 2>&1 &&
      emit "$peer." "$work/$peer.txt" || echo "$peer.skipped=1" | tee -a "$results"
  else
    echo "$peer.skipped=1" | tee -a "$results"
  fi
done
if "$python" -c 'import networkx, lxml' 2>/dev/null; then
  "$python" "$peers/nx_graphml.py" "$data" --no-readback --out "$work/nx.graphml" \
    >"$work/networkx.txt" 2>&1 && emit "networkx." "$work/networkx.txt" ||
    echo "networkx.skipped=1" | tee -a "$results"
  rm -f "$work/nx.graphml"
else
  echo "networkx.skipped=1" | tee -a "$results"
fi

# Ratios, ours over theirs: above 1 means kg is faster (or, for RSS, the peer needs more).
{
  echo "ratio_words_per_s_1t_vs_compromise=$(ratio "$(get extract_1t_words_per_s)" "$(get compromise.words_per_s)")"
  echo "ratio_words_per_s_1t_vs_wink=$(ratio "$(get extract_1t_words_per_s)" "$(get wink.words_per_s)")"
  echo "ratio_words_per_cpu_s_vs_spacy_sm_9400=$(ratio "$(get extract_1t_words_per_cpu_s)" 9400)"
  echo "ratio_import_edges_per_s_vs_kuzu=$(ratio "$(get import_edges_per_s)" "$(get kuzu.load_edges_per_s)")"
  echo "ratio_twohop_mean_kuzu_over_ours=$(ratio "$(get kuzu.twohop_mean_ms)" "$(get query_twohop_mean_ms)")"
  echo "ratio_path_mean_kuzu_over_ours=$(ratio "$(get kuzu.path_mean_ms)" "$(get query_path_mean_ms)")"
  echo "ratio_export_networkx_over_ours=$(ratio "$(get networkx.graphml_write_s)" "$(get export_graphml_s)")"
  echo "ratio_export_rss_networkx_over_ours=$(ratio "$(get networkx.maxrss_mb)" "$(get export_peak_rss_mb)")"
} | tee -a "$results"
