// Crash safety: kg ingest killed with SIGKILL at random moments never leaves a damaged store,
// and running it again finishes the job as if nothing had happened. Also: readers see one
// consistent state, and a second writer is refused, while an ingest runs.
//
// No test here assumes a speed: kill moments are drawn either from the time a reference ingest
// took on this machine or from the progress the store shows, and readers run between pieces of
// input that the test itself feeds to the writer.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "kg/file_contents.h"
#include "run_kg.h"
#include "temp_dir.h"
#include "test_corpus.h"

namespace {

using Clock = std::chrono::steady_clock;
using kg::testing::KgProcess;
using kg::testing::RunKg;
using kg::testing::RunResult;
using kg::testing::TempDir;

// What a database holds, as kg shows it: totals and every node and edge.
std::string Contents(const std::string& db) {
  const RunResult stats = RunKg("--db " + db + " --json stats");
  const RunResult graph = RunKg("--db " + db + " export -o -");
  REQUIRE(stats.exit_code == 0);
  REQUIRE(graph.exit_code == 0);
  return stats.output + graph.output;
}

std::uint64_t StoredDocuments(const std::string& db) {
  const RunResult stats = RunKg("--db " + db + " --json stats");
  if (stats.exit_code != 0) return 0;
  const std::size_t at = stats.output.find("\"documents\":");
  return std::stoull(stats.output.substr(at + 12));
}

std::string ReadFile(const std::string& path) {
  kg::Result<std::string> contents = kg::ReadFileContents(path, "file");
  REQUIRE(contents.ok());
  return std::move(contents).value();
}

// Kills `ingest` once the store shows at least `documents` stored, or once it ended; true if the
// kill hit a running process.
bool KillAfterProgress(KgProcess& ingest, const std::string& db, std::uint64_t documents) {
  while (ingest.Running() && (!std::filesystem::exists(db) || StoredDocuments(db) < documents)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const bool running = ingest.Running();
  ingest.Kill();
  return running;
}

}  // namespace

TEST_CASE("an ingest killed at random moments resumes to the same store", "[crash]") {
  constexpr std::size_t kDocuments = 200;
  constexpr int kKills = 60;
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl");
  kg::testing::WriteCorpus(corpus, kDocuments);

  const auto reference_start = Clock::now();
  REQUIRE(RunKg("--db " + dir.file("reference") + " ingest " + corpus).exit_code == 0);
  const auto reference_time = Clock::now() - reference_start;
  const std::string expected = Contents(dir.file("reference"));

  std::mt19937 random(20240302);
  std::uniform_int_distribution<long long> moment(
      1, std::chrono::duration_cast<std::chrono::microseconds>(reference_time).count());
  std::uniform_int_distribution<std::uint64_t> progress(1, kDocuments - 1);
  int kills = 0;
  int kills_mid_ingest = 0;
  for (int round = 1; kills < kKills; ++round) {
    const std::string db = dir.file("db" + std::to_string(round));
    // One to three kills, each followed by a check, before the ingest may finish. Odd kills
    // come at a moment of the reference run's length (start-up and database creation
    // included); even ones once the store shows a random number of documents.
    for (int kill = 0; kill < 1 + round % 3; ++kill) {
      KgProcess ingest({"--db", db, "ingest", "--threads", "2", corpus});
      ++kills;
      if (kills % 2 == 1) {
        std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
        ingest.Kill();
      } else if (KillAfterProgress(ingest, db, progress(random))) {
        ++kills_mid_ingest;
      }
      if (!std::filesystem::exists(db)) continue;
      const RunResult check = RunKg("--db " + db + " check");
      INFO("round " << round << ", kill " << kill << ": " << check.output);
      REQUIRE(check.exit_code == 0);
    }
    const RunResult resumed = RunKg("--db " + db + " ingest " + corpus);
    INFO(resumed.output);
    REQUIRE(resumed.exit_code == 0);
    REQUIRE(Contents(db) == expected);
    std::filesystem::remove_all(db);
  }
  INFO(kills << " kills, " << kills_mid_ingest << " of them while documents were being stored");
  CHECK(kills >= 50);
  CHECK(kills_mid_ingest >= kKills / 4);
}

TEST_CASE("readers see one consistent state while an ingest writes", "[crash]") {
  constexpr std::size_t kDocuments = 120;
  constexpr std::size_t kPieces = 12;
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl");
  kg::testing::WriteCorpus(corpus, kDocuments);
  const std::string articles = ReadFile(corpus);
  const std::string db = "--db " + dir.file("kg.db") + " ";
  // The ingest reads standard input, so it runs until the test closes it; the readers run after
  // each piece of input is handed over, while the writer works on it.
  KgProcess ingest({"--db", dir.file("kg.db"), "ingest", "--jsonl", "-"}, /*pipe_stdin=*/true);
  ingest.WriteStdin(articles.substr(0, articles.find('\n') + 1));
  while (StoredDocuments(dir.file("kg.db")) < 1) {
    REQUIRE(ingest.Running());
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  std::size_t from = articles.find('\n') + 1;
  std::uint64_t last_documents = 0;
  for (std::size_t piece = 1; piece <= kPieces; ++piece) {
    std::size_t to = from;
    for (std::size_t line = 0; line < kDocuments / kPieces && to < articles.size(); ++line)
      to = articles.find('\n', to) + 1;
    ingest.WriteStdin(articles.substr(from, to - from));
    from = to;
    REQUIRE(ingest.Running());

    const RunResult stats = RunKg(db + "--json stats");
    INFO(stats.output);
    REQUIRE(stats.exit_code == 0);
    const std::uint64_t documents = nlohmann::json::parse(stats.output)["documents"];
    CHECK(documents >= last_documents);  // a later reader never sees less
    last_documents = documents;

    const RunResult check = RunKg(db + "check");
    INFO(check.output);
    CHECK(check.exit_code == 0);

    // Every edge of one export joins two nodes of that same export.
    const RunResult exported = RunKg(db + "export --format json -o -");
    REQUIRE(exported.exit_code == 0);
    const nlohmann::json graph = nlohmann::json::parse(exported.output);
    std::set<std::string> nodes;
    for (const nlohmann::json& node : graph["nodes"])
      nodes.insert(node["id"].dump());
    for (const nlohmann::json& link : graph["links"]) {
      CHECK(nodes.count(link["source"].dump()) == 1);
      CHECK(nodes.count(link["target"].dump()) == 1);
    }
    const RunResult neighbors = RunKg(db + "neighbors 'Lena Ortiz'");
    INFO(neighbors.output);
    CHECK(neighbors.exit_code == 0);
  }
  ingest.CloseStdin();
  CHECK(ingest.Wait() == 0);
  CHECK(StoredDocuments(dir.file("kg.db")) == kDocuments);
  CHECK(RunKg(db + "check").exit_code == 0);
}

TEST_CASE("readers work and a second writer is refused while an ingest runs", "[crash]") {
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl");
  kg::testing::WriteCorpus(corpus, 100);
  const std::string articles = ReadFile(corpus);
  const std::size_t half = articles.find("\n{\"id\": \"doc-50\"") + 1;
  const std::string db = "--db " + dir.file("kg.db") + " ";
  // The ingest reads standard input, so it runs until the test closes it.
  KgProcess ingest({"--db", dir.file("kg.db"), "ingest", "--jsonl", "-"}, /*pipe_stdin=*/true);
  ingest.WriteStdin(articles.substr(0, half));
  while (StoredDocuments(dir.file("kg.db")) < 50) {
    REQUIRE(ingest.Running());
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const RunResult second = RunKg(db + "ingest " + corpus);
  CHECK(second.exit_code == 1);
  CHECK(second.output.find("is in use by another kg process") != std::string::npos);
  const RunResult check = RunKg(db + "check");
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(RunKg(db + "docs").exit_code == 0);
  CHECK(RunKg(db + "export -o -").exit_code == 0);
  REQUIRE(ingest.Running());
  ingest.WriteStdin(articles.substr(half));
  ingest.CloseStdin();
  CHECK(ingest.Wait() == 0);
  CHECK(StoredDocuments(dir.file("kg.db")) == 100);
}
