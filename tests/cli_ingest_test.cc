// End-to-end tests of kg ingest at scale and of the store commands around it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_kg.h"
#include "temp_dir.h"
#include "test_corpus.h"

namespace {

using kg::testing::LineCount;
using kg::testing::RunKg;
using kg::testing::RunResult;
using kg::testing::TempDir;
using kg::testing::WriteFile;

std::string Db(const TempDir& dir, const std::string& name = "kg.db") {
  return "--db " + dir.file(name) + " ";
}

// Runs kg with `arguments` and parses its one line of output as JSON.
nlohmann::json RunJson(const std::string& arguments) {
  const RunResult result = RunKg(arguments);
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  REQUIRE(LineCount(result.output) == 1);
  return nlohmann::json::parse(result.output);
}

}  // namespace

TEST_CASE("directories, JSON Lines and standard input go in together", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("news/a.txt"), "Lena Ortiz met with Paul Mensah in Accra.");
  WriteFile(dir.file("news/deeper/b.txt"), "Maria Varga accused Jonas Brandt.");
  WriteFile(dir.file("corpus.jsonl"),
            R"({"id": "j1", "text": "Ortiz criticized Brandt."})"
            "\n"
            R"({"id": "j2", "title": "Talks", "text": "Varga met Mensah."})"
            "\n");
  WriteFile(dir.file("stdin.txt"), "Omar Haddad visited Kessel.");
  const RunResult result = RunKg(Db(dir) + "ingest " + dir.file("news") + " " +
                                 dir.file("corpus.jsonl") + " - < " + dir.file("stdin.txt"));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  CHECK(LineCount(result.output) == 1);
  CHECK(result.output.find("ingested 5 documents") != std::string::npos);
  const RunResult docs = RunKg(Db(dir) + "docs");
  CHECK(docs.output.find("a  -") != std::string::npos);
  CHECK(docs.output.find("\ndeeper/b  -") != std::string::npos);
  CHECK(docs.output.find("\nj1  -") != std::string::npos);
  CHECK(docs.output.find("\nj2  -") != std::string::npos);
  CHECK(docs.output.find("\nstdin-") != std::string::npos);
}

TEST_CASE("two articles piped on standard input are two documents", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("one.txt"), "Tilda Sorensen met with Arno Vidal in Quenby.");
  WriteFile(dir.file("two.txt"), "Mira Castell accused Oskar Lund.");
  REQUIRE(RunKg(Db(dir) + "ingest - < " + dir.file("one.txt")).exit_code == 0);
  REQUIRE(RunKg(Db(dir) + "ingest - < " + dir.file("two.txt")).exit_code == 0);
  CHECK(RunJson(Db(dir) + "--json stats")["documents"] == 2);
}

TEST_CASE("a file named alone does not replace its namesake found under a directory", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("news/north/report.txt"), "Tilda Sorensen met with Arno Vidal.");
  WriteFile(dir.file("news/south/report.txt"), "Mira Castell accused Oskar Lund.");
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("news")).exit_code == 0);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("news/south/report.txt")).exit_code == 0);
  CHECK(RunJson(Db(dir) + "--json stats")["documents"] == 3);
  CHECK(RunJson(Db(dir) + "--json stats")["evidence"] >= 2);
}

TEST_CASE("a different document under a stored id is refused unless --replace", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("v1/report.txt"), "Tilda Sorensen met with Arno Vidal.");
  WriteFile(dir.file("v2/report.txt"), "Mira Castell accused Oskar Lund.");
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("v1/report.txt")).exit_code == 0);
  const RunResult refused = RunKg(Db(dir) + "ingest " + dir.file("v2/report.txt"));
  CHECK(refused.exit_code == 1);
  CHECK(refused.output.starts_with("kg: " + dir.file("v2/report.txt") +
                                   ": a different document with the id 'report' is stored"));
  CHECK(RunKg(Db(dir) + "ingest --replace " + dir.file("v2/report.txt")).exit_code == 0);
  CHECK(RunKg(Db(dir) + "edges").output.find("accused") != std::string::npos);
}

