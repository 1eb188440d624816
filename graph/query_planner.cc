#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "kg/adjacency.h"
#include "kg/name_resolver.h"
#include "kg/query_plan.h"
#include "query_error.h"

namespace kg::query {
namespace {

constexpr std::string_view kNodeProperties[] = {"name",       "type",      "mentions", "aliases",
                                                "first_seen", "last_seen", "id"};
constexpr std::string_view kRelProperties[] = {"type",      "count",  "modality", "first_date",
                                               "last_date", "source", "agent",    "location"};

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

bool IsAggregate(const Expr& expr) {
  return expr.kind == ExprKind::kFunction && Lower(expr.name) == "count";
}

QueryError BadQuery(std::size_t offset, std::string message) {
  return {Status::InvalidArgument(std::move(message)), offset};
}

void CollectVariables(const Expr& expr, std::set<std::string>* names) {
  if (expr.kind == ExprKind::kVariable || expr.kind == ExprKind::kProperty)
    names->insert(expr.name);
  for (const ExprPtr& arg : expr.args)
    CollectVariables(*arg, names);
}

void SplitConjuncts(const Expr& expr, std::vector<const Expr*>* conjuncts) {
  if (expr.kind == ExprKind::kAnd) {
    SplitConjuncts(*expr.args[0], conjuncts);
    SplitConjuncts(*expr.args[1], conjuncts);
  } else {
    conjuncts->push_back(&expr);
  }
}

// The variable and name of a conjunct `v.name = "..."` (either way round).
std::optional<std::pair<std::string, const Expr*>> NameEquality(const Expr& expr) {
  if (expr.kind != ExprKind::kCompare || expr.op != CompareOp::kEq) return std::nullopt;
  for (int side = 0; side < 2; ++side) {
    const Expr& property = *expr.args[side];
    const Expr& literal = *expr.args[1 - side];
    if (property.kind == ExprKind::kProperty && property.property == "name" &&
        literal.kind == ExprKind::kLiteral && literal.value.get<std::string>() != nullptr) {
      return std::make_pair(property.name, &literal);
    }
  }
  return std::nullopt;
}

class Planner {
 public:
  Planner(const Store& store, const RelationCatalog& catalog, Plan* plan)
      : store_(store), catalog_(catalog), plan_(*plan), query_(plan->query) {}

  std::optional<QueryError> Run() {
    if (auto error = BindVariables()) return error;
    if (query_.return_all) ExpandReturnAll();
    if (query_.where) {
      if (auto error = CheckExpr(*query_.where, /*aggregates_allowed=*/false)) return error;
      SplitConjuncts(*query_.where, &plan_.conjuncts);
    }
    if (auto error = CheckReturn()) return error;
    if (auto error = CheckOrderBy()) return error;
    if (auto error = ResolveNames()) return error;
    if (auto error = CheckRelations()) return error;
    ChooseAnchor();
    OrderExpansions();
    ScheduleFilters();
    return std::nullopt;
  }

 private:
  std::optional<QueryError> BindVariables() {
    plan_.nodes.resize(query_.nodes.size());
    for (std::size_t i = 0; i < query_.nodes.size(); ++i) {
      const NodePattern& node = query_.nodes[i];
      plan_.nodes[i].types = node.types;
      if (node.variable.empty()) continue;
      const auto [it, added] = plan_.variables.emplace(node.variable, Variable{true, i});
      if (!it->second.is_node) {
        return BadQuery(node.begin, "'" + node.variable + "' is already a relationship");
      }
      if (added) continue;
      // A variable used twice names one entity: both positions must agree.
      for (std::size_t j = 0; j < i; ++j) {
        if (query_.nodes[j].variable != node.variable) continue;
        plan_.nodes[i].same_variable.push_back(j);
        plan_.nodes[j].same_variable.push_back(i);
      }
    }
    for (std::size_t i = 0; i < query_.rels.size(); ++i) {
      const RelPattern& rel = query_.rels[i];
      if (rel.variable.empty()) continue;
      if (!plan_.variables.emplace(rel.variable, Variable{false, i}).second) {
        return BadQuery(rel.begin, "'" + rel.variable + "' is used twice; a relationship " +
                                       "variable names one relationship");
      }
    }
    return std::nullopt;
  }

