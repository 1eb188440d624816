#include "query_lexer.h"

#include <cctype>

namespace kg::query {
namespace {

bool IsIdentStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsIdentPart(char c) {
  return IsIdentStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

QueryError ErrorAt(std::size_t offset, std::string message) {
  return {Status::InvalidArgument(std::move(message)), offset};
}

struct Symbol {
  std::string_view text;
  Tok kind;
};

// Longest symbols first, so "->" wins over "-".
constexpr Symbol kSymbols[] = {
    {"..", Tok::kDotDot}, {"->", Tok::kArrowRight}, {"<-", Tok::kArrowLeft}, {"<>", Tok::kNe},
    {"!=", Tok::kNe},     {"<=", Tok::kLe},         {">=", Tok::kGe},        {"(", Tok::kLParen},
    {")", Tok::kRParen},  {"[", Tok::kLBracket},    {"]", Tok::kRBracket},   {"{", Tok::kLBrace},
    {"}", Tok::kRBrace},  {":", Tok::kColon},       {",", Tok::kComma},      {".", Tok::kDot},
    {"|", Tok::kPipe},    {"*", Tok::kStar},        {";", Tok::kSemicolon},  {"-", Tok::kDash},
    {"=", Tok::kEq},      {"<", Tok::kLt},          {">", Tok::kGt},
};

}  // namespace

std::optional<QueryError> Lex(std::string_view text, std::vector<Token>* tokens) {
  std::size_t at = 0;
  while (true) {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at])))
      ++at;
    if (at + 1 < text.size() && text[at] == '/' && text[at + 1] == '/') {
      while (at < text.size() && text[at] != '\n')
        ++at;
      continue;
    }
    Token token;
    token.begin = at;
    if (at == text.size()) {
      token.end = at;
      tokens->push_back(token);
      return std::nullopt;
    }
    const char c = text[at];
    if (IsIdentStart(c)) {
      while (at < text.size() && IsIdentPart(text[at]))
        ++at;
      token.kind = Tok::kIdent;
      token.text = std::string(text.substr(token.begin, at - token.begin));
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
        ++at;
      token.kind = Tok::kInteger;
      token.text = std::string(text.substr(token.begin, at - token.begin));
    } else if (c == '`') {
      const std::size_t close = text.find('`', at + 1);
      if (close == std::string_view::npos) return ErrorAt(at, "unterminated `name`");
      token.kind = Tok::kIdent;
      token.quoted = true;
      token.text = std::string(text.substr(at + 1, close - at - 1));
      at = close + 1;
    } else if (c == '\'' || c == '"') {
      token.kind = Tok::kString;
      ++at;
      while (at < text.size() && text[at] != c) {
        if (text[at] == '\\' && at + 1 < text.size()) {
          ++at;
          const char escaped = text[at];
          token.text += escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped;
        } else {
          token.text += text[at];
        }
        ++at;
      }
      if (at == text.size()) return ErrorAt(token.begin, "unterminated string");
      ++at;
    } else {
      const Symbol* match = nullptr;
      for (const Symbol& symbol : kSymbols) {
        if (text.substr(at, symbol.text.size()) == symbol.text) {
          match = &symbol;
          break;
        }
      }
      if (match == nullptr) {
        return ErrorAt(at, std::string("unexpected character '").append(1, c).append("'"));
      }
      token.kind = match->kind;
      token.text = std::string(match->text);
      at += match->text.size();
    }
    token.end = at;
    tokens->push_back(std::move(token));
  }
}

}  // namespace kg::query
