// GraphRecords: the JSON record of each kind of answer kg gives, one place for both the CLI's
// `--json` lines (neighbors, path, edges, explain, entity, query) and kg serve's API, which
// mirrors them. Entities are named through `EntityLookup`, which the caller backs with a cache.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kg/adjacency.h"
#include "kg/edge_listing.h"
#include "kg/entity_profile.h"
#include "kg/neighborhood.h"
#include "kg/query_value.h"
#include "kg/store.h"

namespace kg {

// "out", "in" or "undirected".
const char* OrientationName(Orientation orientation);

// One neighbour of `entity` (kg neighbors).
nlohmann::json NeighborJson(const std::string& entity, const NeighborRow& row,
                            const EntityLookup& entities);

// Path number `number` from `from` to `to`, each hop with the evidence shown for it (kg path).
nlohmann::json PathJson(std::size_t number, const std::string& from, const std::string& to,
                        const std::vector<Step>& path, const std::vector<EvidenceRecord>& shown,
                        const EntityLookup& entities);

// One listed edge (kg edges).
nlohmann::json EdgeJson(const EdgeRow& row, const EntityLookup& entities);

// One piece of evidence for `subject` REL `object`, with the contract's field names (kg explain).
nlohmann::json ExplainJson(const std::string& subject, const std::string& relation,
                           const std::string& object, const EvidenceRecord& evidence);

// An entity's profile (kg entity).
nlohmann::json ProfileJson(const EntityProfile& profile, const EntityLookup& entities);

// One row of a query's result, keyed by column (kg query).
nlohmann::json QueryRowJson(const std::vector<std::string>& columns,
                            const std::vector<query::Value>& row);

}  // namespace kg
