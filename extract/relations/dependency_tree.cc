#include "relations/dependency_tree.h"

#include <utility>

#include "relations/tree_repair.h"

namespace kg {

DependencyTree::DependencyTree(const syntax::Sentence& sentence)
    : tokens_(sentence.tokens), children_(sentence.tokens.size()) {
  RepairedArcs arcs = RepairArcs(tokens_);
  heads_ = std::move(arcs.heads);
  deprels_ = std::move(arcs.deprels);
  for (int i = 0; i < size(); ++i) {
    const int parent = head(i);
    if (parent >= 0 && parent < size()) children_[parent].push_back(i);
  }
}

int DependencyTree::Child(int i, std::string_view relation) const {
  for (int child : children_[i]) {
    if (deprel(child) == relation) return child;
  }
  return -1;
}

std::vector<int> DependencyTree::ChildrenBase(int i, std::string_view relation) const {
  std::vector<int> found;
  for (int child : children_[i]) {
    const std::string_view name = deprel(child);
    if (name == relation || (name.starts_with(relation) && name.size() > relation.size() &&
                             name[relation.size()] == ':')) {
      found.push_back(child);
    }
  }
  return found;
}

std::string_view DependencyTree::CaseOf(int i) const {
  // The marker nearest the noun: "sworn in as president" is marked by "as", the particle "in"
  // before it being read as a second case marker.
  int marker = -1;
  for (int child : children_[i]) {
    if (deprel(child) == "case" && (marker < 0 || (child > marker && child < i))) marker = child;
  }
  return marker >= 0 ? lemma(marker) : std::string_view();
}

std::vector<int> DependencyTree::WithConjuncts(int i) const {
  std::vector<int> all = {i};
  for (std::size_t k = 0; k < all.size(); ++k) {
    for (int child : children_[all[k]]) {
      if (deprel(child) == "conj") all.push_back(child);
    }
  }
  return all;
}

bool DependencyTree::IsPassive(int verb) const {
  return Child(verb, "nsubj:pass") >= 0 || Child(verb, "aux:pass") >= 0 ||
         ReducedPassiveHead(verb) >= 0;
}

int DependencyTree::ReducedPassiveHead(int verb) const {
  // A participle with a direct object of its own is active ("Biden, named X as ..." misread).
  const bool reduced =
      deprel(verb) == "acl" && tokens_[verb].xpos == "VBN" && Child(verb, "obj") < 0;
  return reduced ? head(verb) : -1;
}

bool DependencyTree::HasMarker(int token, std::string_view lemma_wanted) const {
  for (int child : children_[token]) {
    if (deprel(child) == "mark" && lemma(child) == lemma_wanted) return true;
  }
  return false;
}

bool DependencyTree::IsInfinitiveComplement(int verb) const {
  return deprel(verb) == "xcomp" || (deprel(verb) == "advcl" && HasToMarker(verb));
}

}  // namespace kg
