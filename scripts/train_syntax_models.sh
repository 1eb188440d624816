#!/bin/sh
# Retrains the shipped models (data/models/tagger.kgm, data/models/parser.kgm and
# data/models/name_types.tsv) from UD English EWT in ../shared/ud, deterministically (seed 1),
# and scores the syntax models on its test set.
# Skips cleanly when the treebank is not there. Needs a release build in build/.
set -eu
cd "$(dirname "$0")/.."
ud="${KG_UD_DIR:-../shared/ud}"
if [ ! -f "$ud/en_ewt-ud-train.conllu" ]; then
  echo "train_syntax_models: $ud/en_ewt-ud-train.conllu not found, skipping"
  exit 0
fi
kg=build/cli/kg
start=$(date +%s)
"$kg" train tagger --train "$ud/en_ewt-ud-train.conllu" --dev "$ud/en_ewt-ud-dev.conllu" \
  -o data/models/tagger.kgm --seed 1
"$kg" train parser --train "$ud/en_ewt-ud-train.conllu" --dev "$ud/en_ewt-ud-dev.conllu" \
  -o data/models/parser.kgm --seed 1 --tagger data/models/tagger.kgm
"$kg" train name-types --train "$ud/en_ewt-ud-train.conllu" -o data/models/name_types.tsv
echo "training_seconds=$(( $(date +%s) - start ))"
"$kg" evaluate-syntax --test "$ud/en_ewt-ud-test.conllu" --models data/models
