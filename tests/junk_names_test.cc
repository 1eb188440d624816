// Amounts, section labels and sentence adverbs are no entities; titles never stay in a name.
#include <catch2/catch.hpp>

#include "entity_cleanup.h"
#include "extract_test_util.h"
#include "kg/extractor.h"

namespace {

const kg::Vocabulary& Words() {
  static const kg::Vocabulary words = [] {
    auto loaded = kg::Vocabulary::Load(kg::DefaultDataDir() + "/lexicon/words");
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
  }();
  return words;
}

std::string Clean(const std::string& name, kg::EntityType type = kg::EntityType::kPerson) {
  return kg::CleanEntityName(Words(), name, type).value_or("(none)");
}

std::vector<std::string> EntityNames(const kg::Extraction& extraction) {
  std::vector<std::string> names;
  for (const kg::Entity& entity : extraction.entities)
    names.push_back(entity.name);
  return names;
}

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("an amount in a currency is no entity", "[junk]") {
  CHECK(Clean("US$1.5") == "(none)");
  CHECK(Clean("GBP738") == "(none)");
  CHECK(Clean("Rs.30", kg::EntityType::kGpe) == "(none)");
  CHECK(Clean("€ 2,500") == "(none)");
  CHECK(Clean("GBP Holdings", kg::EntityType::kOrg) == "GBP Holdings");
}

TEST_CASE("a section label or a name without a letter is no entity", "[junk]") {
  CHECK(Clean("External links", kg::EntityType::kOrg) == "(none)");
  CHECK(Clean("2024", kg::EntityType::kOrg) == "(none)");
}

TEST_CASE("a sentence adverb is stripped from the front of a name", "[junk]") {
  CHECK(Clean("Afterwards Lena Ortiz") == "Lena Ortiz");
  CHECK(Clean("Meanwhile Quenby", kg::EntityType::kGpe) == "Quenby");
  CHECK(Clean("Afterwards") == "(none)");
}

TEST_CASE("a person's titles are stripped when a name is left", "[junk]") {
  CHECK(Clean("First Lady Elena Varga") == "Elena Varga");
  CHECK(Clean("President Tomas Varela") == "Tomas Varela");
  CHECK(Clean("Prime Minister") == "Prime Minister");  // nothing but titles: left as it is
  CHECK(Clean("Supreme Court", kg::EntityType::kOrg) == "Supreme Court");
}

TEST_CASE("an amount in the text makes no entity", "[junk]") {
  const auto names =
      EntityNames(kg::testing::Extract("Lena Ortiz paid US$1.5 to Paul Mensah in Quenby."));
  CHECK_FALSE(Has(names, "US$1.5"));
  CHECK(Has(names, "Lena Ortiz"));
}

TEST_CASE("an opening adverb and a title stay out of the names found", "[junk]") {
  const auto names = EntityNames(kg::testing::Extract(
      "Afterwards Lena Ortiz met First Lady Elena Varga. Varga thanked Ortiz."));
  CHECK_FALSE(Has(names, "Afterwards Lena Ortiz"));
  CHECK_FALSE(Has(names, "First Lady Elena Varga"));
  CHECK(Has(names, "Lena Ortiz"));
  CHECK(Has(names, "Elena Varga"));
}
