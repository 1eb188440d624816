// Values of kg's query language: what expressions evaluate to and what results hold.
//
// A value is null, a boolean, an integer, a string, an entity (node), an edge, or a list of
// values. Entities and edges carry the names needed to show them, so a result can be printed
// without the store.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "kg/extraction.h"
#include "kg/store.h"

namespace kg::query {

struct NodeValue {
  EntityId id = 0;
  std::string name;
  EntityType type = EntityType::kPerson;
};

struct EdgeValue {
  EdgeRecord edge;
  std::string source_name;
  std::string target_name;
};

struct Value {
  std::variant<std::monostate, bool, std::int64_t, std::string, NodeValue, EdgeValue,
               std::vector<Value>>
      data;

  bool is_null() const { return std::holds_alternative<std::monostate>(data); }
  template <typename T>
  const T* get() const {
    return std::get_if<T>(&data);
  }
};

Value Null();
Value Bool(bool value);
Value Int(std::int64_t value);
Value String(std::string value);
Value List(std::vector<Value> items);

// Cypher's equality: null when either side is null, false between different kinds. Entities and
// edges are equal when they are the same entity or edge.
Value Equals(const Value& a, const Value& b);

// A total order for ORDER BY: null after everything, then by kind, then by value (entities by
// name, then id).
int CompareForSort(const Value& a, const Value& b);

// A string that is equal for two values exactly when they are the same, for DISTINCT and grouping.
std::string GroupingKey(const Value& value);

// How a value appears in a table cell and in a JSON line.
std::string ValueText(const Value& value);
nlohmann::json ValueJson(const Value& value);

}  // namespace kg::query
