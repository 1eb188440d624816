#include "kg/query_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <utility>

#include "query_lexer.h"

namespace kg::query {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Words that end an expression or a clause, so they are never taken as variable names.
constexpr std::string_view kReserved[] = {
    "MATCH",    "WHERE",    "RETURN", "ORDER",  "BY",        "LIMIT",      "AND",
    "OR",       "NOT",      "AS",     "IN",     "IS",        "CONTAINS",   "STARTS",
    "ENDS",     "DISTINCT", "ASC",    "DESC",   "ASCENDING", "DESCENDING", "SKIP",
    "OPTIONAL", "WITH",     "UNWIND", "CREATE", "MERGE",     "DELETE",     "DETACH",
    "SET",      "REMOVE",   "UNION",  "CALL",   "XOR"};

constexpr std::string_view kWriteClauses[] = {"CREATE", "MERGE", "DELETE",
                                              "DETACH", "SET",   "REMOVE"};

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  std::optional<QueryError> Parse(Query* query) {
    if (!AcceptKeyword("MATCH")) return Unsupported("expected MATCH");
    if (auto error = ParsePattern(query)) return error;
    if (Peek().kind == Tok::kComma) {
      return ErrorHere("only one path pattern is supported; join the parts into one chain");
    }
    if (AcceptKeyword("WHERE")) {
      if (auto error = ParseExpr(&query->where)) return error;
    }
    if (!AcceptKeyword("RETURN")) return Unsupported("expected WHERE or RETURN");
    query->distinct = AcceptKeyword("DISTINCT");
    if (auto error = ParseReturnItems(query)) return error;
    if (AcceptKeyword("ORDER")) {
      if (!AcceptKeyword("BY")) return ErrorHere("expected BY after ORDER");
      if (auto error = ParseOrderBy(query)) return error;
    }
    if (AcceptKeyword("LIMIT")) {
      const Token& token = Peek();
      std::uint64_t limit = 0;
      if (token.kind != Tok::kInteger || !ParseInteger(token.text, &limit)) {
        return ErrorHere("expected a number after LIMIT");
      }
      query->limit = limit;
      Advance();
    }
    if (Peek().kind == Tok::kSemicolon) Advance();
    if (Peek().kind != Tok::kEnd) return Unsupported("expected the end of the query");
    return std::nullopt;
  }

 private:
  // ---- tokens ----
  const Token& Peek(std::size_t ahead = 0) const {
    return tokens_[std::min(position_ + ahead, tokens_.size() - 1)];
  }
  const Token& Advance() { return tokens_[std::min(position_++, tokens_.size() - 1)]; }
  bool Accept(Tok kind) {
    if (Peek().kind != kind) return false;
    Advance();
    return true;
  }
  bool IsKeyword(const Token& token, std::string_view word) const {
    return token.kind == Tok::kIdent && !token.quoted && EqualsIgnoringCase(token.text, word);
  }
  bool AcceptKeyword(std::string_view word) {
    if (!IsKeyword(Peek(), word)) return false;
    Advance();
    return true;
  }
  bool IsReserved(const Token& token) const {
    return std::any_of(std::begin(kReserved), std::end(kReserved),
                       [&](std::string_view word) { return IsKeyword(token, word); });
  }
  static bool ParseInteger(const std::string& digits, std::uint64_t* value) {
    const auto [ptr, error] = std::from_chars(digits.data(), digits.data() + digits.size(), *value);
    return error == std::errc() && ptr == digits.data() + digits.size();
  }

