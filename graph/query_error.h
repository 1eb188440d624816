// The query library's one internal error mechanism.
//
// The lexer, the recursive-descent parser and the planner return std::optional<QueryError> from
// every step: nullopt when the step succeeded, else the first error and where it is. Only the
// public entry points (ParseQuery, PlanQuery) see it; they turn it into the Status of their
// Result and the offset they report.
#pragma once

#include <cstddef>

#include "kg/status.h"

namespace kg::query {

struct QueryError {
  Status status;  // InvalidArgument for a bad query, NotFound for an unknown entity, else storage
  std::size_t offset = 0;  // byte offset into the query text
};

// `error`'s Status, after storing its offset in *error_offset when error_offset is not null.
Status ReportQueryError(QueryError error, std::size_t* error_offset);

}  // namespace kg::query
