// DocumentCase: how a document writes its words elsewhere, the evidence a reader uses for a
// capitalised word that opens a sentence or a headline ("Trump met ..." where the article says
// "President Trump" later; "Rain fell ..." where it says "the rain" later).
//
// Built once from every sentence's words; Of() gives a word's NameLexiconHits document bits:
// written capitalised inside a sentence somewhere, and written in lower case somewhere.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

namespace kg {

class DocumentCase {
 public:
  // Adds one sentence's words, in order.
  void AddSentence(std::span<const std::string_view> forms);

  std::uint32_t Of(std::string_view form) const;

 private:
  std::unordered_set<std::string> capitalised_inside_;
  std::unordered_set<std::string> lower_case_;
};

}  // namespace kg