  // ---- errors ----
  std::string Describe(const Token& token) const {
    if (token.kind == Tok::kEnd) return "the end of the query";
    if (token.kind == Tok::kString) return "a string";
    std::string quoted = "'";
    return quoted.append(text_.substr(token.begin, token.end - token.begin)).append("'");
  }
  QueryError ErrorAt(std::size_t offset, std::string message) const {
    return {Status::InvalidArgument(std::move(message)), offset};
  }
  QueryError ErrorHere(std::string message) const {
    return ErrorAt(Peek().begin, std::move(message) + ", found " + Describe(Peek()));
  }
  QueryError Expected(std::string_view what) const {
    return ErrorHere(std::string("expected ").append(what));
  }
  // An error for a clause this subset lacks, or for plain unexpected input.
  QueryError Unsupported(std::string fallback) const {
    const Token& token = Peek();
    for (std::string_view word : kWriteClauses) {
      if (IsKeyword(token, word)) {
        return ErrorAt(
            token.begin,
            std::string("kg queries only read: ").append(word).append(" is not supported"));
      }
    }
    if (IsKeyword(token, "MATCH")) {
      return ErrorAt(token.begin, "only one MATCH clause is supported");
    }
    for (std::string_view word : {"OPTIONAL", "WITH", "UNWIND", "UNION", "CALL", "SKIP"}) {
      if (IsKeyword(token, word)) {
        return ErrorAt(token.begin, std::string(word) + " is not supported (a query is MATCH, " +
                                        "WHERE, RETURN, ORDER BY and LIMIT)");
      }
    }
    return ErrorHere(std::move(fallback));
  }

  // ---- patterns ----
  std::optional<QueryError> ParsePattern(Query* query) {
    query->nodes.emplace_back();
    if (auto error = ParseNode(&query->nodes.back())) return error;
    while (Peek().kind == Tok::kDash || Peek().kind == Tok::kArrowLeft) {
      query->rels.emplace_back();
      if (auto error = ParseRel(&query->rels.back())) return error;
      query->nodes.emplace_back();
      if (auto error = ParseNode(&query->nodes.back())) return error;
    }
    return std::nullopt;
  }

  void ParseVariable(std::string* variable) {
    if (Peek().kind == Tok::kIdent && !IsReserved(Peek())) *variable = Advance().text;
  }

  // After "|", a repeated ":" is allowed: [:a|:b] means [:a|b].
  bool AcceptAlternative() {
    if (!Accept(Tok::kPipe)) return false;
    Accept(Tok::kColon);
    return true;
  }

  std::optional<QueryError> ParseNode(NodePattern* node) {
    node->begin = Peek().begin;
    if (!Accept(Tok::kLParen)) return Expected("'(' to start a node pattern");
    ParseVariable(&node->variable);
    if (Accept(Tok::kColon)) {
      do {
        const Token& label = Peek();
        EntityType type;
        if (label.kind != Tok::kIdent) return Expected("an entity type (PERSON, GPE, ORG, LOC)");
        std::string upper = label.text;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        if (!ParseEntityType(upper, &type)) {
          return ErrorAt(label.begin,
                         "unknown entity type '" + label.text + "' (PERSON, GPE, ORG or LOC)");
        }
        node->types.push_back(type);
        Advance();
        if (Peek().kind == Tok::kColon) {
          return ErrorHere("an entity has one type: write :A|B for either");
        }
      } while (AcceptAlternative());
    }
    if (Accept(Tok::kLBrace)) {
      do {
        const Token& key = Peek();
        if (key.kind != Tok::kIdent) return Expected("a property name");
        if (key.text != "name") {
          return ErrorAt(key.begin, "only {name: \"...\"} can be matched in a node pattern; " +
                                        std::string("compare other properties in WHERE"));
        }
        Advance();
        if (!Accept(Tok::kColon)) return Expected("':' after the property name");
        if (Peek().kind != Tok::kString) return Expected("a string for the name");
        node->name_offset = Peek().begin;
        node->name = Advance().text;
      } while (Accept(Tok::kComma));
      if (!Accept(Tok::kRBrace)) return Expected("'}'");
    }
    if (!Accept(Tok::kRParen)) return Expected("')' to end the node pattern");
    return std::nullopt;
  }

