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
  Step step{edge, from, edge.source == from ? edge.target : edge.source, Orientation::kOut, count};
  if (catalog.IsSymmetric(edge.relation)) {
    step.orientation = Orientation::kUndirected;
  } else if (edge.source != from) {
    step.orientation = Orientation::kIn;
  }
  return step;
}

Status ForEachStep(const Store& store, const RelationCatalog& catalog, const EdgeFilter& filter,
                   EntityId from, Direction direction,
                   const std::function<bool(const Step&)>& visit) {
  Status failure;
  // A symmetric edge is stored in one direction only, so it may be behind either scan.
  Status status = store.ForEachEdgeOf(from, Direction::kBoth, [&](const EdgeRecord& edge) {
    const bool outgoing = edge.source == from;
    if (!catalog.IsSymmetric(edge.relation) && direction != Direction::kBoth &&
        outgoing != (direction == Direction::kOut)) {
      return true;
    }
    Result<std::uint64_t> count = filter.KeptCount(store, edge);
    if (!count.ok()) {
      failure = count.status();
      return false;
    }
    if (*count == 0) return true;
    return visit(StepFrom(edge, from, catalog, *count));
  });
  return status.ok() ? failure : status;
}

}  // namespace kg
