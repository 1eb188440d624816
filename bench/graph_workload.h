// The peers' graph query workload (../shared/peers/README.md), answered from the store.
//
// A 2-hop count is the number of distinct entities reachable from a start by one or two outgoing
// edges, the start excluded; a shortest path is the fewest outgoing edges from one entity to
// another. Both go through the same library calls as `kg neighbors --depth 2 --direction out`
// and `kg path --direction out` (FindNeighbors and ShortestPaths, prefix scans of the adjacency
// families), with every relation taken as directed, so the answers can be compared with Kùzu's
// and NetworkX's on the synthetic graph of gen_graph.py.
#pragma once

#include <cstdint>
#include <optional>

#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg::bench {

// The store's relations, none of them symmetric: the workload follows edges as imported.
Result<RelationCatalog> DirectedCatalog(const Store& store);

// Distinct entities one or two outgoing edges away from `start`, `start` excluded, through
// FindNeighbors as `kg neighbors` does (which builds, sorts and returns a row per edge).
Result<std::uint64_t> TwoHopCount(const Store& store, const RelationCatalog& catalog,
                                  EntityId start);

// The same count straight from Store::ForEachEdgeOf, keeping only the entity ids: the cost of
// the store's prefix scans without the neighbourhood rows around them.
Result<std::uint64_t> TwoHopCountByScan(const Store& store, EntityId start);

// Hops of a shortest path of outgoing edges from `from` to `to` (different entities), or nullopt
// when there is none within `max_hops`.
Result<std::optional<std::uint32_t>> ShortestPathHops(const Store& store,
                                                      const RelationCatalog& catalog, EntityId from,
                                                      EntityId to, std::uint32_t max_hops);

}  // namespace kg::bench
