// Shortest paths between two entities, by bidirectional breadth-first search on the store.
//
// Both ends grow one level at a time, always the smaller frontier first, by prefix scans of the
// adjacency families; the graph is never loaded. The backward search follows steps in the
// reverse direction, so with Direction::kOut a path leads from `from` to `to` along the edges'
// directions (symmetric relations go both ways). Paths are sequences of distinct entities; where
// two entities are joined by several kept edges a hop takes the one with most kept evidence.
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

struct PathOptions {
  GraphFilter filter;
  Direction direction = Direction::kBoth;
  std::uint32_t max_depth = 6;  // longest path searched, in hops
  bool all = false;             // every shortest path, not just one
  std::size_t max_paths = 100;  // with `all`, at most this many
};

using Path = std::vector<Step>;  // hop i goes from step.from to step.to

// No path within max_depth hops gives an empty vector. `from` must differ from `to`.
Result<std::vector<Path>> ShortestPaths(const Store& store, const RelationCatalog& catalog,
                                        EntityId from, EntityId to, const PathOptions& options);

}  // namespace kg
