#include "names/name_tagger_words.h"

#include "names/name_lexicon_hits.h"

namespace kg {

std::vector<NameTaggerWord> NameTaggerWords(std::span<const std::string_view> forms,
                                            std::span<const std::string_view> upos,
                                            const NameKnowledge& knowledge,
                                            const DocumentCase& document) {
  std::vector<std::uint32_t> hits(forms.size());
  FindNameLexiconHits(forms, knowledge, hits);
  std::vector<NameTaggerWord> words(forms.size());
  for (std::size_t i = 0; i < forms.size(); ++i)
    words[i] = {forms[i], upos[i], hits[i] | document.Of(forms[i])};
  return words;
}

}  // namespace kg
