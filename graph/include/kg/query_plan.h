// Planning a parsed query: where to start, in which order to expand, when to filter.
//
// The plan starts from the most selective node: one with a known name ({name: "..."} or a WHERE
// conjunct `v.name = "..."`), resolved through the alias index to the fewest entities. Without
// one it scans the entities, keeping those of the node's type when it has a label. From the start
// it expands rightwards along the chain, then leftwards, one prefix scan of the bound entity's
// edges per step. Each top-level AND part of WHERE is checked as soon as every variable it names
// is bound, so failing rows are dropped before they are expanded further.
//
// Planning also checks what parsing cannot: variables, properties, functions, relation names
// (against the RelationCatalog) and entity names (against the store).
//
// Errors come back as the Status of the Result: InvalidArgument for a bad query, NotFound for an
// unknown entity, else the store's error. The byte offset in the query text they point at comes
// back through `error_offset`, for FormatQueryError.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kg/graph_filter.h"
#include "kg/query_ast.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg::query {

enum class AnchorKind {
  kByName,       // the candidates the name resolves to
  kByType,       // a scan of all entities, keeping the node's types
  kAllEntities,  // a scan of all entities
};

struct NodeSlot {
  std::vector<EntityType> types;             // any of these; empty for any
  std::optional<std::vector<EntityId>> ids;  // the only entities allowed, when a name is known
  std::vector<std::string> names;            // the candidates' names, for DescribePlan
  std::vector<std::size_t> same_variable;    // other positions of the node's variable
};

struct Expansion {
  std::size_t rel = 0;                     // index into query.rels
  std::size_t from = 0;                    // node position bound before this step
  std::size_t to = 0;                      // node position this step binds
  Direction direction = Direction::kBoth;  // as seen from `from`
  GraphFilter filter;                      // the relationship's types
};

struct Variable {
  bool is_node = true;
  std::size_t position = 0;  // first node position, or relationship index
};

struct Plan {
  Query query;  // with RETURN * expanded into items
  AnchorKind anchor_kind = AnchorKind::kAllEntities;
  std::size_t anchor = 0;  // node position
  std::vector<NodeSlot> nodes;
  std::vector<Expansion> expansions;
  std::map<std::string, Variable> variables;
  std::vector<const Expr*> conjuncts;  // the top-level AND parts of WHERE
  // filters[0] holds the conjuncts checked once the anchor is bound; filters[i] those checked
  // after expansion i - 1.
  std::vector<std::vector<std::size_t>> filters;
  bool aggregating = false;                               // some RETURN item is count(...)
  std::vector<bool> item_aggregates;                      // per RETURN item
  std::vector<std::optional<std::size_t>> order_columns;  // ORDER BY item -> RETURN column
};

// The plan for `query`, or the first error in it; then *error_offset, when error_offset is not
// null, is the byte offset in query.text the error points at. Relationships match edges with
// evidence of `modalities` (by default those that assert the relation), and their count and
// modality properties are those of that evidence.
Result<Plan> PlanQuery(Query query, const Store& store, const RelationCatalog& catalog,
                       std::size_t* error_offset = nullptr,
                       const ModalitySet& modalities = AssertingModalities());

// The plan in a few lines, for `kg query --explain`.
std::string DescribePlan(const Plan& plan);

}  // namespace kg::query
