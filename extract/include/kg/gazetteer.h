// Gazetteer: what WordNet knows about proper names, for typing and canonicalising entities.
//
// Built from the WordNet 3.0 database files (Debian's wordnet-base, /usr/share/wordnet; the
// lemmas of index.verb give IsVerb()):
//  - instance nouns (Putin, Moscow, Ukraine, Kremlin, Black Sea ...) give an entity type, taken
//    from the most frequent sense: people are PERSON; organisations, and buildings that stand for
//    their occupants (Kremlin, Pentagon), ORG; cities, countries, states and continents GPE; other
//    places (seas, rivers, mountains, regions) LOC;
//  - adjectives derived from or pertaining to a place name give demonyms ("Russian" -> "Russia",
//    "European" -> "Europe");
//  - capitals that are part of a country give the seat-of-government mapping ("Moscow" ->
//    "Russia"), used when the city acts as a political actor; the countries with a capital are
//    the ones IsCountry() knows;
//  - the one-word common nouns and adjectives, written in lower case ("laughter", "sector"), and
//    the irregular plurals of those nouns (noun.exc: "children"), for IsCommonWord(), which
//    ignores case and undoes WordNet's plural endings ("gunmen", "ashes", "militias" stays);
//  - the capitalised nouns for a kind of thing, never one entity: kinds of people ("Jew",
//    "Methodist"), food ("Coke"), conditions ("ADHD"), languages ("Arabic"), holidays, and
//    heavenly bodies ("Venus", "Saturn": no places on Earth), for
//    IsKindNoun(), which also takes a plural ("Jews") when told the word is one; words WordNet
//    also has as a group or an instance ("Fed", "FBI") are not among them;
//  - the other one-word capitalised nouns ("Treasury", "Senate", "Fed"), for IsProperNoun();
//  - the one-word lower-case nouns whose most frequent sense is a kind of person ("actor",
//    "cosmonaut", "candidate"), for IsPersonNoun(), which ignores case.
// Names are matched exactly as written, with spaces between words ("Black Sea").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kg/extraction.h"
#include "kg/status.h"

namespace kg {

namespace syntax {
class WordNetFiles;
}  // namespace syntax

// The heads of WordNet's class names that tell places apart (data/lexicon/words/place_classes/):
// the instances of a governed class ("city") or a country class ("nation") have a government
// (GPE); a capital that is part of an instance of a country class gives the seat of government;
// the instances of a celestial class ("planet") are no places on Earth.
struct PlaceClasses {
  std::vector<std::string> governed;  // besides the country classes
  std::vector<std::string> countries;
  std::vector<std::string> celestial;
};

class Gazetteer {
 public:
  // Reads data.noun, data.adj, index.noun and index.verb from `wordnet`; fails with its error
  // when one cannot be read.
  static Result<Gazetteer> LoadWordNet(syntax::WordNetFiles& wordnet, const PlaceClasses& classes);

  std::optional<EntityType> TypeOf(std::string_view name) const;
  std::optional<std::string_view> PlaceOfDemonym(std::string_view adjective) const;
  std::optional<std::string_view> CountryOfCapital(std::string_view city) const;
  bool IsCountry(std::string_view name) const;
  bool IsCommonWord(std::string_view word) const;
  bool IsKindNoun(std::string_view word, bool plural) const;
  bool IsProperNoun(std::string_view word) const;
  bool IsPersonNoun(std::string_view word) const;
  // Whether `word`, in lower case, is a verb's lemma ("sue", "hector").
  bool IsVerb(std::string_view word) const;

  std::size_t name_count() const { return types_.size(); }

 private:
  std::unordered_map<std::string, EntityType> types_;
  std::unordered_map<std::string, std::string> demonyms_;
  std::unordered_map<std::string, std::string> capitals_;
  std::unordered_set<std::string> countries_;
  std::unordered_set<std::string> common_words_;
  std::unordered_set<std::string> kind_nouns_;
  std::unordered_set<std::string> proper_nouns_;
  std::unordered_set<std::string> person_nouns_;
  std::unordered_set<std::string> verbs_;
};

}  // namespace kg
