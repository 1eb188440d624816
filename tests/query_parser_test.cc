#include "kg/query_parser.h"

#include <catch2/catch.hpp>

namespace {

using kg::query::ParseQuery;
using kg::query::Query;

Query Parse(const std::string& text) {
  kg::Result<Query> query = ParseQuery(text);
  INFO(text);
  REQUIRE(query.ok());
  return std::move(query).value();
}

// The error's message and the column (1-based) it points at.
std::pair<std::string, std::size_t> ErrorOf(const std::string& text) {
  std::size_t offset = 0;
  const kg::Result<Query> query = ParseQuery(text, &offset);
  INFO(text);
  REQUIRE_FALSE(query.ok());
  return {query.status().message(), offset + 1};
}

}  // namespace

TEST_CASE("a node pattern takes a variable, type labels and a name", "[query][parser]") {
  const Query query = Parse(R"(MATCH (a:PERSON|org {name: "Elena Varga"}) RETURN a)");
  REQUIRE(query.nodes.size() == 1);
  CHECK(query.nodes[0].variable == "a");
  CHECK(query.nodes[0].types ==
        std::vector<kg::EntityType>{kg::EntityType::kPerson, kg::EntityType::kOrg});
  CHECK(query.nodes[0].name == "Elena Varga");
}

TEST_CASE("relationship patterns carry types, direction and hop ranges", "[query][parser]") {
  const Query query =
      Parse("MATCH (a)-[r:accused|:criticized]->(b)<-[:met_with]-(c)-[*2..3]-(d)--(e) RETURN a");
  REQUIRE(query.rels.size() == 4);
  CHECK(query.rels[0].variable == "r");
  CHECK(query.rels[0].types == std::vector<std::string>{"accused", "criticized"});
  CHECK(query.rels[0].direction == kg::Direction::kOut);
  CHECK(query.rels[1].direction == kg::Direction::kIn);
  CHECK(query.rels[2].direction == kg::Direction::kBoth);
  CHECK(query.rels[2].variable_length);
  CHECK(query.rels[2].min_hops == 2);
  CHECK(query.rels[2].max_hops == 3);
  CHECK_FALSE(query.rels[3].variable_length);
}

TEST_CASE("a bare star spans one to the most hops allowed", "[query][parser]") {
  const Query query = Parse("MATCH (a)-[*]->(b) RETURN b");
  CHECK(query.rels[0].min_hops == 1);
  CHECK(query.rels[0].max_hops == kg::query::kMaxHops);
  CHECK(Parse("MATCH (a)-[*2]->(b) RETURN b").rels[0].max_hops == 2);
}

TEST_CASE("WHERE binds NOT tighter than AND and AND tighter than OR", "[query][parser]") {
  const Query query = Parse(
      "MATCH (a) WHERE NOT a.name = 'x' AND a.mentions > 2 OR a.id = 1 "
      "RETURN a");
  REQUIRE(query.where);
  CHECK(query.where->kind == kg::query::ExprKind::kOr);
  const auto& left = *query.where->args[0];
  CHECK(left.kind == kg::query::ExprKind::kAnd);
  CHECK(left.args[0]->kind == kg::query::ExprKind::kNot);
}

TEST_CASE("comparisons include IN, CONTAINS, STARTS WITH and IS NULL", "[query][parser]") {
  const Query query = Parse(
      "MATCH (a)-[r]->(b) WHERE r.modality IN ['reported', 'claimed'] AND a.name CONTAINS 'V' "
      "AND b.name STARTS WITH 'N' AND r.first_date IS NOT NULL RETURN a");
  std::vector<kg::query::CompareOp> ops;
  const kg::query::Expr* expr = query.where.get();
  while (expr->kind == kg::query::ExprKind::kAnd) {
    ops.insert(ops.begin(), expr->args[1]->op);
    expr = expr->args[0].get();
  }
  ops.insert(ops.begin(), expr->op);
  CHECK(ops == std::vector<kg::query::CompareOp>{
                   kg::query::CompareOp::kIn, kg::query::CompareOp::kContains,
                   kg::query::CompareOp::kStartsWith, kg::query::CompareOp::kIsNotNull});
}

TEST_CASE("RETURN items keep their text as column name unless aliased", "[query][parser]") {
  const Query query = Parse(
      "match (a)-[r]->(b) return DISTINCT a.name, count(DISTINCT b) AS n order by n desc, "
      "a.name limit 5;");
  CHECK(query.distinct);
  REQUIRE(query.items.size() == 2);
  CHECK(query.items[0].column == "a.name");
  CHECK(query.items[1].column == "n");
  CHECK(query.items[1].expr->distinct);
  REQUIRE(query.order_by.size() == 2);
  CHECK(query.order_by[0].descending);
  CHECK_FALSE(query.order_by[1].descending);
  CHECK(query.limit == 5u);
}

