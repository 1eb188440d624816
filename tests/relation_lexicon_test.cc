#include "relations/relation_lexicon.h"

#include <catch2/catch.hpp>
#include <string>

#include "temp_dir.h"

namespace {

constexpr std::string_view kLexicon = R"({
  "format": "kg-relation-lexicon", "version": 2,
  "relations": {
    "met_with": {"symmetric": true, "triggers": [
      {"lemma": "meet", "object": ["obj", "with"]},
      {"lemma": "meeting", "pos": "NOUN", "object": ["with", "between"]}]},
    "captured": {"triggers": [
      {"lemma": "take", "via": ["control"], "object": ["of"]},
      {"lemma": "fall", "inverse": true, "object": ["to"]},
      {"lemma": "take", "object": ["obj"], "requires_object_type": ["GPE", "LOC"]}]}
  }
})";

kg::RelationLexicon Lexicon() {
  auto lexicon = kg::RelationLexicon::Parse(kLexicon, "test");
  REQUIRE(lexicon.ok());
  return std::move(lexicon).value();
}

}  // namespace

TEST_CASE("verb and noun triggers are looked up separately", "[lexicon]") {
  const kg::RelationLexicon lexicon = Lexicon();
  REQUIRE(lexicon.FramesFor("meet", false).size() == 1);
  CHECK(lexicon.FramesFor("meet", true).empty());
  const auto& noun = lexicon.FramesFor("meeting", true);
  REQUIRE(noun.size() == 1);
  CHECK(noun[0].subject_roles == std::vector<std::string>{"poss"});
  CHECK(noun[0].object_roles == std::vector<std::string>{"with", "between"});
}

TEST_CASE("frames keep their relation, via nouns, inversion and object types", "[lexicon]") {
  const kg::RelationLexicon lexicon = Lexicon();
  const auto& take = lexicon.FramesFor("take", false);
  REQUIRE(take.size() == 2);
  CHECK(lexicon.relations()[take[0].relation].name == "captured");
  CHECK(take[0].via == std::vector<std::string>{"control"});
  CHECK(take[1].object_types ==
        std::vector<kg::EntityType>{kg::EntityType::kGpe, kg::EntityType::kLoc});
  CHECK(lexicon.FramesFor("fall", false)[0].inverse);
  for (const kg::RelationInfo& relation : lexicon.relations()) {
    CHECK(relation.symmetric == (relation.name == "met_with"));
  }
}

TEST_CASE("verbs default to an nsubj subject and an obj object", "[lexicon]") {
  auto lexicon = kg::RelationLexicon::Parse(
      R"({"format": "kg-relation-lexicon", "version": 2, "relations": {"praised": {"triggers": [{"lemma": "praise"}]}}})",
      "user.json");
  REQUIRE(lexicon.ok());
  const auto& frame = lexicon->FramesFor("praise", false).at(0);
  CHECK(frame.subject_roles == std::vector<std::string>{"nsubj"});
  CHECK(frame.object_roles == std::vector<std::string>{"obj"});
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
          R"({"format": "kg-relation-lexicon", "version": 2, "relations": {"x": {"triggers": [{"lemma": 3}]}}})",
          "bad.json")
          .ok());
  CHECK_FALSE(
      kg::RelationLexicon::Parse(
          R"({"format": "kg-relation-lexicon", "version": 2, "relations": {"x": {"triggers": [{"lemma": "a", "pos": "ADJ"}]}}})",
          "bad.json")
          .ok());
  CHECK_FALSE(
      kg::RelationLexicon::Parse(
          R"({"format": "kg-relation-lexicon", "version": 2, "relations": {"x": {"triggers": [{"lemma": "a", "pos": 7}]}}})",
          "bad.json")
          .ok());
  CHECK_FALSE(kg::RelationLexicon::Parse(R"({"format": 2, "version": 2})", "bad.json").ok());
}

TEST_CASE("a lexicon of another version is refused", "[lexicon]") {
  const auto lexicon = kg::RelationLexicon::Parse(
      R"({"format": "kg-relation-lexicon", "version": 99, "relations": {}})", "new.json");
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().code() == kg::Status::Code::kNotSupported);
}

namespace {

kg::RelationLexicon UserLexicon(std::string_view relations) {
  const std::string json = R"({"format": "kg-relation-lexicon", "version": 2, "relations": {)" +
                           std::string(relations) + "}}";
  auto lexicon = kg::RelationLexicon::Parse(json, "user");
  REQUIRE(lexicon.ok());
  return std::move(lexicon).value();
}

}  // namespace

