#include "names/titles.h"

#include <string>

#include "kg/ascii.h"

namespace kg {

bool IsTitleWord(const Vocabulary& words, std::string_view word) {
  // "Presidents Buhari and Talon"; not "House of Representatives".
  return words.titles.Contains(word) || words.plural_titles.Contains(word);
}

std::optional<RoleKind> RoleOf(const Vocabulary& words, std::string_view word) {
  std::string lower = AsciiLower(word);
  if (lower.size() > 3 && lower.ends_with('s')) lower.pop_back();  // "advisers"
  if (words.role_leaders.Contains(lower)) return RoleKind::kLeader;
  if (words.role_members.Contains(lower)) return RoleKind::kMember;
  if (words.role_advisers.Contains(lower)) return RoleKind::kAdviser;
  if (words.role_envoys.Contains(lower)) return RoleKind::kEnvoy;
  if (words.role_relatives.Contains(lower)) return RoleKind::kRelative;
  if (words.role_workers.Contains(lower)) return RoleKind::kWorker;
  if (words.role_counsels.Contains(lower)) return RoleKind::kCounsel;
  return std::nullopt;
}

bool IsCalendarWord(const Vocabulary& words, std::string_view word) {
  const bool weekday_plural =  // "Sundays"
      word.ends_with('s') && words.weekdays.Contains(word.substr(0, word.size() - 1));
  return words.months.Contains(word) || words.weekdays.Contains(word) || weekday_plural ||
         words.calendar_abbreviations.Contains(word) || words.time_zones.Contains(word);
}

}  // namespace kg