TEST_CASE("--id and --date name an article read from standard input", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("one.txt"), "Tilda Sorensen met with Arno Vidal.");
  REQUIRE(RunKg(Db(dir) + "ingest --id desk-7 --date 'Feb. 4, 2025' - < " + dir.file("one.txt"))
              .exit_code == 0);
  CHECK(RunKg(Db(dir) + "docs").output.find("desk-7  2025-02-04") != std::string::npos);
  CHECK(RunKg(Db(dir) + "ingest --date yesterday - < " + dir.file("one.txt")).exit_code == 1);
}

TEST_CASE("standard input is read as JSON Lines when it starts with an object", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("in.jsonl"), R"({"id": "x1", "text": "Ortiz met Brandt."})"
                                  "\n");
  const RunResult result = RunKg(Db(dir) + "ingest - < " + dir.file("in.jsonl"));
  REQUIRE(result.exit_code == 0);
  CHECK(RunKg(Db(dir) + "docs").output.starts_with("x1  -"));
}

TEST_CASE("a bad line is reported by file and line, the rest is stored, and the run fails",
          "[ingest]") {
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl");
  WriteFile(corpus, R"({"id": "ok1", "text": "Ortiz met Brandt."})"
                    "\n"
                    R"({"id": "bad", "text": )"
                    "\n"
                    R"({"id": "ok2", "text": "Varga met Mensah."})"
                    "\n");
  const RunResult result = RunKg(Db(dir) + "ingest " + corpus);
  CHECK(result.exit_code == 1);
  CHECK(LineCount(result.output) == 2);
  CHECK(result.output.starts_with("kg: " + corpus + ":2: malformed JSON"));
  CHECK(result.output.find("2 added, 0 replaced, 0 unchanged, 1 failed") != std::string::npos);
  CHECK(RunJson(Db(dir) + "--json stats")["documents"] == 2);
}

TEST_CASE("with --json the summary is one JSON object on stdout and nothing else", "[ingest]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("corpus.jsonl"), 20);
  const nlohmann::json first = RunJson(Db(dir) + "--json ingest " + dir.file("corpus.jsonl"));
  CHECK(first["documents"] == 20);
  CHECK(first["added"] == 20);
  CHECK(first["failed"] == 0);
  CHECK(first["bytes"] == std::filesystem::file_size(dir.file("corpus.jsonl")));
  const nlohmann::json stats = RunJson(Db(dir) + "--json stats");
  const nlohmann::json second = RunJson(Db(dir) + "--json ingest " + dir.file("corpus.jsonl"));
  CHECK(second["added"] == 0);
  CHECK(second["unchanged"] == 20);
  CHECK(RunJson(Db(dir) + "--json stats") == stats);
}

TEST_CASE("the number of threads does not change what is stored", "[ingest]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("corpus.jsonl"), 60);
  for (const char* threads : {"1", "4"}) {
    REQUIRE(RunKg(Db(dir, std::string("t") + threads) + "ingest --threads " + threads + " " +
                  dir.file("corpus.jsonl"))
                .exit_code == 0);
  }
  const RunResult one = RunKg(Db(dir, "t1") + "export -o -");
  const RunResult four = RunKg(Db(dir, "t4") + "export -o -");
  REQUIRE(one.exit_code == 0);
  CHECK(one.output.size() > 1000);
  CHECK(one.output == four.output);
}

TEST_CASE("kg check passes on an ingested database and kg docs lists it as JSON", "[ingest]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("corpus.jsonl"), 10);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("corpus.jsonl")).exit_code == 0);
  const RunResult check = RunKg(Db(dir) + "check");
  CHECK(check.exit_code == 0);
  CHECK(check.output.find(": 0 violations") != std::string::npos);
  const RunResult docs = RunKg(Db(dir) + "--json docs");
  REQUIRE(LineCount(docs.output) == 10);
  const nlohmann::json first = nlohmann::json::parse(docs.output.substr(0, docs.output.find('\n')));
  CHECK(first["id"] == "doc-0");
  CHECK(first["date"] == "2024-03-10");
  CHECK(first["evidence"].get<int>() > 0);
}

