#include "record_printer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

#include "kg/fact_json.h"

namespace kg::cli {
namespace {

std::size_t DisplayWidth(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// "12", "-3", "0.25": a number, right-aligned in its column. Dates are not.
bool LooksNumeric(const std::string& text) {
  std::size_t at = text.starts_with('-') ? 1 : 0;
  const std::size_t digits = at;
  while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
    ++at;
  if (at == digits) return false;
  if (at < text.size() && text[at] == '.') {
    const std::size_t fraction = ++at;
    while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
      ++at;
    if (at == fraction) return false;
  }
  return at == text.size();
}

}  // namespace

RecordPrinter::RecordPrinter(bool json, std::vector<std::string> headers)
    : json_(json), headers_(std::move(headers)) {}

void RecordPrinter::Add(std::vector<std::string> cells, const nlohmann::json& record) {
  ++count_;
  if (json_) {
    std::cout << JsonLine(record) << "\n";
  } else {
    rows_.push_back(std::move(cells));
  }
}

void RecordPrinter::Finish(const std::string& empty_note) {
  if (count_ == 0) {
    if (!json_ && !empty_note.empty()) std::cerr << empty_note << "\n";
    return;
  }
  if (!json_) PrintAligned(headers_, rows_, std::cout);
  std::cout.flush();
}

void PrintAligned(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  const std::size_t columns = headers.size();
  std::vector<std::size_t> width(columns, 0);
  std::vector<bool> numeric(columns, true);
  for (std::size_t c = 0; c < columns; ++c)
    width[c] = DisplayWidth(headers[c]);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
      width[c] = std::max(width[c], DisplayWidth(row[c]));
      if (!row[c].empty() && !LooksNumeric(row[c])) numeric[c] = false;
    }
  }
  auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < columns; ++c) {
      const std::string& cell = c < cells.size() ? cells[c] : std::string();
      const std::string padding(width[c] - DisplayWidth(cell), ' ');
      if (c > 0) line += "  ";
      if (numeric[c]) {
        line += padding + cell;
      } else {
        line += cell;
        if (c + 1 < columns) line += padding;
      }
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out << line << "\n";
  };
  if (std::any_of(headers.begin(), headers.end(), [](const std::string& h) { return !h.empty(); }))
    print_row(headers);
  for (const auto& row : rows)
    print_row(row);
}

std::string FormatScore(double value) {
  std::string text = fmt::format("{:.6f}", value);
  while (text.back() == '0')
    text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace kg::cli
