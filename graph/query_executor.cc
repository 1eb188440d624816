#include "kg/query_executor.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "query_evaluator.h"

namespace kg::query {
namespace {

bool SameEdge(const EdgeRecord& a, const EdgeRecord& b) {
  return a.source == b.source && a.target == b.target && a.relation == b.relation;
}

// count(...) of one RETURN item within one group.
struct Counter {
  std::int64_t count = 0;
  std::set<std::string> distinct;
};

struct Group {
  std::vector<Value> values;  // non-aggregate items; aggregate ones are filled at the end
  std::vector<Counter> counters;
};

class Executor {
 public:
  Executor(const Plan& plan, const Store& store, const RelationCatalog& catalog,
           const ExecuteOptions& options)
      : plan_(plan),
        query_(plan.query),
        store_(store),
        catalog_(catalog),
        options_(options),
        evaluator_(store, plan) {
    binding_.nodes.assign(query_.nodes.size(), 0);
    binding_.rels.assign(query_.rels.size(), {});
    stops_early_ =
        query_.limit && query_.order_by.empty() && !query_.distinct && !plan_.aggregating;
  }

  Result<Table> Run() {
    if (!(query_.limit && *query_.limit == 0)) {
      if (Status status = MatchAnchor(); !status.ok()) return status;
      if (!failure_.ok()) return failure_;
    }
    return Finish();
  }

 private:
  // ---- matching ----
  Status MatchAnchor() {
    const NodeSlot& slot = plan_.nodes[plan_.anchor];
    std::vector<EntityId> candidates;
    if (slot.ids) {
      candidates = *slot.ids;
    } else {
      Status status = store_.ForEachEntity([&](const EntityRecord& entity) {
        if (slot.types.empty() ||
            std::find(slot.types.begin(), slot.types.end(), entity.type) != slot.types.end()) {
          candidates.push_back(entity.id);
        }
        return true;
      });
      if (!status.ok()) return status;
    }
    for (EntityId id : candidates) {
      if (!BindNode(plan_.anchor, id)) continue;
      const bool more = Continue(0);
      binding_.nodes[plan_.anchor] = 0;
      if (!more) break;
    }
    return Status::Ok();
  }

  // Whether the node's name and labels allow `id` at `position`.
  bool Admits(std::size_t position, EntityId id) {
    const NodeSlot& slot = plan_.nodes[position];
    if (slot.ids && std::find(slot.ids->begin(), slot.ids->end(), id) == slot.ids->end()) {
      return false;
    }
    if (slot.types.empty()) return true;
    Result<const EntityRecord*> entity = evaluator_.Entity(id);
    if (!entity.ok()) return Fail(entity.status());
    return std::find(slot.types.begin(), slot.types.end(), (*entity)->type) != slot.types.end();
  }

  // Binds `position` to `id` when the node's constraints allow it.
  bool BindNode(std::size_t position, EntityId id) {
    const NodeSlot& slot = plan_.nodes[position];
    for (std::size_t other : slot.same_variable) {
      if (binding_.nodes[other] != 0 && binding_.nodes[other] != id) return false;
    }
    if (!Admits(position, id)) return false;
    binding_.nodes[position] = id;
    return true;
  }

  // A symmetric edge has no direction, so a directed relationship could bind it either way round;
  // it binds it once: the way the nodes' names and labels allow, and when they allow both, the
  // way it is stored (from the lower id). So MATCH (a)-[r]->(b) counts a met_with edge once.
  bool IsMirrorOfAnother(const Expansion& expansion, const Step& step) {
    if (step.orientation != Orientation::kUndirected || expansion.direction == Direction::kBoth)
      return false;
    const EntityId stored_first = step.edge.source;
    const bool as_stored = expansion.direction == Direction::kOut ? step.from == stored_first
                                                                  : step.to == stored_first;
    return !as_stored && Admits(expansion.from, step.to) && Admits(expansion.to, step.from);
  }

  bool Fail(Status status) {
    if (failure_.ok()) failure_ = std::move(status);
    return false;
  }