  std::optional<QueryError> ParseRel(RelPattern* rel) {
    rel->begin = Peek().begin;
    const bool left_arrow = Accept(Tok::kArrowLeft);
    if (!left_arrow && !Accept(Tok::kDash)) return Expected("'-' or '<-'");
    if (Accept(Tok::kLBracket)) {
      if (auto error = ParseRelBody(rel)) return error;
      if (!Accept(Tok::kRBracket)) return Expected("']' to end the relationship pattern");
    }
    const bool right_arrow = Accept(Tok::kArrowRight);
    if (!right_arrow && !Accept(Tok::kDash)) return Expected("'-' or '->'");
    if (left_arrow != right_arrow) rel->direction = left_arrow ? Direction::kIn : Direction::kOut;
    return std::nullopt;
  }

  std::optional<QueryError> ParseRelBody(RelPattern* rel) {
    ParseVariable(&rel->variable);
    if (Accept(Tok::kColon)) {
      do {
        if (Peek().kind != Tok::kIdent) return Expected("a relation name");
        rel->type_offsets.push_back(Peek().begin);
        rel->types.push_back(Advance().text);
      } while (AcceptAlternative());
    }
    if (!Accept(Tok::kStar)) return std::nullopt;
    rel->variable_length = true;
    const std::size_t star = tokens_[position_ - 1].begin;
    rel->min_hops = 1;
    rel->max_hops = kMaxHops;
    std::uint64_t number = 0;
    if (Peek().kind == Tok::kInteger) {
      if (!ParseInteger(Advance().text, &number)) return ErrorAt(star, "hop count too large");
      rel->min_hops = rel->max_hops =
          static_cast<std::uint32_t>(std::min<std::uint64_t>(number, kMaxHops + 1));
    }
    if (Accept(Tok::kDotDot)) {
      rel->max_hops = kMaxHops;
      if (Peek().kind == Tok::kInteger) {
        if (!ParseInteger(Advance().text, &number)) return ErrorAt(star, "hop count too large");
        rel->max_hops = static_cast<std::uint32_t>(std::min<std::uint64_t>(number, kMaxHops + 1));
      }
    }
    if (rel->max_hops > kMaxHops) {
      return ErrorAt(star, "a variable-length relationship spans at most " +
                               std::to_string(kMaxHops) + " hops");
    }
    if (rel->min_hops > rel->max_hops) {
      return ErrorAt(star, "the lower hop bound is above the upper one");
    }
    return std::nullopt;
  }

  // ---- expressions ----
  // Parenthesised, listed and negated expressions recurse; their depth is bounded so that no
  // query can exhaust the stack here or in the planner and evaluator, which recurse the same way.
  std::optional<QueryError> ParseExpr(ExprPtr* out) {
    if (auto error = Nest()) return error;
    std::optional<QueryError> error = ParseOr(out);
    --nesting_;
    return error;
  }

  std::optional<QueryError> Nest() {
    if (++nesting_ <= kMaxNesting) return std::nullopt;
    return ErrorAt(Peek().begin, "the expression nests more than " + std::to_string(kMaxNesting) +
                                     " levels deep");
  }

  ExprPtr Binary(ExprKind kind, ExprPtr left, ExprPtr right) {
    auto expr = std::make_unique<Expr>();
    expr->kind = kind;
    expr->begin = left->begin;
    expr->end = right->end;
    expr->args.push_back(std::move(left));
    expr->args.push_back(std::move(right));
    return expr;
  }

  std::optional<QueryError> ParseOr(ExprPtr* out) {
    if (auto error = ParseAnd(out)) return error;
    while (AcceptKeyword("OR")) {
      ExprPtr right;
      if (auto error = ParseAnd(&right)) return error;
      *out = Binary(ExprKind::kOr, std::move(*out), std::move(right));
    }
    return std::nullopt;
  }

  std::optional<QueryError> ParseAnd(ExprPtr* out) {
    if (auto error = ParseNot(out)) return error;
    while (AcceptKeyword("AND")) {
      ExprPtr right;
      if (auto error = ParseNot(&right)) return error;
      *out = Binary(ExprKind::kAnd, std::move(*out), std::move(right));
    }
    return std::nullopt;
  }

