#include "kg/alias_table.h"

#include <catch2/catch.hpp>

namespace {

kg::AliasTable Table() {
  kg::AliasTable table;
  REQUIRE(table
              .Parse(R"({"format": "kg-alias-table", "version": 1,
                 "entities": {"United States": {"type": "GPE", "aliases": ["US", "America"]}},
                 "seats_of_government": {"Kremlin": "Russia"}})",
                     "test")
              .ok());
  return table;
}

}  // namespace

TEST_CASE("short forms resolve to the canonical name and type", "[aliases]") {
  const auto resolved = Table().Resolve("America");
  REQUIRE(resolved.has_value());
  CHECK(resolved->name == "United States");
  CHECK(resolved->type == kg::EntityType::kGpe);
}

TEST_CASE("acronyms match only in capitals", "[aliases]") {
  CHECK(Table().Resolve("US").has_value());
  CHECK_FALSE(Table().Resolve("us").has_value());
}

TEST_CASE("seats of government map to their state", "[aliases]") {
  CHECK(Table().StateOfSeat("the kremlin") == std::nullopt);
  CHECK(Table().StateOfSeat("Kremlin") == "Russia");
}

TEST_CASE("a user's table overrides and extends the built-in one", "[aliases]") {
  kg::AliasTable table = Table();
  REQUIRE(table
              .Parse(R"({"format": "kg-alias-table", "version": 1,
                 "entities": {"USA": {"type": "GPE", "aliases": ["America"]}}})",
                     "mine")
              .ok());
  CHECK(table.Resolve("America")->name == "USA");
  CHECK(table.Resolve("US")->name == "United States");
}

TEST_CASE("an alias table entity without a valid type is refused", "[aliases]") {
  kg::AliasTable table;
  const kg::Status status = table.Parse(
      R"({"format": "kg-alias-table", "version": 1, "entities": {"X": {"type": "THING"}}})", "bad");
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "bad: entity X needs a \"type\" of PERSON, GPE, ORG or LOC");
}

TEST_CASE("an alias table whose format marker is not a string is refused", "[aliases]") {
  kg::AliasTable table;
  CHECK_FALSE(table.Parse(R"({"format": 2211111111222})", "odd.json").ok());
}
