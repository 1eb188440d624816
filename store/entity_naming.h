// How an entity's canonical name and type follow from what was ingested, whatever the order.
//
// The canonical name is the fullest of the names documents gave the entity as its canonical name
// (`document_names`, and the current name; not the other forms a document used, such as
// demonyms, surnames or a state's services): the most words, then the most bytes (an accented
// form over its folded one), then the greatest in byte order (title case over capitals). A name
// a user chose (`pinned`, kg entity rename) stays. The other names are the aliases, in byte
// order. The type is the one most mentions were extracted with (`type_votes`); a tie goes to the
// first in EntityType order (PERSON, GPE, ORG, LOC). Both are functions of sets and sums, so they
// do not depend on the order in which documents arrived.
#pragma once

#include <string_view>

#include "kg/store.h"

namespace kg::store {

// The type the votes choose; `entity.type` when it has no votes (an imported entity).
EntityType VotedType(const EntityRecord& entity);

// Records that a document gave `entity` the canonical name `name`.
void AddDocumentName(EntityRecord* entity, std::string_view name);

// Sets the canonical name (unless pinned), the alias order and the type as above.
void SettleNameAndType(EntityRecord* entity);

}  // namespace kg::store