  std::optional<QueryError> ParseNot(ExprPtr* out) {
    if (!IsKeyword(Peek(), "NOT")) return ParseComparison(out);
    const std::size_t begin = Advance().begin;
    auto expr = std::make_unique<Expr>();
    expr->kind = ExprKind::kNot;
    expr->begin = begin;
    expr->args.emplace_back();
    if (auto error = Nest()) return error;
    if (auto error = ParseNot(&expr->args[0])) return error;
    --nesting_;
    expr->end = expr->args[0]->end;
    *out = std::move(expr);
    return std::nullopt;
  }

  std::optional<CompareOp> ComparisonAhead() {
    switch (Peek().kind) {
      case Tok::kEq:
        return CompareOp::kEq;
      case Tok::kNe:
        return CompareOp::kNe;
      case Tok::kLt:
        return CompareOp::kLt;
      case Tok::kLe:
        return CompareOp::kLe;
      case Tok::kGt:
        return CompareOp::kGt;
      case Tok::kGe:
        return CompareOp::kGe;
      default:
        break;
    }
    if (IsKeyword(Peek(), "IN")) return CompareOp::kIn;
    if (IsKeyword(Peek(), "CONTAINS")) return CompareOp::kContains;
    if (IsKeyword(Peek(), "STARTS") && IsKeyword(Peek(1), "WITH")) return CompareOp::kStartsWith;
    if (IsKeyword(Peek(), "ENDS") && IsKeyword(Peek(1), "WITH")) return CompareOp::kEndsWith;
    if (IsKeyword(Peek(), "IS")) return CompareOp::kIsNull;
    return std::nullopt;
  }

  std::optional<QueryError> ParseComparison(ExprPtr* out) {
    if (auto error = ParsePrimary(out)) return error;
    std::optional<CompareOp> op = ComparisonAhead();
    if (!op) return std::nullopt;
    Advance();
    auto expr = std::make_unique<Expr>();
    expr->kind = ExprKind::kCompare;
    expr->begin = (*out)->begin;
    expr->args.push_back(std::move(*out));
    if (*op == CompareOp::kStartsWith || *op == CompareOp::kEndsWith) Advance();  // WITH
    if (*op == CompareOp::kIsNull) {
      if (AcceptKeyword("NOT")) op = CompareOp::kIsNotNull;
      if (!IsKeyword(Peek(), "NULL")) return Expected("NULL after IS");
      expr->end = Advance().end;
    } else {
      expr->args.emplace_back();
      if (auto error = ParsePrimary(&expr->args[1])) return error;
      expr->end = expr->args[1]->end;
    }
    expr->op = *op;
    if (ComparisonAhead()) return ErrorHere("comparisons do not chain; join them with AND");
    *out = std::move(expr);
    return std::nullopt;
  }

  std::optional<QueryError> ParsePrimary(ExprPtr* out) {
    auto expr = std::make_unique<Expr>();
    const Token& token = Peek();
    expr->begin = token.begin;
    if (token.kind == Tok::kString) {
      expr->value = String(token.text);
    } else if (token.kind == Tok::kInteger || token.kind == Tok::kDash) {
      const bool negative = Accept(Tok::kDash);
      std::uint64_t number = 0;
      if (Peek().kind != Tok::kInteger || !ParseInteger(Peek().text, &number) ||
          number > static_cast<std::uint64_t>(INT64_MAX)) {
        return Expected("a number");
      }
      expr->value =
          Int(negative ? -static_cast<std::int64_t>(number) : static_cast<std::int64_t>(number));
    } else if (token.kind == Tok::kLParen) {
      Advance();
      if (auto error = ParseExpr(out)) return error;
      if (Peek().kind != Tok::kRParen) return Expected("')'");
      (*out)->begin = expr->begin;
      (*out)->end = Advance().end;
      return std::nullopt;
    } else if (token.kind == Tok::kLBracket) {
      return ParseList(out);
    } else if (IsKeyword(token, "true") || IsKeyword(token, "false")) {
      expr->value = Bool(IsKeyword(token, "true"));
    } else if (IsKeyword(token, "null")) {
      expr->value = Null();
    } else if (token.kind == Tok::kIdent && !IsReserved(token)) {
      if (Peek(1).kind == Tok::kLParen) return ParseFunction(out);
      expr->kind = ExprKind::kVariable;
      expr->name = token.text;
      if (Peek(1).kind == Tok::kDot) {
        Advance();
        Advance();
        if (Peek().kind != Tok::kIdent) return Expected("a property name after '.'");
        expr->kind = ExprKind::kProperty;
        expr->property = Peek().text;
      }
    } else {
      return Expected("a value, a variable or a property");
    }
    expr->end = Advance().end;
    *out = std::move(expr);
    return std::nullopt;
  }