  void ExpandReturnAll() {
    std::vector<std::pair<std::size_t, std::string>> ordered;
    for (const auto& [name, variable] : plan_.variables) {
      const std::size_t begin = variable.is_node ? query_.nodes[variable.position].begin
                                                 : query_.rels[variable.position].begin;
      ordered.emplace_back(begin, name);
    }
    std::sort(ordered.begin(), ordered.end());
    for (const auto& [begin, name] : ordered) {
      ReturnItem item;
      item.expr = std::make_unique<Expr>();
      item.expr->kind = ExprKind::kVariable;
      item.expr->name = name;
      item.expr->begin = begin;
      item.expr->end = begin;
      item.text = item.column = name;
      query_.items.push_back(std::move(item));
    }
  }

  std::optional<QueryError> CheckExpr(const Expr& expr, bool aggregates_allowed) {
    switch (expr.kind) {
      case ExprKind::kVariable:
      case ExprKind::kProperty:
        return CheckVariableUse(expr);
      case ExprKind::kFunction:
        return CheckFunction(expr, aggregates_allowed);
      default:
        for (const ExprPtr& arg : expr.args) {
          if (auto error = CheckExpr(*arg, false)) return error;
        }
        return std::nullopt;
    }
  }

  std::optional<QueryError> CheckVariableUse(const Expr& expr) {
    const auto it = plan_.variables.find(expr.name);
    if (it == plan_.variables.end()) {
      return BadQuery(expr.begin, "unknown variable '" + expr.name + "'; name it in the MATCH " +
                                      "pattern, as in (" + expr.name + ")");
    }
    if (expr.kind != ExprKind::kProperty) return std::nullopt;
    const Variable& variable = it->second;
    if (!variable.is_node && query_.rels[variable.position].variable_length) {
      return BadQuery(expr.begin, "'" + expr.name + "' spans several relationships and has no " +
                                      "properties; use size(" + expr.name + ")");
    }
    const auto& known =
        variable.is_node
            ? std::vector<std::string_view>(std::begin(kNodeProperties), std::end(kNodeProperties))
            : std::vector<std::string_view>(std::begin(kRelProperties), std::end(kRelProperties));
    if (std::find(known.begin(), known.end(), expr.property) != known.end()) return std::nullopt;
    std::string list;
    for (std::string_view name : known)
      list += (list.empty() ? "" : ", ") + std::string(name);
    return BadQuery(expr.begin, "unknown property '" + expr.property + "' of " +
                                    (variable.is_node ? "an entity" : "a relationship") + " (" +
                                    list + ")");
  }

  std::optional<QueryError> CheckFunction(const Expr& expr, bool aggregates_allowed) {
    const std::string name = Lower(expr.name);
    if (name == "count") {
      if (!aggregates_allowed) {
        return BadQuery(expr.begin, "count() can only be a whole RETURN item");
      }
      if (!expr.star && expr.args.size() != 1) {
        return BadQuery(expr.begin, "count() takes one argument or *");
      }
    } else if (name == "type" || name == "size" || name == "length" || name == "tolower") {
      if (expr.star || expr.distinct || expr.args.size() != 1) {
        return BadQuery(expr.begin, expr.name + "() takes one argument");
      }
      if (name == "type") {
        const Expr& arg = *expr.args[0];
        const auto it = plan_.variables.find(arg.name);
        if (arg.kind != ExprKind::kVariable || it == plan_.variables.end() || it->second.is_node ||
            query_.rels[it->second.position].variable_length) {
          return BadQuery(arg.begin, "type() takes a relationship variable of a single hop");
        }
      }
    } else {
      return BadQuery(expr.begin,
                      "unknown function '" + expr.name + "' (count, type, size, length, toLower)");
    }
    for (const ExprPtr& arg : expr.args) {
      if (auto error = CheckExpr(*arg, false)) return error;
    }
    return std::nullopt;
  }

  std::optional<QueryError> CheckReturn() {
    if (query_.items.empty()) return BadQuery(0, "RETURN * needs a named variable");
    std::set<std::string> columns;
    for (const ReturnItem& item : query_.items) {
      if (auto error = CheckExpr(*item.expr, /*aggregates_allowed=*/true)) return error;
      if (!columns.insert(item.column).second) {
        return BadQuery(item.expr->begin,
                        "the column '" + item.column + "' appears twice; name one with AS");
      }
      plan_.item_aggregates.push_back(IsAggregate(*item.expr));
      plan_.aggregating = plan_.aggregating || plan_.item_aggregates.back();
    }
    return std::nullopt;
  }

