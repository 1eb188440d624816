#include "finite_verb.h"

#include <algorithm>

namespace kg::syntax {
namespace {

constexpr std::size_t kMinWords = 3;
// The largest score gap a finite verb may be behind by. Chosen on EWT dev, where it leaves UPOS
// as it was (95.15 %) and raises UAS 84.58 -> 84.60 %; twice as much starts to verb fragments.
constexpr std::int64_t kMaxGap = 10'000;

bool IsOneOf(const std::string& tag, std::initializer_list<const char*> tags) {
  return std::any_of(tags.begin(), tags.end(), [&](const char* t) { return tag == t; });
}

// The scores of the tags of word `i`, given the tags before it.
void Score(const TaggerModel& model, std::span<const WordFeatures> words, std::size_t i,
           std::span<const TagId> tags, std::span<std::int32_t> scores) {
  std::uint64_t features[kMaxTaggerFeatures];
  const int prev = i >= 1 ? tags[i - 1] : -1;
  const int prev2 = i >= 2 ? tags[i - 2] : -1;
  const std::size_t n = ExtractTaggerFeatures(words, i, prev, prev2, features);
  std::fill(scores.begin(), scores.end(), 0);
  model.weights.AddScores(std::span<const std::uint64_t>(features, n), scores);
}

}  // namespace

void RetagFrom(const TaggerModel& model, std::span<const WordFeatures> words,
               std::span<std::int32_t> scores, std::span<TagId> tags, std::size_t chosen,
               TagId tag) {
  tags[chosen] = tag;
  for (std::size_t i = chosen + 1; i < words.size(); ++i) {
    Score(model, words, i, tags, scores);
    tags[i] = static_cast<TagId>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
}

FiniteVerbTags FiniteVerbTags::Of(const TaggerModel& model) {
  FiniteVerbTags kinds;
  for (std::size_t t = 0; t < model.xpos.size(); ++t) {
    const std::string& xpos = model.xpos[t];
    const bool finite = IsOneOf(xpos, {"VBD", "VBZ", "VBP", "MD"});
    kinds.finite.push_back(finite);
    kinds.subordinator.push_back(model.upos[t] == "SCONJ");
    kinds.clause_break.push_back(xpos == "," || xpos == ":" || xpos == ".");
    kinds.open.push_back(IsOneOf(xpos, {"NN", "NNS", "JJ", "VBN", "VBG", "ADD", "FW"}) ||
                         model.upos[t] == "X");
    if (finite && model.upos[t] == "VERB") kinds.verbs.push_back(static_cast<TagId>(t));
    kinds.participle.push_back(xpos == "VBN");
    kinds.phrase_start.push_back(IsOneOf(xpos, {"DT", "NNP", "NNPS", "CD", "PRP$"}));
    kinds.common_noun.push_back(IsOneOf(xpos, {"NN", "NNS"}));
    kinds.noun.push_back(IsOneOf(xpos, {"NN", "NNS", "NNP", "NNPS"}));
    if (xpos == "VBD" && model.upos[t] == "VERB") kinds.past = static_cast<TagId>(t);
  }
  return kinds;
}

namespace {

// Restores a finite verb among words [begin, end) when they have none.
void RestoreInRange(const TaggerModel& model, const FiniteVerbTags& kinds,
                    std::span<const WordFeatures> words, std::span<std::int32_t> scores,
                    std::span<TagId> tags, std::size_t begin, std::size_t end) {
  if (end - begin < kMinWords) return;
  if (std::any_of(tags.begin() + static_cast<std::ptrdiff_t>(begin),
                  tags.begin() + static_cast<std::ptrdiff_t>(end),
                  [&](TagId t) { return kinds.finite[t]; })) {
    return;
  }
  // A past participle with a noun phrase right after it and words before it is an active past
  // tense: a passive takes no direct object ("Latvian police arrested Ivo Korso"); so is one
  // before a common noun with a noun before it ("police arrested opposition leader X", "police on
  // Monday arrested opposition leader X"; "the arrested man" has none before).
  if (kinds.past.has_value()) {
    for (std::size_t i = begin + 1; i + 1 < end; ++i) {
      const bool between_nouns = kinds.noun[tags[i - 1]] && kinds.common_noun[tags[i + 1]];
      if (kinds.participle[tags[i]] && (kinds.phrase_start[tags[i + 1]] || between_nouns) &&
          (words[i].flags & WordFeatures::kInitialCapital) == 0) {
        RetagFrom(model, words, scores, tags, i, *kinds.past);
        return;
      }
    }
  }
  std::size_t chosen = end;
  TagId chosen_tag = 0;
  std::int64_t smallest_gap = kMaxGap;
  for (std::size_t i = begin; i < end; ++i) {
    if (!kinds.open[tags[i]] || (words[i].flags & WordFeatures::kInitialCapital) != 0) continue;
    Score(model, words, i, tags, scores);
    for (TagId verb : kinds.verbs) {
      const std::int64_t gap = std::int64_t{scores[tags[i]]} - scores[verb];
      if (gap < smallest_gap) {
        smallest_gap = gap;
        chosen = i;
        chosen_tag = verb;
      }
    }
  }
  if (chosen == end) return;
  RetagFrom(model, words, scores, tags, chosen, chosen_tag);
}

}  // namespace

void RestoreFiniteVerb(const TaggerModel& model, const FiniteVerbTags& kinds,
                       std::span<const WordFeatures> words, std::span<std::int32_t> scores,
                       std::span<TagId> tags) {
  if (kinds.verbs.empty()) return;
  RestoreInRange(model, kinds, words, scores, tags, 0, words.size());
  // A subordinate clause has a finite verb of its own: "If the brigade attacks the town, ...".
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!kinds.subordinator[tags[i]]) continue;
    std::size_t end = i + 1;
    while (end < words.size() && !kinds.clause_break[tags[end]])
      ++end;
    RestoreInRange(model, kinds, words, scores, tags, i + 1, end);
  }
}

}  // namespace kg::syntax
