// Token tests and spans shared by the name finders (mention_finder, web_text_names).
#pragma once

#include <string_view>

#include "names/word_shape.h"
#include "relations/dependency_tree.h"

namespace kg {

// A capitalised proper noun.
inline bool IsNameToken(const DependencyTree& tree, int i) {
  return tree.upos(i) == "PROPN" && IsCapitalised(tree.token(i).form);
}

// Tokens `i` and `i + 1` touch, with no space between them.
inline bool Touching(const DependencyTree& tree, int i) {
  return i + 1 < tree.size() && tree.token(i).end == tree.token(i + 1).begin;
}

// The text of tokens [first, last], with what lies between them.
inline std::string_view TextOf(const DependencyTree& tree, std::string_view text, int first,
                               int last) {
  return text.substr(tree.token(first).begin, tree.token(last).end - tree.token(first).begin);
}

}  // namespace kg
