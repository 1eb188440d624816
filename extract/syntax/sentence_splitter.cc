#include "kg/syntax/sentence_splitter.h"

#include "abbreviations.h"
#include "text_chars.h"

namespace kg::syntax {
namespace {

class Splitter {
 public:
  Splitter(std::string_view text, std::span<const TokenSpan> tokens)
      : text_(text), tokens_(tokens) {}

  std::vector<SentenceRange> Run() {
    std::vector<SentenceRange> sentences;
    std::uint32_t first = 0;
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    for (std::uint32_t i = 0; i < n; ++i) {
      std::uint32_t last = i;
      if (i + 1 < n && !EndsAfter(i, last) && !EndsDateline(first, i)) continue;
      if (i + 1 < n) i = last;
      sentences.push_back({first, i + 1});
      first = i + 1;
    }
    return sentences;
  }

 private:
  std::string_view Form(std::uint32_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  char32_t First(std::uint32_t i) const { return DecodeAt(text_, tokens_[i].begin).value; }
  char32_t Last(std::uint32_t i) const { return DecodeBefore(text_, tokens_[i].end).value; }
  bool Glued(std::uint32_t i) const { return tokens_[i].end == tokens_[i + 1].begin; }

  // Number of line breaks in the whitespace between token i and token i + 1.
  int LineBreaksAfter(std::uint32_t i) const {
    int breaks = 0;
    for (std::uint32_t k = tokens_[i].end; k < tokens_[i + 1].begin; ++k) {
      if (text_[k] == '\n') ++breaks;
    }
    return breaks;
  }

  bool IsFinalPunctuation(std::uint32_t i) const {
    for (std::size_t k = tokens_[i].begin; k < tokens_[i].end;) {
      const CodePoint cp = DecodeAt(text_, k);
      if (cp.value != U'.' && cp.value != U'!' && cp.value != U'?' && cp.value != U'\u2026') {
        return false;
      }
      k += cp.size;
    }
    return true;
  }

  static bool IsCloser(char32_t c) {
    return c == U'"' || c == U'\'' || c == U')' || c == U']' || c == U'\u201D' || c == U'\u2019' ||
           c == U'\u00BB';
  }

  // Whether token i can open a sentence.
  bool CanOpen(std::uint32_t i) const {
    const char32_t c = First(i);
    if (IsLower(c)) return false;
    return !(c == U',' || c == U';' || c == U':' || c == U')' || c == U']' || c == U'%');
  }

  bool IsAllCaps(std::uint32_t i) const {
    int letters = 0;
    for (std::size_t k = tokens_[i].begin; k < tokens_[i].end;) {
      const CodePoint cp = DecodeAt(text_, k);
      if (IsLower(cp.value)) return false;
      if (IsUpper(cp.value)) ++letters;
      k += cp.size;
    }
    return letters >= 2;
  }

  bool IsDash(std::uint32_t i) const {
    const std::string_view form = Form(i);
    return form == "\xE2\x80\x94" || form == "\xE2\x80\x93" || form == "--";  // em, en dash
  }

  // Whether tokens [first, i] are a news dateline ending in its dash: "RIGA, Latvia (AP) —",
  // "WASHINGTON, Dec. 7 —", "Riga, Latvia (Reuters) -". Its words are capitalised, numbers or
  // punctuation, and it opens with a place in capitals or holds an agency in brackets, so that
  // a subject set off by a dash ("Dora Vale — a banker — won") is no dateline.
  bool EndsDateline(std::uint32_t first, std::uint32_t i) const {
    constexpr std::uint32_t kMaxDatelineTokens = 12;
    if (i == first || i - first > kMaxDatelineTokens || !(IsDash(i) || Form(i) == "-") ||
        Glued(i - 1) || (i + 1 < tokens_.size() && Glued(i))) {
      return false;  // a dash set off by spaces, not a hyphen ("ABS-CBN")
    }
    bool bracket = false;
    for (std::uint32_t k = first; k < i; ++k) {
      const char32_t c = First(k);
      if (c == U'(') bracket = true;
      if (IsLower(c)) return false;
    }
    return IsAllCaps(first) || bracket;
  }

  // Whether the sentence ends after token i (perhaps extended to `last` by closing quotes).
  bool EndsAfter(std::uint32_t i, std::uint32_t& last) const {
    const int breaks = LineBreaksAfter(i);
    if (breaks >= 2) return true;
    last = i;
    if (IsFinalPunctuation(i)) {
      while (last + 1 < tokens_.size() && Glued(last) && IsCloser(First(last + 1)) &&
             tokens_[last + 1].end - tokens_[last + 1].begin <= 3) {
        ++last;
      }
      if (last + 1 >= tokens_.size()) return true;
      if (LineBreaksAfter(last) >= 2) return true;
      return CanOpen(last + 1);
    }
    if (breaks == 1) return CanOpen(i + 1) && Last(i) != U',' && Last(i) != U';';
    const std::string_view form = Form(i);
    if (form.size() > 1 && form.back() == '.') {
      const std::string_view word = form.substr(0, form.size() - 1);
      return !IsPrefixAbbreviation(word) && IsSentenceStarter(Form(i + 1));
    }
    return false;
  }

  std::string_view text_;
  std::span<const TokenSpan> tokens_;
};

}  // namespace

std::vector<SentenceRange> SplitSentences(std::string_view text,
                                          std::span<const TokenSpan> tokens) {
  return Splitter(text, tokens).Run();
}

Segmentation Segment(std::string_view text) {
  Segmentation result;
  Tokenize(text, result.tokens);
  result.sentences = SplitSentences(text, result.tokens);
  // Split the final period off sentence-final abbreviations, shifting later token indices.
  std::vector<TokenSpan> tokens;
  tokens.reserve(result.tokens.size() + result.sentences.size());
  for (SentenceRange& sentence : result.sentences) {
    const auto first = static_cast<std::uint32_t>(tokens.size());
    tokens.insert(tokens.end(), result.tokens.begin() + sentence.first,
                  result.tokens.begin() + sentence.end);
    TokenSpan& last = tokens.back();
    if (last.end - last.begin > 1 && text[last.end - 1] == '.' && text[last.end - 2] != '.') {
      last.end -= 1;
      tokens.push_back({last.end, last.end + 1});
    }
    sentence = {first, static_cast<std::uint32_t>(tokens.size())};
  }
  result.tokens = std::move(tokens);
  return result;
}

}  // namespace kg::syntax
