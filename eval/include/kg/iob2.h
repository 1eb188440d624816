// Iob2: reading named-entity annotations in the IOB2 column format (UniversalNER, CoNLL).
//
// A file is a sequence of sentences separated by blank lines. Comment lines start with '#':
// "# newdoc id = X" opens a document, "# sent_id = Y" names the sentence and "# text = ..." gives
// its raw text. Every other line is one token: tab-separated columns, the first an index, the
// second the token and the third its tag ("O", "B-PER", "I-LOC", ...); further columns are ignored.
// Two-column token lines ("token<TAB>tag" or "token tag", as in CoNLL-2003 and its descendants)
// are read too, and a "-DOCSTART-" line opens a document.
// Labelled spans are maximal runs of a B- tag and the I- tags of the same label that follow it; an
// I- tag without a matching opener opens a span, as conlleval does.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "kg/status.h"

namespace kg {

struct Iob2Sentence {
  std::string doc;   // the last "# newdoc" id, or "sentenceN" (N its number) in a file with none
  std::string id;    // "# sent_id", or empty
  std::string text;  // "# text", or the tokens joined by spaces when absent
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
};

struct LabelledSpan {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  std::string label;  // "PER", "ORG", "LOC", ...

  bool operator==(const LabelledSpan&) const = default;
};

// Reads every sentence; a line that is neither a comment nor a token line is an error naming it.
Result<std::vector<Iob2Sentence>> ReadIob2(std::istream& in, const std::string& origin);

std::vector<LabelledSpan> SpansOfTags(const std::vector<std::string>& tags);

}  // namespace kg
