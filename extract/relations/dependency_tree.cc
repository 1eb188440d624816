#include "relations/dependency_tree.h"

#include <algorithm>

namespace kg {

namespace {

// Relations of a modifier that comes before the noun it modifies.
bool IsPremodifier(std::string_view relation) {
  return relation == "compound" || relation == "amod" || relation == "nmod:desc";
}

bool IsFiniteVerb(const syntax::Token& token) {
  return token.upos == "VERB" &&
         (token.xpos == "VBD" || token.xpos == "VBZ" || token.xpos == "VBP");
}

bool IsNominal(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "PRON";
}

bool IsRelativePronoun(const syntax::Token& token) {
  return token.upos == "PRON" && (token.xpos == "WP" || token.xpos == "WDT") &&
         (token.lemma == "who" || token.lemma == "which");
}

}  // namespace

DependencyTree::DependencyTree(const syntax::Sentence& sentence)
    : tokens_(sentence.tokens), children_(sentence.tokens.size()) {
  heads_.reserve(tokens_.size());
  deprels_.reserve(tokens_.size());
  for (const syntax::Token& token : tokens_) {
    heads_.push_back(token.head - 1);
    deprels_.emplace_back(token.deprel);
  }
  MoveCaseMarkersToTheirNouns();
  MarkRelativeClauses();
  GiveSubjectlessVerbsTheirSubjects();
  MarkPassivePredicates();
  MoveAgentsToPassiveVerbs();
  for (int i = 0; i < size(); ++i) {
    const int parent = head(i);
    if (parent >= 0 && parent < size()) children_[parent].push_back(i);
  }
}

void DependencyTree::MoveCaseMarkersToTheirNouns() {
  for (int marker = 0; marker < size(); ++marker) {
    if (deprels_[marker] != "case" || heads_[marker] <= marker) continue;
    int noun = heads_[marker];
    while (IsPremodifier(deprels_[noun]) && heads_[noun] > noun && heads_[noun] < size())
      noun = heads_[noun];
    if (noun == heads_[marker]) continue;
    heads_[marker] = noun;
    if (deprels_[noun] == "obj" || deprels_[noun] == "iobj") {
      const int governor = heads_[noun];
      deprels_[noun] = governor >= 0 && upos(governor) == "VERB" ? "obl" : "nmod";
    }
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

bool DependencyTree::HasToMarker(int verb) const {
  for (int child : children_[verb]) {
    if (deprel(child) == "mark" && lemma(child) == "to") return true;
  }
  return false;
}

bool DependencyTree::IsInfinitiveComplement(int verb) const {
  return deprel(verb) == "xcomp" || (deprel(verb) == "advcl" && HasToMarker(verb));
}

void DependencyTree::MarkRelativeClauses() {
  for (int pronoun = 0; pronoun < size(); ++pronoun) {
    if (!IsRelativePronoun(tokens_[pronoun]) || !deprels_[pronoun].starts_with("nsubj")) continue;
    const int clause = heads_[pronoun];
    if (clause <= pronoun || clause >= size()) continue;
    const int noun = heads_[clause];
    const std::string_view relation = deprels_[clause];
    if (noun < 0 || noun >= pronoun || !IsNominal(upos(noun))) continue;
    if (relation == "parataxis" || relation == "conj" || relation == "appos" || relation == "dep")
      deprels_[clause] = "acl:relcl";
  }
}

void DependencyTree::GiveSubjectlessVerbsTheirSubjects() {
  for (int verb = 1; verb < size(); ++verb) {
    if (!IsFiniteVerb(tokens_[verb]) || HasSubject(verb)) continue;
    // The noun phrase right before the verb, past its auxiliaries: its head and first token.
    int last = verb - 1;
    while (last > 0 && heads_[last] == verb && deprels_[last].starts_with("aux"))
      --last;
    int phrase = last;
    for (int step = 0;
         step < size() && (deprels_[phrase] == "flat" || deprels_[phrase] == "compound"); ++step) {
      if (heads_[phrase] < 0 || heads_[phrase] > last) break;
      phrase = heads_[phrase];
    }
    int first = std::min(phrase, last);
    while (first > 0 && heads_[first - 1] >= first && heads_[first - 1] <= last &&
           deprels_[first - 1] != "punct")
      --first;
    const bool apposition_after_comma = deprels_[phrase] == "appos" && heads_[phrase] < first &&
                                        first > 0 && tokens_[first - 1].form == ",";
    if (!apposition_after_comma || !IsNominal(upos(phrase))) continue;
    heads_[phrase] = verb;
    deprels_[phrase] = "nsubj";
  }
}

bool DependencyTree::HasSubject(int verb) const {
  for (int i = 0; i < size(); ++i) {
    if (heads_[i] == verb && deprels_[i].starts_with("nsubj")) return true;
  }
  return false;
}

void DependencyTree::MarkPassivePredicates() {
  for (int noun = 0; noun < size(); ++noun) {
    const int verb = heads_[noun];
    if (verb < 0 || deprels_[noun] != "obj" || tokens_[noun].xpos != "NN") continue;
    if (!HasPassiveMarker(verb) || HasDependent(noun, "det") || HasDependent(noun, "nmod:poss"))
      continue;
    deprels_[noun] = "xcomp";
  }
}

void DependencyTree::MoveAgentsToPassiveVerbs() {
  for (int agent = 0; agent < size(); ++agent) {
    const int noun = heads_[agent];
    if (noun < 0 || deprels_[agent] != "nmod" || !HasCaseMarker(agent, "by")) continue;
    const int verb = heads_[noun];
    if (verb < 0 || (deprels_[noun] != "obj" && deprels_[noun] != "xcomp")) continue;
    if (upos(verb) != "VERB" || !HasPassiveMarker(verb)) continue;
    heads_[agent] = verb;
    deprels_[agent] = "obl:agent";
  }
}

bool DependencyTree::HasCaseMarker(int token, std::string_view lemma) const {
  for (int i = 0; i < token; ++i) {
    if (heads_[i] == token && deprels_[i] == "case" && tokens_[i].lemma == lemma) return true;
  }
  return false;
}

bool DependencyTree::HasDependent(int token, std::string_view relation) const {
  for (int i = 0; i < size(); ++i) {
    if (heads_[i] == token && deprels_[i] == relation) return true;
  }
  return false;
}

bool DependencyTree::HasPassiveMarker(int verb) const {
  for (int i = 0; i < size(); ++i) {
    if (heads_[i] == verb && (deprels_[i] == "aux:pass" || deprels_[i] == "nsubj:pass"))
      return true;
  }
  return false;
}

}  // namespace kg
