#include "relations/date_resolver.h"

#include <charconv>
#include <chrono>
#include <optional>
#include <vector>

namespace kg {
namespace {

namespace chr = std::chrono;

std::optional<int> Number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<chr::year_month_day> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = Number(text.substr(0, 4));
  const auto month = Number(text.substr(5, 2));
  const auto day = Number(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  const chr::year_month_day date{chr::year(*year), chr::month(static_cast<unsigned>(*month)),
                                 chr::day(static_cast<unsigned>(*day))};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string Format(chr::year_month_day date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

bool IsFutureClause(const DependencyTree& tree, int trigger) {
  for (int child : tree.children(trigger)) {
    const std::string_view lemma = tree.lemma(child);
    if (tree.deprel(child) == "aux" && (lemma == "will" || lemma == "shall")) return true;
  }
  return false;
}

// A month name with a day number next to it (and maybe a year): "October 6", "6 October 2019".
// `document_year` is 0 when the document has no date.
std::optional<chr::year_month_day> MonthDay(const Vocabulary& words, const DependencyTree& tree,
                                            int month_token, int document_year) {
  const std::optional<std::size_t> month = words.months.IndexOf(tree.token(month_token).form);
  if (!month) return std::nullopt;
  std::optional<int> day;
  std::optional<int> year;
  for (int i = std::max(0, month_token - 1); i <= std::min(tree.size() - 1, month_token + 3); ++i) {
    if (i == month_token || tree.upos(i) != "NUM") continue;
    const auto number = Number(tree.token(i).form);
    if (!number) continue;
    if (*number >= 1 && *number <= 31 && !day) {
      day = number;
    } else if (*number >= 1000 && *number <= 2999) {
      year = number;
    }
  }
  if (!day || (!year && document_year == 0)) return std::nullopt;
  const chr::year_month_day date{chr::year(year ? *year : document_year),
                                 chr::month(static_cast<unsigned>(*month) + 1),
                                 chr::day(static_cast<unsigned>(*day))};
  if (!date.ok()) return std::nullopt;
  return date;
}

// A year standing alone as a temporal dependent ("in 1905"): the event's year when it is not the
// document's (whose own date then says more).
std::optional<int> YearAlone(const DependencyTree& tree, int token, int document_year) {
  if (tree.upos(token) != "NUM" || tree.token(token).form.size() != 4) return std::nullopt;
  const auto year = Number(tree.token(token).form);
  if (!year || *year < 1000 || *year > 2999 || *year == document_year) return std::nullopt;
  return year;
}

}  // namespace

std::string ResolveEventDate(const Vocabulary& words, const DependencyTree& tree, int trigger,
                             std::string_view document_date) {
  const std::optional<chr::year_month_day> document = ParseIsoDate(document_date);
  const int document_year = document ? static_cast<int>(document->year()) : 0;
  // The trigger's dependents, and those of its nominal dependents ("met Mensah on Friday" with
  // "on Friday" hung on the object).
  std::vector<int> candidates = tree.children(trigger);
  for (int child : tree.children(trigger)) {
    const std::string_view relation = tree.deprel(child);
    if (relation != "obj" && !relation.starts_with("obl")) continue;
    for (int grandchild : tree.children(child)) {
      if (tree.deprel(grandchild).starts_with("nmod")) candidates.push_back(grandchild);
    }
  }
  for (int child : candidates) {
    const std::string_view relation = tree.deprel(child);
    if (!relation.starts_with("obl") && !relation.starts_with("nmod") && relation != "advmod") {
      continue;
    }
    const std::string_view form = tree.token(child).form;
    if (const auto date = MonthDay(words, tree, child, document_year)) return Format(*date);
    if (const auto year = YearAlone(tree, child, document_year)) return std::to_string(*year);
    if (!document) continue;
    const chr::sys_days today{*document};
    if (form == "yesterday") return Format(chr::year_month_day{today - chr::days(1)});
    if (form == "today") return Format(*document);
    if (form == "tomorrow") return Format(chr::year_month_day{today + chr::days(1)});
    if (const std::optional<std::size_t> weekday = words.weekdays.IndexOf(form)) {
      const chr::weekday wanted(static_cast<unsigned>(*weekday));
      const chr::weekday current(today);
      if (IsFutureClause(tree, trigger)) {
        return Format(chr::year_month_day{today + (wanted - current)});
      }
      return Format(chr::year_month_day{today - (current - wanted)});
    }
  }
  return std::string(document_date);
}

}  // namespace kg