  std::optional<QueryError> ParseList(ExprPtr* out) {
    auto expr = std::make_unique<Expr>();
    expr->kind = ExprKind::kList;
    expr->begin = Advance().begin;  // [
    if (Peek().kind != Tok::kRBracket) {
      do {
        expr->args.emplace_back();
        if (auto error = ParseExpr(&expr->args.back())) return error;
      } while (Accept(Tok::kComma));
    }
    if (Peek().kind != Tok::kRBracket) return Expected("',' or ']' in the list");
    expr->end = Advance().end;
    *out = std::move(expr);
    return std::nullopt;
  }

  std::optional<QueryError> ParseFunction(ExprPtr* out) {
    auto expr = std::make_unique<Expr>();
    expr->kind = ExprKind::kFunction;
    expr->begin = Peek().begin;
    expr->name = Advance().text;
    Advance();  // (
    if (Accept(Tok::kStar)) {
      expr->star = true;
    } else {
      expr->distinct = AcceptKeyword("DISTINCT");
      if (Peek().kind != Tok::kRParen) {
        do {
          expr->args.emplace_back();
          if (auto error = ParseExpr(&expr->args.back())) return error;
        } while (Accept(Tok::kComma));
      }
    }
    if (Peek().kind != Tok::kRParen) return Expected("')' to end the function call");
    expr->end = Advance().end;
    *out = std::move(expr);
    return std::nullopt;
  }

  // ---- RETURN, ORDER BY ----
  std::optional<QueryError> ParseReturnItems(Query* query) {
    if (Accept(Tok::kStar)) {
      query->return_all = true;
      return std::nullopt;
    }
    do {
      ReturnItem item;
      if (auto error = ParseExpr(&item.expr)) return error;
      item.text = std::string(text_.substr(item.expr->begin, item.expr->end - item.expr->begin));
      item.column = item.text;
      if (AcceptKeyword("AS")) {
        if (Peek().kind != Tok::kIdent) return Expected("a column name after AS");
        item.column = Advance().text;
      }
      query->items.push_back(std::move(item));
    } while (Accept(Tok::kComma));
    return std::nullopt;
  }

  std::optional<QueryError> ParseOrderBy(Query* query) {
    do {
      OrderItem item;
      if (auto error = ParseExpr(&item.expr)) return error;
      item.text = std::string(text_.substr(item.expr->begin, item.expr->end - item.expr->begin));
      if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) {
        item.descending = true;
      } else if (!AcceptKeyword("ASC")) {
        AcceptKeyword("ASCENDING");
      }
      query->order_by.push_back(std::move(item));
    } while (Accept(Tok::kComma));
    return std::nullopt;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t position_ = 0;
  std::size_t nesting_ = 0;
};

}  // namespace

Result<Query> ParseQuery(std::string_view text, std::size_t* error_offset) {
  std::vector<Token> tokens;
  if (auto error = Lex(text, &tokens)) return ReportQueryError(std::move(*error), error_offset);
  // A query's trees (expression chains, path patterns) are at most this many tokens deep.
  if (tokens.size() > kMaxTokens) {
    return ReportQueryError(
        {Status::InvalidArgument("a query has at most " + std::to_string(kMaxTokens) + " tokens"),
         tokens[kMaxTokens].begin},
        error_offset);
  }
  Query query;
  query.text = std::string(text);
  if (auto error = Parser(text, std::move(tokens)).Parse(&query)) {
    return ReportQueryError(std::move(*error), error_offset);
  }
  return query;
}

}  // namespace kg::query
