// FoldedNameKey: the form under which the store takes two spellings of a name for one.
//
// NameKey (lower case, single spaces), then, as transliterations and keyboards vary:
// - letters lose their diacritics and are case-folded ("Kaczyński" -> "kaczynski");
// - apostrophes are dropped and hyphens separate words ("Khamene'i" -> "khamenei",
//   "Jong-un" -> "jong un");
// - in a word of five letters or more, a doubled final letter is written once, and a final
//   "iy" is "y" ("Zelenskyy", "Zelenskiy" -> "zelensky"; "Bennett" -> "bennet").
// The store's alias and surname indexes are keyed by it, so names equal under it find the same
// entities. Text that is not UTF-8 keeps its NameKey.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string FoldedNameKey(std::string_view name);

}  // namespace kg
