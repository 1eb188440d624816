#include "names/head_words.h"

#include <algorithm>

namespace kg {
namespace {

// Whether a word of `name`, between spaces, satisfies `listed`.
template <typename Listed>
bool HasWordFrom(std::string_view name, Listed listed) {
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    if (listed(name.substr(start, space - start))) return true;
    start = space + 1;
  }
  return false;
}

// An empty word, between two spaces in a row ("Patrick  Gillett"), counts as an organisation
// word: the C++ table these words came from held two empty entries, and the output stays as it
// was until that is decided on its own.
bool IsOrgWord(const Vocabulary& words, std::string_view word) {
  return word.empty() || words.organisation_head_words.Contains(word) ||
         words.company_forms.Contains(word);
}

// "Halvorsen Shipping": a line of business ending a name of several words.
bool EndsInBusinessWord(const Vocabulary& words, std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space != std::string_view::npos &&
         words.business_head_words.Contains(name.substr(space + 1));
}

}  // namespace

bool IsAcronym(std::string_view name) {
  return name.size() >= 2 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsRegionWord(const Vocabulary& words, std::string_view word) {
  return words.region_words.Contains(word);
}

bool IsCompanyForm(const Vocabulary& words, std::string_view word) {
  return words.company_forms.Contains(word);
}

bool HasOrgWord(const Vocabulary& words, std::string_view name) {
  return HasWordFrom(name, [&](std::string_view word) { return IsOrgWord(words, word); }) ||
         EndsInBusinessWord(words, name);
}

bool HasHeadWord(const Vocabulary& words, std::string_view name) {
  return EndsInBusinessWord(words, name) || HasWordFrom(name, [&](std::string_view word) {
           return IsOrgWord(words, word) || words.place_head_words.Contains(word) ||
                  words.state_head_words.Contains(word);
         });
}

std::optional<EntityType> TypeOfHeadWords(const Vocabulary& words, std::string_view name) {
  // The name's head, its last word before any "of", "for" or "on", decides when it is a head
  // word: "Orchestra Hall" is a place, "Hall Orchestra" an orchestra. A place word taking "for"
  // or "on" heads a body's name ("the Center for Biological Diversity"): places take neither.
  const std::size_t phrase = std::min({name.find(" of "), name.find(" for "), name.find(" on ")});
  std::string_view head = name.substr(0, phrase);
  head = head.substr(head.rfind(' ') + 1);
  const bool purpose = phrase != std::string_view::npos && name.substr(phrase, 4) != " of ";
  if (purpose && words.place_head_words.Contains(head)) return EntityType::kOrg;
  if (head.size() < name.size()) {
    if (IsOrgWord(words, head) || words.business_head_words.Contains(head)) return EntityType::kOrg;
    if (words.place_head_words.Contains(head)) return EntityType::kLoc;
    if (words.state_suffixes.Contains(head)) return EntityType::kGpe;
  }
  if (HasOrgWord(words, name) || IsAcronym(name)) return EntityType::kOrg;
  if (HasWordFrom(name,
                  [&](std::string_view word) { return words.place_head_words.Contains(word); }))
    return EntityType::kLoc;
  if (HasWordFrom(name,
                  [&](std::string_view word) { return words.state_head_words.Contains(word); }))
    return EntityType::kGpe;
  return std::nullopt;
}

bool IsNameParticle(const Vocabulary& words, std::string_view form) {
  return words.inner_name_particles.Contains(form) || IsOpeningNameParticle(words, form);
}

bool IsOpeningNameParticle(const Vocabulary& words, std::string_view form) {
  return words.opening_name_particles.Contains(form);
}

}  // namespace kg
