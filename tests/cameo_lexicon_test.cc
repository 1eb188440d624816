// The CAMEO verb lexicon (data/lexicon/cameo_verbs.json, converted by
// scripts/cameo_to_lexicon.py): it loads with the built-in lexicon, after it, and its verb
// phrases find facts. None of this needs ../shared: the converted file is in data/.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <set>
#include <string>

#include "extract_test_util.h"
#include "kg/file_contents.h"
#include "relations/relation_lexicon.h"
#include "run_kg.h"
#include "temp_dir.h"

using kg::testing::Extract;
using kg::testing::HasFact;

namespace {

std::string ReadFile(const std::string& path) {
  kg::Result<std::string> content = kg::ReadFileContents(path, "file");
  REQUIRE(content.ok());
  return std::move(content).value();
}

std::set<std::string> RelationNames(const kg::RelationLexicon& lexicon) {
  std::set<std::string> names;
  for (const kg::RelationInfo& relation : lexicon.relations())
    names.insert(relation.name);
  return names;
}

std::string BuiltInLexicon() {
  return kg::DefaultDataDir() + "/lexicon/relations.json";
}

}  // namespace

TEST_CASE("the built-in lexicon loads the CAMEO verbs after its own triggers", "[cameo]") {
  const std::string built_in = BuiltInLexicon();
  const auto hand_written = kg::RelationLexicon::Parse(ReadFile(built_in), built_in);
  REQUIRE(hand_written.ok());
  CHECK(hand_written->extensions() == std::vector<std::string>{"cameo_verbs.json"});
  const auto lexicon = kg::RelationLexicon::LoadFile(built_in);
  REQUIRE(lexicon.ok());
  // The conversion maps only to the contract's relations: it adds no relation of its own.
  CHECK(RelationNames(*lexicon) == RelationNames(*hand_written));
  const auto& besiege = lexicon->FramesFor("besiege", false);
  REQUIRE_FALSE(besiege.empty());
  CHECK(lexicon->relations()[besiege[0].relation].name == "attacked");
  CHECK(hand_written->FramesFor("besiege", false).empty());
  // Where both have frames for a word, the hand-written ones come first.
  const auto& launch = lexicon->FramesFor("launch", false);
  const auto& launch_by_hand = hand_written->FramesFor("launch", false);
  REQUIRE(launch.size() > launch_by_hand.size());
  for (std::size_t i = 0; i < launch_by_hand.size(); ++i) {
    CHECK(launch[i].via == launch_by_hand[i].via);
  }
}

TEST_CASE("a verb only the CAMEO dictionary knows finds its fact", "[cameo]") {
  CHECK(HasFact(Extract("Togolese troops besieged Kpalime."), "Togo", "attacked", "Kpalime"));
  CHECK(HasFact(Extract("Lena Ortiz lambasted Paul Mensah."), "Lena Ortiz", "criticized",
                "Paul Mensah"));
}

TEST_CASE("the converter turns a small CAMEO dictionary into lexicon entries", "[cameo]") {
  if (std::system("python3 --version >/dev/null 2>&1") != 0) {
    WARN("python3 is not installed: the CAMEO converter is not tested");
    return;
  }
  const kg::testing::TempDir dir;
  kg::testing::WriteFile(dir.file("verbs.txt"), R"(# A dictionary written for this test.
# The MIT License (MIT)
# Copyright (c) 2026 Nobody in particular

&SIEGEWORK
+RAMPART
+OUTWORK_

---  BESET   [190]  ---
BESET {BESETS BESETTING}
HARRY   [---]
- * (AGAINST)                                 [190]   # BESET
- * &SIEGEWORK                                [192]   # HARRY
- FORCES * RAMPART                            [190]   # BESET
- * {OUTER RAMPART}                           [192]   # HARRY
- * (FOR AID)                                 [070]   # BESET

---  PRAISE   [051]  ---
EXTOL
)");
  kg::testing::WriteFile(dir.file("map.tsv"),
                         "# code\trelation\tdirection\ttargets\n"
                         "19\tattacked\t->\ton,against\n"
                         "192\tcaptured\t->\tof\n");
  std::string report;
  const int exit_code = kg::testing::RunShell(
      "python3 " KG_TEST_DIR "/../scripts/cameo_to_lexicon.py --no-base --map " +
          dir.file("map.tsv") + " -o " + dir.file("out.json") + " " + dir.file("verbs.txt") +
          " 2>&1",
      &report);
  INFO(report);
  REQUIRE(exit_code == 0);
  const std::string json = ReadFile(dir.file("out.json"));
  CHECK(json.find("Nobody in particular") != std::string::npos);  // the licence notice
  const auto lexicon = kg::RelationLexicon::Parse(json, "out.json");
  REQUIRE(lexicon.ok());
  // The bare verb with its block's code; "harry" has no code of its own.
  const auto& beset = lexicon->FramesFor("beset", false);
  REQUIRE(beset.size() == 2);
  CHECK(beset[0].object_roles == std::vector<std::string>{"against"});
  CHECK(beset[1].object_roles == std::vector<std::string>{"obj"});
  // A synset noun pattern, for the verb its comment names: both members, the plural of the one
  // without a trailing underscore, and the table's target preposition.
  const auto& harry = lexicon->FramesFor("harry", false);
  REQUIRE(harry.size() == 1);
  CHECK(lexicon->relations()[harry[0].relation].name == "captured");
  CHECK(harry[0].via == std::vector<std::string>{"outwork", "rampart", "ramparts"});
  CHECK(harry[0].object_roles == std::vector<std::string>{"of"});
  // Unmapped code (051), a fixed subject noun, a modified noun, a fixed prepositional object.
  CHECK(lexicon->FramesFor("extol", false).empty());
  CHECK(report.find("words before the verb") != std::string::npos);
  CHECK(report.find("noun phrase with modifiers") != std::string::npos);
  CHECK(report.find("prepositional phrase with a fixed noun") != std::string::npos);
}
