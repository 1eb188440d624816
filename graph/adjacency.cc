#include "kg/adjacency.h"

namespace kg {

Direction Reversed(Direction direction) {
  switch (direction) {
    case Direction::kOut:
      return Direction::kIn;
    case Direction::kIn:
      return Direction::kOut;
    case Direction::kBoth:
      return Direction::kBoth;
  }
  return direction;
}

Step StepFrom(const EdgeRecord& edge, EntityId from, const RelationCatalog& catalog,
              std::uint64_t count) {
  Step step{edge,  from, edge.source == from ? edge.target : edge.source, Orientation::kOut,
            count, {}};
  if (catalog.IsSymmetric(edge.relation)) {
    step.orientation = Orientation::kUndirected;
  } else if (edge.source != from) {
    step.orientation = Orientation::kIn;
  }
  return step;
}

Result<std::uint64_t> KeptCount(EdgeSelector& selector, const GraphFilter& filter,
                                const EdgeRecord& edge, EdgeEvidence* evidence) {
  EdgeEvidence own;
  if (evidence == nullptr && filter.NeedsEvidence()) evidence = &own;
  Result<bool> kept = selector.Keeps(edge, evidence);
  if (!kept.ok()) return kept.status();
  if (!*kept) return std::uint64_t{0};
  if (!filter.NeedsEvidence()) return edge.count;
  // Imported support has no evidence; it meets a date range, and stands as asserted.
  return evidence->kept + (filter.KeepsImported() ? edge.imported : 0);
}

Status ForEachStep(const Store& store, const RelationCatalog& catalog, const GraphFilter& filter,
                   EntityId from, Direction direction,
                   const std::function<bool(const Step&)>& visit) {
  EdgeSelector selector(store, filter);
  Status failure;
  // A symmetric edge is stored in one direction only, so it may be behind either scan.
  Status status = store.ForEachEdgeOf(from, Direction::kBoth, [&](const EdgeRecord& edge) {
    const bool outgoing = edge.source == from;
    if (!catalog.IsSymmetric(edge.relation) && direction != Direction::kBoth &&
        outgoing != (direction == Direction::kOut)) {
      return true;
    }
    EdgeEvidence evidence;
    Result<std::uint64_t> count = KeptCount(selector, filter, edge, &evidence);
    if (!count.ok()) {
      failure = count.status();
      return false;
    }
    if (*count == 0) return true;
    Step step = StepFrom(edge, from, catalog, *count);
    step.evidence = std::move(evidence);
    return visit(step);
  });
  return status.ok() ? failure : status;
}

}  // namespace kg
