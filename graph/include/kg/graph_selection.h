// GraphSelection: the nodes and edges one export writes, in an order that depends on the graph
// alone, not on the order its documents were ingested in.
//
// Nodes come sorted by canonical name, then type, and are numbered 1, 2, ... in that order; the
// records handed to visitors carry these numbers in place of store ids (entity.id, edge.source,
// edge.target), so every exporter writes the same file for the same graph. Edges come grouped by
// their start node in node order, then by end node and relation; a symmetric edge starts at
// whichever endpoint comes first.
//
// When the filter keeps every entity (no criterion but modality) every entity is selected.
// With another criterion the node set is the endpoints of the kept edges: Select() finds it by
// one pass over the edges (or, with filter.around, by collecting the neighbourhood). Memory holds
// the selected nodes' ids and names, never the edges: ForEachEdge() reads each node's edges from
// the store and filters them again as it streams them.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph_filter.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct ExportCounts {
  std::uint64_t nodes = 0;
  std::uint64_t edges = 0;
};

class GraphSelection {
 public:
  static constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max();

  // `store` must outlive the selection. Fails when the selection has more than `max_nodes`.
  static Result<GraphSelection> Select(const Store& store, GraphFilter filter,
                                       std::size_t max_nodes = kUnlimited);

  // Visitors return false to stop early. Ids in the records are export numbers (see above).
  Status ForEachNode(const std::function<bool(const EntityRecord&)>& visit) const;
  Status ForEachEdge(
      const std::function<bool(const EdgeRecord&, const EdgeEvidence&)>& visit) const;

  std::size_t node_count() const { return order_.size(); }

  // Whether `relation` is symmetric (the store's record of the lexicon's mark): its edges have no
  // direction, and exporters write them undirected.
  bool IsSymmetric(std::string_view relation) const { return symmetric_.contains(relation); }

 private:
  GraphSelection(const Store& store, GraphFilter filter)
      : store_(&store), filter_(std::move(filter)) {}
  struct NodeKey;
  Status Number(const std::vector<EntityId>& ids);
  Status NumberAll();
  void NumberInOrder(std::vector<NodeKey> keys);
  // The export number of a store id, or 0 when the node is not selected.
  EntityId NumberOf(EntityId id) const;
  Status ForEachEdgeFrom(EntityId number, EdgeSelector& selector,
                         const std::function<bool(const EdgeRecord&, const EdgeEvidence&)>& visit,
                         bool* stopped) const;

  const Store* store_;
  GraphFilter filter_;
  std::set<std::string, std::less<>> symmetric_;
  std::vector<EntityId> order_;         // store ids in export order
  std::vector<EntityId> number_by_id_;  // store id -> number, 0 if not selected
};

}  // namespace kg
