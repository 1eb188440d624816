#include "kg/extractor.h"

#include <catch2/catch.hpp>

namespace {

kg::Extraction ExtractText(std::string text) {
  const auto extractor = kg::Extractor::Create(kg::ExtractorOptions{});
  REQUIRE(extractor.ok());
  return extractor->Extract(kg::Document{"doc", "2024-05-01", std::move(text)});
}

const kg::Fact* FindFact(const kg::Extraction& extraction, std::string_view relation) {
  for (const kg::Fact& fact : extraction.facts) {
    if (fact.relation == relation) return &fact;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a trigger links the nearest names on either side", "[extractor]") {
  const kg::Extraction extraction = ExtractText("Lena Ortiz met with Paul Mensah in Accra.");
  const kg::Fact* fact = FindFact(extraction, "met_with");
  REQUIRE(fact != nullptr);
  CHECK(extraction.entities[fact->subject].name == "Lena Ortiz");
  CHECK(extraction.entities[fact->object].name == "Paul Mensah");
  CHECK(fact->symmetric);
  CHECK(fact->trigger == "met with");
  CHECK(fact->date == "2024-05-01");
}

TEST_CASE("a surname alone joins the full name seen in the document", "[extractor]") {
  const kg::Extraction extraction =
      ExtractText("Lena Ortiz arrived on Sunday. Later Ortiz accused Paul Mensah of lying.");
  const kg::Fact* fact = FindFact(extraction, "accused");
  REQUIRE(fact != nullptr);
  const kg::Entity& subject = extraction.entities[fact->subject];
  CHECK(subject.name == "Lena Ortiz");
  CHECK(subject.type == kg::EntityType::kPerson);
  CHECK(subject.aliases == std::vector<std::string>{"Ortiz"});
  CHECK(subject.mentions.size() == 2);
}

TEST_CASE("evidence carries the sentence, its span and the trigger span", "[extractor]") {
  const std::string text = "Nothing happened. The Red Brigade captured Tarvel.";
  const kg::Extraction extraction = ExtractText(text);
  const kg::Fact* fact = FindFact(extraction, "captured");
  REQUIRE(fact != nullptr);
  CHECK(fact->sentence == 1);
  CHECK(fact->sentence_text == "The Red Brigade captured Tarvel.");
  CHECK(text.substr(fact->sentence_span.begin,
                    fact->sentence_span.end - fact->sentence_span.begin) == fact->sentence_text);
  CHECK(text.substr(fact->trigger_span.begin, fact->trigger_span.end - fact->trigger_span.begin) ==
        "captured");
}

TEST_CASE("a sentence with names but no trigger yields no fact", "[extractor]") {
  CHECK(ExtractText("Lena Ortiz and Paul Mensah were both in Accra.").facts.empty());
}

TEST_CASE("a trigger with a name on one side only yields no fact", "[extractor]") {
  CHECK(ExtractText("It captured Tarvel.").facts.empty());
}

TEST_CASE("a demonym with a group word resolves to the place, keeping the group as agent",
          "[extractor]") {
  const kg::Extraction extraction = ExtractText("Russian troops captured the town of Tarvel.");
  const kg::Fact* fact = FindFact(extraction, "captured");
  REQUIRE(fact != nullptr);
  CHECK(extraction.entities[fact->subject].name == "Russia");
  CHECK(fact->agent == "military");
}

TEST_CASE("a capital acting as an actor is its country", "[extractor]") {
  const kg::Extraction extraction = ExtractText("Moscow accused Berlin of spying on Monday.");
  const kg::Fact* fact = FindFact(extraction, "accused");
  REQUIRE(fact != nullptr);
  CHECK(extraction.entities[fact->subject].name == "Russia");
  CHECK(extraction.entities[fact->object].name == "Germany");
}

TEST_CASE("a capital as a destination stays the city", "[extractor]") {
  const kg::Extraction extraction = ExtractText("Lena Ortiz visited Moscow in May.");
  const kg::Fact* fact = FindFact(extraction, "visited");
  REQUIRE(fact != nullptr);
  CHECK(extraction.entities[fact->object].name == "Moscow");
}

TEST_CASE("short forms become one canonical entity", "[extractor]") {
  const kg::Extraction extraction =
      ExtractText("The U.S. envoy arrived. America backed Tarvia. Washington denied it.");
  std::size_t united_states = 0;
  for (const kg::Entity& entity : extraction.entities) {
    if (entity.name == "United States") ++united_states;
  }
  CHECK(united_states == 1);
}
