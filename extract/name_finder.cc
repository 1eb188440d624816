#include "name_finder.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "kg/utf8.h"

namespace kg {
namespace {

// Capitalised words that start sentences but are not names.
constexpr std::array<std::string_view, 52> kNotNames = {
    "The",      "A",        "An",        "He",        "She",     "It",        "They",
    "We",       "I",        "In",        "On",        "At",      "After",     "Before",
    "But",      "And",      "According", "This",      "That",    "Some",      "Although",
    "Speaking", "When",     "While",     "Monday",    "Tuesday", "Wednesday", "Thursday",
    "Friday",   "Saturday", "Sunday",    "Our",       "There",   "His",       "Her",
    "Their",    "If",       "As",        "Meanwhile", "Earlier", "Later",     "Then",
    "Now",      "Today",    "Yesterday", "However",   "Also",    "Still",     "For",
    "By",       "With",     "From"};

// Words of titles and roles; a run of them inside a capitalised span separates names
// ("U.S. Secretary of State Marco Rubio" -> "U.S.", "Marco Rubio").
constexpr std::array<std::string_view, 58> kTitles = {"President",
                                                      "Prime",
                                                      "Minister",
                                                      "Secretary",
                                                      "Chancellor",
                                                      "King",
                                                      "Queen",
                                                      "Prince",
                                                      "Princess",
                                                      "Senator",
                                                      "Sen",
                                                      "Rep",
                                                      "Representative",
                                                      "Governor",
                                                      "Gov",
                                                      "Mayor",
                                                      "General",
                                                      "Gen",
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
                                                      "Col",
                                                      "Lieutenant",
                                                      "Captain",
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
                                                      "Secretary-General",
                                                      "Sultan",
                                                      "Senior"};

struct Word {
  std::size_t begin;
  std::size_t end;
};

// Length of the word character at `i` (1 to 4 bytes), or 0 when it separates words. Letters,
// digits, hyphens, apostrophes (straight or U+2019) and periods are word characters; so is any
// non-ASCII character outside the General Punctuation block (quotes, dashes, ellipsis).
std::size_t WordCharLength(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return std::isalnum(c) || c == '-' || c == '\'' || c == '.' ? 1 : 0;
  const std::size_t length = std::max<std::size_t>(1, Utf8SequenceLength(c));
  const std::string_view ch = s.substr(i, length);
  if (ch == "\xE2\x80\x99") return length;  // ’ as apostrophe
  if (ch.size() == 3 && ch[0] == '\xE2' && (ch[1] == '\x80' || ch[1] == '\x81')) return 0;
  return ch.size();
}

std::vector<Word> SplitWords(std::string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && WordCharLength(s, i) == 0)
      ++i;
    std::size_t begin = i;
    for (std::size_t n; i < s.size() && (n = WordCharLength(s, i)) > 0;)
      i += n;
    std::size_t end = i;
    while (begin < end && (s[begin] == '\'' || s[begin] == '-' || s[begin] == '.'))
      ++begin;
    if (s.substr(begin, end - begin).starts_with("\xE2\x80\x99")) begin += 3;
    // A final period belongs to the word only in abbreviations with inner periods ("U.S.").
    const std::string_view raw = s.substr(begin, end - begin);
    if (raw.ends_with('.') && raw.substr(0, raw.size() - 1).find('.') == std::string_view::npos) {
      --end;
    }
    const std::string_view word = s.substr(begin, end - begin);
    if (word.ends_with("'s")) end -= 2;
    if (word.ends_with("\xE2\x80\x99s")) end -= 4;
    while (end > begin && (s[end - 1] == '\'' || s[end - 1] == '-'))
      --end;
    if (s.substr(begin, end - begin).ends_with("\xE2\x80\x99")) end -= 3;
    if (end > begin) words.push_back({begin, end});
  }
  return words;
}

bool IsCapitalised(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

std::vector<NameSpan> FindNames(std::string_view sentence, std::uint32_t offset) {
  const std::vector<Word> words = SplitWords(sentence);
  std::vector<NameSpan> names;
  std::size_t i = 0;
  while (i < words.size()) {
    auto text_of = [&](std::size_t k) {
      return sentence.substr(words[k].begin, words[k].end - words[k].begin);
    };
    if (!IsCapitalised(text_of(i))) {
      ++i;
      continue;
    }
    std::size_t last = i;
    while (last + 1 < words.size()) {
      const bool adjacent = words[last + 1].begin <= words[last].end + 1;
      if (adjacent && IsCapitalised(text_of(last + 1))) {
        ++last;
      } else if (adjacent && text_of(last + 1) == "of" && last + 2 < words.size() &&
                 IsCapitalised(text_of(last + 2))) {
        last += 2;
      } else {
        break;
      }
    }
    // Split the run at titles; "of" belongs to a title when a title word precedes it.
    auto is_title_at = [&](std::size_t k) {
      if (Contains(kTitles, text_of(k))) return true;
      return text_of(k) == "of" && k > i && Contains(kTitles, text_of(k - 1));
    };
    std::size_t k = i;
    while (k <= last) {
      while (k <= last && is_title_at(k))
        ++k;
      std::size_t first = k;
      while (k <= last && !is_title_at(k))
        ++k;
      if (first == k) break;
      std::size_t end_word = k - 1;
      // "Secretary of State": the word after a title's "of" is part of the title.
      if (first > i && text_of(first - 1) == "of" && is_title_at(first - 1)) ++first;
      while (first <= end_word && (Contains(kNotNames, text_of(first)) || text_of(first) == "of")) {
        ++first;
      }
      if (first > end_word) continue;
      const std::size_t begin = words[first].begin;
      const std::size_t end = words[end_word].end;
      names.push_back(
          {{static_cast<std::uint32_t>(offset + begin), static_cast<std::uint32_t>(offset + end)},
           sentence.substr(begin, end - begin)});
    }
    i = last + 1;
  }
  return names;
}

}  // namespace kg