  std::optional<QueryError> CheckOrderBy() {
    for (const OrderItem& order : query_.order_by) {
      std::optional<std::size_t> column;
      for (std::size_t i = 0; i < query_.items.size() && !column; ++i) {
        const ReturnItem& item = query_.items[i];
        const bool names_alias =
            order.expr->kind == ExprKind::kVariable && order.expr->name == item.column;
        if (names_alias || order.text == item.text) column = i;
      }
      if (!column) {
        if (plan_.aggregating || query_.distinct) {
          return BadQuery(order.expr->begin, "with count() or DISTINCT, ORDER BY must name a " +
                                                 std::string("returned column"));
        }
        if (auto error = CheckExpr(*order.expr, false)) return error;
      }
      plan_.order_columns.push_back(column);
    }
    return std::nullopt;
  }

  // Restricts `position`'s variable (or the anonymous node) to the entities `name` resolves to.
  std::optional<QueryError> RestrictByName(std::size_t position, const std::string& name,
                                           std::size_t offset) {
    Result<std::vector<EntityRecord>> found = MatchEntityName(store_, name);
    if (!found.ok()) return QueryError{found.status(), offset};
    if (found->empty()) return QueryError{UnknownEntity(store_, name), offset};
    std::vector<std::size_t> positions = {position};
    const std::vector<std::size_t>& others = plan_.nodes[position].same_variable;
    positions.insert(positions.end(), others.begin(), others.end());
    for (std::size_t p : positions) {
      NodeSlot& slot = plan_.nodes[p];
      std::vector<EntityId> ids;
      std::vector<std::string> names;
      for (const EntityRecord& entity : *found) {
        if (slot.ids && std::find(slot.ids->begin(), slot.ids->end(), entity.id) == slot.ids->end())
          continue;
        ids.push_back(entity.id);
        names.push_back(entity.name + " #" + std::to_string(entity.id));
      }
      slot.ids = std::move(ids);
      slot.names = std::move(names);
    }
    return std::nullopt;
  }

  std::optional<QueryError> ResolveNames() {
    for (std::size_t i = 0; i < query_.nodes.size(); ++i) {
      const NodePattern& node = query_.nodes[i];
      if (!node.name) continue;
      if (auto error = RestrictByName(i, *node.name, node.name_offset)) return error;
    }
    for (const Expr* conjunct : plan_.conjuncts) {
      const auto equality = NameEquality(*conjunct);
      if (!equality) continue;
      const Variable& variable = plan_.variables.at(equality->first);
      if (!variable.is_node) continue;
      const Expr& literal = *equality->second;
      if (auto error =
              RestrictByName(variable.position, *literal.value.get<std::string>(), literal.begin)) {
        return error;
      }
    }
    return std::nullopt;
  }

  std::optional<QueryError> CheckRelations() {
    for (const RelPattern& rel : query_.rels) {
      for (std::size_t i = 0; i < rel.types.size(); ++i) {
        if (Status status = catalog_.CheckKnown(rel.types[i]); !status.ok()) {
          return QueryError{status, rel.type_offsets[i]};
        }
      }
    }
    return std::nullopt;
  }

  void ChooseAnchor() {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < plan_.nodes.size(); ++i) {
      const NodeSlot& slot = plan_.nodes[i];
      if (slot.ids && (!best || slot.ids->size() < plan_.nodes[*best].ids->size())) best = i;
    }
    if (best) {
      plan_.anchor_kind = AnchorKind::kByName;
      plan_.anchor = *best;
      return;
    }
    for (std::size_t i = 0; i < plan_.nodes.size(); ++i) {
      if (!plan_.nodes[i].types.empty()) {
        plan_.anchor_kind = AnchorKind::kByType;
        plan_.anchor = i;
        return;
      }
    }
    plan_.anchor_kind = AnchorKind::kAllEntities;
    plan_.anchor = 0;
  }

  void AddExpansion(std::size_t rel, std::size_t from, std::size_t to, Direction direction) {
    Expansion expansion;
    expansion.rel = rel;
    expansion.from = from;
    expansion.to = to;
    expansion.direction = direction;
    const std::vector<std::string>& types = query_.rels[rel].types;
    expansion.filter.relations.insert(types.begin(), types.end());
    plan_.expansions.push_back(std::move(expansion));
  }

  void OrderExpansions() {
    for (std::size_t i = plan_.anchor; i < query_.rels.size(); ++i)
      AddExpansion(i, i, i + 1, query_.rels[i].direction);
    for (std::size_t i = plan_.anchor; i > 0; --i)
      AddExpansion(i - 1, i, i - 1, Reversed(query_.rels[i - 1].direction));
  }

