// Adjacency: the edges one step away from an entity, by prefix scans of the store.
//
// A step is an edge seen from one of its ends. A symmetric relation's edge (see RelationCatalog)
// is undirected and is followed in every direction; any other edge goes out of its source and
// into its target. Only edges the GraphFilter keeps are visited (its relations, dates, modalities
// and minimum count; not its types or neighbourhood).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kg/graph_filter.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

enum class Orientation { kOut, kIn, kUndirected };

struct Step {
  EdgeRecord edge;
  EntityId from = 0;
  EntityId to = 0;  // the other end
  Orientation orientation = Orientation::kOut;
  std::uint64_t count = 0;  // pieces of evidence the filter keeps
  EdgeEvidence evidence;    // what the kept evidence says (modalities, qualifiers, ...)
};

// The reverse of a direction (kBoth stays kBoth).
Direction Reversed(Direction direction);

// The step `edge` makes when followed from its end `from`.
Step StepFrom(const EdgeRecord& edge, EntityId from, const RelationCatalog& catalog,
              std::uint64_t count);

// How much of the edge's support `selector` (which decides for `filter`) keeps: its evidence count
// without evidence criteria, else the pieces of evidence that meet them plus any imported support
// the filter keeps; 0 when the edge is dropped. Fills `evidence`, when not null, from the kept
// evidence.
Result<std::uint64_t> KeptCount(EdgeSelector& selector, const GraphFilter& filter,
                                const EdgeRecord& edge, EdgeEvidence* evidence = nullptr);

// Visits the kept steps from `from` in `direction`, in store order. Visitors return false to stop.
Status ForEachStep(const Store& store, const RelationCatalog& catalog, const GraphFilter& filter,
                   EntityId from, Direction direction,
                   const std::function<bool(const Step&)>& visit);

}  // namespace kg
