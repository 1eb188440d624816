// kg parse and kg extract on a fixed set of invented news texts print exactly the golden files
// in tests/data/golden, which the binary wrote before the speed work on the tagger and parser
// tables: the speed work must not change a tag, head, label, entity or fact.
//
// After an intended change of output (new models, new rules), regenerate them with
//   kg parse tests/data/golden/news.txt > tests/data/golden/news.conllu
//   kg extract tests/data/golden/news.jsonl > tests/data/golden/news.facts.jsonl
//   kg extract --entities tests/data/golden/news.jsonl > tests/data/golden/news.entities.jsonl
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "run_kg.h"

namespace {

std::string GoldenPath(const std::string& name) {
  return std::string(KG_TEST_DIR) + "/data/golden/" + name;
}

// What `kg ARGUMENTS` prints on standard output (its messages on standard error are dropped).
std::string KgOutput(const std::string& arguments) {
  std::string output;
  REQUIRE(kg::testing::RunShell(std::string(KG_BINARY) + " " + arguments + " 2>/dev/null",
                                &output) == 0);
  return output;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("kg parse prints the golden tags, lemmas and trees of the golden texts",
          "[output-golden]") {
  CHECK(KgOutput("parse " + GoldenPath("news.txt")) == ReadFile(GoldenPath("news.conllu")));
}

TEST_CASE("kg extract prints the golden entities and facts of the golden texts",
          "[output-golden]") {
  CHECK(KgOutput("extract " + GoldenPath("news.jsonl")) ==
        ReadFile(GoldenPath("news.facts.jsonl")));
}

TEST_CASE("kg extract --entities prints the golden entities and mentions of the golden texts",
          "[output-golden]") {
  CHECK(KgOutput("extract --entities " + GoldenPath("news.jsonl")) ==
        ReadFile(GoldenPath("news.entities.jsonl")));
}
