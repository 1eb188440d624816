#include "query_evaluator.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace kg::query {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

Value OptionalString(const std::string& text) {
  return text.empty() ? Null() : String(text);
}

// Three-valued logic: true, false or unknown (null).
std::optional<bool> Truth(const Value& value) {
  if (const bool* b = value.get<bool>()) return *b;
  return std::nullopt;
}

// Whether `list` holds `item`: true, false, or null when it may (a null compared).
Value Contains(const std::vector<Value>& list, const Value& item) {
  bool unknown = item.is_null();
  for (const Value& element : list) {
    const Value equal = Equals(element, item);
    if (equal.is_null()) {
      unknown = true;
    } else if (*equal.get<bool>()) {
      return Bool(true);
    }
  }
  return unknown ? Null() : Bool(false);
}

// Equality where a list against a single value means membership (r.modality = "reported").
Value LooseEquals(const Value& a, const Value& b) {
  const auto* list_a = a.get<std::vector<Value>>();
  const auto* list_b = b.get<std::vector<Value>>();
  if (list_a != nullptr && list_b == nullptr) return Contains(*list_a, b);
  if (list_b != nullptr && list_a == nullptr) return Contains(*list_b, a);
  return Equals(a, b);
}

Value In(const Value& item, const Value& collection) {
  const auto* list = collection.get<std::vector<Value>>();
  if (list == nullptr) return Null();
  const auto* items = item.get<std::vector<Value>>();
  if (items == nullptr) return Contains(*list, item);
  bool unknown = false;
  for (const Value& element : *items) {
    const Value found = Contains(*list, element);
    if (found.is_null()) {
      unknown = true;
    } else if (*found.get<bool>()) {
      return Bool(true);
    }
  }
  return unknown ? Null() : Bool(false);
}

Value Order(const Value& a, const Value& b, CompareOp op) {
  int order = 0;
  if (a.get<std::int64_t>() && b.get<std::int64_t>()) {
    order = *a.get<std::int64_t>() < *b.get<std::int64_t>()   ? -1
            : *a.get<std::int64_t>() > *b.get<std::int64_t>() ? 1
                                                              : 0;
  } else if (a.get<std::string>() && b.get<std::string>()) {
    order = a.get<std::string>()->compare(*b.get<std::string>());
  } else {
    return Null();
  }
  switch (op) {
    case CompareOp::kLt:
      return Bool(order < 0);
    case CompareOp::kLe:
      return Bool(order <= 0);
    case CompareOp::kGt:
      return Bool(order > 0);
    default:
      return Bool(order >= 0);
  }
}

Value StringTest(const Value& a, const Value& b, CompareOp op) {
  const std::string* text = a.get<std::string>();
  const std::string* part = b.get<std::string>();
  if (text == nullptr || part == nullptr) return Null();
  switch (op) {
    case CompareOp::kContains:
      return Bool(text->find(*part) != std::string::npos);
    case CompareOp::kStartsWith:
      return Bool(text->starts_with(*part));
    default:
      return Bool(text->ends_with(*part));
  }
}

}  // namespace

Result<const EntityRecord*> Evaluator::Entity(EntityId id) {
  auto it = entities_.find(id);
  if (it == entities_.end()) {
    Result<EntityRecord> entity = store_.GetEntity(id);
    if (!entity.ok()) return entity.status();
    it = entities_.emplace(id, std::move(entity).value()).first;
  }
  return &it->second;
}

Result<Value> Evaluator::Node(EntityId id) {
  Result<const EntityRecord*> entity = Entity(id);
  if (!entity.ok()) return entity.status();
  return Value{NodeValue{id, (*entity)->name, (*entity)->type}};
}

Result<Value> Evaluator::Edge(const Step& step) {
  Result<const EntityRecord*> source = Entity(step.edge.source);
  if (!source.ok()) return source.status();
  Result<const EntityRecord*> target = Entity(step.edge.target);
  if (!target.ok()) return target.status();
  EdgeRecord kept = step.edge;
  kept.count = step.count;
  return Value{EdgeValue{std::move(kept), (*source)->name, (*target)->name}};
}

EntityId Evaluator::NodeOf(const query::Variable& variable, const Binding& binding) const {
  // A variable at several positions is bound once the first of them is, in plan order.
  if (binding.nodes[variable.position] != 0) return binding.nodes[variable.position];
  for (std::size_t other : plan_.nodes[variable.position].same_variable) {
    if (binding.nodes[other] != 0) return binding.nodes[other];
  }
  return 0;
}

Result<Value> Evaluator::Variable(const Expr& expr, const Binding& binding) {
  const query::Variable& variable = plan_.variables.at(expr.name);
  if (variable.is_node) return Node(NodeOf(variable, binding));
  const std::vector<Step>& steps = binding.rels[variable.position];
  if (!plan_.query.rels[variable.position].variable_length) return Edge(steps.front());
  std::vector<Value> edges;
  for (const Step& step : steps) {
    Result<Value> edge = Edge(step);
    if (!edge.ok()) return edge;
    edges.push_back(std::move(edge).value());
  }
  return List(std::move(edges));
}

