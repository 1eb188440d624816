#include "names/titles.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "kg/ascii.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, 83> kTitleWords = {"President",
                                                          "Prime",
                                                          "Minister",
                                                          "Secretary",
                                                          "Chancellor",
                                                          "King",
                                                          "Queen",
                                                          "Prince",
                                                          "Princess",
                                                          "Senator",
                                                          "Sen.",
                                                          "Rep.",
                                                          "Representative",
                                                          "Governor",
                                                          "Gov.",
                                                          "Gov",
                                                          "Mayor",
                                                          "General",
                                                          "Gen.",
                                                          "Ambassador",
                                                          "Envoy",
                                                          "Chairman",
                                                          "Chairwoman",
                                                          "Speaker",
                                                          "Pope",
                                                          "Sheikh",
                                                          "Emir",
                                                          "Judge",
                                                          "Justice",
                                                          "Commander",
                                                          "Colonel",
                                                          "Col.",
                                                          "Lieutenant",
                                                          "Captain",
                                                          "Mr.",
                                                          "Mrs.",
                                                          "Ms.",
                                                          "Dr.",
                                                          "Mr",
                                                          "Mrs",
                                                          "Ms",
                                                          "Dr",
                                                          "Premier",
                                                          "Spokesman",
                                                          "Spokeswoman",
                                                          "Director",
                                                          "Chief",
                                                          "Leader",
                                                          "Former",
                                                          "Acting",
                                                          "Deputy",
                                                          "Vice",
                                                          "Foreign",
                                                          "Defense",
                                                          "Defence",
                                                          "Interior",
                                                          "Finance",
                                                          "Attorney",
                                                          "Crown",
                                                          "Supreme",
                                                          "Sultan",
                                                          "Solicitor",
                                                          "Inspector",
                                                          "Auditor",
                                                          "Manager",
                                                          "Commissioner",
                                                          "Superintendent",
                                                          "Doctor",
                                                          "Professor",
                                                          "Prof.",
                                                          "PM",
                                                          "Capt.",
                                                          "Sgt.",
                                                          "Lt.",
                                                          "Ayatollah",
                                                          "Rabbi",
                                                          "Aunt",
                                                          "Uncle",
                                                          "Sir",
                                                          "Honorable",
                                                          "Hon.",
                                                          "Congressman",
                                                          "Congresswoman"};

constexpr std::array<std::pair<std::string_view, RoleKind>, 54> kRoles = {{
    {"president", RoleKind::kLeader},   {"king", RoleKind::kLeader},
    {"queen", RoleKind::kLeader},       {"chancellor", RoleKind::kLeader},
    {"premier", RoleKind::kLeader},     {"leader", RoleKind::kLeader},
    {"head", RoleKind::kLeader},        {"chairman", RoleKind::kLeader},
    {"chairwoman", RoleKind::kLeader},  {"emir", RoleKind::kLeader},
    {"sultan", RoleKind::kLeader},      {"ceo", RoleKind::kLeader},
    {"prime", RoleKind::kLeader},       {"dictator", RoleKind::kLeader},
    {"minister", RoleKind::kMember},    {"secretary", RoleKind::kMember},
    {"official", RoleKind::kMember},    {"spokesperson", RoleKind::kAdviser},
    {"spokesman", RoleKind::kAdviser},  {"spokeswoman", RoleKind::kAdviser},
    {"ambassador", RoleKind::kEnvoy},   {"senator", RoleKind::kMember},
    {"lawmaker", RoleKind::kMember},    {"general", RoleKind::kMember},
    {"commander", RoleKind::kMember},   {"diplomat", RoleKind::kMember},
    {"director", RoleKind::kLeader},    {"member", RoleKind::kMember},
    {"officer", RoleKind::kMember},     {"governor", RoleKind::kLeader},
    {"mayor", RoleKind::kLeader},       {"prosecutor", RoleKind::kMember},
    {"adviser", RoleKind::kAdviser},    {"advisor", RoleKind::kAdviser},
    {"aide", RoleKind::kAdviser},       {"assistant", RoleKind::kAdviser},
    {"envoy", RoleKind::kEnvoy},        {"representative", RoleKind::kEnvoy},
    {"negotiator", RoleKind::kEnvoy},   {"son-in-law", RoleKind::kRelative},
    {"son", RoleKind::kRelative},       {"daughter", RoleKind::kRelative},
    {"wife", RoleKind::kRelative},      {"husband", RoleKind::kRelative},
    {"brother", RoleKind::kRelative},   {"sister", RoleKind::kRelative},
    {"father", RoleKind::kRelative},    {"mother", RoleKind::kRelative},
    {"chairperson", RoleKind::kLeader}, {"commissioner", RoleKind::kMember},
    {"constable", RoleKind::kMember},   {"correspondent", RoleKind::kMember},
    {"editor", RoleKind::kMember},      {"founder", RoleKind::kLeader},
}};

// Weekdays and months with their abbreviations and plurals ("Sept.", "Fri", "Sundays"). "Jan",
// "Mar" and "Sun" are left out: they are also names. Holidays are not here: they open names
// ("Easter Island"), and WordNet has them as kinds of time, which are no names alone.
constexpr std::array<std::string_view, 82> kCalendarWords = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mondays",
    "Tuesdays",
    "Wednesdays",
    "Thursdays",
    "Fridays",
    "Saturdays",
    "Sundays",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb",
    "Feb.",
    "Apr",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug",
    "Aug.",
    "Sep",
    "Sep.",
    "Sept",
    "Sept.",
    "Oct",
    "Oct.",
    "Nov",
    "Nov.",
    "Dec",
    "Dec.",
    // Time zones, as in "10 a.m. (CDT)"; not the two-letter ones that are also states' codes.
    "EST",
    "EDT",
    "CST",
    "CDT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "AKST",
    "AKDT",
    "HST",
    "GMT",
    "UTC",
    "BST",
    "IST",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "WET",
    "WEST",
    "JST",
    "KST",
    "AEST",
    "AEDT",
    "ACST",
    "AWST",
    "NZDT",
};

}  // namespace

bool IsTitleWord(std::string_view word) {
  auto listed = [](std::string_view w) {
    return std::find(kTitleWords.begin(), kTitleWords.end(), w) != kTitleWords.end();
  };
  // "Presidents Buhari and Talon"; not "House of Representatives".
  static constexpr std::string_view kPlurals[] = {"Presidents", "Senators",  "Ministers",
                                                  "Generals",   "Governors", "Ambassadors"};
  return listed(word) ||
         std::find(std::begin(kPlurals), std::end(kPlurals), word) != std::end(kPlurals);
}

std::optional<RoleKind> RoleOf(std::string_view word) {
  std::string lower = AsciiLower(word);
  if (lower.size() > 3 && lower.ends_with('s')) lower.pop_back();  // "advisers"
  for (const auto& [role, kind] : kRoles) {
    if (lower == role) return kind;
  }
  return std::nullopt;
}

bool IsCalendarWord(std::string_view word) {
  return std::find(kCalendarWords.begin(), kCalendarWords.end(), word) != kCalendarWords.end();
}

}  // namespace kg
