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
  std::size_t offset = 0;
  const kg::Result<kg::query::Query> query = kg::query::ParseQuery(text, &offset);
  if (query.ok()) return 0;
  if (offset > size) std::abort();
  if (kg::query::FormatQueryError(text, query.status(), offset).empty()) std::abort();
  return 0;
}
