#!/bin/sh
# The browser test of kg serve (browser_test.cjs) on a database built from an invented article.
#   browser_test.sh KG NODE_MODULES SCREENSHOT
# Exits 77 (skipped) when Chromium or the npm packages are missing; scripts/setup.sh installs both.
set -eu
kg=$1
node_modules=$2
screenshot=$3
if ! command -v chromium >/dev/null 2>&1 || [ ! -d "$node_modules/playwright-core" ]; then
  echo "browser test skipped: needs chromium and serve/web/node_modules (scripts/setup.sh)"
  exit 77
fi
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
cat >"$work/article.txt" <<'ARTICLE'
Ilsa Varnholt met Pavel Kessing in Tannaby on Monday.
Pavel Kessing met Odile Dorrance in Lundvik after a post saying <script>window.pwned = 1</script> appeared.
ARTICLE
"$kg" --db "$work/kg.db" ingest "$work/article.txt" >/dev/null
"$kg" --db "$work/kg.db" serve --port 0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  grep -q "listening on" "$work/serve.log" && break
  sleep 0.1
done
url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/serve.log")
[ -n "$url" ] || { cat "$work/serve.log"; exit 1; }
NODE_PATH="$node_modules" node "$(dirname "$0")/browser_test.cjs" "$url/" "$screenshot"
