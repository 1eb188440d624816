#include "names/name_lexicon_hits.h"

#include <algorithm>
#include <string>

#include "names/head_words.h"
#include "names/name_tagger.h"
#include "names/titles.h"
#include "names/word_shape.h"

namespace kg {
namespace {

// Known names are looked up over at most this many words.
constexpr std::size_t kLongestKnownName = 5;

bool OpensWord(std::string_view form) {
  const unsigned char first = form.empty() ? 0 : static_cast<unsigned char>(form.front());
  return (first >= 'A' && first <= 'Z') || first >= 0x80;
}

// Words that may stand inside a known name, between capitalised ones: "Bank of England",
// "Guinea-Bissau".
bool JoinsName(std::string_view form) {
  return form == "of" || form == "-" || form == "and" || form == "the";
}

std::uint32_t WordBits(std::string_view form, const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  std::uint32_t bits = 0;
  if (knowledge.IsGivenName(form)) bits |= NameLexiconHits::kGivenName;
  if (knowledge.IsCommonWord(form)) bits |= NameLexiconHits::kCommonWord;
  if (!OpensWord(form)) return bits;
  if (IsTitleWord(words, form)) bits |= NameLexiconHits::kTitleWord;
  if (words.organisation_head_words.Contains(form)) bits |= NameLexiconHits::kOrganisationHead;
  if (words.place_head_words.Contains(form) || words.state_head_words.Contains(form))
    bits |= NameLexiconHits::kPlaceHead;
  if (IsCompanyForm(words, form)) bits |= NameLexiconHits::kCompanyForm;
  if (IsCalendarWord(words, form)) bits |= NameLexiconHits::kCalendarWord;
  if (knowledge.IsDemonym(form)) bits |= NameLexiconHits::kDemonym;
  return bits;
}

// The longest known name that starts at `first` and ends on a capitalised word: its word count
// (0 if none) and type.
std::size_t LongestKnownName(std::span<const std::string_view> forms, std::size_t first,
                             const NameKnowledge& knowledge, EntityType* type) {
  std::size_t end = first;
  while (end < forms.size() && end - first < kLongestKnownName &&
         (OpensWord(forms[end]) || (end > first && JoinsName(forms[end]))))
    ++end;
  std::string name;
  for (std::size_t last = end; last > first; --last) {
    if (!OpensWord(forms[last - 1])) continue;
    name.clear();
    for (std::size_t k = first; k < last; ++k) {
      const bool hyphen = forms[k] == "-" || (k > first && forms[k - 1] == "-");
      if (k > first && !hyphen) name += ' ';
      name += forms[k];
    }
    if (const std::optional<EntityType> known = knowledge.KnownType(name)) {
      *type = *known;
      return last - first;
    }
  }
  return 0;
}

void MarkKnownNames(std::span<const std::string_view> forms, const NameKnowledge& knowledge,
                    std::span<std::uint32_t> out) {
  for (std::size_t i = 0; i < forms.size();) {
    EntityType type = EntityType::kPerson;
    const std::size_t length =
        OpensWord(forms[i]) ? LongestKnownName(forms, i, knowledge, &type) : 0;
    if (length == 0) {
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < length; ++k) {
      const std::uint32_t position = length == 1 ? 3 : k == 0 ? 0 : k + 1 == length ? 2 : 1;
      out[i + k] |= (static_cast<std::uint32_t>(NameClassOf(type)) + 1)
                        << NameLexiconHits::kKnownClassShift |
                    position << NameLexiconHits::kKnownPositionShift;
    }
    i += length;
  }
}

}  // namespace

void FindNameLexiconHits(std::span<const std::string_view> forms, const NameKnowledge& knowledge,
                         std::span<std::uint32_t> out) {
  for (std::size_t i = 0; i < forms.size(); ++i)
    out[i] = WordBits(forms[i], knowledge);
  MarkKnownNames(forms, knowledge, out);
}

}  // namespace kg
