#include "kg/graph_view.h"

#include <algorithm>

#include "kg/adjacency.h"

namespace kg {

Result<GraphView> BuildGraphView(const Store& store, const RelationCatalog& catalog,
                                 const GraphFilter& filter) {
  struct KeptEdge {
    EntityId source;
    EntityId target;
    std::uint64_t count;
    bool symmetric;
  };
  std::vector<KeptEdge> kept;
  EdgeSelector selector(store, filter);
  Status failure;
  Status status = store.ForEachEdge([&](const EdgeRecord& edge) {
    Result<std::uint64_t> count = KeptCount(selector, filter, edge);
    if (!count.ok()) {
      failure = count.status();
      return false;
    }
    if (*count > 0)
      kept.push_back({edge.source, edge.target, *count, catalog.IsSymmetric(edge.relation)});
    return true;
  });
  if (!status.ok()) return status;
  if (!failure.ok()) return failure;

  GraphView view;
  for (const KeptEdge& edge : kept) {
    view.entities.push_back(edge.source);
    view.entities.push_back(edge.target);
  }
  std::sort(view.entities.begin(), view.entities.end());
  view.entities.erase(std::unique(view.entities.begin(), view.entities.end()), view.entities.end());
  auto index_of = [&](EntityId id) {
    return static_cast<std::uint32_t>(
        std::lower_bound(view.entities.begin(), view.entities.end(), id) - view.entities.begin());
  };
  for (const KeptEdge& edge : kept)
    view.arcs.push_back({index_of(edge.source), index_of(edge.target), edge.count, edge.symmetric});
  return view;
}

}  // namespace kg
