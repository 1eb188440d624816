#include "abbreviations.h"

#include <algorithm>
#include <iterator>

namespace kg::syntax {
namespace {

// Abbreviations that precede a name or a number.
constexpr std::string_view kPrefixAbbreviations[] = {
    "Adm",    "Apr", "Aug",  "Brig", "Capt", "Cmdr", "Col",  "Cpl",  "Dec", "Det", "Dr",   "Feb",
    "Fr",     "Ft",  "Gen",  "Gov",  "Hon",  "Insp", "Jan",  "Jul",  "Jun", "Lt",  "Maj",  "Mar",
    "Messrs", "Mr",  "Mrs",  "Ms",   "Msgr", "Mt",   "No",   "Nos",  "Nov", "Oct", "Pres", "Prof",
    "Pvt",    "Rep", "Reps", "Rev",  "Sen",  "Sens", "Sep",  "Sept", "Sgt", "Sr",  "St",   "Supt",
    "Ste",    "vs",  "Vs",   "v",    "Mme",  "Mlle", "Gens", "Atty", "Sec", "Amb"};

// Abbreviations that may also end a sentence.
constexpr std::string_view kOtherAbbreviations[] = {
    "Inc",   "Corp",  "Co",  "Ltd",  "Bros", "Jr",   "etc",  "al",   "approx", "Dept", "dept",
    "Univ",  "Assn",  "Ave", "Blvd", "Rd",   "Hwy",  "Mon",  "Tue",  "Tues",   "Wed",  "Thu",
    "Thur",  "Thurs", "Fri", "est",  "fig",  "Fig",  "p",    "pp",   "cf",     "ca",   "Ph.D",
    "Calif", "Fla",   "Ill", "Mass", "Mich", "Penn", "Tenn", "Wash", "Ariz",   "Conn", "Attn"};

constexpr std::string_view kSentenceStarters[] = {
    "A",       "After",  "Also",    "An",    "And",  "As",   "At",    "But",   "By",
    "Despite", "During", "Earlier", "For",   "He",   "Her",  "Here",  "His",   "However",
    "I",       "If",     "In",      "It",    "Its",  "Last", "Later", "Many",  "Meanwhile",
    "More",    "Most",   "Mr.",     "Ms.",   "No",   "Now",  "On",    "One",   "Other",
    "Our",     "She",    "Since",   "Some",  "So",   "That", "The",   "Their", "There",
    "These",   "They",   "This",    "Those", "Thus", "To",   "Under", "We",    "What",
    "When",    "While",  "Who",     "With",  "Yet",  "You",  "Dr.",   "Why"};

template <std::size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsAsciiLetter(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// "U.S", "a.m", "D.C", "U.S.A": runs of one or two letters separated by single periods.
bool IsDottedLetters(std::string_view word) {
  bool has_period = false;
  std::size_t run = 0;
  for (char c : word) {
    if (c == '.') {
      if (run == 0) return false;
      has_period = true;
      run = 0;
    } else if (IsAsciiLetter(c)) {
      if (++run > 2) return false;
    } else {
      return false;
    }
  }
  return has_period && run > 0;
}

bool IsInitial(std::string_view word) {
  return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
}

}  // namespace

bool KeepsPeriod(std::string_view word) {
  return IsInitial(word) || IsDottedLetters(word) || Contains(kPrefixAbbreviations, word) ||
         Contains(kOtherAbbreviations, word);
}

bool IsPrefixAbbreviation(std::string_view word) {
  return IsInitial(word) || Contains(kPrefixAbbreviations, word);
}

bool IsSentenceStarter(std::string_view word) {
  return Contains(kSentenceStarters, word);
}

}  // namespace kg::syntax
