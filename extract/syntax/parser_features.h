// The feature templates of the dependency parser, after Zhang & Nivre (2011) adapted to the
// arc-hybrid system: words and tags of s0..s2 and b0..b2, of the outermost children of s0, s1 and
// b0 and their labels, pairs and triples of these, the s0-b0 and s1-s0 distances, valencies and
// label sets. Changing a template changes the model format.
#pragma once

#include <cstdint>
#include <span>

#include "parser_state.h"

namespace kg::syntax {

// What the parser knows of a word: hashes of its lower-cased form and of its tags, and where
// punctuation is. Index 0 of a sentence's array stands for the root.
struct ParserWord {
  std::uint64_t word;
  std::uint64_t tag;
  int punctuation_before;  // punctuation words before this one (to count those in between)
};

inline constexpr std::size_t kMaxParserFeatures = 128;

// The root's entry for the words array.
ParserWord RootParserWord();

// Writes the features of `state` to `out` (room for kMaxParserFeatures); returns how many.
std::size_t ExtractParserFeatures(const ParserState& state, std::span<const ParserWord> words,
                                  std::uint64_t* out);

}  // namespace kg::syntax
