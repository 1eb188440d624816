// GraphSelection: the nodes and edges one export writes.
//
// When the filter keeps every entity (no criterion but modality) the selection streams every
// entity and then every kept edge straight from the store's scans, so memory does not grow with
// the graph. With another criterion the node set is the endpoints of the kept edges: Select() finds
// it by one pass over the edges (or, with filter.around, by collecting the neighbourhood) and keeps
// only the node ids; ForEachEdge() filters the edges again as it streams them. Nodes come in id
// order.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <string_view>
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

  // `store` must outlive the selection. Fails when a neighbourhood has more than `max_nodes`.
  static Result<GraphSelection> Select(const Store& store, GraphFilter filter,
                                       std::size_t max_nodes = kUnlimited);

  // Visitors return false to stop early.
  Status ForEachNode(const std::function<bool(const EntityRecord&)>& visit) const;
  Status ForEachEdge(
      const std::function<bool(const EdgeRecord&, const EdgeEvidence&)>& visit) const;

  // Node count when known before streaming (a filtered selection), else nullopt.
  std::optional<std::size_t> node_count() const;

  // Whether `relation` is symmetric (the store's record of the lexicon's mark): its edges have no
  // direction, and exporters write them undirected.
  bool IsSymmetric(std::string_view relation) const { return symmetric_.contains(relation); }

 private:
  GraphSelection(const Store& store, GraphFilter filter)
      : store_(&store), filter_(std::move(filter)) {}
  bool Contains(EntityId id) const;

  const Store* store_;
  GraphFilter filter_;
  std::set<std::string, std::less<>> symmetric_;
  bool whole_graph_ = true;
  std::vector<EntityId> nodes_;  // sorted; only when !whole_graph_
};

}  // namespace kg
