#include "graph_workload.h"

#include <unordered_set>
#include <utility>
#include <vector>

#include "kg/neighborhood.h"
#include "kg/shortest_path.h"

namespace kg::bench {

Result<RelationCatalog> DirectedCatalog(const Store& store) {
  Result<std::vector<std::string>> names = store.RelationNames();
  if (!names.ok()) return names.status();
  return RelationCatalog(std::move(names.value()), {});
}

Result<std::uint64_t> TwoHopCount(const Store& store, const RelationCatalog& catalog,
                                  EntityId start) {
  NeighborOptions options;
  options.direction = Direction::kOut;
  options.depth = 2;
  Result<std::vector<NeighborRow>> rows = FindNeighbors(store, catalog, start, options);
  if (!rows.ok()) return rows.status();
  // Several edges may reach the same entity at depth 2: each is a row.
  std::unordered_set<EntityId> reached;
  for (const NeighborRow& row : rows.value())
    reached.insert(row.step.to);
  return static_cast<std::uint64_t>(reached.size());
}

Result<std::uint64_t> TwoHopCountByScan(const Store& store, EntityId start) {
  std::unordered_set<EntityId> reached;
  std::vector<EntityId> first;
  Status status = store.ForEachEdgeOf(start, Direction::kOut, [&](const EdgeRecord& edge) {
    if (reached.insert(edge.target).second) first.push_back(edge.target);
    return true;
  });
  for (std::size_t i = 0; status.ok() && i < first.size(); ++i) {
    status = store.ForEachEdgeOf(first[i], Direction::kOut, [&](const EdgeRecord& edge) {
      reached.insert(edge.target);
      return true;
    });
  }
  if (!status.ok()) return status;
  return static_cast<std::uint64_t>(reached.size() - reached.count(start));
}

Result<std::optional<std::uint32_t>> ShortestPathHops(const Store& store,
                                                      const RelationCatalog& catalog, EntityId from,
                                                      EntityId to, std::uint32_t max_hops) {
  PathOptions options;
  options.direction = Direction::kOut;
  options.max_depth = max_hops;
  Result<std::vector<Path>> paths = ShortestPaths(store, catalog, from, to, options);
  if (!paths.ok()) return paths.status();
  if (paths.value().empty()) return std::optional<std::uint32_t>();
  return std::optional<std::uint32_t>(static_cast<std::uint32_t>(paths.value().front().size()));
}

}  // namespace kg::bench
