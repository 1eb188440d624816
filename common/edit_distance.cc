#include "kg/edit_distance.h"

#include <algorithm>
#include <numeric>

namespace kg {

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::size_t NameDistance(std::string_view query, std::string_view name) {
  std::size_t best = EditDistance(query, name);
  std::size_t begin = 0;
  while (begin < name.size()) {
    std::size_t end = name.find(' ', begin);
    if (end == std::string_view::npos) end = name.size();
    if (end < name.size() || begin > 0) {
      best = std::min(best, EditDistance(query, name.substr(begin, end - begin)) + 1);
    }
    begin = end + 1;
  }
  return best;
}

bool IsCloseEnough(std::string_view query, std::size_t distance) {
  return distance <= std::max<std::size_t>(2, query.size() / 3);
}

std::string QuotedAlternatives(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += i + 1 == names.size() ? " or " : ", ";
    text += "'" + names[i] + "'";
  }
  return text;
}

}  // namespace kg