TEST_CASE("a user's lexicon adds new relation types", "[lexicon]") {
  kg::RelationLexicon lexicon = Lexicon();
  lexicon.Extend(UserLexicon(R"("hosted": {"triggers": [{"lemma": "welcome"}]})"));
  const auto& frames = lexicon.FramesFor("welcome", false);
  REQUIRE(frames.size() == 1);
  CHECK(lexicon.relations()[frames[0].relation].name == "hosted");
  CHECK(lexicon.FramesFor("meet", false).size() == 1);
}

TEST_CASE("a user's triggers for a known relation come before the built-in ones", "[lexicon]") {
  kg::RelationLexicon lexicon = Lexicon();
  lexicon.Extend(UserLexicon(R"("met_with": {"triggers": [{"lemma": "meet", "object": ["at"]}]})"));
  const auto& frames = lexicon.FramesFor("meet", false);
  REQUIRE(frames.size() == 2);
  CHECK(frames[0].object_roles == std::vector<std::string>{"at"});
  CHECK(lexicon.relations()[frames[1].relation].name == "met_with");
}

TEST_CASE("a user's relation marked replace drops the built-in triggers", "[lexicon]") {
  kg::RelationLexicon lexicon = Lexicon();
  lexicon.Extend(UserLexicon(R"("captured": {"replace": true, "triggers": [{"lemma": "seize"}]})"));
  CHECK(lexicon.FramesFor("take", false).empty());
  CHECK(lexicon.FramesFor("seize", false).size() == 1);
  CHECK(lexicon.FramesFor("meet", false).size() == 1);
}

namespace {

std::string LexiconFile(std::string_view extensions, std::string_view relations) {
  return R"({"format": "kg-relation-lexicon", "version": 2, "extensions": [)" +
         std::string(extensions) + R"(], "relations": {)" + std::string(relations) + "}}";
}

}  // namespace

TEST_CASE("an extension's triggers come after the including file's", "[lexicon]") {
  const kg::testing::TempDir dir;
  kg::testing::WriteFile(dir.file("base.json"),
                         LexiconFile(R"("more/extra.json")",
                                     R"("met_with": {"symmetric": true, "triggers": [
                                          {"lemma": "meet", "object": ["obj"]}]})"));
  kg::testing::WriteFile(dir.file("more/extra.json"),
                         LexiconFile("", R"("met_with": {"symmetric": false, "replace": true,
                                              "triggers": [{"lemma": "meet", "object": ["at"]}]},
                                            "hailed": {"triggers": [{"lemma": "hail"}]})"));
  const auto lexicon = kg::RelationLexicon::LoadFile(dir.file("base.json"));
  REQUIRE(lexicon.ok());
  const auto& meet = lexicon->FramesFor("meet", false);
  REQUIRE(meet.size() == 2);
  CHECK(meet[0].object_roles == std::vector<std::string>{"obj"});
  CHECK(meet[1].object_roles == std::vector<std::string>{"at"});
  REQUIRE(lexicon->relations().size() == 2);
  CHECK(lexicon->relations()[0].symmetric);  // the including file's flags stay
  const auto& hail = lexicon->FramesFor("hail", false);
  REQUIRE(hail.size() == 1);
  CHECK(lexicon->relations()[hail[0].relation].name == "hailed");
}

TEST_CASE("a missing extension is the loading file's error", "[lexicon]") {
  const kg::testing::TempDir dir;
  kg::testing::WriteFile(dir.file("base.json"), LexiconFile(R"("absent.json")", ""));
  const auto lexicon = kg::RelationLexicon::LoadFile(dir.file("base.json"));
  REQUIRE_FALSE(lexicon.ok());
  CHECK(lexicon.status().code() == kg::Status::Code::kNotFound);
  CHECK(lexicon.status().message().find("absent.json") != std::string::npos);
}

TEST_CASE("extensions must be a list of file names, and may not loop", "[lexicon]") {
  CHECK_FALSE(
      kg::RelationLexicon::Parse(
          R"({"format": "kg-relation-lexicon", "version": 2, "extensions": "x.json", "relations": {}})",
          "bad.json")
          .ok());
  const kg::testing::TempDir dir;
  kg::testing::WriteFile(dir.file("self.json"), LexiconFile(R"("self.json")", ""));
  const auto looped = kg::RelationLexicon::LoadFile(dir.file("self.json"));
  REQUIRE_FALSE(looped.ok());
  CHECK(looped.status().code() == kg::Status::Code::kInvalidArgument);
}