  bool EdgeUsed(const EdgeRecord& edge, const std::vector<Step>& pending) const {
    for (const std::vector<Step>& steps : binding_.rels) {
      for (const Step& step : steps) {
        if (SameEdge(step.edge, edge)) return true;
      }
    }
    return std::any_of(pending.begin(), pending.end(),
                       [&](const Step& step) { return SameEdge(step.edge, edge); });
  }

  // The kept steps from `from`, collected so no scan stays open while matching goes deeper.
  bool StepsFrom(EntityId from, const Expansion& expansion, std::vector<Step>* steps) {
    Status status = ForEachStep(store_, catalog_, expansion.filter, from, expansion.direction,
                                [&](const Step& step) {
                                  steps->push_back(step);
                                  return true;
                                });
    return status.ok() || Fail(status);
  }

  // Checks the filters of `stage`, then expands the next step or emits the match. Returns false
  // to stop matching (LIMIT reached or an error).
  bool Continue(std::size_t stage) {
    if (++matches_ > options_.max_matches) {
      return Fail(Status::InvalidArgument(
          "the query examines more than " + std::to_string(options_.max_matches) +
          " partial matches; name an entity, add types or relations, or lower the hop counts"));
    }
    for (std::size_t c : plan_.filters[stage]) {
      Result<bool> kept = evaluator_.IsTrue(*plan_.conjuncts[c], binding_);
      if (!kept.ok()) return Fail(kept.status());
      if (!*kept) return true;
    }
    if (stage == plan_.expansions.size()) return Emit();
    const Expansion& expansion = plan_.expansions[stage];
    const RelPattern& rel = query_.rels[expansion.rel];
    if (rel.variable_length) {
      std::vector<Step> path;
      return Walk(stage, binding_.nodes[expansion.from], &path);
    }
    std::vector<Step> steps;
    if (!StepsFrom(binding_.nodes[expansion.from], expansion, &steps)) return false;
    for (const Step& step : steps) {
      if (EdgeUsed(step.edge, {}) || IsMirrorOfAnother(expansion, step)) continue;
      if (!BindAndContinue(stage, step.to, {step})) return false;
    }
    return true;
  }

  bool BindAndContinue(std::size_t stage, EntityId to, const std::vector<Step>& path) {
    const Expansion& expansion = plan_.expansions[stage];
    if (!BindNode(expansion.to, to)) return failure_.ok();
    binding_.rels[expansion.rel] = path;
    const bool more = Continue(stage + 1);
    binding_.rels[expansion.rel].clear();
    binding_.nodes[expansion.to] = 0;
    return more;
  }

  // Every walk of min..max hops from `at` for a variable-length relationship.
  bool Walk(std::size_t stage, EntityId at, std::vector<Step>* path) {
    const Expansion& expansion = plan_.expansions[stage];
    const RelPattern& rel = query_.rels[expansion.rel];
    if (path->size() >= rel.min_hops && !BindAndContinue(stage, at, *path)) return false;
    if (path->size() == rel.max_hops) return true;
    std::vector<Step> steps;
    if (!StepsFrom(at, expansion, &steps)) return false;
    for (const Step& step : steps) {
      if (EdgeUsed(step.edge, *path)) continue;
      path->push_back(step);
      const bool more = Walk(stage, step.to, path);
      path->pop_back();
      if (!more) return false;
    }
    return true;
  }

  // ---- results ----
  bool Emit() {
    std::vector<Value> values(query_.items.size());
    std::string key;
    for (std::size_t i = 0; i < query_.items.size(); ++i) {
      if (plan_.item_aggregates[i]) continue;
      Result<Value> value = evaluator_.Evaluate(*query_.items[i].expr, binding_);
      if (!value.ok()) return Fail(value.status());
      values[i] = std::move(value).value();
      if (plan_.aggregating || query_.distinct) key += GroupingKey(values[i]) + "|";
    }
    if (plan_.aggregating) return Aggregate(key, std::move(values));
    if (query_.distinct && !seen_.insert(key).second) return true;
    std::vector<Value> sort_keys;
    for (std::size_t i = 0; i < query_.order_by.size(); ++i) {
      if (plan_.order_columns[i]) continue;
      Result<Value> value = evaluator_.Evaluate(*query_.order_by[i].expr, binding_);
      if (!value.ok()) return Fail(value.status());
      sort_keys.push_back(std::move(value).value());
    }
    rows_.push_back(std::move(values));
    sort_keys_.push_back(std::move(sort_keys));
    return !(stops_early_ && rows_.size() >= *query_.limit);
  }

