// Name resolution: the entity a user means by a name.
//
// A name is an entity's canonical name or one of its aliases, compared case-insensitively
// (NameKey), or "#ID" for the entity with that id. Lookups are one prefix scan of the alias
// index; only a miss scans every entity, to suggest the closest names by edit distance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

// The entities `name` may denote: those with that canonical name or alias, except that when
// exactly one has it as its canonical name, only that one ("Turkey" is the country, not an entity
// it is an alias of). Empty when none matches.
Result<std::vector<EntityRecord>> MatchEntityName(const Store& store, std::string_view name);

// The one entity `name` denotes (see MatchEntityName). Fails with NotFound ("no entity named 'X'
// (did you mean ...?)") on a miss and InvalidArgument listing the candidates with their ids when
// several remain.
Result<EntityRecord> ResolveEntityName(const Store& store, std::string_view name);

// The canonical names of up to `max` entities whose name or an alias is close to `name`, closest
// first (ties: more mentions first). Names that are not close enough are never suggested.
Result<std::vector<std::string>> SuggestEntityNames(const Store& store, std::string_view name,
                                                    std::size_t max);

// The NotFound status for a name nothing matched, with suggestions when there are any.
Status UnknownEntity(const Store& store, std::string_view name);

}  // namespace kg
