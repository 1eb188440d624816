// CsvReader: RFC 4180 records from text held in memory.
//
// Fields are separated by commas; a field that starts with " is quoted, "" inside it is one ",
// and it may span lines. Records end at LF or CRLF. Blank lines are skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  // Reads the next record into `fields`; false at the end or on a malformed quoted field, which
  // error() then describes.
  bool Next(std::vector<std::string>* fields);
  // 1-based line on which the last record read began.
  std::size_t line() const { return record_line_; }
  const std::string& error() const { return error_; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t next_line_ = 1;
  std::size_t record_line_ = 0;
  std::string error_;
};

}  // namespace kg::graph
