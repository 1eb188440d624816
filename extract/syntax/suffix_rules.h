// Suffix rules that undo English inflection without a dictionary: the lemmatizer's fallback for
// words WordNet does not know, or for when WordNet is not installed.
#pragma once

#include <string>
#include <string_view>

namespace kg::syntax {

// The base of the lower-case `word` tagged `xpos` (NNS, VBZ, VBD, VBN, VBG, JJR, JJS, RBR, RBS):
// "countries" -> "country", "stopped" -> "stop", "making" -> "make", "bigger" -> "big".
std::string SuffixRuleBase(std::string_view word, std::string_view xpos);

// The singular of a plural proper noun, case kept: "Americans" -> "American",
// "Philippines" -> "Philippine", "Industries" -> "Industry".
std::string SingularProperNoun(std::string_view word);

}  // namespace kg::syntax
