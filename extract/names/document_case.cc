#include "names/document_case.h"

#include "kg/ascii.h"
#include "names/name_lexicon_hits.h"
#include "names/word_shape.h"

namespace kg {

void DocumentCase::AddSentence(std::span<const std::string_view> forms) {
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (!forms[i].empty() && IsAsciiLower(forms[i].front()))
      lower_case_.insert(std::string(forms[i]));
    // After the first word and not after a quote or colon, where capitals are the text's own.
    const bool inside =
        i > 0 && forms[i - 1] != "\"" && forms[i - 1] != ":" && forms[i - 1] != "\xE2\x80\x9C";
    if (inside && IsCapitalised(forms[i])) capitalised_inside_.insert(AsciiLower(forms[i]));
  }
}

std::uint32_t DocumentCase::Of(std::string_view form) const {
  if (!IsCapitalised(form)) return 0;
  const std::string lower = AsciiLower(form);
  std::uint32_t bits = 0;
  if (capitalised_inside_.contains(lower)) bits |= NameLexiconHits::kCapitalisedElsewhere;
  if (lower_case_.contains(lower)) bits |= NameLexiconHits::kLowerCaseElsewhere;
  return bits;
}

}  // namespace kg
