#include "relation_lexicon.h"

#include <catch2/catch.hpp>

namespace {

constexpr std::string_view kLexicon = R"({
  "format": "kg-relation-lexicon", "version": 1,
  "relations": {
    "met_with": {"symmetric": true, "triggers": ["met", "met with"]},
    "accused": {"triggers": ["accused"]}
  }
})";

}  // namespace

TEST_CASE("the longest trigger wins where triggers overlap", "[lexicon]") {
  const auto lexicon = kg::RelationLexicon::Parse(kLexicon, "test");
  REQUIRE(lexicon.ok());
  const auto matches = lexicon->FindTriggers("Ana met with Bo");
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].relation == "met_with");
  CHECK(matches[0].symmetric);
  CHECK(matches[0].begin == 4);
  CHECK(matches[0].end == 12);
}

TEST_CASE("triggers match whole words only, in any case", "[lexicon]") {
  const auto lexicon = kg::RelationLexicon::Parse(kLexicon, "test");
  REQUIRE(lexicon.ok());
  CHECK(lexicon->FindTriggers("the metro was Accused").size() == 1);
}

TEST_CASE("a lexicon without the format marker is refused", "[lexicon]") {
  const auto lexicon = kg::RelationLexicon::Parse(R"({"relations": {}})", "my.json");
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().message() == "my.json: not a kg relation lexicon (missing \"format\")");
}

TEST_CASE("malformed lexicon JSON is an error, not a crash", "[lexicon]") {
  CHECK_FALSE(kg::RelationLexicon::Parse("{\"format\": ", "bad.json").ok());
  CHECK_FALSE(
      kg::RelationLexicon::Parse(
          R"({"format": "kg-relation-lexicon", "version": 1, "relations": {"x": {"triggers": [3]}}})",
          "bad.json")
          .ok());
}

TEST_CASE("a lexicon from a newer kg is refused", "[lexicon]") {
  const auto lexicon = kg::RelationLexicon::Parse(
      R"({"format": "kg-relation-lexicon", "version": 99, "relations": {}})", "new.json");
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().code() == kg::Status::Code::kNotSupported);
}
