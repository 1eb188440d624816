#include "sentence_splitter.h"

#include <array>
#include <cctype>

namespace kg {
namespace {

constexpr std::array<std::string_view, 24> kAbbreviations = {
    "Mr", "Mrs", "Ms",  "Dr",  "Prof", "Gen", "Col", "Lt",   "Sgt", "Gov", "Sen", "Rep",
    "St", "Jan", "Feb", "Mar", "Apr",  "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No"};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The word ending just before `dot`, e.g. "Dr" in "Dr." or "U.S" in "U.S.".
std::string_view WordBefore(std::string_view text, std::size_t dot) {
  std::size_t begin = dot;
  while (begin > 0 && !IsSpace(text[begin - 1]) && text[begin - 1] != '(')
    --begin;
  return text.substr(begin, dot - begin);
}

bool IsAbbreviation(std::string_view word) {
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return true;
  if (word.find('.') != std::string_view::npos) return true;  // "U.S", "e.g"
  for (std::string_view abbreviation : kAbbreviations) {
    if (word == abbreviation) return true;
  }
  return false;
}

bool StartsSentence(std::string_view rest) {
  if (rest.empty()) return false;
  const auto c = static_cast<unsigned char>(rest[0]);
  if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(') return true;
  return rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x98");  // “ ‘
}

void AddTrimmed(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>* out) {
  while (begin < end && IsSpace(text[begin]))
    ++begin;
  while (end > begin && IsSpace(text[end - 1]))
    --end;
  if (begin < end)
    out->push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
}

// Closing quotes and brackets that belong to the sentence they follow.
std::size_t SkipClosers(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    if (text[pos] == '"' || text[pos] == '\'' || text[pos] == ')') {
      ++pos;
    } else if (text.substr(pos).starts_with("\xE2\x80\x9D") ||
               text.substr(pos).starts_with("\xE2\x80\x99")) {  // ” ’
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      AddTrimmed(text, start, i, &sentences);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    if (c == '.' && IsAbbreviation(WordBefore(text, i))) continue;
    const std::size_t end = SkipClosers(text, i + 1);
    if (end < text.size() && !IsSpace(text[end])) continue;
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ')
      ++next;
    if (next < text.size() && text[next] != '\n' && !StartsSentence(text.substr(next))) continue;
    AddTrimmed(text, start, end, &sentences);
    start = end;
    i = end - 1;
  }
  AddTrimmed(text, start, text.size(), &sentences);
  return sentences;
}

}  // namespace kg
