// EntityCleanup: what the linker made entities of but names no entity, taken out of a document.
//
// After linking, each entity's name and aliases are cleaned: a sentence adverb glued to the
// front of a name ("Afterwards Lena Ortiz") is stripped, as is a person's leading run of titles
// ("First Lady Elena Varga", titles.txt and junk_names/leading_titles.txt) when a name is left
// after it. An entity whose name is then an amount (a currency sign or code and a number:
// "US$1.5", "GBP738", "Rs.30"), has no letter, is a section label ("External links") or is a
// sentence adverb alone is no entity: its mentions stop being names. An entity whose cleaned
// name is the name or an alias of another entity of the same type joins it. The word lists are
// in data/lexicon/words/junk_names/ (data/lexicon/README.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/extraction.h"
#include "vocabulary.h"

namespace kg {

// `name` cleaned for an entity of `type`, or nullopt when it names no entity.
std::optional<std::string> CleanEntityName(const Vocabulary& words, std::string_view name,
                                           EntityType type);

// Cleans `entities` as above. `entity_of_name` maps each name mention to its entity (or
// kNotAName); it is rewritten to the entities that remain, with kNotAName for mentions of the
// removed ones.
void CleanEntities(const Vocabulary& words, std::vector<Entity>* entities,
                   std::vector<std::uint32_t>* entity_of_name);

}  // namespace kg
