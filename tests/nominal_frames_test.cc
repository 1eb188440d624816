// Relation frames derived for verbs' event nouns (extract/relations/nominal_frames.h).
#include "relations/nominal_frames.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "temp_dir.h"

namespace {

constexpr std::string_view kLexicon = R"({
  "format": "kg-relation-lexicon", "version": 2,
  "relations": {
    "captured": {"triggers": [{"lemma": "capture"},
                              {"lemma": "take", "via": ["control"], "object": ["of"]}]},
    "met_with": {"symmetric": true, "triggers": [{"lemma": "meet", "object": ["obj", "with"]}]},
    "spoke_to": {"triggers": [{"lemma": "talk", "object": ["with"]},
                              {"lemma": "talk", "pos": "NOUN", "object": ["to"]}]}
  }
})";

kg::RelationLexicon LexiconWithNouns() {
  auto lexicon = kg::RelationLexicon::Parse(kLexicon, "test");
  REQUIRE(lexicon.ok());
  kg::Nominalizations nominalizations;
  nominalizations.Add("capture", "capture");
  nominalizations.Add("meet", "meeting");
  nominalizations.Add("take", "taking");
  nominalizations.Add("talk", "talk");
  kg::AddNominalFrames(nominalizations, &lexicon.value());
  return std::move(lexicon).value();
}

}  // namespace

TEST_CASE("an event noun takes the subject as possessor or by-phrase and the object with of",
          "[nominal]") {
  const kg::RelationLexicon lexicon = LexiconWithNouns();
  REQUIRE(lexicon.FramesFor("capture", true).size() == 1);
  const kg::TriggerFrame& frame = lexicon.FramesFor("capture", true).front();
  CHECK(frame.subject_roles == std::vector<std::string>{"poss", "by"});
  CHECK(frame.object_roles == std::vector<std::string>{"of"});
  CHECK(frame.derived);
}

TEST_CASE("a symmetric relation's event noun keeps only its prepositions", "[nominal]") {
  const kg::RelationLexicon lexicon = LexiconWithNouns();
  REQUIRE(lexicon.FramesFor("meeting", true).size() == 1);
  CHECK(lexicon.FramesFor("meeting", true).front().object_roles ==
        std::vector<std::string>{"with"});
}

TEST_CASE("a light verb's frame gives its event noun no frame", "[nominal]") {
  CHECK(LexiconWithNouns().FramesFor("taking", true).empty());
}

TEST_CASE("a noun the lexicon already has keeps only its written frames", "[nominal]") {
  const kg::RelationLexicon lexicon = LexiconWithNouns();
  REQUIRE(lexicon.FramesFor("talk", true).size() == 1);
  CHECK_FALSE(lexicon.FramesFor("talk", true).front().derived);
}

TEST_CASE("a nominalization list line without a tab is an error naming the line", "[nominal]") {
  const kg::testing::TempDir dir;
  const std::string path = (dir.path() / "nouns.tsv").string();
  std::ofstream(path) << "# comment\nkill\tkilling\nbroken line\n";
  const auto loaded = kg::Nominalizations::LoadFile(path);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find("nouns.tsv:3") != std::string::npos);
}