TEST_CASE("RETURN * asks for every named variable", "[query][parser]") {
  CHECK(Parse("MATCH (a)-[r]->(b) RETURN *").return_all);
}

TEST_CASE("a missing parenthesis is reported at the column where it was due", "[query][parser]") {
  const auto [message, column] = ErrorOf("MATCH (a:PERSON-[r]->(b) RETURN a");
  CHECK(message == "expected ')' to end the node pattern, found '-'");
  CHECK(column == 16);
}

TEST_CASE("an unknown entity type label is an error at the label", "[query][parser]") {
  const auto [message, column] = ErrorOf("MATCH (a:Person)-->(b:Country) RETURN a");
  CHECK(message == "unknown entity type 'Country' (PERSON, GPE, ORG or LOC)");
  CHECK(column == 23);
}

TEST_CASE("write clauses are refused as unsupported", "[query][parser]") {
  const auto [message, column] = ErrorOf("MATCH (a) DELETE a");
  CHECK(message == "kg queries only read: DELETE is not supported");
  CHECK(column == 11);
}

TEST_CASE("several patterns or MATCH clauses are refused", "[query][parser]") {
  CHECK(ErrorOf("MATCH (a), (b) RETURN a").first.starts_with("only one path pattern"));
  CHECK(ErrorOf("MATCH (a) MATCH (b) RETURN a").first == "only one MATCH clause is supported");
}

TEST_CASE("hop ranges beyond the maximum or reversed are refused", "[query][parser]") {
  CHECK(ErrorOf("MATCH (a)-[*1..9]-(b) RETURN a").first ==
        "a variable-length relationship spans at most 6 hops");
  CHECK(ErrorOf("MATCH (a)-[*3..2]-(b) RETURN a").first ==
        "the lower hop bound is above the upper one");
}

TEST_CASE("an unterminated string is reported where it starts", "[query][parser]") {
  const auto [message, column] = ErrorOf("MATCH (a {name: 'Varga}) RETURN a");
  CHECK(message == "unterminated string");
  CHECK(column == 17);
}

TEST_CASE("chained comparisons are refused", "[query][parser]") {
  CHECK(ErrorOf("MATCH (a) WHERE 1 < a.mentions < 5 RETURN a").first ==
        "comparisons do not chain; join them with AND, found '<'");
}

TEST_CASE("a query without RETURN is an error at its end", "[query][parser]") {
  const auto [message, column] = ErrorOf("MATCH (a)");
  CHECK(message == "expected WHERE or RETURN, found the end of the query");
  CHECK(column == 10);
}

TEST_CASE("a query error is shown with a caret under its column", "[query][parser]") {
  const std::string text = "MATCH (a:PERSON-[r]->(b) RETURN a";
  std::size_t offset = 0;
  const kg::Result<Query> query = ParseQuery(text, &offset);
  REQUIRE_FALSE(query.ok());
  CHECK(kg::query::FormatQueryError(text, query.status(), offset) ==
        "expected ')' to end the node pattern, found '-' (column 16)\n"
        "  MATCH (a:PERSON-[r]->(b) RETURN a\n"
        "                 ^");
}

TEST_CASE("a multi-line query error names the line too", "[query][parser]") {
  const std::string text = "MATCH (a)\nWHERE a.name = \nRETURN a";
  std::size_t offset = 0;
  const kg::Result<Query> query = ParseQuery(text, &offset);
  REQUIRE_FALSE(query.ok());
  CHECK(kg::query::FormatQueryError(text, query.status(), offset) ==
        "expected a value, a variable or a property, found 'RETURN' (line 3, column 1)\n"
        "  RETURN a\n"
        "  ^");
}

TEST_CASE("expressions nested too deeply are refused where the limit is passed",
          "[query][parser]") {
  const std::string parens = std::string(100, '(') + "1" + std::string(100, ')');
  const auto [message, column] = ErrorOf("MATCH (a) WHERE " + parens + " = 1 RETURN a");
  CHECK(message == "the expression nests more than 64 levels deep");
  CHECK(column == 17 + 64);  // at the 65th parenthesis
  std::string nots;
  for (int i = 0; i < 100; ++i)
    nots += "NOT ";
  CHECK(ErrorOf("MATCH (a) WHERE " + nots + "true RETURN a").first ==
        "the expression nests more than 64 levels deep");
  std::string lists = std::string(100, '[') + std::string(100, ']');
  CHECK(ErrorOf("MATCH (a) WHERE a.name IN " + lists + " RETURN a").first ==
        "the expression nests more than 64 levels deep");
}

TEST_CASE("a query of more tokens than the limit is refused", "[query][parser]") {
  std::string where = "true";
  for (int i = 0; i < 3000; ++i)
    where += " OR true";
  CHECK(ErrorOf("MATCH (a) WHERE " + where + " RETURN a").first ==
        "a query has at most 4096 tokens");
}
