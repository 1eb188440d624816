// Check, migration, document listing and backup of a store.
#include <rocksdb/write_batch.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "schema.h"
#include "store_test_util.h"

namespace {

using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::MakeFact;
using kg::testing::OnlyEntityNamed;
using kg::testing::RawDb;
using kg::testing::TempDir;
using kg::testing::Violations;

// Lena Ortiz met Paul Mensah in d1 and accused him in d2.
void Populate(const std::string& path) {
  auto store = kg::testing::OpenStoreAt(path);
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d1", {MakeEntity("Lena Ortiz"), MakeEntity("Paul Mensah")},
                                 {MakeFact("met_with", 0, 1, true)}),
                  "h1")
              .ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d2", {MakeEntity("Lena Ortiz"), MakeEntity("Paul Mensah")},
                                 {MakeFact("accused", 0, 1)}),
                  "h2")
              .ok());
}

bool Mentions(const std::vector<std::string>& violations, const std::string& text) {
  for (const std::string& violation : violations) {
    if (violation.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("check finds no violation in a store built by ingests", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  CHECK(Violations(*store).empty());
}

TEST_CASE("check reports a missing mirror, a dangling alias and a wrong counter", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    RawDb raw(dir.file("db"));
    const auto in_edges = raw.All("edges_in");
    REQUIRE(in_edges.size() == 2);
    REQUIRE(
        raw.db()->Delete(rocksdb::WriteOptions(), raw.family("edges_in"), in_edges[0].first).ok());
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("aliases"),
                      kg::store::AliasKey("nobody", 99), "")
                .ok());
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("meta"), "count/documents",
                      std::string("\0\0\0\0\0\0\0\x07", 8))
                .ok());
  }
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  const std::vector<std::string> violations = Violations(*store);
  CHECK(violations.size() == 3);
  CHECK(Mentions(violations, "no mirror in edges_in"));
  CHECK(Mentions(violations, "alias 'nobody' -> entity 99: no such entity"));
  CHECK(Mentions(violations, "counter count/documents is 7 but there are 2 documents"));
}

TEST_CASE("check reports evidence whose document is gone and edges that miscount", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    RawDb raw(dir.file("db"));
    REQUIRE(raw.db()->Delete(rocksdb::WriteOptions(), raw.family("documents"), "d2").ok());
  }
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  const std::vector<std::string> violations = Violations(*store);
  CHECK(Mentions(violations, "from document 'd2': no such document"));
  CHECK(Mentions(violations, "counter count/documents is 2 but there are 1 documents"));
}

TEST_CASE("an edge bulk-imported without evidence passes check when marked imported", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    RawDb raw(dir.file("db"));
    auto out_edges = raw.All("edges_out");
    REQUIRE(out_edges.size() == 2);
    kg::store::EdgeValue edge;
    REQUIRE(kg::store::DecodeEdge(out_edges[0].second, &edge));
    edge.count += 5;
    edge.imported = 5;
    const std::string value = kg::store::EncodeEdge(edge);
    const kg::store::EdgeKey key = kg::store::ParseOutEdgeKey(out_edges[0].first);
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("edges_out"), out_edges[0].first, value)
                .ok());
    REQUIRE(
        raw.db()
            ->Put(rocksdb::WriteOptions(), raw.family("edges_in"), kg::store::InEdgeKey(key), value)
            .ok());
  }
  {
    auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
    CHECK(Violations(*store).empty());
  }
  {
    RawDb raw(dir.file("db"));
    auto out_edges = raw.All("edges_out");
    kg::store::EdgeValue edge;
    REQUIRE(kg::store::DecodeEdge(out_edges[0].second, &edge));
    edge.imported = 0;
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("edges_out"), out_edges[0].first,
                      kg::store::EncodeEdge(edge))
                .ok());
  }
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  const std::vector<std::string> violations = Violations(*store);
  CHECK(Mentions(violations, "count 6 but 1 pieces of evidence and 0 imported"));
}

TEST_CASE("recounting totals repairs wrong counters", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    RawDb raw(dir.file("db"));
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("meta"), "count/edges",
                      std::string("\0\0\0\0\0\0\0\x09", 8))
                .ok());
  }
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  CHECK(Violations(*store).size() == 1);
  REQUIRE(store->RecountTotals().ok());
  CHECK(store->Stats()->edges == 2);
  CHECK(Violations(*store).empty());
}

