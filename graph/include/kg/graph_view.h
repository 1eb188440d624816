// GraphView: the part of the store a GraphFilter keeps, loaded into memory for whole-graph
// algorithms (ranking, components).
//
// Its vertices are the endpoints of the kept edges, numbered densely in entity id order; its arcs
// are the kept edges. Built by one scan of the edges; entity records are not read.
#pragma once

#include <cstdint>
#include <vector>

#include "kg/graph_filter.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct GraphView {
  struct Arc {
    std::uint32_t source = 0;  // vertex indexes
    std::uint32_t target = 0;
    std::uint64_t count = 0;  // kept evidence
    bool symmetric = false;   // a symmetric relation's edge, which has no direction
  };
  std::vector<EntityId> entities;  // vertex index -> entity id, ascending
  std::vector<Arc> arcs;
};

Result<GraphView> BuildGraphView(const Store& store, const RelationCatalog& catalog,
                                 const GraphFilter& filter);

}  // namespace kg
