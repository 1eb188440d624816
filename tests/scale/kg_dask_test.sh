#!/bin/sh
# scripts/kg-dask.py on a local cluster of two worker processes, over an invented corpus: the
# merged store must equal a single `kg ingest` of the same input (same export, kg check clean).
#   kg_dask_test.sh KG          the driver runs once; one JSON line cannot be read, which both
#                               report and skip
#   kg_dask_test.sh KG kill     a worker is killed mid-shard, the driver fails; its rerun
#                               extracts only the missing shards and the result is still equal
# Exits 77 (skipped) when python3-distributed is not importable; scripts/setup.sh installs it.
set -eu
kg=$1
mode=${2:-once}
driver="$(dirname "$0")/../../scripts/kg-dask.py"
python=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c "import distributed" 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "kg-dask test skipped: python3-distributed is not importable (scripts/setup.sh installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Documents of several kinds, in an order that matters: entities recur across them.
mkdir -p "$work/notes/east"
cat >"$work/wire.jsonl" <<'CORPUS'
{"id": "w1", "date": "2031-02-03", "text": "Mirela Stanek met with Teodor Halvik in Orsk on Monday. Stanek accused the Grey Harbour Union of blocking the port."}
{"id": "w2", "date": "2031-02-04", "title": "Port talks", "text": "The Grey Harbour Union criticized Mirela Stanek. Halvik urged Stanek to reopen talks in Velden."}
{"id": "w3", "date": "2031-02-05", "text": "Teodor Halvik visited Velden. Governor Ansel Brom met with Halvik and praised the union."}
{"id": "w4", "date": "2031-02-06", "text": "Ansel Brom accused Mirela Stanek of delaying the vote in Orsk."}
{"id": "w5", "date": "2031-02-07", "text": "Stanek met with Brom in Velden. The Grey Harbour Union supported Brom."}
CORPUS
printf '%s\n' "Ivo Reszka met with Mirela Stanek in Orsk." \
  "Reszka later criticized Ansel Brom." >"$work/notes/east/reszka.txt"
printf '%s\n' "Teodor Halvik accused Ivo Reszka of leaking the plan." >"$work/notes/halvik.txt"
printf '%s\n' "Brom urged Halvik to meet with Reszka in Velden." >"$work/notes/summit.txt"
if [ "$mode" = once ]; then
  echo '{"id": "w6", "text": "cut off' >>"$work/wire.jsonl"
  expected_exit=1
else
  expected_exit=0
fi

status=0
"$kg" --db "$work/single.db" ingest "$work/wire.jsonl" "$work/notes" 2>/dev/null || status=$?
[ "$status" -eq "$expected_exit" ] || { echo "FAIL: kg ingest exited $status"; exit 1; }

run_driver() {
  "$python" "$driver" --kg "$kg" --local 2 --partitions 4 --out "$work/shards" \
    --db "$work/merged.db" "$work/wire.jsonl" "$work/notes" 2>"$work/driver.log"
}

if [ "$mode" = kill ]; then
  if KG_DASK_TEST_KILL_PARTITION=1 DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES=0 run_driver; then
    cat "$work/driver.log"
    echo "FAIL: the driver succeeded although a worker was killed"
    exit 1
  fi
  if [ -e "$work/shards/part-00001-of-00004.jsonl" ] || [ -e "$work/merged.db" ]; then
    cat "$work/driver.log"
    echo "FAIL: the killed partition has a shard, or the driver merged after a failure"
    exit 1
  fi
  complete=$(ls "$work/shards" | grep -c '^part-.*jsonl$' || true)
  echo "after the kill: $complete of 4 shards complete"
fi
status=0
run_driver || status=$?
if [ "$status" -ne "$expected_exit" ]; then
  cat "$work/driver.log"
  echo "FAIL: the driver exited $status"
  exit 1
fi
if [ "$mode" = once ] && ! grep -q "wire.jsonl:6" "$work/driver.log"; then
  cat "$work/driver.log"
  echo "FAIL: the driver did not report the unreadable line"
  exit 1
fi
if [ "$mode" = kill ] && [ "$complete" -gt 0 ] && ! grep -q "skipped" "$work/driver.log"; then
  cat "$work/driver.log"
  echo "FAIL: the rerun did not skip the complete shards"
  exit 1
fi

# The export, and the entity ids, which show the order documents were stored in.
for db in single merged; do
  "$kg" --db "$work/$db.db" export --format json -o "$work/$db.json" 2>/dev/null
  "$kg" --db "$work/$db.db" --json query "MATCH (a) RETURN a.id, a.name" >>"$work/$db.json"
done
if ! cmp -s "$work/single.json" "$work/merged.json"; then
  diff "$work/single.json" "$work/merged.json" | head -20
  echo "FAIL: the merged store differs from the single ingest"
  exit 1
fi
"$kg" --db "$work/merged.db" check >"$work/check.log" 2>&1 || {
  cat "$work/check.log"
  echo "FAIL: kg check"
  exit 1
}
grep -q ": 0 violations" "$work/check.log"
edges=$(grep -c '"source"' "$work/merged.json" || true)
echo "ok: merged store equals the single ingest ($edges edges), kg check clean"
