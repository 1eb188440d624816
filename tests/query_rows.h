// Running a query in a test: the rows of its result, each as its cells' table text joined with
// " | ".
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/query_executor.h"
#include "kg/query_parser.h"
#include "kg/query_plan.h"

namespace kg::testing {

inline std::vector<std::string> QueryRows(const Store& store, const RelationCatalog& catalog,
                                          const std::string& text,
                                          const ModalitySet& modalities = AssertingModalities()) {
  INFO(text);
  auto query = query::ParseQuery(text);
  REQUIRE(query.ok());
  auto plan = query::PlanQuery(std::move(query).value(), store, catalog, nullptr, modalities);
  REQUIRE(plan.ok());
  const auto table = query::ExecuteQuery(*plan, store, catalog);
  REQUIRE(table.ok());
  std::vector<std::string> rows;
  for (const auto& row : table->rows) {
    std::string line;
    for (const query::Value& value : row)
      line += (line.empty() ? "" : " | ") + query::ValueText(value);
    rows.push_back(line);
  }
  return rows;
}

}  // namespace kg::testing
