#!/bin/sh
# Scores the shipped syntax models on UD English EWT test (../shared/ud) and measures their
# speed; skips the scoring cleanly when the treebank is not there. Needs a release build in build/.
set -eu
cd "$(dirname "$0")/.."
ud="${KG_UD_DIR:-../shared/ud}"
if [ -f "$ud/en_ewt-ud-test.conllu" ]; then
  build/cli/kg evaluate-syntax --test "$ud/en_ewt-ud-test.conllu" --models data/models
else
  echo "eval_syntax: $ud/en_ewt-ud-test.conllu not found, skipping the accuracy figures"
fi
build/bench/syntax_bench --models data/models
