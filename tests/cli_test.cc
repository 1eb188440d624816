// End-to-end tests of the kg program: each runs the real binary in a child process.
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <string>

#include "run_kg.h"
#include "temp_dir.h"

namespace {

using kg::testing::LineCount;
using kg::testing::RunKg;
using kg::testing::RunResult;

std::string WriteArticle(const kg::testing::TempDir& dir) {
  const std::string path = dir.file("talks.txt");
  std::ofstream(path) << "Lena Ortiz met with Paul Mensah in Accra on Monday.\n"
                         "Later Ortiz accused Mensah of delaying the vote.\n";
  return path;
}

}  // namespace

TEST_CASE("edges ingested by one process are read back by another", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const RunResult neighbors = RunKg(db + " --json neighbors ortiz");
  REQUIRE(neighbors.exit_code == 0);
  CHECK(neighbors.output.find(R"("relation":"met_with")") != std::string::npos);
  CHECK(neighbors.output.find(R"("relation":"accused")") != std::string::npos);
  CHECK(neighbors.output.find(R"("neighbor":"Paul Mensah")") != std::string::npos);
}

TEST_CASE("stats reports what was stored, as JSON on request", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const RunResult stats = RunKg(db + " --json stats");
  REQUIRE(stats.exit_code == 0);
  CHECK(stats.output == "{\"documents\":1,\"edges\":2,\"entities\":3,\"evidence\":2}\n");
}

TEST_CASE("the database path can come from KG_DB", "[cli]") {
  kg::testing::TempDir dir;
  const std::string env = "KG_DB=" + dir.file("env.db") + " ";
  const std::string command =
      env + std::string(KG_BINARY) + " ingest " + WriteArticle(dir) + " 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(std::filesystem::exists(dir.file("env.db")));
}

TEST_CASE("export writes GraphML holding the nodes and edges stats counts", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const std::string out = dir.file("graph.graphml");
  const RunResult exported = RunKg(db + " export --format graphml -o " + out);
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.output == "wrote " + out + ": 3 nodes, 2 edges\n");
  std::ifstream in(out);
  const std::string graphml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t nodes = 0;
  for (std::size_t at = graphml.find("<node "); at != std::string::npos;
       at = graphml.find("<node ", at + 1))
    ++nodes;
  CHECK(nodes == 3);
}

TEST_CASE("an unknown subcommand exits non-zero with a one-line message", "[cli]") {
  const RunResult result = RunKg("frobnicate");
  CHECK(result.exit_code != 0);
  CHECK(result.output == "kg: unknown command 'frobnicate' (see 'kg --help')\n");
}

TEST_CASE("a missing input file exits non-zero with a one-line message", "[cli]") {
  kg::testing::TempDir dir;
  const RunResult result = RunKg("--db " + dir.file("kg.db") + " ingest " + dir.file("absent.txt"));
  CHECK(result.exit_code != 0);
  CHECK(LineCount(result.output) == 1);
  CHECK(result.output.find("absent.txt: No such file or directory") != std::string::npos);
}

TEST_CASE("querying a database that does not exist is an error", "[cli]") {
  kg::testing::TempDir dir;
  const RunResult result = RunKg("--db " + dir.file("none.db") + " stats");
  CHECK(result.exit_code != 0);
  CHECK(LineCount(result.output) == 1);
  CHECK(result.output.find("no kg database") != std::string::npos);
}

TEST_CASE("an unknown entity name exits non-zero", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const RunResult result = RunKg(db + " neighbors Nobody");
  CHECK(result.exit_code == 1);
  CHECK(result.output == "kg: no entity named 'Nobody'\n");
}

TEST_CASE("text that is not UTF-8 is refused with the byte offset", "[cli]") {
  kg::testing::TempDir dir;
  const std::string path = dir.file("bad.txt");
  std::ofstream(path) << "Lena Ortiz\xff met Paul.";
  const RunResult result = RunKg("--db " + dir.file("kg.db") + " ingest " + path);
  CHECK(result.exit_code != 0);
  CHECK(result.output.starts_with("kg: " + path +
                                  ": invalid UTF-8 at byte 10 (kg reads UTF-8 text only)\n"));
  CHECK(LineCount(result.output) == 2);
  CHECK(result.output.find("0 added, 0 replaced, 0 unchanged, 1 failed") != std::string::npos);
}

