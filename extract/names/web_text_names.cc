#include "names/web_text_names.h"

#include <algorithm>
#include <string>

#include "names/name_tokens.h"
#include "names/word_shape.h"

namespace kg {
namespace {}  // namespace

std::size_t NotesSurnameLength(std::string_view form) {
  const std::size_t at = form.find('@');
  if (at == std::string_view::npos || at < 2 || at + 1 == form.size() ||
      form.find('.') != std::string_view::npos || !IsCapitalisedWord(form.substr(0, at))) {
    return 0;
  }
  return at;
}

int LowerCasePlaceLength(const DependencyTree& tree, std::string_view text, int i,
                         const NameKnowledge& knowledge) {
  int length = 0;
  for (int k = i; k < tree.size() && k < i + 3; ++k) {
    const std::string_view form = tree.token(k).form;
    // The first word is no common word; later ones may be ("tampa bay").
    if (!IsLowerCaseWord(form) || (tree.upos(k) != "NOUN" && tree.upos(k) != "PROPN") ||
        (k == i && knowledge.IsCommonWord(form))) {
      break;
    }
    const std::string_view words = TextOf(tree, text, i, k);
    const std::optional<EntityType> type = knowledge.Resolve(words).type;
    if (type == EntityType::kGpe || type == EntityType::kLoc) length = k - i + 1;
  }
  return length;
}

int SurnameFirstLength(const DependencyTree& tree, int i) {
  auto quote = [&](int k) {
    const std::string_view form = tree.token(k).form;
    return form == "\"" || form == "\xE2\x80\x9C" || form == "\xE2\x80\x9D";
  };
  if (i == 0 || i + 3 >= tree.size() || !quote(i - 1) || !quote(i + 3)) return 0;
  return IsNameToken(tree, i) && tree.token(i + 1).form == "," && IsNameToken(tree, i + 2) ? 3 : 0;
}

int LowerCasePersonLength(const DependencyTree& tree, int i, const NameKnowledge& knowledge) {
  auto lower_name = [&](int k) {
    const std::string_view form = tree.token(k).form;
    return IsLowerCaseWord(form) && (tree.upos(k) == "PROPN" || tree.upos(k) == "NOUN") &&
           !knowledge.IsCommonWord(form) && !knowledge.IsCommonWord(tree.lemma(k));
  };
  // Not "a joe", "ed" or a verb the tagger took for a noun ("states sue").
  if (!lower_name(i) || (i > 0 && tree.upos(i - 1) == "DET") || tree.token(i).form.size() < 3 ||
      knowledge.IsVerb(tree.token(i).form)) {
    return 0;
  }
  std::string capitalised(tree.token(i).form);
  capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
  if (!knowledge.IsGivenName(capitalised)) return 0;
  // "jill allen", or "samantha Fox" with the surname capitalised.
  const bool surname = i + 1 < tree.size() && tree.upos(i + 1) == "PROPN" &&
                       (lower_name(i + 1) || IsNameToken(tree, i + 1));
  return surname ? 2 : 1;
}

int BeforeContactLabel(const Vocabulary& words, const DependencyTree& tree, int first, int last) {
  for (int k = first + 2; k <= last; ++k) {
    if (words.contact_labels.Contains(tree.token(k).form)) return k - 1;
  }
  return last;
}

}  // namespace kg