  bool Aggregate(const std::string& key, std::vector<Value> values) {
    auto [it, added] = groups_.try_emplace(key);
    Group& group = it->second;
    if (added) {
      group.values = std::move(values);
      group.counters.resize(query_.items.size());
      group_order_.push_back(key);
    }
    for (std::size_t i = 0; i < query_.items.size(); ++i) {
      if (!plan_.item_aggregates[i]) continue;
      const Expr& count = *query_.items[i].expr;
      Counter& counter = group.counters[i];
      if (count.star) {
        ++counter.count;
        continue;
      }
      Result<Value> value = evaluator_.Evaluate(*count.args[0], binding_);
      if (!value.ok()) return Fail(value.status());
      if (value->is_null()) continue;
      if (!count.distinct || counter.distinct.insert(GroupingKey(*value)).second) ++counter.count;
    }
    return true;
  }

  Result<Table> Finish() {
    const bool only_counts = std::all_of(plan_.item_aggregates.begin(), plan_.item_aggregates.end(),
                                         [](bool b) { return b; });
    if (plan_.aggregating && only_counts && groups_.empty()) {
      // Counting nothing gives one row of zeros, not no rows.
      groups_[""].values.resize(query_.items.size());
      groups_[""].counters.resize(query_.items.size());
      group_order_.push_back("");
    }
    if (plan_.aggregating) {
      for (const std::string& key : group_order_) {
        Group& group = groups_.at(key);
        for (std::size_t i = 0; i < query_.items.size(); ++i) {
          if (plan_.item_aggregates[i]) group.values[i] = Int(group.counters[i].count);
        }
        rows_.push_back(std::move(group.values));
        sort_keys_.emplace_back();
      }
    }
    std::vector<std::size_t> order(rows_.size());
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    if (!query_.order_by.empty()) {
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        std::size_t own = 0;  // index into sort_keys_, for items that are not columns
        for (std::size_t i = 0; i < query_.order_by.size(); ++i) {
          const std::optional<std::size_t> column = plan_.order_columns[i];
          const Value& x = column ? rows_[a][*column] : sort_keys_[a][own];
          const Value& y = column ? rows_[b][*column] : sort_keys_[b][own];
          if (!column) ++own;
          const int cmp = CompareForSort(x, y);
          if (cmp != 0) return query_.order_by[i].descending ? cmp > 0 : cmp < 0;
        }
        return false;
      });
    }
    Table table;
    for (const ReturnItem& item : query_.items)
      table.columns.push_back(item.column);
    for (std::size_t i : order) {
      if (query_.limit && table.rows.size() >= *query_.limit) break;
      table.rows.push_back(std::move(rows_[i]));
    }
    return table;
  }

  const Plan& plan_;
  const Query& query_;
  const Store& store_;
  const RelationCatalog& catalog_;
  const ExecuteOptions& options_;
  Evaluator evaluator_;
  Binding binding_;
  bool stops_early_ = false;
  std::size_t matches_ = 0;
  Status failure_;
  std::vector<std::vector<Value>> rows_;
  std::vector<std::vector<Value>> sort_keys_;  // per row, the ORDER BY items that are not columns
  std::unordered_set<std::string> seen_;       // DISTINCT rows
  std::map<std::string, Group> groups_;
  std::vector<std::string> group_order_;
};

}  // namespace

Result<Table> ExecuteQuery(const Plan& plan, const Store& store, const RelationCatalog& catalog,
                           const ExecuteOptions& options) {
  return Executor(plan, store, catalog, options).Run();
}

}  // namespace kg::query
