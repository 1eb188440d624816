// RecordPrinter: how every query command prints its results.
//
// For people, an aligned table: a header row, then one row per record, numbers right-aligned,
// the last column left ragged (it is where long text such as evidence sentences goes). With
// --json, one JSON object per line and nothing else on standard output. An empty result prints
// nothing on standard output; for people a note says so on standard error.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kg::cli {

class RecordPrinter {
 public:
  RecordPrinter(bool json, std::vector<std::string> headers);

  // One record: its table cells (one per header) and its JSON form.
  void Add(std::vector<std::string> cells, const nlohmann::json& record);

  // Prints the table (JSON lines go out as they are added); `empty_note` when nothing was added.
  void Finish(const std::string& empty_note);

  std::size_t size() const { return count_; }

 private:
  bool json_;
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::size_t count_ = 0;
};

// Prints `rows` aligned under `headers` (see above) to `out`; all-empty headers print no header.
void PrintAligned(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows, std::ostream& out);

// A score with up to six decimals and no trailing zeros: "0.0123", "17.5", "3".
std::string FormatScore(double value);

}  // namespace kg::cli
