// kg extract and kg eval run as the real binary on inputs written by the test.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "run_kg.h"
#include "temp_dir.h"

using kg::testing::LineCount;
using kg::testing::RunKg;
using kg::testing::RunResult;
using kg::testing::TempDir;

TEST_CASE("extract reads JSON Lines documents with their ids and dates", "[cli-extract]") {
  TempDir dir;
  const std::string path = dir.file("news.jsonl");
  std::ofstream(path)
      << R"({"id": "a1", "date": "2024-05-01", "text": "Lena Ortiz met Paul Mensah in Accra."})"
      << "\n"
      << R"({"id": "a2", "title": "Talks", "text": "Lena Ortiz criticized Paul Mensah."})"
      << "\n";
  const RunResult result = RunKg("extract " + path);
  REQUIRE(result.exit_code == 0);
  CHECK(LineCount(result.output) == 2);
  CHECK(result.output.find(R"("doc":"a1")") != std::string::npos);
  CHECK(result.output.find(R"("date":"2024-05-01")") != std::string::npos);
  CHECK(result.output.find(R"("rel":"criticized")") != std::string::npos);
}

TEST_CASE("extract reports an unusable document and still prints the others", "[cli-extract]") {
  TempDir dir;
  const std::string path = dir.file("news.jsonl");
  std::ofstream(path) << R"({"id": "a1", "text": "Lena Ortiz met Paul Mensah."})"
                      << "\n"
                      << R"({"id": "a2"})"
                      << "\n";
  const RunResult result = RunKg("extract " + path);
  CHECK(result.exit_code != 0);
  CHECK(result.output.find(R"("rel":"met_with")") != std::string::npos);
  CHECK(result.output.find("news.jsonl:2") != std::string::npos);
}

TEST_CASE("eval scores JSON Lines documents against a gold file", "[cli-extract]") {
  TempDir dir;
  std::ofstream(dir.file("docs.jsonl"))
      << R"({"id": "d1", "text": "Lena Ortiz met Paul Mensah in Accra."})"
      << "\n";
  std::ofstream(dir.file("d1.gold.jsonl"))
      << R"({"doc": "d1", "entity": "Lena Ortiz", "type": "PERSON", "aliases": []})"
      << "\n"
      << R"({"doc": "d1", "subj": "Lena Ortiz", "rel": "met_with", "obj": "Paul Mensah", )"
      << R"("modality": "asserted", "need": "required"})"
      << "\n";
  const RunResult result = RunKg("--json eval --gold " + dir.file("d1.gold.jsonl") + " --docs " +
                                 dir.file("docs.jsonl"));
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("recall":1.0)") != std::string::npos);
}

TEST_CASE("extract and eval have --help", "[cli-extract]") {
  for (const char* command : {"extract", "eval", "parse", "train", "evaluate-syntax"}) {
    const RunResult result = RunKg(std::string(command) + " --help");
    CHECK(result.exit_code == 0);
    CHECK(result.output.find("Usage:") != std::string::npos);
  }
}

TEST_CASE("extract --lexicon adds a user's relation type to the built-in ones", "[cli-extract]") {
  TempDir dir;
  std::ofstream(dir.file("mine.json"))
      << R"({"format": "kg-relation-lexicon", "version": 2, "relations": {)"
      << R"("hosted": {"triggers": [{"lemma": "welcome", "object": ["obj"]}]}}})";
  std::ofstream(dir.file("a.txt")) << "Lena Ortiz welcomed Paul Mensah. Ortiz met Ivo Marsh.\n";
  const RunResult result =
      RunKg("extract --lexicon " + dir.file("mine.json") + " " + dir.file("a.txt"));
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("rel":"hosted")") != std::string::npos);
  CHECK(result.output.find(R"("rel":"met_with")") != std::string::npos);
}

