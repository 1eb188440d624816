// NameKnowledge: turns a surface name into the entity it stands for, using the alias table, the
// actor dictionaries and WordNet's gazetteer, in that order.
//
// Resolve() maps short forms to canonical names ("U.S." -> United States), known actors' names
// to theirs ("Putin" -> Vladimir Putin), demonyms to their place ("Russian" -> Russia,
// "American" -> United States through the alias table) and a state's armed services to the state
// ("US Air Force", "Israeli Army" -> the state, as "Russian troops" are Russia), and attaches the
// type the alias table, actor dictionaries or gazetteer know. StateActingFor() gives the
// state a seat of government or capital stands for when it acts ("Kremlin", "Moscow" -> Russia).
// IsGivenName() tells whether a word is a common first name ("Traci"), which makes an unknown name
// a person's; name_types() what the words around a one-word name say about its type; words() the
// vocabulary (data/lexicon/words/) the rules read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kg/actor_dictionary.h"
#include "kg/alias_table.h"
#include "kg/gazetteer.h"
#include "names/name_type_model.h"
#include "vocabulary.h"
#include "word_list.h"

namespace kg {

struct ResolvedName {
  std::string name;
  std::optional<EntityType> type;
  bool demonym = false;      // a word for the place's people, or its armed service
  bool service = false;      // the name of the state's armed service ("US Marines")
  bool known_actor = false;  // named by the actor dictionaries
};

class NameKnowledge {
 public:
  NameKnowledge(Gazetteer gazetteer, AliasTable aliases, ActorDictionary actors,
                WordList given_names, NameTypeModel name_types, Vocabulary words)
      : gazetteer_(std::move(gazetteer)),
        aliases_(std::move(aliases)),
        actors_(std::move(actors)),
        given_names_(std::move(given_names)),
        name_types_(std::move(name_types)),
        words_(std::move(words)) {}

  ResolvedName Resolve(std::string_view surface) const;
  std::optional<std::string> StateActingFor(std::string_view name) const;
  // The state a seat of government stands for ("Kremlin" -> Russia); capitals are left out.
  std::optional<std::string> StateOfSeat(std::string_view name) const;
  // The type the alias tables, the actor dictionaries or WordNet's gazetteer give `name` exactly
  // as written: Resolve() without its case variants, demonyms and armed services, cheap enough
  // for the name tagger to ask of every capitalised run.
  std::optional<EntityType> KnownType(std::string_view name) const;
  // Whether `word` is a word for a place's people or things ("Norwegian", "Norwegians").
  bool IsDemonym(std::string_view word) const;
  // Whether the canonical `name` is a sovereign state (a country with a capital in WordNet).
  bool IsState(std::string_view name) const { return gazetteer_.IsCountry(name); }
  bool IsGivenName(std::string_view word) const { return given_names_.Contains(word); }
  // The known actor (actor dictionaries) `name` stands for, or nullptr; the alias tables are not
  // consulted.
  const Actor* KnownActor(std::string_view name) const { return actors_.Find(name); }
  // Whether WordNet has `word` as a lower-case noun or adjective ("Laughter", "Sector").
  bool IsCommonWord(std::string_view word) const { return gazetteer_.IsCommonWord(word); }
  bool IsVerb(std::string_view word) const { return gazetteer_.IsVerb(word); }
  // Whether WordNet has `word` only as a noun for a kind of thing ("Coke", "ADHD"; "Jews" when
  // `plural`, but "Abbas" is no plural of "Abba").
  bool IsKindNoun(std::string_view word, bool plural) const {
    return gazetteer_.IsKindNoun(word, plural);
  }
  // Whether WordNet has `word` capitalised, as a noun not only for a kind of thing ("Treasury").
  bool IsProperNoun(std::string_view word) const { return gazetteer_.IsProperNoun(word); }
  // Whether `word`, in any case, is a noun for a kind of person first ("Actor", "cosmonaut").
  bool IsPersonNoun(std::string_view word) const { return gazetteer_.IsPersonNoun(word); }
  // What the words around one-word names say about their type (see name_type_model.h).
  const NameTypeModel& name_types() const { return name_types_; }
  // The word lists of data/lexicon/words/, for the rules that find, type and link names and
  // facts.
  const Vocabulary& words() const { return words_; }

 private:
  ResolvedName Canonical(std::string_view name) const;

  Gazetteer gazetteer_;
  AliasTable aliases_;
  ActorDictionary actors_;
  WordList given_names_;
  NameTypeModel name_types_;
  Vocabulary words_;
};

}  // namespace kg
