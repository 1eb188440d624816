#include "names/titles.h"

#include <string>

#include "kg/ascii.h"

namespace kg {

bool IsTitleWord(const Vocabulary& words, std::string_view word) {
  // "Presidents Buhari and Talon"; not "House of Representatives".
  return words.titles.Contains(word) || words.plural_titles.Contains(word);
}

namespace {

std::optional<RoleKind> RoleOfLowerCase(const Vocabulary& words, std::string_view lower) {
  if (words.role_leaders.Contains(lower)) return RoleKind::kLeader;
  if (words.role_members.Contains(lower)) return RoleKind::kMember;
  if (words.role_advisers.Contains(lower)) return RoleKind::kAdviser;
  if (words.role_envoys.Contains(lower)) return RoleKind::kEnvoy;
  if (words.role_relatives.Contains(lower)) return RoleKind::kRelative;
  if (words.role_workers.Contains(lower)) return RoleKind::kWorker;
  if (words.role_counsels.Contains(lower)) return RoleKind::kCounsel;
  if (words.role_presiding.Contains(lower)) return RoleKind::kPresiding;
  // An occupation practised for an organisation: "Kestrel Bank drummer", "a photographer for Y".
  if (words.occupations.Contains(lower)) return RoleKind::kWorker;
  return std::nullopt;
}

}  // namespace

std::optional<RoleKind> RoleOf(const Vocabulary& words, std::string_view word) {
  std::string lower = AsciiLower(word);
  if (std::optional<RoleKind> role = RoleOfLowerCase(words, lower)) return role;  // "boss"
  if (lower.size() <= 3 || !lower.ends_with('s')) return std::nullopt;
  lower.pop_back();  // "advisers"
  return RoleOfLowerCase(words, lower);
}

bool IsCalendarWord(const Vocabulary& words, std::string_view word) {
  const bool weekday_plural =  // "Sundays"
      word.ends_with('s') && words.weekdays.Contains(word.substr(0, word.size() - 1));
  return words.months.Contains(word) || words.weekdays.Contains(word) || weekday_plural ||
         words.calendar_abbreviations.Contains(word) || words.time_zones.Contains(word);
}

}  // namespace kg
