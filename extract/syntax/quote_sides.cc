#include "quote_sides.h"

#include <string_view>

#include "finite_verb.h"

namespace kg::syntax {
namespace {

enum class Facing { kNone, kOpening, kClosing };

// Which way the quotation mark `form` faces; kNone for any other word.
Facing FacingOf(std::string_view form, bool spaced_before) {
  if (form == "\xE2\x80\x9C" || form == "\xE2\x80\x98") return Facing::kOpening;  // “ ‘
  if (form == "\xE2\x80\x9D" || form == "\xE2\x80\x99") return Facing::kClosing;  // ” ’
  if (form == "\"" || form == "'") return spaced_before ? Facing::kOpening : Facing::kClosing;
  return Facing::kNone;
}

}  // namespace

QuoteTags QuoteTags::Of(const TaggerModel& model) {
  QuoteTags tags;
  for (std::size_t t = 0; t < model.xpos.size(); ++t) {
    if (model.xpos[t] == "``") tags.opening = static_cast<TagId>(t);
    if (model.xpos[t] == "''") tags.closing = static_cast<TagId>(t);
  }
  return tags;
}

void FaceQuotes(const TaggerModel& model, const QuoteTags& quote_tags,
                std::span<const std::string_view> forms,
                std::span<const std::uint8_t> spaced_before, std::span<const WordFeatures> words,
                std::span<std::int32_t> scores, std::span<TagId> tags) {
  if (!quote_tags.opening || !quote_tags.closing || spaced_before.size() != forms.size()) return;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (tags[i] != *quote_tags.opening && tags[i] != *quote_tags.closing) continue;
    const Facing facing = FacingOf(forms[i], i == 0 || spaced_before[i] != 0);
    if (facing == Facing::kNone) continue;
    const TagId facing_tag = facing == Facing::kOpening ? *quote_tags.opening : *quote_tags.closing;
    if (tags[i] != facing_tag) RetagFrom(model, words, scores, tags, i, facing_tag);
  }
}

}  // namespace kg::syntax
