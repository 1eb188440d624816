#include "kg/neighborhood.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

namespace kg {

Result<std::vector<NeighborRow>> FindNeighbors(const Store& store, const RelationCatalog& catalog,
                                               EntityId start, const NeighborOptions& options) {
  std::vector<NeighborRow> rows;
  std::unordered_set<EntityId> seen = {start};
  std::vector<EntityId> frontier = {start};
  for (std::uint32_t depth = 1; depth <= options.depth && !frontier.empty(); ++depth) {
    std::vector<NeighborRow> level;
    for (EntityId from : frontier) {
      Status status = ForEachStep(store, catalog, options.filter, from, options.direction,
                                  [&](const Step& step) {
                                    if (!seen.contains(step.to)) level.push_back({depth, step});
                                    return true;
                                  });
      if (!status.ok()) return status;
    }
    std::sort(level.begin(), level.end(), [](const NeighborRow& a, const NeighborRow& b) {
      return std::tie(b.step.count, a.step.to, a.step.from, a.step.edge.relation) <
             std::tie(a.step.count, b.step.to, b.step.from, b.step.edge.relation);
    });
    frontier.clear();
    for (const NeighborRow& row : level) {
      if (seen.insert(row.step.to).second) frontier.push_back(row.step.to);
    }
    for (NeighborRow& row : level) {
      if (options.limit != 0 && rows.size() == options.limit) return rows;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace kg
