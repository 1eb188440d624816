// Neighbourhood: the entities within a few hops of one entity, found by prefix scans alone.
//
// Breadth-first from `start`, following the steps the filter keeps in the given direction. Each
// row is one edge that first reaches its neighbour at that depth: every edge of the start entity
// at depth 1, then the edges from depth-1 entities to entities not seen before, and so on. Rows
// come by depth, then most kept evidence first, then neighbour id. The graph is never loaded:
// memory grows with the rows found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kg/adjacency.h"
#include "kg/graph_filter.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct NeighborOptions {
  GraphFilter filter;
  Direction direction = Direction::kBoth;
  std::uint32_t depth = 1;
  std::size_t limit = 0;  // most rows to return; 0 for all
};

struct NeighborRow {
  std::uint32_t depth = 1;
  Step step;  // step.from is the entity at depth - 1, step.to the neighbour
};

Result<std::vector<NeighborRow>> FindNeighbors(const Store& store, const RelationCatalog& catalog,
                                               EntityId start, const NeighborOptions& options);

}  // namespace kg