  void ScheduleFilters() {
    std::map<std::string, std::size_t> bound_at;  // variable -> stage
    auto bind = [&](const std::string& name, std::size_t stage) {
      if (!name.empty()) bound_at.emplace(name, stage);
    };
    bind(query_.nodes[plan_.anchor].variable, 0);
    for (std::size_t i = 0; i < plan_.expansions.size(); ++i) {
      bind(query_.rels[plan_.expansions[i].rel].variable, i + 1);
      bind(query_.nodes[plan_.expansions[i].to].variable, i + 1);
    }
    plan_.filters.assign(plan_.expansions.size() + 1, {});
    for (std::size_t c = 0; c < plan_.conjuncts.size(); ++c) {
      std::set<std::string> names;
      CollectVariables(*plan_.conjuncts[c], &names);
      std::size_t stage = 0;
      for (const std::string& name : names)
        stage = std::max(stage, bound_at.at(name));
      plan_.filters[stage].push_back(c);
    }
  }

  const Store& store_;
  const RelationCatalog& catalog_;
  Plan& plan_;
  Query& query_;
};

std::string NodeText(const Query& query, std::size_t position) {
  const NodePattern& node = query.nodes[position];
  std::string text =
      node.variable.empty() ? fmt::format("(#{}", position + 1) : "(" + node.variable;
  for (std::size_t i = 0; i < node.types.size(); ++i)
    text.append(i == 0 ? ":" : "|").append(EntityTypeName(node.types[i]));
  return text + ")";
}

std::string RelText(const RelPattern& rel, Direction direction) {
  std::string body = rel.variable;
  for (std::size_t i = 0; i < rel.types.size(); ++i)
    body.append(i == 0 ? ":" : "|").append(rel.types[i]);
  if (rel.variable_length) {
    body += fmt::format("*{}..{}", rel.min_hops, rel.max_hops);
  }
  const std::string middle = body.empty() ? "-" : "-[" + body + "]-";
  if (direction == Direction::kOut) return middle + ">";
  if (direction == Direction::kIn) return "<" + middle;
  return middle;
}

}  // namespace

Result<Plan> PlanQuery(Query query, const Store& store, const RelationCatalog& catalog,
                       std::size_t* error_offset, const ModalitySet& modalities) {
  Plan plan;
  plan.query = std::move(query);
  if (auto error = Planner(store, catalog, &plan).Run()) {
    return ReportQueryError(std::move(*error), error_offset);
  }
  for (Expansion& expansion : plan.expansions)
    expansion.filter.modalities = modalities;
  return plan;
}

std::string DescribePlan(const Plan& plan) {
  const Query& query = plan.query;
  std::string text;
  auto filters = [&](std::size_t stage) {
    for (std::size_t c : plan.filters[stage]) {
      const Expr& conjunct = *plan.conjuncts[c];
      text += "   where " + query.text.substr(conjunct.begin, conjunct.end - conjunct.begin) + "\n";
    }
  };
  text += "1. start at " + NodeText(query, plan.anchor);
  switch (plan.anchor_kind) {
    case AnchorKind::kByName: {
      std::string names;
      for (const std::string& name : plan.nodes[plan.anchor].names)
        names += (names.empty() ? "" : ", ") + name;
      text += " by name: " + names + "\n";
      break;
    }
    case AnchorKind::kByType:
      text += " by scanning the entities for its type\n";
      break;
    case AnchorKind::kAllEntities:
      text += " by scanning all entities\n";
      break;
  }
  filters(0);
  for (std::size_t i = 0; i < plan.expansions.size(); ++i) {
    const Expansion& step = plan.expansions[i];
    text += std::to_string(i + 2) + ". expand " + NodeText(query, step.from) +
            RelText(query.rels[step.rel], step.direction) + NodeText(query, step.to) +
            " by prefix scan\n";
    filters(i + 1);
  }
  text += std::to_string(plan.expansions.size() + 2) + ". return ";
  for (std::size_t i = 0; i < query.items.size(); ++i)
    text += (i == 0 ? "" : ", ") + query.items[i].column;
  if (plan.aggregating) text += ", counted per group";
  if (query.distinct) text += ", distinct";
  if (!query.order_by.empty()) text += ", sorted";
  if (query.limit) text += ", at most " + std::to_string(*query.limit);
  return text + "\n";
}

}  // namespace kg::query
