// Sentence splitter: groups the words of a text (from Tokenize) into sentences.
//
// Contract: the ranges cover every token exactly once, in order, and are never empty. A sentence
// ends
//  - after a run of final punctuation (".", "!", "?", "...", "?!") plus any closing quotes or
//    brackets glued to it, when the next word does not start in lower case;
//  - after an abbreviation that can end a sentence ("U.S.", "Inc.", "etc.") when the next word is
//    a typical sentence opener ("The", "He", "But"), but never after a title or initial ("Dr.",
//    "Gen.", "W.", "Jan.");
//  - at a blank line, and at a line break after a line without final punctuation (a title or a
//    dateline) unless the next line starts in lower case (a hard-wrapped sentence);
//  - after the dash of a news dateline: capitalised words, numbers and punctuation opening with
//    a place in capitals or holding an agency in brackets ("RIGA, Latvia (AP) —");
//  - at the end of the text.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "kg/syntax/tokenizer.h"

namespace kg::syntax {

struct SentenceRange {
  std::uint32_t first = 0;  // index of the first token
  std::uint32_t end = 0;    // index one past the last token
};

std::vector<SentenceRange> SplitSentences(std::string_view text, std::span<const TokenSpan> tokens);

struct Segmentation {
  std::vector<TokenSpan> tokens;
  std::vector<SentenceRange> sentences;
};

// Tokenize + SplitSentences, then, as EWT does, the period of an abbreviation that ends a
// sentence becomes the sentence's final punctuation: "... in the U.S." -> "U.S" ".".
Segmentation Segment(std::string_view text);

}  // namespace kg::syntax
