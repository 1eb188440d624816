// The feature templates of the part-of-speech tagger (an averaged perceptron, greedy left to
// right): the word, its lower case, prefixes, suffixes and shape, the words and suffixes two to
// each side, and the two previous predicted tags. Changing a template changes the model format.
#pragma once

#include <cstdint>
#include <span>

#include "word_features.h"

namespace kg::syntax {

inline constexpr std::size_t kMaxTaggerFeatures = 40;

// Writes the features of word `i` to `out` (room for kMaxTaggerFeatures) and returns how many.
// `prev` and `prev2` are the tag ids of words i-1 and i-2, or -1 before the sentence start.
std::size_t ExtractTaggerFeatures(std::span<const WordFeatures> words, std::size_t i, int prev,
                                  int prev2, std::uint64_t* out);

}  // namespace kg::syntax