TEST_CASE("extract --aliases adds the user's alias table to the built-in one", "[cli-extract]") {
  TempDir dir;
  const std::string text = dir.file("news.txt");
  std::ofstream(text) << "Lena Ortiz criticized Tarvelia on Monday.\n";
  const std::string aliases = dir.file("aliases.json");
  std::ofstream(aliases) << R"({"format": "kg-alias-table", "version": 1, "entities": {
      "Republic of Tarvel": {"type": "GPE", "aliases": ["Tarvelia"]}}})";
  const RunResult plain = RunKg("extract --entities " + text);
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.output.find("Republic of Tarvel") == std::string::npos);
  const RunResult extended = RunKg("extract --entities --aliases " + aliases + " " + text);
  REQUIRE(extended.exit_code == 0);
  CHECK(extended.output.find(R"("entity":"Republic of Tarvel")") != std::string::npos);
  CHECK(extended.output.find(R"("aliases":["Tarvelia"])") != std::string::npos);
}

TEST_CASE("extract --actors adds the user's actors; a bad line stops it with file and line",
          "[cli-extract]") {
  TempDir dir;
  const std::string text = dir.file("news.txt");
  std::ofstream(text) << "Lena Ortiz criticized Zorvan on Monday.\n";
  const std::string actors = dir.file("actors.tsv");
  std::ofstream(actors) << "# mine\nTeodor Zorvan\tPERSON\tZorvan\tTRVGOV\n";
  const RunResult extended = RunKg("extract --entities --actors " + actors + " " + text);
  REQUIRE(extended.exit_code == 0);
  CHECK(extended.output.find(R"("entity":"Teodor Zorvan")") != std::string::npos);
  CHECK(extended.output.find(R"("type":"PERSON")") != std::string::npos);
  std::ofstream(actors, std::ios::app) << "Ada Kettering PERSON\n";
  const RunResult bad = RunKg("extract --entities --actors " + actors + " " + text);
  CHECK(bad.exit_code != 0);
  CHECK(LineCount(bad.output) == 1);
  CHECK(bad.output.find(actors + ":3: expected name, type, aliases and codes") !=
        std::string::npos);
}

TEST_CASE("train name-types learns from the treebank's names the lexicons type", "[cli-extract]") {
  TempDir dir;
  std::ofstream(dir.file("tiny.conllu")) << "# text = Ines said hello.\n"
                                         << "1\tInes\tInes\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                         << "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                         << "3\thello\thello\tINTJ\tUH\t_\t2\tobj\t_\t_\n"
                                         << "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
                                         << "# text = They went to Ghana and Brannoc.\n"
                                         << "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
                                         << "2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                         << "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
                                         << "4\tGhana\tGhana\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                         << "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
                                         << "6\tBrannoc\tBrannoc\tPROPN\tNNP\t_\t4\tconj\t_\t_\n"
                                         << "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  const RunResult result = RunKg("train name-types --train " + dir.file("tiny.conllu") + " -o " +
                                 dir.file("name_types.tsv"));
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find("learnt from 2 names") != std::string::npos);
  std::ifstream model(dir.file("name_types.tsv"));
  std::string header, names;
  std::getline(model, header);
  std::getline(model, names);
  CHECK(header == "kg-name-types 1");
  CHECK(names == "names\t1\t1");  // Ines a person, Ghana a place; Brannoc is unknown
}

TEST_CASE("extract --entities says what kind of mention each one is", "[cli-extract]") {
  TempDir dir;
  const std::string path = dir.file("news.txt");
  std::ofstream(path) << "Russian troops entered Kessel, and Lena Ortiz left.\n";
  const RunResult result = RunKg("extract --entities " + path);
  REQUIRE(result.exit_code == 0);
  CHECK(result.output.find(R"("kind":"demonym","sentence":0,"span":[0,7],"text":"Russian")") !=
        std::string::npos);
  CHECK(result.output.find(R"("kind":"name","sentence":0,"span":[35,45],"text":"Lena Ortiz")") !=
        std::string::npos);
}
