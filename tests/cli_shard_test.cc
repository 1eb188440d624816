// kg extract --shard and kg ingest --facts as the real binary: shards extracted apart and merged
// give the store a single kg ingest of the same documents gives.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "run_kg.h"
#include "temp_dir.h"
#include "test_corpus.h"

namespace {

using kg::testing::LineCount;
using kg::testing::RunKg;
using kg::testing::RunResult;
using kg::testing::TempDir;
using kg::testing::WriteCorpus;
using kg::testing::WriteFile;

constexpr std::size_t kDocuments = 12;

std::string Db(const TempDir& dir, const std::string& name) {
  return "--db " + dir.file(name) + " ";
}

std::string Run(const std::string& arguments) {
  const RunResult result = RunKg(arguments);
  INFO("kg " << arguments << "\n" << result.output);
  REQUIRE(result.exit_code == 0);
  return result.output;
}

// The graph as exported, and every entity's id: exports number nodes by name, so the ids show
// whether documents were stored in the same order.
std::string Export(const TempDir& dir, const std::string& db) {
  return Run(Db(dir, db) + "export --format json -o -") +
         Run(Db(dir, db) + "--json query \"MATCH (a) RETURN a.id, a.name\"");
}

// The corpus ingested by one kg ingest into "single.db"; returns its export.
std::string SingleIngest(const TempDir& dir) {
  WriteCorpus(dir.file("corpus.jsonl"), kDocuments);
  Run(Db(dir, "single.db") + "ingest " + dir.file("corpus.jsonl"));
  return Export(dir, "single.db");
}

// Extracts partition P of N of the corpus into shard-P.jsonl; returns its path.
std::string Shard(const TempDir& dir, int index, int count) {
  const std::string path = dir.file("shard-" + std::to_string(index) + ".jsonl");
  Run("extract --shard --partition " + std::to_string(index) + "/" + std::to_string(count) +
      " -o " + path + " " + dir.file("corpus.jsonl"));
  return path;
}

std::string IngestFacts(const TempDir& dir, const std::string& db,
                        const std::vector<std::string>& shards) {
  std::string arguments = Db(dir, db) + "ingest --facts";
  for (const std::string& shard : shards)
    arguments += " " + shard;
  return Run(arguments);
}

}  // namespace

TEST_CASE("ingest --facts of shards stores what a single ingest stores", "[shard-cli]") {
  TempDir dir;
  const std::string single = SingleIngest(dir);
  IngestFacts(dir, "merged.db", {Shard(dir, 0, 2), Shard(dir, 1, 2)});
  CHECK(Export(dir, "merged.db") == single);
  CHECK(Run(Db(dir, "merged.db") + "check").find(": 0 violations") != std::string::npos);
}

TEST_CASE("ingest --facts stores the same graph whatever the order of the shard files",
          "[shard-cli]") {
  TempDir dir;
  const std::string single = SingleIngest(dir);
  IngestFacts(dir, "merged.db", {Shard(dir, 2, 3), Shard(dir, 0, 3), Shard(dir, 1, 3)});
  CHECK(Export(dir, "merged.db") == single);
}

TEST_CASE("ingest --facts of a shard already stored changes nothing", "[shard-cli]") {
  TempDir dir;
  const std::string single = SingleIngest(dir);
  const std::string shard = Shard(dir, 0, 1);
  IngestFacts(dir, "merged.db", {shard});
  const std::string again = IngestFacts(dir, "merged.db", {shard});
  CHECK(again.find("0 added, 0 replaced, " + std::to_string(kDocuments) + " unchanged") !=
        std::string::npos);
  CHECK(Export(dir, "merged.db") == single);
}

TEST_CASE("ingest --facts refuses a malformed shard line in one line and stores nothing",
          "[shard-cli]") {
  TempDir dir;
  WriteCorpus(dir.file("corpus.jsonl"), kDocuments);
  const std::string good = Shard(dir, 0, 2);
  const std::string bad = dir.file("bad.jsonl");
  const std::string first = Run("extract --shard --partition 1/2 " + dir.file("corpus.jsonl"));
  WriteFile(bad, first.substr(0, first.find('\n') + 1) + "{\"seq\": 3, \"doc\": \"cut-off\n");
  const RunResult result = RunKg(Db(dir, "merged.db") + "ingest --facts " + good + " " + bad);
  CHECK(result.exit_code != 0);
  CHECK(LineCount(result.output) == 1);
  CHECK(result.output.find("bad.jsonl:2: not a shard record") != std::string::npos);
  CHECK(Run(Db(dir, "merged.db") + "--json stats").find("\"documents\":0") != std::string::npos);
}

TEST_CASE("extract --partition gives each document to one partition", "[shard-cli]") {
  TempDir dir;
  WriteCorpus(dir.file("corpus.jsonl"), kDocuments);
  std::size_t records = 0;
  for (int index = 0; index < 3; ++index) {
    records += LineCount(Run("extract --shard --partition " + std::to_string(index) + "/3 " +
                             dir.file("corpus.jsonl")));
  }
  CHECK(records == kDocuments);
  CHECK(RunKg("extract --partition 3/3 " + dir.file("corpus.jsonl")).exit_code != 0);
}
