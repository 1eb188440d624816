#include "names/title_case.h"

#include <string_view>

#include "names/word_shape.h"

namespace kg {

int FirstWord(const DependencyTree& tree) {
  int i = 0;
  while (i < tree.size() && tree.upos(i) == "PUNCT")
    ++i;
  return i;
}

bool IsTitleCase(const DependencyTree& tree, const NameKnowledge& knowledge) {
  int words = 0;
  int capitalised = 0;
  for (int i = FirstWord(tree) + 1; i < tree.size(); ++i) {
    const std::string_view form = tree.token(i).form;
    const bool lower_function_word = knowledge.words().function_words.Contains(form);
    const bool proper_name = tree.upos(i) == "PROPN" && !knowledge.IsCommonWord(form);
    if (LetterCount(form) == 0 || lower_function_word || proper_name) continue;
    ++words;
    if (IsCapitalised(form)) ++capitalised;
  }
  return words >= 2 && capitalised * 4 >= words * 3;
}

}  // namespace kg