Result<Value> Evaluator::Property(const Expr& expr, const Binding& binding) {
  const query::Variable& variable = plan_.variables.at(expr.name);
  const std::string& name = expr.property;
  if (!variable.is_node) {
    const Step& step = binding.rels[variable.position].front();
    const EdgeRecord& edge = step.edge;
    if (name == "type") return String(edge.relation);
    if (name == "count") return Int(static_cast<std::int64_t>(step.count));
    const std::vector<std::string>* list = name == "modality"   ? &step.evidence.modalities
                                           : name == "source"   ? &step.evidence.sources
                                           : name == "agent"    ? &step.evidence.agents
                                           : name == "location" ? &step.evidence.locations
                                                                : nullptr;
    if (list != nullptr) {
      std::vector<Value> values;
      for (const std::string& item : *list)
        values.push_back(String(item));
      return List(std::move(values));
    }
    if (name == "first_date") return OptionalString(edge.first_date);
    return OptionalString(edge.last_date);
  }
  Result<const EntityRecord*> found = Entity(NodeOf(variable, binding));
  if (!found.ok()) return found.status();
  const EntityRecord& entity = **found;
  if (name == "name") return String(entity.name);
  if (name == "type") return String(std::string(EntityTypeName(entity.type)));
  if (name == "mentions") return Int(static_cast<std::int64_t>(entity.mention_count));
  if (name == "first_seen") return OptionalString(entity.first_seen);
  if (name == "last_seen") return OptionalString(entity.last_seen);
  if (name == "id") return Int(static_cast<std::int64_t>(entity.id));
  std::vector<Value> aliases;
  for (const std::string& alias : entity.aliases)
    aliases.push_back(String(alias));
  return List(std::move(aliases));
}

Result<Value> Evaluator::Function(const Expr& expr, const Binding& binding) {
  const std::string name = Lower(expr.name);
  if (name == "type") {
    const query::Variable& variable = plan_.variables.at(expr.args[0]->name);
    return String(binding.rels[variable.position].front().edge.relation);
  }
  Result<Value> arg = Evaluate(*expr.args[0], binding);
  if (!arg.ok()) return arg;
  if (name == "tolower") {
    const std::string* text = arg->get<std::string>();
    return text == nullptr ? Null() : String(Lower(*text));
  }
  // size() and length(): of a list (a variable-length relationship's hops) or a string.
  if (const auto* list = arg->get<std::vector<Value>>())
    return Int(static_cast<std::int64_t>(list->size()));
  if (const auto* text = arg->get<std::string>())
    return Int(static_cast<std::int64_t>(text->size()));
  return Null();
}

Result<Value> Evaluator::Compare(const Expr& expr, const Binding& binding) {
  Result<Value> left = Evaluate(*expr.args[0], binding);
  if (!left.ok()) return left;
  if (expr.op == CompareOp::kIsNull) return Bool(left->is_null());
  if (expr.op == CompareOp::kIsNotNull) return Bool(!left->is_null());
  Result<Value> right = Evaluate(*expr.args[1], binding);
  if (!right.ok()) return right;
  switch (expr.op) {
    case CompareOp::kEq:
      return LooseEquals(*left, *right);
    case CompareOp::kNe: {
      const std::optional<bool> equal = Truth(LooseEquals(*left, *right));
      return equal ? Bool(!*equal) : Null();
    }
    case CompareOp::kIn:
      return In(*left, *right);
    case CompareOp::kContains:
    case CompareOp::kStartsWith:
    case CompareOp::kEndsWith:
      return StringTest(*left, *right, expr.op);
    default:
      return Order(*left, *right, expr.op);
  }
}

Result<Value> Evaluator::Evaluate(const Expr& expr, const Binding& binding) {
  switch (expr.kind) {
    case ExprKind::kLiteral:
      return expr.value;
    case ExprKind::kVariable:
      return Variable(expr, binding);
    case ExprKind::kProperty:
      return Property(expr, binding);
    case ExprKind::kFunction:
      return Function(expr, binding);
    case ExprKind::kCompare:
      return Compare(expr, binding);
    case ExprKind::kList: {
      std::vector<Value> items;
      for (const ExprPtr& arg : expr.args) {
        Result<Value> item = Evaluate(*arg, binding);
        if (!item.ok()) return item;
        items.push_back(std::move(item).value());
      }
      return List(std::move(items));
    }
    case ExprKind::kNot: {
      Result<Value> operand = Evaluate(*expr.args[0], binding);
      if (!operand.ok()) return operand;
      const std::optional<bool> truth = Truth(*operand);
      return truth ? Bool(!*truth) : Null();
    }
    case ExprKind::kAnd:
    case ExprKind::kOr: {
      // Kleene logic: AND is false if either side is false, OR true if either is true.
      const bool is_and = expr.kind == ExprKind::kAnd;
      Result<Value> left = Evaluate(*expr.args[0], binding);
      if (!left.ok()) return left;
      const std::optional<bool> a = Truth(*left);
      if (a && *a != is_and) return Bool(*a);
      Result<Value> right = Evaluate(*expr.args[1], binding);
      if (!right.ok()) return right;
      const std::optional<bool> b = Truth(*right);
      if (b && *b != is_and) return Bool(*b);
      return a && b ? Bool(is_and) : Null();
    }
  }
  return Null();
}

Result<bool> Evaluator::IsTrue(const Expr& expr, const Binding& binding) {
  Result<Value> value = Evaluate(expr, binding);
  if (!value.ok()) return value.status();
  const std::optional<bool> truth = Truth(*value);
  return truth.value_or(false);
}

}  // namespace kg::query
