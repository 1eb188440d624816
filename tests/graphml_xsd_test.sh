#!/bin/sh
# The GraphML that `kg export` writes validates against the GraphML 1.1 XSD.
# usage: graphml_xsd_test.sh KG_BINARY SHARED_DIR
# Exits 77 (reported by CTest as skipped) when SHARED_DIR/graphml/validate.sh is absent.
set -eu
kg=$1
validate=$2/graphml/validate.sh
if [ ! -x "$validate" ]; then
  echo "SKIPPED: $validate not found (the shared GraphML schemas are not here)"
  exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'Ada <Lovelace> & "Co" met with Paul Mensah in Łódź on Monday.\nLater Mensah accused Ada of delaying.\n' >"$dir/article.txt"
printf 'id,name,type\n0,Zoë \001 <&> "q",PERSON\n1,Kessel,EVENT\n' >"$dir/nodes.csv"
printf 'src,dst,rel,weight\n0,1,visited,0.5\n' >"$dir/edges.csv"
"$kg" --db "$dir/kg.db" ingest "$dir/article.txt" 2>/dev/null
"$kg" --db "$dir/kg.db" import --nodes "$dir/nodes.csv" --edges "$dir/edges.csv" 2>/dev/null
"$kg" --db "$dir/kg.db" export --format graphml -o "$dir/kg.graphml" 2>/dev/null
"$validate" "$dir/kg.graphml"
