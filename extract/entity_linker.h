// EntityLinker: turns a document's name mentions into canonical entities (walking skeleton).
//
// Within one document, a one-word name that is the last word of exactly one longer name
// ("Witkoff" and "Steve Witkoff") is the same entity, named by the longer form; the shorter
// form becomes an alias. Types are guessed from head words: organisation words ("News",
// "Ministry", ...) give ORG, geographic words ("Sea", "River", ...) give LOC, other multi-word
// names and names linked to them are PERSON, and remaining one-word names are GPE.
#pragma once

#include <string_view>
#include <vector>

#include "kg/extraction.h"

namespace kg {

struct NameMention {
  std::string_view text;
  std::uint32_t sentence = 0;
  Span span;
};

// Returns the entities and, for each input mention, the index of the entity it belongs to.
std::vector<Entity> LinkEntities(const std::vector<NameMention>& mentions,
                                 std::vector<std::uint32_t>* entity_of_mention);

}  // namespace kg
