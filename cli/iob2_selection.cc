#include "iob2_selection.h"

#include <charconv>
#include <fstream>

#include "cli_support.h"

namespace kg::cli {
namespace {

struct SentenceRange {
  std::size_t first = 0;  // 1-based, inclusive; 0 = the whole file
  std::size_t last = 0;
};

bool ParseNumber(std::string_view text, std::size_t* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size() && *value > 0;
}

// Splits "FILE@FIRST-LAST" into the file and the range; "FILE" is the whole file.
std::string SplitSelection(const std::string& selection, SentenceRange* range) {
  const std::size_t at = selection.rfind('@');
  if (at == std::string::npos) return selection;
  const std::string_view spec = std::string_view(selection).substr(at + 1);
  const std::size_t dash = spec.find('-');
  if (dash == std::string_view::npos || !ParseNumber(spec.substr(0, dash), &range->first) ||
      !ParseNumber(spec.substr(dash + 1), &range->last) || range->first > range->last) {
    throw CliError("bad sentence range in " + selection + ": expected FILE@FIRST-LAST, e.g. " +
                   selection.substr(0, at) + "@1-1000");
  }
  return selection.substr(0, at);
}

}  // namespace

std::vector<Iob2Sentence> ReadIob2Selection(const std::string& selection) {
  SentenceRange range;
  const std::string path = SplitSelection(selection, &range);
  std::ifstream in(path);
  if (!in) throw CliError("cannot read " + path);
  std::vector<Iob2Sentence> sentences = ValueOrThrow(ReadIob2(in, path));
  if (range.first == 0) return sentences;
  if (range.last > sentences.size()) {
    throw CliError(selection + ": " + path + " has only " + std::to_string(sentences.size()) +
                   " sentences");
  }
  return {sentences.begin() + static_cast<std::ptrdiff_t>(range.first - 1),
          sentences.begin() + static_cast<std::ptrdiff_t>(range.last)};
}

}  // namespace kg::cli
