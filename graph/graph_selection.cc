#include "kg/graph_selection.h"

#include <algorithm>
#include <tuple>

namespace kg {
// What orders the nodes: the canonical name and type, then what else tells two same-named
// entities apart; the store id only breaks ties between otherwise identical records.
struct GraphSelection::NodeKey {
  std::string name;
  EntityType type;
  std::vector<std::string> aliases;
  std::string first_seen;
  EntityId id;

  explicit NodeKey(EntityRecord entity)
      : name(std::move(entity.name)),
        type(entity.type),
        aliases(std::move(entity.aliases)),
        first_seen(std::move(entity.first_seen)),
        id(entity.id) {}
  bool operator<(const NodeKey& other) const {
    return std::tie(name, type, aliases, first_seen, id) <
           std::tie(other.name, other.type, other.aliases, other.first_seen, other.id);
  }
};

namespace {

// The endpoints of the edges the filter keeps, found by one pass over the edges.
Result<std::vector<EntityId>> CollectEndpoints(const Store& store, const GraphFilter& filter,
                                               std::size_t max_nodes) {
  EdgeSelector selector(store, filter);
  std::vector<EntityId> nodes;
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
  return nodes;
}

Status TooMany(std::size_t max_nodes) {
  return Status::InvalidArgument("the selection has more than " + std::to_string(max_nodes) +
                                 " nodes; narrow it with --around, --rel, --type or --min-count");
}

}  // namespace

Result<GraphSelection> GraphSelection::Select(const Store& store, GraphFilter filter,
                                              std::size_t max_nodes) {
  GraphSelection selection(store, std::move(filter));
  Result<std::vector<std::string>> symmetric = store.SymmetricRelations();
  if (!symmetric.ok()) return symmetric.status();
  selection.symmetric_.insert(symmetric->begin(), symmetric->end());
  const GraphFilter& kept = selection.filter_;
  Status numbered;
  if (kept.KeepsEveryEntity()) {
    numbered = selection.NumberAll();
  } else {
    Result<std::vector<EntityId>> nodes = kept.around.has_value()
                                              ? CollectNeighbourhood(store, kept, max_nodes)
                                              : CollectEndpoints(store, kept, max_nodes);
    if (!nodes.ok()) return nodes.status();
    if (nodes->size() > max_nodes) return TooMany(max_nodes);
    numbered = selection.Number(*nodes);
  }
  if (!numbered.ok()) return numbered;
  if (selection.node_count() > max_nodes) return TooMany(max_nodes);
  return selection;
}

Status GraphSelection::NumberAll() {
  std::vector<NodeKey> keys;
  Status status = store_->ForEachEntity([&](const EntityRecord& entity) {
    keys.emplace_back(entity);
    return true;
  });
  if (!status.ok()) return status;
  NumberInOrder(std::move(keys));
  return Status::Ok();
}

Status GraphSelection::Number(const std::vector<EntityId>& ids) {
  std::vector<NodeKey> keys;
  keys.reserve(ids.size());
  for (EntityId id : ids) {
    Result<EntityRecord> entity = store_->GetEntity(id);
    if (!entity.ok()) return entity.status();
    keys.emplace_back(std::move(entity).value());
  }
  NumberInOrder(std::move(keys));
  return Status::Ok();
}

void GraphSelection::NumberInOrder(std::vector<NodeKey> keys) {
  std::sort(keys.begin(), keys.end());
  order_.reserve(keys.size());
  EntityId largest = 0;
  for (const NodeKey& key : keys) {
    order_.push_back(key.id);
    largest = std::max(largest, key.id);
  }
  // Store ids are dense (counted up from 1), so a flat table is both small and fast.
  number_by_id_.assign(largest + 1, 0);
  for (std::size_t i = 0; i < order_.size(); ++i)
    number_by_id_[order_[i]] = i + 1;
}

EntityId GraphSelection::NumberOf(EntityId id) const {
  return id < number_by_id_.size() ? number_by_id_[id] : 0;
}

Status GraphSelection::ForEachNode(const std::function<bool(const EntityRecord&)>& visit) const {
  for (std::size_t i = 0; i < order_.size(); ++i) {
    Result<EntityRecord> entity = store_->GetEntity(order_[i]);
    if (!entity.ok()) return entity.status();
    entity->id = i + 1;
    if (!visit(*entity)) break;
  }
  return Status::Ok();
}

Status GraphSelection::ForEachEdge(
    const std::function<bool(const EdgeRecord&, const EdgeEvidence&)>& visit) const {
  EdgeSelector selector(*store_, filter_);
  bool stopped = false;
  for (EntityId number = 1; number <= order_.size() && !stopped; ++number) {
    if (Status s = ForEachEdgeFrom(number, selector, visit, &stopped); !s.ok()) return s;
  }
  return Status::Ok();
}

// The edges that start at node `number` in export order: its outgoing edges, less the symmetric
// ones whose other end comes first, plus the symmetric edges stored towards it from a later node.
Status GraphSelection::ForEachEdgeFrom(
    EntityId number, EdgeSelector& selector,
    const std::function<bool(const EdgeRecord&, const EdgeEvidence&)>& visit, bool* stopped) const {
  struct Start {
    EntityId target_number;
    EdgeRecord stored;
  };
  std::vector<Start> starts;
  const EntityId id = order_[number - 1];
  // Incoming edges matter only for symmetric relations.
  const Direction direction = symmetric_.empty() ? Direction::kOut : Direction::kBoth;
  Status status = store_->ForEachEdgeOf(id, direction, [&](const EdgeRecord& edge) {
    const bool outgoing = edge.source == id;
    const EntityId other = NumberOf(outgoing ? edge.target : edge.source);
    if (other == 0) return true;
    const bool symmetric = IsSymmetric(edge.relation);
    if (outgoing ? (symmetric && other < number) : (!symmetric || other <= number)) return true;
    starts.push_back({other, edge});
    return true;
  });
  if (!status.ok()) return status;
  std::sort(starts.begin(), starts.end(), [](const Start& a, const Start& b) {
    return std::tie(a.target_number, a.stored.relation) <
           std::tie(b.target_number, b.stored.relation);
  });
  for (const Start& start : starts) {
    EdgeEvidence evidence;
    Result<bool> keep = selector.Keeps(start.stored, &evidence);
    if (!keep.ok()) return keep.status();
    if (!*keep) continue;
    EdgeRecord numbered = start.stored;
    numbered.source = number;
    numbered.target = start.target_number;
    if (!visit(numbered, evidence)) {
      *stopped = true;
      break;
    }
  }
  return Status::Ok();
}

}  // namespace kg
