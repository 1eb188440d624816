// These tests read Debian's WordNet (wordnet-base), which scripts/setup.sh installs.
#include "kg/gazetteer.h"

#include <catch2/catch.hpp>

#include "kg/extractor.h"
#include "kg/syntax/wordnet_files.h"
#include "vocabulary.h"

namespace {

// The place classes of kg's word lists (data/lexicon/words/place_classes/).
kg::PlaceClasses Classes() {
  auto words = kg::Vocabulary::Load(kg::DefaultDataDir() + "/lexicon/words");
  REQUIRE(words.ok());
  return {words->governed_place_classes.words(), words->country_classes.words(),
          words->celestial_classes.words()};
}

const kg::Gazetteer& WordNet() {
  static const kg::Gazetteer gazetteer = [] {
    kg::syntax::WordNetFiles wordnet("/usr/share/wordnet");
    auto loaded = kg::Gazetteer::LoadWordNet(wordnet, Classes());
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
  }();
  return gazetteer;
}

}  // namespace

TEST_CASE("WordNet instance nouns are typed by their most frequent sense", "[gazetteer]") {
  CHECK(WordNet().TypeOf("Putin") == kg::EntityType::kPerson);
  CHECK(WordNet().TypeOf("Germany") == kg::EntityType::kGpe);
  CHECK(WordNet().TypeOf("Moscow") == kg::EntityType::kGpe);
  CHECK(WordNet().TypeOf("Black Sea") == kg::EntityType::kLoc);
  CHECK(WordNet().TypeOf("Kremlin") == kg::EntityType::kOrg);
}

TEST_CASE("unknown names have no gazetteer type", "[gazetteer]") {
  CHECK_FALSE(WordNet().TypeOf("Kessel Harbour Authority").has_value());
}

TEST_CASE("demonyms map to the place they name", "[gazetteer]") {
  CHECK(WordNet().PlaceOfDemonym("Russian") == "Russia");
  CHECK(WordNet().PlaceOfDemonym("European") == "Europe");
  CHECK_FALSE(WordNet().PlaceOfDemonym("Russia").has_value());
}

TEST_CASE("capitals map to their country", "[gazetteer]") {
  CHECK(WordNet().CountryOfCapital("Moscow") == "Russia");
  CHECK(WordNet().CountryOfCapital("Berlin") == "Germany");
  CHECK_FALSE(WordNet().CountryOfCapital("Florida").has_value());
}

TEST_CASE("a missing WordNet folder is a clear error", "[gazetteer]") {
  kg::syntax::WordNetFiles wordnet("/nonexistent/wordnet");
  const auto loaded = kg::Gazetteer::LoadWordNet(wordnet, kg::PlaceClasses{});
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() ==
        "cannot open WordNet file /nonexistent/wordnet/data.noun: No such file or directory");
}