TEST_CASE("a database of an older schema is migrated when opened for writing", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    // Turn it back into what versions 1 and 2 wrote: no surnames or mentions families (edges
    // without imports are still written in edge encoding 1).
    RawDb raw(dir.file("db"));
    raw.Drop("surnames");
    raw.Drop("mentions");
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("meta"), "schema_version",
                      std::string("\0\0\0\0\0\0\0\x01", 8))
                .ok());
  }
  kg::StoreOptions read_only;
  read_only.read_only = true;
  const auto refused = kg::Store::Open(dir.file("db"), read_only);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message().find("kg check --repair") != std::string::npos);

  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  CHECK(Violations(*store).empty());
  REQUIRE(store->IngestDocument(MakeExtraction("d3", {MakeEntity("Mensah")}), "h3").ok());
  CHECK(store->Stats()->entities == 2);
}

TEST_CASE("documents are listed in id order with their evidence counts", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  std::vector<std::string> listed;
  REQUIRE(store
              ->ForEachDocument([&](const kg::DocumentRecord& document) {
                listed.push_back(document.id + " " + document.date + " " +
                                 std::to_string(document.evidence) + " " +
                                 std::to_string(document.entities));
                return true;
              })
              .ok());
  CHECK(listed == std::vector<std::string>{"d1 2024-03-02 1 2", "d2 2024-03-02 1 2"});
}

TEST_CASE("a backup is a database with the same contents", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
    REQUIRE(store->Backup(dir.file("copy")).ok());
    CHECK(store->Backup(dir.file("copy")).code() == kg::Status::Code::kInvalidArgument);
  }
  auto copy = kg::testing::OpenStoreAt(dir.file("copy"), /*read_only=*/true);
  CHECK(copy->Stats()->documents == 2);
  CHECK(copy->Stats()->edges == 2);
  CHECK(Violations(*copy).empty());
}

TEST_CASE("a bulk import passes check, and its people resolve by surname", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  kg::ImportGraph graph;
  graph.nodes = {{0, "Ada Lindqvist", kg::EntityType::kPerson, {}, 7, {}, {}},
                 {0, "Kessel", kg::EntityType::kGpe, {}, 0, {}, {}}};
  graph.relations = {"visited"};
  graph.edges = {{0, 0, 1, 3, 1.5, "2024-01-01", "2024-02-01"}};
  REQUIRE(store->Import(graph).ok());
  CHECK(Violations(*store).empty());
  REQUIRE(store->IngestDocument(MakeExtraction("d3", {MakeEntity("Lindqvist")}), "h3").ok());
  CHECK(store->Stats()->entities == 4);
  CHECK(Violations(*store).empty());
}

TEST_CASE("a version 4 database gets name indexes keyed by folded names when opened for writing",
          "[check]") {
  TempDir dir;
  {
    auto store = kg::testing::OpenStoreAt(dir.file("db"));
    REQUIRE(
        store->IngestDocument(MakeExtraction("d1", {MakeEntity("Tomas Wiśniewski")}), "h1").ok());
  }
  {
    // What version 4 wrote: entries keyed by NameKey, which keeps letters outside ASCII.
    RawDb raw(dir.file("db"));
    rocksdb::WriteBatch batch;
    batch.Delete(raw.family("aliases"), kg::store::AliasKey("tomas wisniewski", 1));
    batch.Put(raw.family("aliases"), kg::store::AliasKey("tomas wiśniewski", 1), "");
    batch.Delete(raw.family("surnames"), kg::store::AliasKey("wisniewski", 1));
    batch.Put(raw.family("surnames"), kg::store::AliasKey("wiśniewski", 1), "");
    batch.Put(raw.family("meta"), "schema_version", std::string("\0\0\0\0\0\0\0\x04", 8));
    REQUIRE(raw.db()->Write(rocksdb::WriteOptions(), &batch).ok());
  }
  kg::StoreOptions read_only;
  read_only.read_only = true;
  CHECK_FALSE(kg::Store::Open(dir.file("db"), read_only).ok());

  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  CHECK(Violations(*store).empty());
  CHECK(OnlyEntityNamed(*store, "Tomas Wisniewski").id == 1);
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Wisniewski")}), "h2").ok());
  CHECK(store->Stats()->entities == 1);
}

TEST_CASE("check reports an entity whose type is not the one its mentions voted for", "[check]") {
  TempDir dir;
  Populate(dir.file("db"));
  {
    RawDb raw(dir.file("db"));
    kg::EntityRecord lena;
    lena.name = "Lena Ortiz";
    lena.type = kg::EntityType::kOrg;
    lena.mention_count = 2;
    lena.type_votes = {2, 0, 0, 0};
    REQUIRE(raw.db()
                ->Put(rocksdb::WriteOptions(), raw.family("entities"), kg::store::EntityKey(1),
                      kg::store::EncodeEntity(lena))
                .ok());
  }
  auto store = kg::testing::OpenStoreAt(dir.file("db"), /*read_only=*/true);
  CHECK(Mentions(Violations(*store), "most of its mentions were a PERSON"));
}