TEST_CASE("curation commands merge, rename and alias entities", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("talks.txt"),
            "Lena Ortiz met with Paul Mensah in Accra on Monday.\n"
            "Later Ortiz accused Mensah of delaying the vote.\n");
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("talks.txt")).exit_code == 0);
  const RunResult alias = RunKg(Db(dir) + "alias add 'Paul Mensah' 'The Minister'");
  CHECK(alias.output == "Paul Mensah (PERSON, #2, 2 mentions) also: Mensah, The Minister\n");
  CHECK(RunKg(Db(dir) + "neighbors 'the minister'").exit_code == 0);
  const RunResult rename = RunKg(Db(dir) + "--json entity rename Accra 'Accra City'");
  CHECK(nlohmann::json::parse(rename.output)["name"] == "Accra City");
  const RunResult merge = RunKg(Db(dir) + "entity merge --yes ortiz '#2'");
  CHECK(merge.exit_code == 0);
  CHECK(merge.output.starts_with("Lena Ortiz (PERSON, #1, 4 mentions)"));
  CHECK(RunJson(Db(dir) + "--json stats") ==
        nlohmann::json{{"documents", 1}, {"entities", 2}, {"edges", 0}, {"evidence", 0}});
  CHECK(RunKg(Db(dir) + "check").exit_code == 0);
  CHECK(RunKg(Db(dir) + "entity merge ortiz nobody").output == "kg: no entity named 'nobody'\n");
}

TEST_CASE("a merge asks first, and without a terminal to ask on needs --yes", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("talks.txt"), "Vesna Halloran met with Ivo Brandis in Quenby.\n");
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("talks.txt")).exit_code == 0);
  const nlohmann::json before = RunJson(Db(dir) + "--json stats");
  const RunResult refused =
      RunKg(Db(dir) + "entity merge 'Vesna Halloran' 'Ivo Brandis' < /dev/null");
  CHECK(refused.exit_code == 1);
  CHECK(
      refused.output.starts_with("kg: merge Ivo Brandis (PERSON, #2, 1 mentions) into Vesna "
                                 "Halloran (PERSON, #1): 0 edges move, 1 edges between them are "
                                 "dropped with 1 pieces of evidence; not merged: pass --yes"));
  CHECK(RunJson(Db(dir) + "--json stats") == before);
}

TEST_CASE("kg undo reverts a merge, and docs remove deletes a document", "[ingest]") {
  TempDir dir;
  WriteFile(dir.file("talks.txt"), "Vesna Halloran met with Ivo Brandis in Quenby.\n");
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("talks.txt")).exit_code == 0);
  const nlohmann::json before = RunJson(Db(dir) + "--json stats");
  REQUIRE(RunKg(Db(dir) + "entity merge --yes 'Vesna Halloran' 'Ivo Brandis'").exit_code == 0);
  const RunResult undo = RunKg(Db(dir) + "undo");
  CHECK(undo.exit_code == 0);
  CHECK(undo.output.starts_with("undid: merge Ivo Brandis (#2) into Vesna Halloran (#1)"));
  CHECK(RunJson(Db(dir) + "--json stats") == before);
  CHECK(RunKg(Db(dir) + "check").exit_code == 0);
  CHECK(RunKg(Db(dir) + "undo").output == "kg: nothing to undo: no curation is journalled\n");
  CHECK(RunKg(Db(dir) + "docs remove talks").exit_code == 0);
  CHECK(RunJson(Db(dir) + "--json stats")["evidence"] == 0);
  CHECK(RunKg(Db(dir) + "alias remove 'Vesna Halloran' Vesna").exit_code == 1);
}

TEST_CASE("kg backup writes a copy that kg reads like the original", "[ingest]") {
  TempDir dir;
  kg::testing::WriteCorpus(dir.file("corpus.jsonl"), 10);
  REQUIRE(RunKg(Db(dir) + "ingest " + dir.file("corpus.jsonl")).exit_code == 0);
  REQUIRE(RunKg(Db(dir) + "backup " + dir.file("copy")).exit_code == 0);
  CHECK(RunJson(Db(dir, "copy") + "--json stats") == RunJson(Db(dir) + "--json stats"));
  CHECK(RunKg(Db(dir) + "backup " + dir.file("copy")).exit_code != 0);
}
