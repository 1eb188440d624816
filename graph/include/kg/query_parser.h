// Parsing kg's query language into a Query (see kg/query_ast.h and docs/queries.md).
//
// The parser checks syntax only, plus what can be judged from the text alone: entity type labels
// and the shape of each clause. Names, relations and variables are checked by the planner.
//
// Errors are InvalidArgument Statuses whose message says what is wrong; the byte offset in the
// text they point at comes back through `error_offset`, for FormatQueryError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kg/query_ast.h"
#include "kg/status.h"

namespace kg::query {

// The most hops a variable-length relationship may span; "*" alone means 1..kMaxHops.
inline constexpr std::uint32_t kMaxHops = 6;
// The longest query, in tokens, and the deepest nesting of parentheses, lists and NOT.
inline constexpr std::size_t kMaxTokens = 4096;
inline constexpr std::size_t kMaxNesting = 64;

// The query `text` holds, or the first error in it; then *error_offset, when error_offset is not
// null, is the byte offset in `text` the error points at.
Result<Query> ParseQuery(std::string_view text, std::size_t* error_offset = nullptr);

}  // namespace kg::query
