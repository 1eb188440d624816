#include "kg/syntax/tokenizer.h"

#include <algorithm>
#include <iterator>

#include "abbreviations.h"
#include "text_chars.h"

namespace kg::syntax {
namespace {

bool IsOpening(char32_t c) {
  switch (c) {
    case U'(':
    case U'[':
    case U'{':
    case U'<':
    case U'"':
    case U'\'':
    case U'`':
    case U'\u201C':
    case U'\u2018':
    case U'\u00AB':
    case U'\u201E':
    case U'\u2039':
    case U'\u00BF':
    case U'\u00A1':
      return true;
    default:
      return false;
  }
}

bool IsClosing(char32_t c) {
  switch (c) {
    case U')':
    case U']':
    case U'}':
    case U'>':
    case U'"':
    case U'\'':
    case U'`':
    case U'\u201D':
    case U'\u2019':
    case U'\u00BB':
    case U'\u203A':
      return true;
    default:
      return false;
  }
}

bool IsFinalPunct(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == U'\u2026';
}

bool IsCurrency(char32_t c) {
  return c == U'$' || c == U'#' || c == U'\u00A3' || c == U'\u20AC' || c == U'\u00A5';
}

char Lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  return word.size() == lower.size() && std::equal(word.begin(), word.end(), lower.begin(),
                                                   [](char a, char b) { return Lower(a) == b; });
}

bool StartsWithLower(std::string_view word, std::string_view lower) {
  return word.size() >= lower.size() && EqualsLower(word.substr(0, lower.size()), lower);
}

constexpr std::string_view kEmoticons[] = {":)", ":(",  ":D", ";)", ":-)", ":-(", ":P",
                                           ":p", ";-)", "=)", "<3", ":/",  ":-D"};

// Prefixes that EWT keeps attached to the rest of a hyphenated word ("e-mail", "non-stop").
constexpr std::string_view kHyphenPrefixes[] = {
    "e",     "non", "mid",  "pre",   "anti",  "re",     "post",    "co",    "over",  "pro", "multi",
    "ex",    "sub", "semi", "cross", "neo",   "psycho", "counter", "intra", "socio", "un",  "ultra",
    "quasi", "bi",  "tri",  "mega",  "super", "macro",  "trans",   "inter", "de"};

// Words written without apostrophe that EWT splits, and where.
struct FusedWord {
  std::string_view lower;
  std::size_t split;
};
constexpr FusedWord kFusedWords[] = {
    {"cannot", 3},  {"gonna", 3},    {"wanna", 3},  {"gotta", 3}, {"dont", 2},   {"doesnt", 4},
    {"didnt", 3},   {"isnt", 2},     {"wasnt", 3},  {"arent", 3}, {"werent", 4}, {"couldnt", 5},
    {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4}, {"hasnt", 3}, {"hadnt", 3}};

template <typename T, std::size_t N>
bool Contains(const T (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "No." and "Nos." are abbreviations only before a number ("No. 1"); otherwise "no." ends a
// sentence.
bool IsNumberAbbreviation(std::string_view word) {
  return word == "No" || word == "Nos";
}

bool IsUrlOrEmail(std::string_view w) {
  if (StartsWithLower(w, "http://") || StartsWithLower(w, "https://") ||
      StartsWithLower(w, "ftp://") || StartsWithLower(w, "www.") || StartsWithLower(w, "mailto:")) {
    return w.size() > 7;
  }
  const std::size_t at = w.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= w.size()) return false;
  const auto is_address_char = [](char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
               ? true
               : (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  const std::string_view local = w.substr(0, at), domain = w.substr(at + 1);
  return std::all_of(local.begin(), local.end(), is_address_char) &&
         std::all_of(domain.begin(), domain.end(), is_address_char) &&
         domain.find('.') != std::string_view::npos;
}

// Splits one whitespace-free chunk of the text into words.
class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, std::vector<TokenSpan>& out) : text_(text), out_(out) {}

  // Splits text_[b, e); `next` is the first character of the next chunk (0 at the end).
  void Split(std::size_t b, std::size_t e, char32_t next) {
    next_ = next;
    if (Contains(kEmoticons, Slice(b, e))) return Emit(b, e);
    b = PeelLeading(b, e);
    tail_.clear();
    e = PeelTrailing(b, e);
    Core(b, e);
    for (auto it = tail_.rbegin(); it != tail_.rend(); ++it)
      out_.push_back(*it);
  }

 private:
  std::string_view Slice(std::size_t b, std::size_t e) const { return text_.substr(b, e - b); }
  void Emit(std::size_t b, std::size_t e) {
    if (b < e) out_.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
  }
  char32_t At(std::size_t pos, std::size_t e) const {
    return pos < e ? DecodeAt(text_, pos).value : U'\0';
  }
  char32_t Before(std::size_t pos, std::size_t b) const {
    return pos > b ? DecodeBefore(text_, pos).value : U'\0';
  }
  std::size_t RunOf(char c, std::size_t pos, std::size_t e) const {
    std::size_t n = 0;
    while (pos + n < e && text_[pos + n] == c)
      ++n;
    return n;
  }

  // Where the clitic of `w` starts ("do|n't", "Russia|'s", "can|not"), or npos. 0 means `w` is a
  // clitic on its own.
  static std::size_t CliticStart(std::string_view w) {
    for (const FusedWord& fused : kFusedWords) {
      if (EqualsLower(w, fused.lower)) return fused.split;
    }
    std::size_t end = w.size();
    if (end >= 3 && Lower(w[end - 1]) == 't') {  // n't
      const CodePoint apostrophe = DecodeBefore(w, end - 1);
      const std::size_t n_pos = end - 1 - apostrophe.size;
      if (IsApostrophe(apostrophe.value) && n_pos >= 1 && Lower(w[n_pos - 1]) == 'n') {
        return n_pos - 1;
      }
    }
    for (std::string_view suffix : {"s", "m", "d", "ll", "re", "ve"}) {
      if (end <= suffix.size() || !EqualsLower(w.substr(end - suffix.size()), suffix)) continue;
      const std::size_t before = end - suffix.size();
      const CodePoint apostrophe = DecodeBefore(w, before);
      if (!IsApostrophe(apostrophe.value)) continue;
      const std::size_t start = before - apostrophe.size;
      if (start == 0) return 0;
      return IsLetter(DecodeBefore(w, start).value) ? start : std::string_view::npos;
    }
    return std::string_view::npos;
  }

  bool IsCliticOnly(std::size_t b, std::size_t e) const { return CliticStart(Slice(b, e)) == 0; }

  std::size_t PeelLeading(std::size_t b, std::size_t e) {
    while (b < e && !IsCliticOnly(b, e)) {
      const CodePoint cp = DecodeAt(text_, b);
      const char32_t c = cp.value;
      const char32_t next = At(b + cp.size, e);
      if ((c == U'`' || c == U'<') && next == c) {
        Emit(b, b + 2);
        b += 2;
      } else if (c == U'\'' && IsDigit(next)) {
        break;  // '90s
      } else if (c == U'*') {
        const std::size_t run = RunOf('*', b, e);
        Emit(b, b + run);
        b += run;
      } else if (IsOpening(c) || IsLongDash(c) || c == U'\u2022' ||
                 (IsCurrency(c) && IsDigit(next))) {
        Emit(b, b + cp.size);
        b += cp.size;
      } else if (c == U'-') {
        const std::size_t run = RunOf('-', b, e);
        if (run == 1 && IsDigit(At(b + 1, e))) break;  // -5
        Emit(b, b + run);
        b += run;
      } else {
        break;
      }
    }
    return b;
  }

  std::size_t PeelTrailing(std::size_t b, std::size_t e) {
    while (b < e && !IsCliticOnly(b, e)) {
      const CodePoint cp = DecodeBefore(text_, e);
      const char32_t c = cp.value;
      std::size_t start = e - cp.size;
      if (IsClosing(c) || c == U',' || c == U';' || c == U':' || IsLongDash(c) ||
          (c == U'%' && IsDigit(Before(start, b)))) {
        if ((c == U'\'' || c == U'>') && Before(start, b) == c) --start;  // '' >>
      } else if (c == U'-') {
        while (start > b && text_[start - 1] == '-')
          --start;
      } else if (IsFinalPunct(c)) {
        while (start > b && IsFinalPunct(Before(start, b)))
          start -= DecodeBefore(text_, start).size;
        if (text_[start] == '.' && start > b && KeepsPeriod(Slice(b, start)) &&
            (IsDigit(next_) || !IsNumberAbbreviation(Slice(b, start)))) {
          // "Inc." keeps its period; any further punctuation ("Inc..") is a token of its own.
          if (++start == e) break;
        }
      } else {
        break;
      }
      tail_.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e)});
      e = start;
    }
    return e;
  }

  void Core(std::size_t b, std::size_t e) {
    if (b >= e) return;
    const std::string_view w = Slice(b, e);
    if (IsUrlOrEmail(w)) return Emit(b, e);
    const std::size_t clitic = CliticStart(w);
    if (clitic == 0) return Emit(b, e);
    if (clitic != std::string_view::npos) {
      Inner(b, b + clitic);
      return Emit(b + clitic, e);
    }
    Inner(b, e);
  }

  // The alphanumeric run that ends at `pos` / starts at `pos`.
  std::string_view WordBefore(std::size_t pos, std::size_t b) const {
    std::size_t start = pos;
    while (start > b && IsAlnum(DecodeBefore(text_, start).value)) {
      start -= DecodeBefore(text_, start).size;
    }
    return Slice(start, pos);
  }
  std::string_view WordAfter(std::size_t pos, std::size_t e) const {
    std::size_t end = pos;
    while (end < e && IsAlnum(DecodeAt(text_, end).value))
      end += DecodeAt(text_, end).size;
    return Slice(pos, end);
  }

  bool KeepHyphen(std::size_t pos, std::size_t b, std::size_t e) const {
    const std::string_view left = WordBefore(pos, b);
    const std::string_view right = WordAfter(pos + 1, e);
    if (left.empty() || right.empty()) return false;
    for (std::string_view prefix : kHyphenPrefixes) {
      if (EqualsLower(left, prefix)) return true;
    }
    if (AllDigits(left) && AllDigits(right)) {  // phone numbers and ZIP+4 codes
      const std::size_t after = pos + 1 + right.size();
      const bool phone_middle = left.size() == 3 && right.size() == 3 && after < e &&
                                text_[after] == '-' && WordAfter(after + 1, e).size() == 4;
      return phone_middle || (left.size() <= 3 && right.size() == 4) ||
             (left.size() == 5 && right.size() == 4);
    }
    return false;
  }

  bool KeepSlash(std::size_t pos, std::size_t b, std::size_t e) const {
    const std::string_view left = WordBefore(pos, b);
    const std::string_view right = WordAfter(pos + 1, e);
    if (AllDigits(left) && AllDigits(right)) return true;  // 9/11, 11/28/2000
    return left.size() == 1 && right.size() == 1;          // w/o, I/O
  }

  // Splits inside a word: dashes, unprefixed hyphens, slashes, ellipses, commas between words.
  void Inner(std::size_t b, std::size_t e) {
    std::size_t piece = b;
    std::size_t i = b;
    auto split_off = [&](std::size_t size) {
      Piece(piece, i);
      Emit(i, i + size);
      i += size;
      piece = i;
    };
    while (i < e) {
      if (i == piece && i > b && IsUrlOrEmail(Slice(i, e))) break;
      const CodePoint cp = DecodeAt(text_, i);
      const char32_t c = cp.value;
      const bool digits_around = IsDigit(Before(i, b)) && IsDigit(At(i + cp.size, e));
      if (c == U'-') {
        const std::size_t run = RunOf('-', i, e);
        if (run == 1 && KeepHyphen(i, b, e)) {
          ++i;
        } else {
          split_off(run);
        }
      } else if (c == U'.' && At(i + 1, e) == U'.') {
        split_off(RunOf('.', i, e));
      } else if (c == U'/' && !KeepSlash(i, b, e)) {
        split_off(1);
      } else if ((c == U',' || c == U':') && !digits_around) {
        split_off(1);
      } else if (IsLongDash(c) || c == U'\u2026' || c == U';' || c == U'"' || c == U'(' ||
                 c == U')' || c == U'[' || c == U']' || c == U'!' || c == U'?' || c == U'<' ||
                 c == U'>' || c == U'\u201C' || c == U'\u201D') {
        split_off(cp.size);
      } else {
        i += cp.size;
      }
    }
    if (piece < e && IsUrlOrEmail(Slice(piece, e))) return Emit(piece, e);
    Piece(piece, e);
  }

  // A final piece: "5kg" -> "5" "kg", "11:30am" -> "11:30" "am"; "1980s", "3rd" stay whole.
  void Piece(std::size_t b, std::size_t e) {
    std::size_t digits_end = b;
    while (digits_end < e &&
           (IsDigit(At(digits_end, e)) ||
            ((text_[digits_end] == '.' || text_[digits_end] == ',' || text_[digits_end] == ':') &&
             digits_end > b && IsDigit(At(digits_end + 1, e))))) {
      ++digits_end;
    }
    if (digits_end > b && digits_end < e) {
      const std::string_view letters = Slice(digits_end, e);
      const bool all_letters = std::all_of(letters.begin(), letters.end(), [](char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      });
      constexpr std::string_view kNumberSuffixes[] = {"st", "nd", "rd", "th", "s"};
      if (all_letters && !Contains(kNumberSuffixes, letters)) {
        Emit(b, digits_end);
        return Emit(digits_end, e);
      }
    }
    Emit(b, e);
  }

  std::string_view text_;
  std::vector<TokenSpan>& out_;
  std::vector<TokenSpan> tail_;
  char32_t next_ = 0;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<TokenSpan>& out) {
  ChunkSplitter splitter(text, out);
  std::size_t i = 0;
  while (i < text.size()) {
    CodePoint cp = DecodeAt(text, i);
    if (IsSpace(cp.value)) {
      i += cp.size;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && !IsSpace(cp.value)) {
      i += cp.size;
      if (i < text.size()) cp = DecodeAt(text, i);
    }
    std::size_t next = i;
    while (next < text.size() && IsSpace(DecodeAt(text, next).value)) {
      next += DecodeAt(text, next).size;
    }
    splitter.Split(start, i, next < text.size() ? DecodeAt(text, next).value : 0);
  }
}

}  // namespace kg::syntax
