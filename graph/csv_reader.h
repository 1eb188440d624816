// CsvReader: RFC 4180 records from text held in memory.
//
// Fields are separated by commas; a field that starts with " is quoted, "" inside it is one ",
// and it may span lines. Records end at LF or CRLF. Blank lines are skipped.
//
// Fields are views: into the text, or for a quoted field holding "", into the reader's own
// buffer. They stay valid until the next call of Next.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

class CsvReader {
 public:
  // `text` begins on line `first_line` of its file.
  explicit CsvReader(std::string_view text, std::size_t first_line = 1)
      : text_(text), next_line_(first_line) {}

  // Reads the next record into `fields`; false at the end or on a malformed quoted field, which
  // error() then describes.
  bool Next(std::vector<std::string_view>* fields);
  // 1-based line on which the last record read began.
  std::size_t line() const { return record_line_; }
  const std::string& error() const { return error_; }
  // The text not read yet, and the line it begins on.
  std::string_view rest() const { return text_.substr(pos_); }
  std::size_t next_line() const { return next_line_; }

 private:
  // Reads field number `index`, quoted, whose opening quote is at pos_.
  bool ReadQuoted(std::size_t index, std::string_view* field);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t next_line_;
  std::size_t record_line_ = 0;
  std::string error_;
  // Quoted fields with "" of the current record, unescaped, back to back; `unescaped_fields_`
  // holds (field number, begin) for each, their views being made once the record is complete.
  std::string unescaped_;
  std::vector<std::pair<std::size_t, std::size_t>> unescaped_fields_;
};

}  // namespace kg::graph
