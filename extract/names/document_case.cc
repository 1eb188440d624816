#include "names/document_case.h"

#include "names/name_lexicon_hits.h"

namespace kg {
namespace {

bool StartsUpper(std::string_view form) {
  return !form.empty() && form.front() >= 'A' && form.front() <= 'Z';
}

bool StartsLower(std::string_view form) {
  return !form.empty() && form.front() >= 'a' && form.front() <= 'z';
}

std::string Lowered(std::string_view form) {
  std::string lower(form);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

}  // namespace

void DocumentCase::AddSentence(std::span<const std::string_view> forms) {
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (StartsLower(forms[i])) lower_case_.insert(std::string(forms[i]));
    // After the first word and not after a quote or colon, where capitals are the text's own.
    const bool inside =
        i > 0 && forms[i - 1] != "\"" && forms[i - 1] != ":" && forms[i - 1] != "\xE2\x80\x9C";
    if (inside && StartsUpper(forms[i])) capitalised_inside_.insert(Lowered(forms[i]));
  }
}

std::uint32_t DocumentCase::Of(std::string_view form) const {
  if (!StartsUpper(form)) return 0;
  const std::string lower = Lowered(form);
  std::uint32_t bits = 0;
  if (capitalised_inside_.contains(lower)) bits |= NameLexiconHits::kCapitalisedElsewhere;
  if (lower_case_.contains(lower)) bits |= NameLexiconHits::kLowerCaseElsewhere;
  return bits;
}

}  // namespace kg
