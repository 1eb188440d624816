// FiniteVerb: a sentence's finite verb, restored where greedy tagging lost it.
//
// An English sentence of several words has a finite verb. The greedy tagger sometimes tags the
// only one as something else, mostly where a name or plural noun before a verb makes it look
// like a noun ("The brigade controls the town", "Police arrested two men", "Peru attacks Chile"),
// and the parse then falls apart. When a sentence of at least kMinWords words has no finite verb
// (VBD, VBZ, VBP or MD), the lower-case open-class word whose best finite-verb tag scores closest
// to the tag it got takes that tag, if the gap is under kMaxGap, and the words after it are
// tagged again. Fragments and headlines without a verb keep their tags: their candidates score
// far below their tags. A subordinate clause (from a subordinating conjunction to the next comma,
// colon or the end) needs a finite verb of its own and is repaired the same way: "If the brigade
// attacks the town, the truce ends". Before the scores are compared, a past participle with words
// before it and a noun phrase right after it (a determiner, proper noun, number or possessive)
// becomes a past tense: a passive takes no direct object ("Latvian police arrested Ivo Korso"),
// and so does one between a noun and a common noun ("police arrested opposition leader X",
// "police on Monday arrested opposition leader X").
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "tagger_model.h"

namespace kg::syntax {

// The finite-verb tags of a model's tag set, and which tags a word may be retagged from.
struct FiniteVerbTags {
  std::vector<bool> finite;        // per tag id: VBD, VBZ, VBP, MD
  std::vector<bool> open;          // per tag id: nouns, adjectives, participles, X
  std::vector<bool> subordinator;  // per tag id: SCONJ ("if", "because")
  std::vector<bool> clause_break;  // per tag id: comma, colon, sentence end
  std::vector<TagId> verbs;        // the VERB tags among the finite ones
  std::vector<bool> participle;    // per tag id: VBN
  std::vector<bool> phrase_start;  // per tag id: tags that open a noun phrase (DT, NNP, CD, PRP$)
  std::vector<bool> common_noun;   // per tag id: NN, NNS
  std::vector<bool> noun;          // per tag id: NN, NNS, NNP, NNPS
  std::optional<TagId> past;       // the VERB tag VBD, if the model has one

  static FiniteVerbTags Of(const TaggerModel& model);
};

// Gives word `chosen` the tag `tag` and tags the words after it again, greedily.
void RetagFrom(const TaggerModel& model, std::span<const WordFeatures> words,
               std::span<std::int32_t> scores, std::span<TagId> tags, std::size_t chosen,
               TagId tag);

// Restores a finite verb in `tags` (decoded greedily from `words`) when the rule above applies.
void RestoreFiniteVerb(const TaggerModel& model, const FiniteVerbTags& kinds,
                       std::span<const WordFeatures> words, std::span<std::int32_t> scores,
                       std::span<TagId> tags);

}  // namespace kg::syntax
