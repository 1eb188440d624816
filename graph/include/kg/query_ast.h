// The syntax tree of one kg query (the Cypher subset documented in docs/queries.md).
//
//   MATCH (a:PERSON {name: "X"})-[r:accused|criticized]->(b)-[*1..3]-(c)
//   WHERE r.count >= 2 AND NOT b.type = "GPE"
//   RETURN a.name AS accuser, count(*) AS n ORDER BY n DESC LIMIT 10
//
// One MATCH holds one path pattern: nodes[i] and nodes[i + 1] are joined by rels[i]. Every
// element remembers its byte offset in the query text, so errors can point at it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/extraction.h"
#include "kg/query_value.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg::query {

// "message (line L, column C)" followed by that line of the query and a caret under the column
// that byte `offset` of `query` falls in; `error` is what ParseQuery or PlanQuery returned and
// `offset` the error offset they reported with it.
std::string FormatQueryError(std::string_view query, const Status& error, std::size_t offset);

enum class ExprKind {
  kLiteral,   // value
  kVariable,  // name
  kProperty,  // name.property
  kList,      // [args...]
  kNot,       // NOT args[0]
  kAnd,       // args[0] AND args[1]
  kOr,        // args[0] OR args[1]
  kCompare,   // args[0] op args[1] (IS [NOT] NULL has one argument)
  kFunction,  // name(args...), name(*) for count(*)
};

enum class CompareOp {
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kContains,
  kStartsWith,
  kEndsWith,
  kIsNull,
  kIsNotNull
};

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  std::size_t begin = 0;  // byte range in the query text
  std::size_t end = 0;
  Value value;
  std::string name;
  std::string property;
  CompareOp op = CompareOp::kEq;
  bool star = false;      // count(*)
  bool distinct = false;  // count(DISTINCT x)
  std::vector<std::unique_ptr<Expr>> args;
};
using ExprPtr = std::unique_ptr<Expr>;

struct NodePattern {
  std::size_t begin = 0;
  std::string variable;             // empty when anonymous
  std::vector<EntityType> types;    // any of these; empty for any type
  std::optional<std::string> name;  // {name: "..."}: canonical name or alias, any case
  std::size_t name_offset = 0;
};

struct RelPattern {
  std::size_t begin = 0;
  std::string variable;
  std::vector<std::string> types;  // any of these relations; empty for any
  std::vector<std::size_t> type_offsets;
  Direction direction = Direction::kBoth;  // kOut: (left)-->(right); kIn: (left)<--(right)
  bool variable_length = false;
  std::uint32_t min_hops = 1;
  std::uint32_t max_hops = 1;
};

struct ReturnItem {
  ExprPtr expr;
  std::string text;    // the expression as written
  std::string column;  // the alias, or the expression as written
};

struct OrderItem {
  ExprPtr expr;
  std::string text;
  bool descending = false;
};

struct Query {
  std::string text;  // the query as written
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
  ExprPtr where;
  bool distinct = false;
  bool return_all = false;  // RETURN *: every named variable, in pattern order
  std::vector<ReturnItem> items;
  std::vector<OrderItem> order_by;
  std::optional<std::uint64_t> limit;
};

}  // namespace kg::query
