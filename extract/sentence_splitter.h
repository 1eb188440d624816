// Sentence splitting for the walking skeleton's extraction path.
//
// Splits text into sentences at '.', '!' or '?' followed by whitespace and an upper-case letter,
// digit or opening quote, and at line breaks. Periods in abbreviations ("U.S.", "Dr.", "Jan.")
// do not end a sentence. Returned spans are byte ranges into `text` with surrounding whitespace
// trimmed; empty sentences are dropped.
#pragma once

#include <string_view>
#include <vector>

#include "kg/extraction.h"

namespace kg {

std::vector<Span> SplitSentences(std::string_view text);

}  // namespace kg
