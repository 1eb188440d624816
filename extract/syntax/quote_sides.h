// QuoteSides: which way each quotation mark of a sentence faces, and its tag mended to match.
//
// The tagger sees curly quotes as straight ones and a straight quote looks the same at both ends
// of a quotation, so it often tags a closing quote as opening ("Talks failed," '' the minister
// said) and the parser then hangs the reporting clause inside the quotation. The text says which
// way a mark faces: a curly quote by its shape (“ ‘ open, ” ’ close), a straight one by the space
// before it (right after a word it closes, after a space or at the start it opens). A word the
// tagger tagged as a quotation mark (`` or '') that faces the other way takes the other tag, and
// the words after it are tagged again.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "kg/syntax/tagger.h"
#include "tagger_model.h"

namespace kg::syntax {

// The quotation-mark tags of a model.
struct QuoteTags {
  std::optional<TagId> opening;  // ``
  std::optional<TagId> closing;  // ''

  static QuoteTags Of(const TaggerModel& model);
};

// Mends the quotation-mark tags of `forms` (decoded greedily into `tags`). `spaced_before[i]` is
// non-zero when whitespace or the start of the text comes right before word i.
void FaceQuotes(const TaggerModel& model, const QuoteTags& quote_tags,
                std::span<const std::string_view> forms,
                std::span<const std::uint8_t> spaced_before, std::span<const WordFeatures> words,
                std::span<std::int32_t> scores, std::span<TagId> tags);

}  // namespace kg::syntax
