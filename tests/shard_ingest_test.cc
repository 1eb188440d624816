// IngestShards (kg/shard_ingest.h) on hand-written shard files: records stored in seq order
// whatever the order of the files, through the store's ordinary ingest, and nothing stored when
// any line of any file is bad.
#include "kg/shard_ingest.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "kg/fact_json.h"
#include "store_test_util.h"

namespace {

using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::MakeFact;
using kg::testing::OpenStoreAt;
using kg::testing::TempDir;

// Three documents in input order: the first to name an entity gives it the lower id.
std::vector<kg::ShardRecord> Records() {
  return {
      {0, "h0",
       MakeExtraction("d0", {MakeEntity("Edda Lorn"), MakeEntity("Piet Sahl")},
                      {MakeFact("met_with", 0, 1, true)})},
      {1, "h1",
       MakeExtraction("d1", {MakeEntity("Rune Okker"), MakeEntity("Edda Lorn")},
                      {MakeFact("accused", 0, 1)})},
      {2, "h2",
       MakeExtraction("d2", {MakeEntity("Ysolde Marr"), MakeEntity("Rune Okker")},
                      {MakeFact("criticized", 0, 1)})},
  };
}

std::string WriteShard(const TempDir& dir, const std::string& name,
                       const std::vector<kg::ShardRecord>& records,
                       const std::string& extra_line = "") {
  const std::string path = dir.file(name);
  std::ofstream out(path, std::ios::binary);
  for (const kg::ShardRecord& record : records)
    out << kg::JsonLine(kg::ShardRecordJson(record)) << "\n";
  out << extra_line;
  return path;
}

// Entity ids with their names, in id order.
std::vector<std::string> IdsAndNames(const kg::Store& store) {
  std::vector<std::string> lines;
  REQUIRE(store
              .ForEachEntity([&](const kg::EntityRecord& entity) {
                lines.push_back(std::to_string(entity.id) + " " + entity.name);
                return true;
              })
              .ok());
  return lines;
}

kg::Status Ingest(const std::vector<std::string>& paths, kg::Store& store) {
  return kg::IngestShards(paths, store, kg::ShardIngestOptions{},
                          [](const kg::IngestedShardRecord&) {});
}

}  // namespace

TEST_CASE("shards given in any order are stored in seq order, as one ingest would",
          "[shard-ingest]") {
  TempDir dir;
  const std::vector<kg::ShardRecord> records = Records();
  auto single = OpenStoreAt(dir.file("single.db"));
  for (const kg::ShardRecord& record : records)
    REQUIRE(single->IngestDocument(record.extraction, record.content_hash).ok());
  // Partition 1 of 2 holds seq 1; partition 0 holds seqs 0 and 2. Given last-first.
  const std::string odd = WriteShard(dir, "odd.jsonl", {records[1]});
  const std::string even = WriteShard(dir, "even.jsonl", {records[0], records[2]});
  auto merged = OpenStoreAt(dir.file("merged.db"));
  REQUIRE(Ingest({odd, even}, *merged).ok());
  CHECK(IdsAndNames(*merged) == IdsAndNames(*single));
}

TEST_CASE("a shard stored twice leaves every record unchanged", "[shard-ingest]") {
  TempDir dir;
  const std::string shard = WriteShard(dir, "all.jsonl", Records());
  auto store = OpenStoreAt(dir.file("kg.db"));
  REQUIRE(Ingest({shard}, *store).ok());
  std::vector<kg::IngestOutcome> outcomes;
  REQUIRE(kg::IngestShards(
              {shard}, *store, kg::ShardIngestOptions{},
              [&](const kg::IngestedShardRecord& result) { outcomes.push_back(result.outcome); })
              .ok());
  CHECK(outcomes == std::vector<kg::IngestOutcome>(3, kg::IngestOutcome::kUnchanged));
}

TEST_CASE("a malformed line in a later shard stores nothing and names the file and line",
          "[shard-ingest]") {
  TempDir dir;
  const std::vector<kg::ShardRecord> records = Records();
  const std::string good = WriteShard(dir, "good.jsonl", {records[0]});
  const std::string bad = WriteShard(dir, "bad.jsonl", {records[1]}, "{\"seq\": 2,\n");
  auto store = OpenStoreAt(dir.file("kg.db"));
  const kg::Status status = Ingest({good, bad}, *store);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == bad + ":2: not a shard record: malformed JSON");
  CHECK(store->Stats()->documents == 0);
}

TEST_CASE("a shard whose seqs go down is refused", "[shard-ingest]") {
  TempDir dir;
  const std::vector<kg::ShardRecord> records = Records();
  const std::string shard = WriteShard(dir, "shuffled.jsonl", {records[2], records[0]});
  auto store = OpenStoreAt(dir.file("kg.db"));
  const kg::Status status = Ingest({shard}, *store);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message().find("shuffled.jsonl:2: seq 0 follows seq 2") != std::string::npos);
  CHECK(store->Stats()->documents == 0);
}

TEST_CASE("a missing shard file is an error before anything is stored", "[shard-ingest]") {
  TempDir dir;
  const std::string good = WriteShard(dir, "good.jsonl", Records());
  auto store = OpenStoreAt(dir.file("kg.db"));
  const kg::Status status = Ingest({good, dir.file("absent.jsonl")}, *store);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message().find("absent.jsonl: cannot open") != std::string::npos);
  CHECK(store->Stats()->documents == 0);
}
