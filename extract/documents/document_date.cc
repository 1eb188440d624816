#include "documents/document_date.h"

#include <charconv>
#include <chrono>
#include <cstdio>

#include "kg/ascii.h"

namespace kg {
namespace {

struct Parts {
  int year = 0;
  unsigned month = 0;  // 0: not given
  unsigned day = 0;    // 0: not given
};

std::optional<int> Number(std::string_view text, std::size_t digits) {
  if (text.size() != digits && digits != 0) return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "2024-03-03", "2024/03/03", "2024-03", "2024", each maybe followed by a time.
std::optional<Parts> Numeric(std::string_view text) {
  if (const std::size_t time = text.find_first_of("T "); time == 10) text = text.substr(0, 10);
  const auto year = Number(text.substr(0, 4), 4);
  if (!year) return std::nullopt;
  Parts parts{*year, 0, 0};
  if (text.size() == 4) return parts;
  const char separator = text[4];
  if ((separator != '-' && separator != '/') || (text.size() != 7 && text.size() != 10))
    return std::nullopt;
  const auto month = Number(text.substr(5, 2), 2);
  if (!month) return std::nullopt;
  parts.month = static_cast<unsigned>(*month);
  if (text.size() == 7) return parts;
  const auto day = Number(text.substr(8, 2), 2);
  if (text[7] != separator || !day) return std::nullopt;
  parts.day = static_cast<unsigned>(*day);
  return parts;
}

// The month `word` names, 1 to 12: a name or its first three letters, any case, maybe with '.'.
unsigned MonthOf(std::string_view word, const std::vector<std::string>& month_names) {
  if (word.ends_with('.')) word.remove_suffix(1);
  const std::string lower = AsciiLower(word);
  for (std::size_t i = 0; i < month_names.size(); ++i) {
    const std::string name = AsciiLower(month_names[i]);
    if (lower == (lower.size() == 3 ? name.substr(0, 3) : name))
      return static_cast<unsigned>(i + 1);
  }
  return 0;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find_first_of(" ,", at);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    if (stop > at) words.push_back(text.substr(at, stop - at));
    at = stop + 1;
  }
  return words;
}

// "March 3, 2024", "3 March 2024", "March 2024", after an optional leading weekday.
std::optional<Parts> Written(std::string_view text, const std::vector<std::string>& month_names) {
  std::vector<std::string_view> words = Words(text);
  if (words.size() == 4 && MonthOf(words[0], month_names) == 0) words.erase(words.begin());
  if (words.size() == 2) {
    const unsigned month = MonthOf(words[0], month_names);
    const auto year = Number(words[1], 4);
    if (month == 0 || !year) return std::nullopt;
    return Parts{*year, month, 0};
  }
  if (words.size() != 3) return std::nullopt;
  const bool month_first = MonthOf(words[0], month_names) != 0;
  const unsigned month = MonthOf(words[month_first ? 0 : 1], month_names);
  const auto day = Number(words[month_first ? 1 : 0], 0);
  const auto year = Number(words[2], 4);
  if (month == 0 || !day || !year || *day < 1) return std::nullopt;
  return Parts{*year, month, static_cast<unsigned>(*day)};
}

std::optional<std::string> Format(const Parts& parts) {
  namespace chr = std::chrono;
  char text[48];
  if (parts.month == 0) {
    std::snprintf(text, sizeof text, "%04d", parts.year);
    return text;
  }
  if (parts.month > 12) return std::nullopt;
  if (parts.day == 0) {
    std::snprintf(text, sizeof text, "%04d-%02u", parts.year, parts.month);
    return text;
  }
  if (!chr::year_month_day(chr::year(parts.year), chr::month(parts.month), chr::day(parts.day))
           .ok()) {
    return std::nullopt;
  }
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", parts.year, parts.month, parts.day);
  return text;
}

}  // namespace

std::optional<std::string> NormalizeDocumentDate(std::string_view text,
                                                 const std::vector<std::string>& month_names) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  std::optional<Parts> parts = Numeric(text);
  if (!parts) parts = Written(text, month_names);
  if (!parts) return std::nullopt;
  return Format(*parts);
}

}  // namespace kg
