// DependencyTree: navigation over one analysed sentence's UD dependency tree.
//
// Indices are 0-based token positions in the sentence; the root's head is -1. Relation names are
// compared in full ("nsubj:pass") by Child() and by base ("nsubj") by ChildBase().
//
// The arcs are the parser's as mended by RepairArcs() (tree_repair.h), so every rule reading the
// tree sees the same repairs.
#pragma once

#include <string_view>
#include <vector>

#include "kg/syntax/analyzer.h"

namespace kg {

class DependencyTree {
 public:
  explicit DependencyTree(const syntax::Sentence& sentence);

  int size() const { return static_cast<int>(tokens_.size()); }
  const syntax::Token& token(int i) const { return tokens_[i]; }
  int head(int i) const { return heads_[i]; }
  std::string_view deprel(int i) const { return deprels_[i]; }
  std::string_view lemma(int i) const { return tokens_[i].lemma; }
  std::string_view upos(int i) const { return tokens_[i].upos; }
  const std::vector<int>& children(int i) const { return children_[i]; }

  // The first child of `i` whose relation is exactly `deprel`, or -1.
  int Child(int i, std::string_view deprel) const;
  // Children of `i` whose relation is `deprel` or a subtype of it ("obl" matches "obl:tmod").
  std::vector<int> ChildrenBase(int i, std::string_view deprel) const;
  // The lemma of the preposition marking `i` (its "case" child nearest before it), lower-case,
  // or "".
  std::string_view CaseOf(int i) const;
  // `i` followed by the tokens coordinated with it ("Witkoff and Kushner").
  std::vector<int> WithConjuncts(int i) const;
  // Whether `verb` is passive: with a passive subject or auxiliary, or a reduced passive
  // relative ("Ostrin, accused by Wendt of fraud").
  bool IsPassive(int verb) const;
  // The noun a past participle modifies as a reduced passive relative clause (what the verb was
  // done to: "Ostrin" in "Ostrin, accused by Wendt"), or -1. A participle with a direct object
  // of its own is active, whatever its tag.
  int ReducedPassiveHead(int verb) const;
  // Whether `token` has a clause marker ("mark") with `lemma`: "if", "whether", "to".
  bool HasMarker(int token, std::string_view lemma) const;
  // Whether `verb` has an infinitive marker ("to meet").
  bool HasToMarker(int verb) const { return HasMarker(verb, "to"); }
  // Whether `verb` is an infinitive complement of its head ("refused to meet"), also where the
  // parser reads it as an adverbial clause marked with "to" ("is expected to meet").
  bool IsInfinitiveComplement(int verb) const;

 private:
  const std::vector<syntax::Token>& tokens_;
  std::vector<int> heads_;
  std::vector<std::string_view> deprels_;
  std::vector<std::vector<int>> children_;
};

}  // namespace kg
