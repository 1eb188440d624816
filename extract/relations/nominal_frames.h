// Nominal frames: a trigger verb's relation read from its event noun as well.
//
// English turns a clause into a noun phrase by regular rules: the subject becomes a possessor or
// a by-phrase and the direct object an of-phrase, while prepositional objects keep their
// preposition ("Uganda killed Lwanga" -> "Uganda's killing of Lwanga", "the killing of Lwanga by
// Uganda"; "Kenya negotiated with Ethiopia" -> "Kenya's negotiation with Ethiopia"). Which noun
// names a verb's event comes from a dictionary, data/lexicon/nominalizations.tsv (derived from
// WordNet by scripts/wordnet_nominalizations.py): lines "verb<TAB>noun", '#' comments.
//
// AddNominalFrames() gives every verb frame of the lexicon (without a particle or via noun, whose
// nouns the lexicon names itself) a noun frame for each of its event nouns, unless the lexicon
// already has frames for that noun. A symmetric relation's object keeps only its prepositions (an
// of-phrase there names the participants: "a meeting of ministers"). Derived frames take no
// subject from the clause around them ("after the arrest of X, Y said" is no arrest by Y).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/status.h"
#include "relations/relation_lexicon.h"

namespace kg {

class Nominalizations {
 public:
  static Result<Nominalizations> LoadFile(const std::string& path);

  // The event nouns of `verb`, or an empty list.
  const std::vector<std::string>& NounsOf(const std::string& verb) const;

  void Add(const std::string& verb, const std::string& noun) { nouns_[verb].push_back(noun); }

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> nouns_;
};

void AddNominalFrames(const Nominalizations& nominalizations, RelationLexicon* lexicon);

}  // namespace kg