TEST_CASE("every subcommand has --help", "[cli]") {
  for (const char* command : {"ingest",       "stats",
                              "neighbors",    "export",
                              "check",        "docs",
                              "backup",       "entity",
                              "entity merge", "entity rename",
                              "alias",        "alias add",
                              "alias remove", "docs remove",
                              "undo",         "extract",
                              "eval",         "import",
                              "train",        "train tagger",
                              "train parser", "train name-types",
                              "parse",        "evaluate-syntax",
                              "path",         "edges",
                              "explain",      "rank",
                              "components",   "query"}) {
    INFO(command);
    const RunResult result = RunKg(std::string(command) + " --help");
    CHECK(result.exit_code == 0);
    CHECK(result.output.find("Usage:") != std::string::npos);
  }
}

TEST_CASE("CSV exported by kg is imported back with the same counts", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  REQUIRE(RunKg(db + " export --format csv -o " + dir.file("csv")).exit_code == 0);
  const RunResult imported =
      RunKg("--db " + dir.file("copy.db") + " --json import " + dir.file("csv"));
  REQUIRE(imported.exit_code == 0);
  CHECK(imported.output.find(R"("edges":2)") != std::string::npos);
  CHECK(imported.output.find(R"("nodes":3)") != std::string::npos);
  CHECK(RunKg("--db " + dir.file("copy.db") + " --json stats").output ==
        "{\"documents\":0,\"edges\":2,\"entities\":3,\"evidence\":0}\n");
}

TEST_CASE("export refuses csv to standard output and svg without --around", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const RunResult csv = RunKg(db + " export --format csv");
  CHECK(csv.exit_code == 1);
  CHECK(csv.output == "kg: --format csv writes two files: give -o DIRECTORY\n");
  const RunResult svg = RunKg(db + " export --format svg -o " + dir.file("g.svg"));
  CHECK(svg.exit_code == 1);
  CHECK(svg.output.find("--around") != std::string::npos);
}

TEST_CASE("export filters by relation around a named entity", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const RunResult exported = RunKg(db +
                                   " export --format dot --rel accused --around Ortiz "
                                   "--depth 2 -o " +
                                   dir.file("g.dot"));
  REQUIRE(exported.exit_code == 0);
  CHECK(exported.output == "wrote " + dir.file("g.dot") + ": 2 nodes, 1 edges\n");
}

TEST_CASE("extract prints one contract JSON line per fact and stores nothing", "[cli]") {
  kg::testing::TempDir dir;
  const RunResult result = RunKg("--db " + dir.file("kg.db") + " extract " + WriteArticle(dir));
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("doc":"talks")") != std::string::npos);
  CHECK(result.output.find(R"("rel":"met_with")") != std::string::npos);
  CHECK(result.output.find(
            R"("subj":{"mention":"Lena Ortiz","name":"Lena Ortiz","type":"PERSON"})") !=
        std::string::npos);
  CHECK(LineCount(result.output) == 2);
  CHECK_FALSE(std::filesystem::exists(dir.file("kg.db")));
}

TEST_CASE("eval scores extraction against a gold file", "[cli]") {
  kg::testing::TempDir dir;
  const std::string article = WriteArticle(dir);
  const std::string gold = dir.file("talks.gold.jsonl");
  std::ofstream(gold)
      << R"({"doc": "talks", "entity": "Lena Ortiz", "type": "PERSON", "aliases": ["Ortiz"]})"
         "\n"
      << R"({"doc": "talks", "subj": "Lena Ortiz", "rel": "met_with", "obj": "Paul Mensah", "need": "required"})"
         "\n"
      << R"({"doc": "talks", "subj": "Paul Mensah", "rel": "visited", "obj": "Accra", "need": "required"})"
         "\n";
  const RunResult result = RunKg("--json eval --gold " + gold + " --docs " + article);
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("total":{"correct":1,"f1":0.5,"found":1,"precision":0.5,)") !=
        std::string::npos);
  CHECK(result.output.find(R"("entity_recall":1.0)") != std::string::npos);
}

TEST_CASE("export refuses a date that is not YYYY-MM-DD", "[cli]") {
  kg::testing::TempDir dir;
  const std::string db = "--db " + dir.file("kg.db");
  REQUIRE(RunKg(db + " ingest " + WriteArticle(dir)).exit_code == 0);
  const RunResult result = RunKg(db + " export --since 2024-13 -o " + dir.file("g.graphml"));
  CHECK(result.exit_code == 1);
  CHECK(result.output == "kg: '2024-13' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)\n");
}
