// TaggerModel: what a tagger file holds, and greedy decoding shared by tagging and training.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "feature_table.h"
#include "kg/syntax/tagger.h"
#include "tag_dictionary.h"
#include "tagger_features.h"
#include "word_features.h"

namespace kg::syntax {

struct TaggerModel {
  std::vector<std::string> upos;  // per tag id
  std::vector<std::string> xpos;  // per tag id
  TagDictionary dictionary;
  FeatureTable weights;

  void Serialize(ByteWriter& out) const;
  bool Deserialize(ByteReader& in);
};

// Lets the trainer see the model of a Tagger.
struct TaggerAccess {
  static const TaggerModel* Model(const Tagger& tagger) { return tagger.model_.get(); }
};

// Fills in the tag classes of `words` from `dictionary`.
inline void AddTagClasses(const TagDictionary& dictionary, std::span<WordFeatures> words) {
  for (WordFeatures& word : words)
    word.tag_class = dictionary.Find(word.lower);
}

// Tags `words` greedily with any linear model that has AddScores(features, scores); `scores`
// has one cell per tag.
template <typename Weights, typename Score>
void DecodeTags(const Weights& weights, std::span<const WordFeatures> words,
                std::span<Score> scores, std::span<TagId> tags) {
  std::uint64_t features[kMaxTaggerFeatures];
  int prev = -1, prev2 = -1;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::size_t n = ExtractTaggerFeatures(words, i, prev, prev2, features);
    for (Score& s : scores)
      s = 0;
    weights.AddScores(std::span<const std::uint64_t>(features, n), scores);
    std::size_t best = 0;
    for (std::size_t t = 1; t < scores.size(); ++t) {
      if (scores[t] > scores[best]) best = t;
    }
    tags[i] = static_cast<TagId>(best);
    prev2 = prev;
    prev = static_cast<int>(best);
  }
}

}  // namespace kg::syntax
