// NameTypeModel: whether the words around a one-word name make it a person's or a place's,
// learnt from a treebank.
//
// A naive Bayes model over the context of a proper noun: its relation to its head and the
// head's lemma ("nsubj of say"), its preposition ("in", "with"), the words before and after it
// and its last letters. Counts are learnt from a treebank's one-word proper nouns whose type the
// alias table, gazetteer or given names know (distant supervision: no hand-typed names), and
// are then applied to names nothing knows: "forward it to Brant" is a person, "moved to Kasna"
// a place. Organisations are left out: learnt this way (mostly from a few companies' names in
// e-mail) they were guessed far more often than they were right, so head words, acronyms and
// the alias tables alone make organisations.
//
// The text form is one header line, one line of how many names of each type were learnt, then
// one line per feature, its counts in the same order (PERSON, then GPE for any place):
//   kg-name-types 1
//   names<TAB>1403<TAB>1847
//   h:say:nsubj<TAB>18<TAB>1
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/extraction.h"
#include "kg/status.h"
#include "kg/syntax/conllu.h"
#include "relations/dependency_tree.h"

namespace kg {

class NameTypeModel {
 public:
  static constexpr std::array<EntityType, 2> kTypes = {EntityType::kPerson, EntityType::kGpe};
  // Log-probabilities, one per type of kTypes.
  using Scores = std::array<double, kTypes.size()>;

  // Counts one name at `token` of `tree`, of `type` (LOC counts as GPE; ORG is not counted).
  void Learn(const DependencyTree& tree, int token, EntityType type);

  // The log-likelihood of the context of `token` under each type, without the prior; all zero
  // for an empty model. Scores of one name's several mentions add up.
  Scores ContextScores(const DependencyTree& tree, int token) const;

  // The type with the highest posterior given the summed context scores of a name's mentions,
  // or nothing for an empty model.
  std::optional<EntityType> MostLikely(const Scores& context) const;

  bool empty() const { return names_total() == 0; }
  std::uint32_t names_total() const;

  std::string ToText() const;
  static Result<NameTypeModel> Parse(std::string_view text);
  static Result<NameTypeModel> LoadFile(const std::string& path);

 private:
  using Counts = std::array<std::uint32_t, kTypes.size()>;

  Counts names_{};                                             // names learnt, per type
  std::array<std::uint64_t, kTypes.size()> feature_totals_{};  // feature occurrences, per type
  std::unordered_map<std::string, Counts> counts_;
};

// The context features of `token`, as NameTypeModel counts them.
std::vector<std::string> NameContextFeatures(const DependencyTree& tree, int token);

class NameKnowledge;

// Learns from the treebank's one-word proper nouns (a capitalised PROPN between two words that
// are no PROPN) whose type `knowledge` gives: the alias table's or gazetteer's type, or PERSON
// for a given name. Demonyms are left out, and so are given names that also name a place
// ("Lena", a river).
NameTypeModel LearnNameTypeModel(const std::vector<syntax::ConlluSentence>& treebank,
                                 const NameKnowledge& knowledge);

}  // namespace kg
