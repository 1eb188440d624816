#include "kg/store.h"

#include <rocksdb/db.h>

#include <catch2/catch.hpp>

#include "temp_dir.h"

namespace {

using kg::testing::TempDir;

// Two people who met, and an accusation, in one document.
kg::Extraction SampleExtraction(std::string doc_id = "doc-1", std::string relation = "met_with") {
  kg::Extraction extraction;
  extraction.doc_id = std::move(doc_id);
  extraction.date = "2024-03-02";
  extraction.entities = {
      {"Lena Ortiz", kg::EntityType::kPerson, {"Ortiz"}, {{"Lena Ortiz", 0, {0, 10}}}},
      {"Paul Mensah", kg::EntityType::kPerson, {}, {{"Paul Mensah", 0, {20, 31}}}}};
  kg::Fact fact;
  fact.relation = std::move(relation);
  fact.subject = 0;
  fact.object = 1;
  fact.date = extraction.date;
  fact.trigger = "met";
  fact.sentence_text = "Lena Ortiz met Paul Mensah.";
  extraction.facts = {fact};
  return extraction;
}

std::unique_ptr<kg::Store> OpenWritable(const TempDir& dir) {
  auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  REQUIRE(store.ok());
  return std::move(store).value();
}

std::vector<std::string> EdgeRelations(const kg::Store& store) {
  std::vector<std::string> relations;
  REQUIRE(store
              .ForEachEdge([&](const kg::EdgeRecord& edge) {
                relations.push_back(edge.relation);
                return true;
              })
              .ok());
  return relations;
}

}  // namespace

TEST_CASE("an ingested document's edges survive reopening the store", "[store]") {
  TempDir dir;
  {
    auto store = OpenWritable(dir);
    REQUIRE(store->IngestDocument(SampleExtraction(), "h1").ok());
  }
  kg::StoreOptions read_only;
  read_only.read_only = true;
  auto store = kg::Store::Open(dir.file("db"), read_only);
  REQUIRE(store.ok());
  CHECK(EdgeRelations(**store) == std::vector<std::string>{"met_with"});
  const auto stats = (*store)->Stats();
  CHECK(stats->documents == 1);
  CHECK(stats->entities == 2);
  CHECK(stats->edges == 1);
  CHECK(stats->evidence == 1);
}

TEST_CASE("ingesting the same document again changes nothing", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir);
  REQUIRE(*store->IngestDocument(SampleExtraction(), "h1") == kg::IngestOutcome::kAdded);
  REQUIRE(*store->IngestDocument(SampleExtraction(), "h1") == kg::IngestOutcome::kUnchanged);
  CHECK(store->Stats()->evidence == 1);
  CHECK(store->Stats()->documents == 1);
}

TEST_CASE("a different document with a stored id is refused and nothing is written", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir);
  REQUIRE(store->IngestDocument(SampleExtraction("doc-1", "met_with"), "h1").ok());
  REQUIRE(*store->IngestDocument(SampleExtraction("doc-1", "accused"), "h2") ==
          kg::IngestOutcome::kConflict);
  CHECK(EdgeRelations(*store) == std::vector<std::string>{"met_with"});
  CHECK(store->Stats()->documents == 1);
}

TEST_CASE(
    "a changed document asked to replace replaces its evidence and drops edges left "
    "without any",
    "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir);
  REQUIRE(store->IngestDocument(SampleExtraction("doc-1", "met_with"), "h1").ok());
  REQUIRE(*store->IngestDocument(SampleExtraction("doc-1", "accused"), "h2", /*replace=*/true) ==
          kg::IngestOutcome::kReplaced);
  CHECK(EdgeRelations(*store) == std::vector<std::string>{"accused"});
  CHECK(store->Stats()->evidence == 1);
  CHECK(store->Stats()->edges == 1);
}

TEST_CASE("the same edge from two documents counts both pieces of evidence", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir);
  REQUIRE(store->IngestDocument(SampleExtraction("doc-1"), "h1").ok());
  REQUIRE(store->IngestDocument(SampleExtraction("doc-2"), "h2").ok());
  std::uint64_t count = 0;
  REQUIRE(store
              ->ForEachEdge([&](const kg::EdgeRecord& edge) {
                count = edge.count;
                return true;
              })
              .ok());
  CHECK(count == 2);
  CHECK(store->Stats()->entities == 2);
}

TEST_CASE("entities are found by alias, case-insensitively", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir);
  REQUIRE(store->IngestDocument(SampleExtraction(), "h1").ok());
  const auto found = store->FindEntities("ORTIZ");
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  CHECK(found->front().name == "Lena Ortiz");
  CHECK(found->front().mention_count == 1);
}

TEST_CASE("incoming and outgoing edges are single prefix scans", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir);
  REQUIRE(store->IngestDocument(SampleExtraction("doc-1", "accused"), "h1").ok());
  const auto mensah = store->FindEntities("Paul Mensah");
  REQUIRE(mensah->size() == 1);
  std::vector<std::string> out;
  std::vector<std::string> in;
  REQUIRE(store
              ->ForEachEdgeOf(mensah->front().id, kg::Direction::kOut,
                              [&](const kg::EdgeRecord& e) {
                                out.push_back(e.relation);
                                return true;
                              })
              .ok());
  REQUIRE(store
              ->ForEachEdgeOf(mensah->front().id, kg::Direction::kIn,
                              [&](const kg::EdgeRecord& e) {
                                in.push_back(e.relation);
                                return true;
                              })
              .ok());
  CHECK(out.empty());
  CHECK(in == std::vector<std::string>{"accused"});
}

TEST_CASE("a second writer is refused with a busy error", "[store]") {
  TempDir dir;
  auto first = OpenWritable(dir);
  const auto second = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == kg::Status::Code::kBusy);
  CHECK(second.status().message().find("in use") != std::string::npos);
}

TEST_CASE("a reader can open the store while a writer holds it", "[store]") {
  TempDir dir;
  auto writer = OpenWritable(dir);
  REQUIRE(writer->IngestDocument(SampleExtraction(), "h1").ok());
  kg::StoreOptions read_only;
  read_only.read_only = true;
  const auto reader = kg::Store::Open(dir.file("db"), read_only);
  REQUIRE(reader.ok());
  CHECK((*reader)->Stats()->documents == 1);
}

TEST_CASE("opening a missing database read-only says there is none", "[store]") {
  TempDir dir;
  kg::StoreOptions read_only;
  read_only.read_only = true;
  const auto store = kg::Store::Open(dir.file("absent"), read_only);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == kg::Status::Code::kNotFound);
}

TEST_CASE("a database with a newer schema version is refused", "[store]") {
  TempDir dir;
  OpenWritable(dir).reset();
  {
    rocksdb::DB* raw = nullptr;
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.file("db"), &names).ok());
    for (const std::string& name : names)
      families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), dir.file("db"), families, &handles, &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    const auto meta = std::find(names.begin(), names.end(), "meta") - names.begin();
    const std::string version("\0\0\0\0\0\0\0\x63", 8);  // 99
    REQUIRE(db->Put(rocksdb::WriteOptions(), handles[meta], "schema_version", version).ok());
    for (auto* handle : handles)
      db->DestroyColumnFamilyHandle(handle);
  }
  const auto store = kg::Store::Open(dir.file("db"), kg::StoreOptions{});
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == kg::Status::Code::kNotSupported);
  CHECK(store.status().message().find("newer") != std::string::npos);
}
