// NameTaggerModel: what a name tagger file holds, the BILOU label set, the features, and the
// constrained greedy decoding shared by tagging and training.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "names/name_tagger.h"
#include "syntax/feature_table.h"
#include "syntax/word_features.h"

namespace kg {

struct NameTaggerModel {
  syntax::FeatureTable weights;

  void Serialize(syntax::ByteWriter& out) const;
  bool Deserialize(syntax::ByteReader& in);
};

struct NameTaggerAccess {
  static const NameTaggerModel* Model(const NameTagger& tagger) { return tagger.model_.get(); }
};

// Labels: 0 is O (outside any name); 1 + 4 * class + position, position 0..3 = B, I, L, U.
inline constexpr int kNameLabels = 1 + 4 * kNameClasses;
inline constexpr int kOutside = 0;
enum NamePosition : int { kBegin, kInside, kLast, kUnit };

inline int NameLabel(NameClass type, NamePosition position) {
  return 1 + 4 * static_cast<int>(type) + position;
}

// The sentence prepared for feature extraction: per word, its hashed features.
struct NameTaggerSentence {
  std::vector<syntax::WordFeatures> words;
  std::vector<std::uint64_t> upos;      // HashString of the UPOS tag
  std::vector<std::uint32_t> lexicon;   // NameLexiconHits bits but the document's
  std::vector<std::uint32_t> document;  // NameLexiconHits::kDocumentBits
  // The last word of the run of capitalised words the word is in, or the word itself: a name's
  // head ("Aabenraa County", "Cary Village Mall") types it from its first word on.
  std::vector<std::uint32_t> run_last;
};

// Fills `out` from `words`; `lower` is scratch.
void PrepareNameSentence(std::span<const NameTaggerWord> words, std::vector<char>& lower,
                         NameTaggerSentence& out);

inline constexpr std::size_t kMaxNameFeatures = 48;

// The features of word `i` given the two previous labels (-1 before the sentence).
std::size_t ExtractNameFeatures(const NameTaggerSentence& sentence, std::size_t i, int prev,
                                int prev2, std::uint64_t* out);

// Whether `label` may follow `prev` (-1 at the start); `last` says the word ends the sentence.
bool LabelAllowed(int prev, int label, bool last);

// Labels `sentence` greedily with any linear model that has AddScores(features, scores), never
// breaking the BILOU grammar; `scores` has kNameLabels cells.
template <typename Weights, typename Score>
void DecodeNameLabels(const Weights& weights, const NameTaggerSentence& sentence,
                      std::span<Score> scores, std::vector<int>& labels) {
  std::uint64_t features[kMaxNameFeatures];
  const std::size_t size = sentence.words.size();
  labels.assign(size, kOutside);
  int prev = -1, prev2 = -1;
  for (std::size_t i = 0; i < size; ++i) {
    const std::size_t n = ExtractNameFeatures(sentence, i, prev, prev2, features);
    for (Score& s : scores)
      s = 0;
    weights.AddScores(std::span<const std::uint64_t>(features, n), scores);
    int best = -1;
    for (int label = 0; label < kNameLabels; ++label) {
      if (!LabelAllowed(prev, label, i + 1 == size)) continue;
      if (best < 0 || scores[label] > scores[best]) best = label;
    }
    labels[i] = best;
    prev2 = prev;
    prev = best;
  }
}

// The names a well-formed label sequence spells.
std::vector<TaggedName> NamesOfLabels(const std::vector<int>& labels);

// The label sequence of `names` over `size` words.
std::vector<int> LabelsOfNames(const std::vector<TaggedName>& names, std::size_t size);

}  // namespace kg
