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

}  // namespace

TEST_CASE("a name two entities of different types share is listed", "[duplicates]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Vesna Halloran")}), "h1").ok());
  REQUIRE(store
              ->IngestDocument(
                  MakeExtraction("d2", {MakeEntity("Vesna Halloran", kg::EntityType::kOrg)}), "h2")
              .ok());
  CHECK(Pairs(*store) == std::vector<std::string>{
                             "Vesna Halloran ~ Vesna Halloran: both are called 'vesna halloran'"});
}

TEST_CASE("a surname stored before its full name is listed with it", "[duplicates]") {
  TempDir dir;
  auto store = kg::testing::OpenStoreAt(dir.file("db"));
  REQUIRE(store->IngestDocument(MakeExtraction("d1", {MakeEntity("Halloran")}), "h1").ok());
  REQUIRE(store->IngestDocument(MakeExtraction("d2", {MakeEntity("Vesna Halloran")}), "h2").ok());
  CHECK(Pairs(*store) ==
        std::vector<std::string>{"Halloran ~ Vesna Halloran: 'halloran' is the surname of Vesna "
                                 "Halloran"});
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
