#include "kg/graph_selection.h"

#include <algorithm>

namespace kg {

Result<GraphSelection> GraphSelection::Select(const Store& store, GraphFilter filter,
                                              std::size_t max_nodes) {
  GraphSelection selection(store, std::move(filter));
  Result<std::vector<std::string>> symmetric = store.SymmetricRelations();
  if (!symmetric.ok()) return symmetric.status();
  selection.symmetric_.insert(symmetric->begin(), symmetric->end());
  const GraphFilter& kept = selection.filter_;
  if (kept.KeepsEveryEntity()) return selection;
  selection.whole_graph_ = false;
  if (kept.around.has_value()) {
    Result<std::vector<EntityId>> nodes = CollectNeighbourhood(store, kept, max_nodes);
    if (!nodes.ok()) return nodes.status();
    selection.nodes_ = std::move(nodes).value();
    return selection;
  }
  EdgeSelector selector(store, kept);
  std::vector<EntityId>& nodes = selection.nodes_;
  Status failure;
  Status status = store.ForEachEdge([&](const EdgeRecord& edge) {
    Result<bool> keep = selector.Keeps(edge, nullptr);
    if (!keep.ok()) failure = keep.status();
    if (!keep.ok() || !*keep) return keep.ok();
    nodes.push_back(edge.source);
    nodes.push_back(edge.target);
    // Compact now and then, so memory follows the node count rather than the edge count.
    if (nodes.size() % (1 << 20) == 0 || nodes.size() / 2 > max_nodes) {
      std::sort(nodes.begin(), nodes.end());
      nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
      return nodes.size() <= max_nodes;
    }
    return true;
  });
  if (!status.ok()) return status;
  if (!failure.ok()) return failure;
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  if (nodes.size() > max_nodes) {
    return Status::InvalidArgument("the selection has more than " + std::to_string(max_nodes) +
                                   " nodes; narrow it with --around, --rel, --type or --min-count");
  }
  return selection;
}

std::optional<std::size_t> GraphSelection::node_count() const {
  if (whole_graph_) return std::nullopt;
  return nodes_.size();
}

bool GraphSelection::Contains(EntityId id) const {
  return whole_graph_ || std::binary_search(nodes_.begin(), nodes_.end(), id);
}

Status GraphSelection::ForEachNode(const std::function<bool(const EntityRecord&)>& visit) const {
  if (whole_graph_) return store_->ForEachEntity(visit);
  for (EntityId id : nodes_) {
    Result<EntityRecord> entity = store_->GetEntity(id);
    if (!entity.ok()) return entity.status();
    if (!visit(*entity)) break;
  }
  return Status::Ok();
}

Status GraphSelection::ForEachEdge(
    const std::function<bool(const EdgeRecord&, const EdgeEvidence&)>& visit) const {
  EdgeSelector selector(*store_, filter_);
  Status failure;
  auto visit_kept = [&](const EdgeRecord& edge) {
    if (!Contains(edge.source) || !Contains(edge.target)) return true;
    EdgeEvidence evidence;
    Result<bool> keep = selector.Keeps(edge, &evidence);
    if (!keep.ok()) {
      failure = keep.status();
      return false;
    }
    return !*keep || visit(edge, evidence);
  };
  if (!filter_.around.has_value()) {
    Status status = store_->ForEachEdge(visit_kept);
    return status.ok() ? failure : status;
  }
  // A neighbourhood is small: its edges are the outgoing edges of its nodes that stay inside it.
  bool stopped = false;
  for (EntityId id : nodes_) {
    Status status = store_->ForEachEdgeOf(id, Direction::kOut, [&](const EdgeRecord& edge) {
      stopped = !visit_kept(edge);
      return !stopped;
    });
    if (!status.ok()) return status;
    if (stopped) break;
  }
  return failure;
}

}  // namespace kg
