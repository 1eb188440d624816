// EntityLinker: turns a document's name mentions into canonical entities.
//
// Each surface name first resolves through NameKnowledge (alias table, demonyms, gazetteer):
// "U.S." and "America" become United States, "Russian" becomes Russia. Then, within the
// document, a one-word name that is the last word of exactly one longer personal name
// ("Witkoff" and "Steve Witkoff") is that person. Surface forms other than the canonical name
// become aliases. Types come from the alias table or gazetteer; unknown names take the type most of
// their mentions' contexts suggest, or else are typed from head words: organisation words ("News",
// "Ministry", ...) and acronyms ("CNN") give ORG, geographic words ("Sea", "River",
// ...) LOC. Otherwise a name coordinated with a typed name takes its type ("Noida and Kasna");
// a multi-word name opening with a common first name is a person's, one holding a known place
// a place ("Florida Keys", "East Jerusalem"), one made of common words only an organisation
// ("Home Depot"), any other a person's, as are names linked to them; a one-word name in camel
// case an organisation ("NiMo"); remaining one-word names are people or GPE as the words around
// their mentions say (NameTypeModel: "lunch with Brannoc", "drove through Brannoc").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kg/extraction.h"
#include "names/name_knowledge.h"

namespace kg {

struct NameMention {
  std::string_view text;
  std::uint32_t sentence = 0;
  Span span;
  // What the words around the mention say its type is ("President X" is a person), if anything.
  std::optional<EntityType> context_type;
  bool sentence_initial = false;  // the mention's first word opens its sentence
  // The sentence is written in title case ("Great Family Fun and Bonding"), so capitals in it
  // say nothing about names.
  bool in_title_case = false;
  bool plural = false;       // the tagger took the name's last word for a plural ("Methodists")
  bool before_verb = false;  // a verb follows the name ("Bramble met ...")
  // The name is the subject of a verb whose object or oblique names a person ("Trump met with
  // Putin"): acting on a person, as a common word seldom does.
  bool subject_beside_name = false;
  // For an acronym in brackets right after a name ("Kurdistan Workers' Party (PKK)"), the index
  // of that name's mention; the acronym then names the same entity unless the alias table knows
  // it. Otherwise -1.
  int defined_by = -1;
  // The index of the mention this one is coordinated with ("Noida and Kasna"), or -1. An unknown
  // name left without any other clue takes the type of the name it is coordinated with.
  int conjoined_with = -1;
  // For a one-word name, what the words around it say about its type (NameTypeModel).
  std::optional<NameTypeModel::Scores> type_scores = std::nullopt;
};

// The entity index of a mention that turned out not to be a name.
inline constexpr std::uint32_t kNotAName = UINT32_MAX;

// Returns the entities and, for each input mention, the index of the entity it belongs to, or
// kNotAName for what is not an entity after all: a one-word name that is only a capitalised
// common word at the start of its sentences ("Laughter") or in title-case lines, or a name made
// of common words that appears only in title-case lines, which nothing confirms as a name; a
// word for a kind of person or thing that nothing else knows ("Jews", "Coke"); a web or e-mail
// address or file name ("Goldstar.com"); a common word in capitals ("STAR") or a Roman numeral
// ("VII"); a storm ("Hurricane Katrina", and "Katrina" in the
// same document). A name with a company form after a comma ("Google, Inc.") is the company.
std::vector<Entity> LinkEntities(const std::vector<NameMention>& mentions,
                                 const NameKnowledge& knowledge,
                                 std::vector<std::uint32_t>* entity_of_mention);

}  // namespace kg
