// Abbreviation knowledge shared by the tokenizer (keep "Dr." whole) and the sentence splitter
// (does "Inc." end the sentence?).
#pragma once

#include <string_view>

namespace kg::syntax {

// Whether `word` followed by '.' is an abbreviation that keeps its period: a listed abbreviation
// ("Dr", "Jan", "etc"), a capital initial ("W"), or letters joined by periods ("U.S", "a.m").
bool KeepsPeriod(std::string_view word);

// Abbreviations (without the period) that precede what they modify, so they never end a
// sentence: titles ("Dr", "Gen", "Sen"), months, "No", "St", "vs" and single initials.
bool IsPrefixAbbreviation(std::string_view word);

// Capitalised words that typically open a sentence ("The", "He", "But"); after an abbreviation
// such as "U.S." or "Inc." they signal a sentence boundary.
bool IsSentenceStarter(std::string_view word);

}  // namespace kg::syntax
