// Running a planned query against the store.
//
// Matches are found depth-first along the plan, one prefix scan per expansion; within one match
// no edge is used twice (Cypher's relationship uniqueness). Without ORDER BY, DISTINCT or
// count(), matching stops as soon as LIMIT rows are found. A query that would examine more than
// max_matches partial matches fails rather than run on.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kg/query_plan.h"
#include "kg/query_value.h"
#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg::query {

inline constexpr std::size_t kMaxMatches = 2'000'000;

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
};

struct ExecuteOptions {
  std::size_t max_matches = kMaxMatches;
};

Result<Table> ExecuteQuery(const Plan& plan, const Store& store, const RelationCatalog& catalog,
                           const ExecuteOptions& options = {});

}  // namespace kg::query
