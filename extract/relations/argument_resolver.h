// ArgumentResolver: which entity a token of a sentence stands for as a relation argument.
//
// A token inside a name mention (or a resolved pronoun) is that mention's entity; of two names
// side by side, the last; a demonym followed by a title and a person is the person ("Turkish
// President Erdogan"). A common noun
// stands for a place or organisation named in front of it, with the noun as the acting group:
// "Russian troops", "Russia's army", "U.S. representatives", "the Kremlin delegation" give the
// place with agent "military", "delegation" ...; a state's or organisation's possession stands for
// its possessor ("Ukraine's ports"), and so does one it holds or runs ("positions held by X",
// holding_verbs) or a place or installation named with it ("Estonian border posts",
// installation_nouns); a place-class noun with "of" names the place
// ("the strategic city of Pokrovsk"), and so does a part of it ("much of northern X",
// partitive_words); a group noun with "of" or "from" names its group ("the
// government of X", "members of the EU", "gunmen from X", "fighters from the X group"), and a local institution's noun
// with "in" its place ("police in X", local_groups); a conduct noun stands for whoever it
// belongs to ("Iranian involvement", "Russia's aggression", "the Iranian regime's ambitions",
// "Mahan's permit"); a noun
// with "such as" stands for the example ("allies such as Germany"); a noun with a name in
// apposition stands for the name ("met officers Ana Ruiz and Ivo Lenz"), and a role, occupation
// or kind of company or group in apposition to a name is the name ("X, a lawyer representing
// Y"). A relative pronoun ("who")
// stands for the noun its clause modifies. Anything else stands for no entity. The nouns are
// lists under data/lexicon/words/ (place_nouns, conduct_nouns, classifier_nouns,
// group_agents/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kg/extraction.h"
#include "relations/dependency_tree.h"
#include "vocabulary.h"

namespace kg {

struct Argument {
  std::uint32_t entity = 0;
  int token = 0;
  std::string agent;  // the acting group, e.g. "military"; empty for the entity itself
};

class ArgumentResolver {
 public:
  // `entity_of_token[i]` is the entity token i names, or -1. All must outlive the resolver.
  ArgumentResolver(const Vocabulary& words, const DependencyTree& tree,
                   const std::vector<int>& entity_of_token, const std::vector<Entity>& entities)
      : words_(words), tree_(tree), entity_of_token_(entity_of_token), entities_(entities) {}

  std::optional<Argument> Resolve(int token) const { return Resolve(token, 0); }

 private:
  std::optional<Argument> Resolve(int token, int depth) const;
  // The state or organisation that holds or runs `noun` ("positions held by X"), if any.
  std::optional<Argument> HolderOf(int noun) const;
  // The person named after a demonym and title words ("Turkish President Erdogan"), if any.
  std::optional<Argument> TitledPerson(int demonym) const;

  const Vocabulary& words_;
  const DependencyTree& tree_;
  const std::vector<int>& entity_of_token_;
  const std::vector<Entity>& entities_;
};

}  // namespace kg
