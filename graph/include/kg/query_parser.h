// Parsing kg's query language into a Query (see kg/query_ast.h and docs/queries.md).
//
// The parser checks syntax only, plus what can be judged from the text alone: entity type labels
// and the shape of each clause. Names, relations and variables are checked by the planner.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "kg/query_ast.h"

namespace kg::query {

// The most hops a variable-length relationship may span; "*" alone means 1..kMaxHops.
inline constexpr std::uint32_t kMaxHops = 6;
// The longest query, in tokens, and the deepest nesting of parentheses, lists and NOT.
inline constexpr std::size_t kMaxTokens = 4096;
inline constexpr std::size_t kMaxNesting = 64;

// Fills `query` from `text`, or returns the first error with its offset.
std::optional<QueryError> ParseQuery(std::string_view text, Query* query);

}  // namespace kg::query
