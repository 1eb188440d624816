// Crash safety: kg ingest killed with SIGKILL at random moments never leaves a damaged store,
// and running it again finishes the job as if nothing had happened. Also: readers work, and a
// second writer is refused, while an ingest runs.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

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

}  // namespace

TEST_CASE("an ingest killed at random moments resumes to the same store", "[crash]") {
  constexpr std::size_t kDocuments = 1500;
  const auto budget = std::chrono::seconds(25);
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
  const auto start = Clock::now();
  int rounds = 0;
  int kills_mid_ingest = 0;
  while (rounds < 5 || (Clock::now() - start < budget && rounds < 100)) {
    ++rounds;
    const std::string db = dir.file("db" + std::to_string(rounds));
    // One to three kills, each followed by a check, before the ingest may finish.
    for (int kill = 0; kill < 1 + rounds % 3; ++kill) {
      KgProcess ingest({"--db", db, "ingest", "--threads", "2", corpus});
      std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
      ingest.Kill();
      if (!std::filesystem::exists(db)) continue;
      const std::uint64_t stored = StoredDocuments(db);
      if (stored > 0 && stored < kDocuments) ++kills_mid_ingest;
      const RunResult check = RunKg("--db " + db + " check");
      INFO("round " << rounds << ", kill " << kill << ": " << check.output);
      REQUIRE(check.exit_code == 0);
    }
    const RunResult resumed = RunKg("--db " + db + " ingest " + corpus);
    INFO(resumed.output);
    REQUIRE(resumed.exit_code == 0);
    REQUIRE(Contents(db) == expected);
    std::filesystem::remove_all(db);
  }
  INFO(rounds << " rounds, " << kills_mid_ingest << " kills in mid-ingest");
  CHECK(kills_mid_ingest >= 3);
}

TEST_CASE("readers work and a second writer is refused while an ingest runs", "[crash]") {
  TempDir dir;
  const std::string corpus = dir.file("corpus.jsonl");
  kg::testing::WriteCorpus(corpus, 100);
  std::ifstream in(corpus);
  const std::string articles((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
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
