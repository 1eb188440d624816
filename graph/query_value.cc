#include "kg/query_value.h"

#include <fmt/format.h>

#include <tuple>

namespace kg::query {
namespace {

template <typename... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

auto EdgeIdentity(const EdgeRecord& edge) {
  return std::tie(edge.source, edge.relation, edge.target);
}

}  // namespace

Value Null() {
  return Value{};
}
Value Bool(bool value) {
  return Value{value};
}
Value Int(std::int64_t value) {
  return Value{value};
}
Value String(std::string value) {
  return Value{std::move(value)};
}
Value List(std::vector<Value> items) {
  return Value{std::move(items)};
}

Value Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Null();
  if (a.data.index() != b.data.index()) return Bool(false);
  return std::visit(
      Overloaded{
          [](const std::monostate&) { return Null(); },
          [&](bool x) { return Bool(x == *b.get<bool>()); },
          [&](std::int64_t x) { return Bool(x == *b.get<std::int64_t>()); },
          [&](const std::string& x) { return Bool(x == *b.get<std::string>()); },
          [&](const NodeValue& x) { return Bool(x.id == b.get<NodeValue>()->id); },
          [&](const EdgeValue& x) {
            return Bool(EdgeIdentity(x.edge) == EdgeIdentity(b.get<EdgeValue>()->edge));
          },
          [&](const std::vector<Value>& x) {
            const auto& y = *b.get<std::vector<Value>>();
            if (x.size() != y.size()) return Bool(false);
            bool unknown = false;
            for (std::size_t i = 0; i < x.size(); ++i) {
              const Value equal = Equals(x[i], y[i]);
              if (equal.is_null()) {
                unknown = true;
              } else if (!*equal.get<bool>()) {
                return Bool(false);
              }
            }
            return unknown ? Null() : Bool(true);
          },
      },
      a.data);
}

int CompareForSort(const Value& a, const Value& b) {
  if (a.is_null() != b.is_null()) return a.is_null() ? 1 : -1;
  if (a.data.index() != b.data.index()) return a.data.index() < b.data.index() ? -1 : 1;
  auto three_way = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
  return std::visit(Overloaded{
                        [](const std::monostate&) { return 0; },
                        [&](bool x) { return three_way(x, *b.get<bool>()); },
                        [&](std::int64_t x) { return three_way(x, *b.get<std::int64_t>()); },
                        [&](const std::string& x) { return three_way(x, *b.get<std::string>()); },
                        [&](const NodeValue& x) {
                          const NodeValue& y = *b.get<NodeValue>();
                          return three_way(std::tie(x.name, x.id), std::tie(y.name, y.id));
                        },
                        [&](const EdgeValue& x) {
                          const EdgeValue& y = *b.get<EdgeValue>();
                          return three_way(std::tie(x.source_name, x.edge.relation, x.target_name),
                                           std::tie(y.source_name, y.edge.relation, y.target_name));
                        },
                        [&](const std::vector<Value>& x) {
                          const auto& y = *b.get<std::vector<Value>>();
                          for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
                            if (const int order = CompareForSort(x[i], y[i]); order != 0)
                              return order;
                          }
                          return three_way(x.size(), y.size());
                        },
                    },
                    a.data);
}

std::string GroupingKey(const Value& value) {
  return std::visit(Overloaded{
                        [](const std::monostate&) { return std::string("n"); },
                        [](bool x) { return std::string(x ? "t" : "f"); },
                        [](std::int64_t x) { return fmt::format("i{}", x); },
                        [](const std::string& x) { return fmt::format("s{}:{}", x.size(), x); },
                        [](const NodeValue& x) { return fmt::format("v{}", x.id); },
                        [](const EdgeValue& x) {
                          return fmt::format("e{}:{}:{}", x.edge.source, x.edge.relation,
                                             x.edge.target);
                        },
                        [](const std::vector<Value>& x) {
                          std::string key = "[";
                          for (const Value& item : x)
                            key += GroupingKey(item) + ",";
                          return key + "]";
                        },
                    },
                    value.data);
}

std::string ValueText(const Value& value) {
  return std::visit(
      Overloaded{
          [](const std::monostate&) { return std::string(); },
          [](bool x) { return std::string(x ? "true" : "false"); },
          [](std::int64_t x) { return std::to_string(x); },
          [](const std::string& x) { return x; },
          [](const NodeValue& x) { return x.name; },
          [](const EdgeValue& x) { return fmt::format("{} ({})", x.edge.relation, x.edge.count); },
          [](const std::vector<Value>& x) {
            std::string text;
            for (const Value& item : x)
              text += (text.empty() ? "" : ", ") + ValueText(item);
            return text;
          },
      },
      value.data);
}

nlohmann::json ValueJson(const Value& value) {
  return std::visit(
      Overloaded{
          [](const std::monostate&) { return nlohmann::json(); },
          [](bool x) { return nlohmann::json(x); },
          [](std::int64_t x) { return nlohmann::json(x); },
          [](const std::string& x) { return nlohmann::json(x); },
          [](const NodeValue& x) {
            return nlohmann::json{{"id", x.id}, {"name", x.name}, {"type", EntityTypeName(x.type)}};
          },
          [](const EdgeValue& x) {
            return nlohmann::json{{"source", x.source_name},
                                  {"relation", x.edge.relation},
                                  {"target", x.target_name},
                                  {"count", x.edge.count}};
          },
          [](const std::vector<Value>& x) {
            nlohmann::json list = nlohmann::json::array();
            for (const Value& item : x)
              list.push_back(ValueJson(item));
            return list;
          },
      },
      value.data);
}

}  // namespace kg::query
