// Capitalised-name detection for the walking skeleton's extraction path.
//
// Finds maximal runs of capitalised words in a sentence ("Steve Witkoff", "Black Sea"), allowing
// "of" between capitalised words ("Bank of England"). A possessive "'s" is not part of the name,
// leading titles ("President", "Secretary of State") are stripped, and a lone capitalised
// function word at the start of a sentence ("The", "After") is not a name.
#pragma once

#include <string_view>
#include <vector>

#include "kg/extraction.h"

namespace kg {

struct NameSpan {
  Span span;  // byte range in the document text
  std::string_view text;
};

// `sentence` is the sentence's text; `offset` its byte offset in the document.
std::vector<NameSpan> FindNames(std::string_view sentence, std::uint32_t offset);

}  // namespace kg
