// NameTaggerWords: a sentence's words as the name tagger reads them, with the name lexicons'
// hits (name_lexicon_hits.h) filled in. Shared by tagging and training, so both see the same.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "names/document_case.h"
#include "names/name_knowledge.h"
#include "names/name_tagger.h"

namespace kg {

// forms.size() == upos.size(); the result views `forms` and `upos`. `document` has seen every
// sentence of the document.
std::vector<NameTaggerWord> NameTaggerWords(std::span<const std::string_view> forms,
                                            std::span<const std::string_view> upos,
                                            const NameKnowledge& knowledge,
                                            const DocumentCase& document);

}  // namespace kg
