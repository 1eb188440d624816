// Likely duplicates for curation: a shared name whatever the types, a surname and its full name.
#include "kg/likely_duplicates.h"

#include <catch2/catch.hpp>

#include "store_test_util.h"

namespace {

using kg::testing::MakeEntity;
using kg::testing::MakeExtraction;
using kg::testing::TempDir;

std::vector<std::string> Pairs(const kg::Store& store) {
  const auto pairs = kg::FindLikelyDuplicates(store);
  REQUIRE(pairs.ok());
  std::vector<std::string> lines;
  for (const kg::LikelyDuplicate& pair : *pairs)
    lines.push_back(pair.first.name + " ~ " + pair.second.name + ": " + pair.reason);
  return lines;
}

kg::EntityRecord Node(std::string name, kg::EntityType type) {
  kg::EntityRecord node;
  node.name = std::move(name);
  node.type = type;
  return node;
}

// A store holding `nodes` as they are: an import joins no names, unlike an ingest.
std::unique_ptr<kg::Store> Imported(const TempDir& dir, std::vector<kg::EntityRecord> nodes) {
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  kg::ImportGraph graph;
  graph.nodes = std::move(nodes);
  REQUIRE(store->Import(std::move(graph)).ok());
  return store;
}

}  // namespace

TEST_CASE("a name two entities of different types share is listed", "[duplicates]") {
  TempDir dir;
  auto store = Imported(dir, {Node("Vesna Halloran", kg::EntityType::kPerson),
                              Node("Vesna Halloran", kg::EntityType::kOrg)});
  CHECK(Pairs(*store) == std::vector<std::string>{
                             "Vesna Halloran ~ Vesna Halloran: both are called 'vesna halloran'"});
}

TEST_CASE("a surname stored apart from its full name is listed with it", "[duplicates]") {
  TempDir dir;
  auto store = Imported(dir, {Node("Halloran", kg::EntityType::kPerson),
                              Node("Vesna Halloran", kg::EntityType::kPerson)});
  CHECK(Pairs(*store) ==
        std::vector<std::string>{"Halloran ~ Vesna Halloran: 'halloran' is the surname of Vesna "
                                 "Halloran"});
}

TEST_CASE("two spellings of one name are listed as one name", "[duplicates]") {
  TempDir dir;
  auto store = Imported(dir, {Node("Vesna Hallorán", kg::EntityType::kPerson),
                              Node("Vesna Halloran", kg::EntityType::kPerson)});
  CHECK(Pairs(*store) == std::vector<std::string>{
                             "Vesna Hallorán ~ Vesna Halloran: both are called 'vesna halloran'"});
}

TEST_CASE("distinct people are not listed", "[duplicates]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(
      store
          ->IngestDocument(
              MakeExtraction("d1", {MakeEntity("Ivo Brandis"), MakeEntity("Vesna Halloran")}), "h1")
          .ok());
  CHECK(Pairs(*store).empty());
}
