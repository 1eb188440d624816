#include "query_error.h"

#include <algorithm>
#include <utility>

#include "kg/query_ast.h"

namespace kg::query {
namespace {

// Characters (UTF-8 code points) in `text`, for placing a caret under a column.
std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace

Status ReportQueryError(QueryError error, std::size_t* error_offset) {
  if (error_offset != nullptr) *error_offset = error.offset;
  return std::move(error.status);
}

std::string FormatQueryError(std::string_view query, const Status& error, std::size_t offset) {
  offset = std::min(offset, query.size());
  std::size_t line_begin = 0;
  if (const std::size_t newline = query.rfind('\n', offset == 0 ? 0 : offset - 1);
      offset > 0 && newline != std::string_view::npos) {
    line_begin = newline + 1;
  }
  const std::size_t found_end = query.find('\n', offset);
  const std::size_t line_end = found_end == std::string_view::npos ? query.size() : found_end;
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(query.begin(), query.begin() + line_begin, '\n'));
  const std::size_t column = 1 + CodePoints(query.substr(line_begin, offset - line_begin));
  const bool one_line = query.find('\n') == std::string_view::npos;
  std::string text = error.message() + " (" +
                     (one_line ? "" : "line " + std::to_string(line) + ", ") + "column " +
                     std::to_string(column) + ")\n";
  text += "  " + std::string(query.substr(line_begin, line_end - line_begin)) + "\n";
  text += "  " + std::string(column - 1, ' ') + "^";
  return text;
}

}  // namespace kg::query
