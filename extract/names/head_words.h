// HeadWords: the words inside a name that say what it names.
//
// Organisation words ("Ministry", "Party", "News", "Times") and acronyms ("CNN": unknown ones
// mostly name organisations) make a name an
// organisation's, geographic words ("Sea", "River", "Street", "Square") a place's without a
// government, state words ("Republic", "Kingdom") a state's. Words are matched whole and with
// their case ("Tarvel Ministry", not "ministry"). Particles ("al", "van", "de") belong to
// personal and place names. The words are the lists under data/lexicon/words/head_words/ and
// name_particles/.
#pragma once

#include <optional>
#include <string_view>

#include "kg/extraction.h"
#include "vocabulary.h"

namespace kg {

// Whether a word of `name` is an organisation word.
bool HasOrgWord(const Vocabulary& words, std::string_view name);

// Whether `word` is written in capitals only, two or more of them ("CNN", "PKK").
bool IsAcronym(std::string_view word);

// Whether `word` is a compass or size word that makes a part of a place before its name: "East
// Jerusalem", "Greater Noida", "Upper Egypt".
bool IsRegionWord(const Vocabulary& words, std::string_view word);

// Whether `word` is a company form: "Inc.", "Ltd", "LLC", "Corp." ...
bool IsCompanyForm(const Vocabulary& words, std::string_view word);

// Whether `form` is a lower-case particle inside personal and place names: "Bashar al-Assad",
// "Ludwig van Beethoven", "Bill de Blasio".
bool IsNameParticle(const Vocabulary& words, std::string_view form);

// Whether `form` is a particle that also opens a name: "al-Assad said", "bin Laden".
bool IsOpeningNameParticle(const Vocabulary& words, std::string_view form);

// Whether a word of `name` is an organisation, geographic or state word.
bool HasHeadWord(const Vocabulary& words, std::string_view name);

// The type the words of `name` give, if any: its head's (the last word before any "of", "for" or
// "on") when that is a head word ("Orchestra Hall" a place; "Center for Food Safety" a body, as a
// place word with "for" or "on" heads one), else any word's. It outweighs the context:
// "the Tarvel Ministry said" is an organisation speaking.
std::optional<EntityType> TypeOfHeadWords(const Vocabulary& words, std::string_view name);

}  // namespace kg
