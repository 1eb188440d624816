#include "names/head_words.h"

#include <algorithm>
#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, 101> kOrgWords = {
    "News",        "Party",        "Ministry",     "Parliament",   "Council",    "Army",
    "Agency",      "Times",        "Bank",         "Corp",         "Inc",        "Company",
    "Union",       "Court",        "Committee",    "Institute",    "Kremlin",    "Pravda",
    "Nations",     "Front",        "Air",          "Airlines",     "Airways",    "Group",
    "Corporation", "Organization", "Organisation", "Forces",       "Movement",   "Corps",
    "Police",      "Office",       "Association",  "Federation",   "Commission", "Department",
    "Embassy",     "Assembly",     "Senate",       "Congress",     "Foundation", "University",
    "Post",        "Television",   "Radio",        "Authority",    "Guards",     "Inc.",
    "Corp.",       "Ltd",          "Ltd.",         "LLC",          "Co.",        "Energy",
    "Futures",     "Services",     "Systems",      "Technologies", "Holdings",   "Partners",
    "Orchestra",   "Club",         "Network",      "Press",        "Journal",    "Magazine",
    "School",      "College",      "Academy",      "Bureau",       "Board",      "Society",
    "League",      "Motors",       "Industries",   "Foods",        "Brigade",    "Battalion",
    "Regiment",    "Navy",         "Marines",      "Daily",        "Weekly",     "Monthly",
    "Chronicle",   "Tribune",      "Herald",       "Gazette",      "Observer",   "Review",
    "Today",       "Telegraph",    "Guardian",     "Railway",      "Railways",   "Representatives",
    "Survey",      "Offices",      "Trust"};
constexpr std::array<std::string_view, 54> kLocWords = {
    "Sea",       "Ocean",   "River",  "Gulf",          "Mountains", "Lake",     "Island",
    "Islands",   "Valley",  "Strait", "Mediterranean", "Pacific",   "Atlantic", "Arctic",
    "Peninsula", "Desert",  "Coast",  "Bay",           "Basin",     "Street",   "St.",
    "Road",      "Avenue",  "Ave",    "Ave.",          "Boulevard", "Bridge",   "Square",
    "Airport",   "Park",    "Hall",   "Center",        "Centre",    "Station",  "Highway",
    "Mount",     "Canyon",  "Beach",  "Plaza",         "Tower",     "Palace",   "Cathedral",
    "Stadium",   "Arena",   "Hotel",  "Auditorium",    "Museum",    "Garage",   "Mall",
    "Theatre",   "Theater", "Cinema", "Memorial",      "Hospital"};
constexpr std::array<std::string_view, 5> kGpeWords = {"United", "Republic", "Kingdom", "City",
                                                       "States"};

template <std::size_t N>
bool HasWordFrom(std::string_view name, const std::array<std::string_view, N>& words) {
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    if (std::find(words.begin(), words.end(), name.substr(start, space - start)) != words.end()) {
      return true;
    }
    start = space + 1;
  }
  return false;
}

}  // namespace

bool IsAcronym(std::string_view name) {
  return name.size() >= 2 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsRegionWord(std::string_view word) {
  static constexpr std::string_view kRegionWords[] = {
      "East",      "West",     "North",   "South",     "Eastern",   "Western",
      "Northern",  "Southern", "Central", "Northeast", "Northwest", "Southeast",
      "Southwest", "Greater",  "Upper",   "Lower"};
  return std::find(std::begin(kRegionWords), std::end(kRegionWords), word) !=
         std::end(kRegionWords);
}

bool IsCompanyForm(std::string_view word) {
  static constexpr std::string_view kForms[] = {"Inc.", "Inc",   "Ltd.", "Ltd", "LTD.", "L.P.",
                                                "LLC",  "Corp.", "Co.",  "PLC", "GmbH"};
  return std::find(std::begin(kForms), std::end(kForms), word) != std::end(kForms);
}

bool HasOrgWord(std::string_view name) {
  return HasWordFrom(name, kOrgWords);
}

bool HasHeadWord(std::string_view name) {
  return HasWordFrom(name, kOrgWords) || HasWordFrom(name, kLocWords) ||
         HasWordFrom(name, kGpeWords);
}

std::optional<EntityType> TypeOfHeadWords(std::string_view name) {
  // The name's head, its last word before any "of", decides when it is a head word: "Orchestra
  // Hall" is a place, "Hall Orchestra" an orchestra.
  std::string_view head = name.substr(0, name.find(" of "));
  head = head.substr(head.rfind(' ') + 1);
  if (head.size() < name.size()) {
    if (std::find(kOrgWords.begin(), kOrgWords.end(), head) != kOrgWords.end())
      return EntityType::kOrg;
    if (std::find(kLocWords.begin(), kLocWords.end(), head) != kLocWords.end())
      return EntityType::kLoc;
  }
  if (HasWordFrom(name, kOrgWords) || IsAcronym(name)) return EntityType::kOrg;
  if (HasWordFrom(name, kLocWords)) return EntityType::kLoc;
  if (HasWordFrom(name, kGpeWords)) return EntityType::kGpe;
  return std::nullopt;
}

bool IsNameParticle(std::string_view form) {
  static constexpr std::string_view kParticles[] = {"al", "el",  "bin", "ibn", "ben", "abu",
                                                    "de", "van", "von", "der", "da",  "di",
                                                    "du", "dos", "la",  "le"};
  return std::find(std::begin(kParticles), std::end(kParticles), form) != std::end(kParticles);
}

}  // namespace kg
