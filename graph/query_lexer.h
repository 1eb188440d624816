// Tokens of kg's query language.
//
// Keywords are identifiers; the parser compares them case-insensitively. `name` (backquoted)
// is an identifier that is never a keyword. Strings take '...' or "..." with backslash escapes.
// Numbers are non-negative integers, so "1..3" is an integer, "..", an integer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query_error.h"

namespace kg::query {

enum class Tok {
  kEnd,
  kIdent,
  kString,
  kInteger,
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kLBrace,
  kRBrace,
  kColon,
  kComma,
  kDot,
  kDotDot,
  kPipe,
  kStar,
  kSemicolon,
  kDash,
  kArrowRight,
  kArrowLeft,  // -  ->  <-
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;  // identifier name, string contents or digits; the symbol otherwise
  std::size_t begin = 0;
  std::size_t end = 0;
  bool quoted = false;  // a backquoted identifier
};

// The tokens of `text`, ending with one kEnd token; or the first lexical error.
std::optional<QueryError> Lex(std::string_view text, std::vector<Token>* tokens);

}  // namespace kg::query
