// Evaluating query expressions against one match of the pattern.
//
// Entity records are read from the store on first use and cached for the rest of the query, so a
// property costs one lookup per entity, not one per row. An edge's count and modalities are those
// of the evidence the relationship's filter kept (Step).
#pragma once

#include <unordered_map>
#include <vector>

#include "kg/adjacency.h"
#include "kg/query_plan.h"
#include "kg/query_value.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg::query {

// One match: the entity at each node position (0 while unbound) and the steps each relationship
// took (one, or several for a variable-length relationship).
struct Binding {
  std::vector<EntityId> nodes;
  std::vector<std::vector<Step>> rels;
};

class Evaluator {
 public:
  Evaluator(const Store& store, const Plan& plan) : store_(store), plan_(plan) {}

  Result<Value> Evaluate(const Expr& expr, const Binding& binding);
  // WHERE semantics: true only when the expression is true (not false, not null).
  Result<bool> IsTrue(const Expr& expr, const Binding& binding);

  Result<const EntityRecord*> Entity(EntityId id);

 private:
  EntityId NodeOf(const query::Variable& variable, const Binding& binding) const;
  Result<Value> Variable(const Expr& expr, const Binding& binding);
  Result<Value> Property(const Expr& expr, const Binding& binding);
  Result<Value> Function(const Expr& expr, const Binding& binding);
  Result<Value> Compare(const Expr& expr, const Binding& binding);
  Result<Value> Node(EntityId id);
  Result<Value> Edge(const Step& step);

  const Store& store_;
  const Plan& plan_;
  std::unordered_map<EntityId, EntityRecord> entities_;
};

}  // namespace kg::query
