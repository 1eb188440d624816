// Fuzz target: the query parser must accept or refuse any text without crashing, point its
// errors inside the text, and format them (with the caret line) without failing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kg/query_ast.h"
#include "kg/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::query::Query query;
  const auto error = kg::query::ParseQuery(text, &query);
  if (!error) return 0;
  if (error->offset && *error->offset > size) std::abort();
  if (kg::query::FormatQueryError(text, *error).empty()) std::abort();
  return 0;
}
