// ParserModel: what a parser file holds, and greedy decoding shared by parsing and training.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "feature_hash.h"
#include "feature_table.h"
#include "kg/syntax/parser.h"
#include "label_set.h"
#include "parser_features.h"
#include "parser_state.h"

namespace kg::syntax {

struct ParserModel {
  LabelSet labels;
  FeatureTable weights;

  void Serialize(ByteWriter& out) const;
  bool Deserialize(ByteReader& in);
};

// words[0] is the root; words[k] describes word k.
void FillParserWords(std::span<const ParserInputWord> input, char* lower_buffer,
                     std::span<ParserWord> words);

// The best transition of `scores` that `state` allows.
template <typename Score>
int BestValidTransition(const ParserState& state, std::span<const Score> scores, int num_labels) {
  int best = -1;
  for (int t = 0; t < static_cast<int>(scores.size()); ++t) {
    if (!state.CanApply(MoveOf(t, num_labels))) continue;
    if (best < 0 || scores[static_cast<std::size_t>(t)] > scores[static_cast<std::size_t>(best)]) {
      best = t;
    }
  }
  return best;
}

// Parses greedily with any linear model that has AddScores(features, scores); `scores` has one
// cell per transition. On return, state holds the tree.
template <typename Weights, typename Score>
void DecodeTree(const Weights& weights, int num_labels, std::span<const ParserWord> words,
                std::span<Score> scores, ParserState& state) {
  std::uint64_t features[kMaxParserFeatures];
  state.Reset(static_cast<int>(words.size()) - 1);
  while (!state.IsTerminal()) {
    const std::size_t n = ExtractParserFeatures(state, words, features);
    for (Score& s : scores)
      s = 0;
    weights.AddScores(std::span<const std::uint64_t>(features, n), scores);
    const int t = BestValidTransition(state, std::span<const Score>(scores), num_labels);
    state.Apply(MoveOf(t, num_labels), LabelOf(t, num_labels));
  }
}

}  // namespace kg::syntax
