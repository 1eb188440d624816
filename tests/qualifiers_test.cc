// Qualifiers on each piece of evidence: modality, source, agent, location, date; and sentences
// that must yield no fact.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::FindFact;
using kg::testing::HasRelation;

namespace {

std::string ModalityOf(const std::string& text, std::string_view subject, std::string_view relation,
                       std::string_view object) {
  const kg::Extraction extraction = Extract(text);
  const kg::Fact* fact = FindFact(extraction, subject, relation, object);
  return fact == nullptr ? "no fact" : fact->modality;
}

}  // namespace

TEST_CASE("a plain statement is asserted", "[qualifiers]") {
  CHECK(ModalityOf("Lena Ortiz met Paul Mensah.", "Lena Ortiz", "met_with", "Paul Mensah") ==
        "asserted");
}

TEST_CASE("a negated verb is negated", "[qualifiers]") {
  CHECK(ModalityOf("Lena Ortiz did not meet Paul Mensah.", "Lena Ortiz", "met_with",
                   "Paul Mensah") == "negated");
}

TEST_CASE("a fact someone said is reported, with the sayer as source", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Lena Ortiz said Paul Mensah had met Ivo Marsh.");
  const kg::Fact* fact = FindFact(extraction, "Paul Mensah", "met_with", "Ivo Marsh");
  REQUIRE(fact != nullptr);
  CHECK(fact->modality == "reported");
  CHECK(fact->source == "Lena Ortiz");
}

TEST_CASE("a fact someone claimed is claimed, with the claimant as source", "[qualifiers]") {
  const kg::Extraction extraction =
      Extract("Lena Ortiz claimed that Paul Mensah had attacked Ivo Marsh.");
  const kg::Fact* fact = FindFact(extraction, "Paul Mensah", "attacked", "Ivo Marsh");
  REQUIRE(fact != nullptr);
  CHECK(fact->modality == "claimed");
  CHECK(fact->source == "Lena Ortiz");
}

TEST_CASE("a future event is planned", "[qualifiers]") {
  CHECK(ModalityOf("Lena Ortiz will meet Paul Mensah in Accra.", "Lena Ortiz", "met_with",
                   "Paul Mensah") == "planned");
}

TEST_CASE("a tried action is attempted", "[qualifiers]") {
  CHECK(ModalityOf("Lena Ortiz tried to capture Paul Mensah.", "Lena Ortiz", "captured",
                   "Paul Mensah") == "attempted");
}

TEST_CASE("an action under if is conditional", "[qualifiers]") {
  CHECK(ModalityOf("If Lena Ortiz invades Ghana, the army will respond.", "Lena Ortiz", "attacked",
                   "Ghana") == "conditional");
}

TEST_CASE("a group word before a demonym's noun is the agent", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Ghanaian troops captured Lome.");
  const kg::Fact* fact = FindFact(extraction, "Ghana", "captured", "Lome");
  REQUIRE(fact != nullptr);
  CHECK(fact->agent == "military");
}

TEST_CASE("group words from the agents dictionary give their agent", "[qualifiers]") {
  const kg::Extraction attack = Extract("Ghanaian warships shelled Lome.");
  const kg::Fact* attacked = FindFact(attack, "Ghana", "attacked", "Lome");
  REQUIRE(attacked != nullptr);
  CHECK(attacked->agent == "military");
  const kg::Extraction criticism = Extract("Ghanaian legislators criticized Paul Mensah.");
  const kg::Fact* criticized = FindFact(criticism, "Ghana", "criticized", "Paul Mensah");
  REQUIRE(criticized != nullptr);
  CHECK(criticized->agent == "legislature");
}

TEST_CASE("a place the clause names is the location", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Lena Ortiz met Paul Mensah in Accra.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->location == "Accra");
}

TEST_CASE("the date is the document's date when the sentence pins none", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Lena Ortiz met Paul Mensah.");
  REQUIRE(!extraction.facts.empty());
  CHECK(extraction.facts.front().date == "2024-05-01");
}

TEST_CASE("a weekday is the latest such day on or before the document date", "[qualifiers]") {
  // The test document is dated Wednesday 2024-05-01.
  const kg::Extraction extraction = Extract("On Monday, Lena Ortiz met Paul Mensah.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->date == "2024-04-29");
}

TEST_CASE("a weekday in a future clause is the next such day", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Lena Ortiz will meet Paul Mensah on Friday.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->date == "2024-05-03");
}

TEST_CASE("a month and day are in the document's year", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Lena Ortiz met Paul Mensah on March 6.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->date == "2024-03-06");
}

TEST_CASE("a year of its own is the event's date, not the document's", "[qualifiers]") {
  const kg::Extraction extraction = Extract("In 1998, Lena Ortiz met Paul Mensah.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->date == "1998");
}

TEST_CASE("yesterday is the day before the document date", "[qualifiers]") {
  const kg::Extraction extraction = Extract("Lena Ortiz met Paul Mensah yesterday.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->date == "2024-04-30");
}

TEST_CASE("a question yields no fact", "[no-fact]") {
  CHECK(Extract("Did Lena Ortiz meet Paul Mensah?").facts.empty());
}

TEST_CASE("names in one sentence without a trigger yield no fact", "[no-fact]") {
  CHECK(Extract("Lena Ortiz and Paul Mensah were both in Accra on the day.").facts.empty());
}

TEST_CASE("a trigger whose object is no entity yields no fact", "[no-fact]") {
  CHECK_FALSE(HasRelation(Extract("Lena Ortiz criticized the decision."), "criticized"));
}

TEST_CASE("a reported plan stays planned, with the reporter as source", "[qualifiers]") {
  const kg::Extraction extraction =
      Extract("Tarvel News reported that Lena Ortiz was expected to meet Paul Mensah in Accra.");
  const kg::Fact* fact = FindFact(extraction, "Lena Ortiz", "met_with", "Paul Mensah");
  REQUIRE(fact != nullptr);
  CHECK(fact->modality == "planned");
  CHECK(fact->source == "Tarvel News");
}

TEST_CASE("a commitment to act is planned", "[qualifiers]") {
  CHECK(ModalityOf("Ghana committed to send troops to Togo.", "Ghana", "supported", "Togo") ==
        "planned");
}

TEST_CASE("according to X reports the sentence, with X as source", "[qualifiers]") {
  const kg::Extraction extraction =
      Extract("According to Tarvel News, Ghana backs the Tarvel Front.");
  const kg::Fact* fact = FindFact(extraction, "Ghana", "supported", "Tarvel Front");
  REQUIRE(fact != nullptr);
  CHECK(fact->modality == "reported");
  CHECK(fact->source == "Tarvel News");
}

struct ModalityCase {
  const char* construction;
  const char* text;
  const char* modality;
};

TEST_CASE("the clause above a trigger says whether its fact happened", "[qualifiers]") {
  const ModalityCase cases[] = {
      {"a refusal", "Lena Ortiz refused to meet Paul Mensah.", "negated"},
      {"a failure", "Lena Ortiz failed to meet Paul Mensah.", "negated"},
      {"a denial with a gerund", "Lena Ortiz denied meeting Paul Mensah.", "negated"},
      {"a negated attempt", "Lena Ortiz did not try to meet Paul Mensah.", "negated"},
      {"a negated expectation", "Lena Ortiz was not expected to meet Paul Mensah.", "negated"},
      {"an expectation", "Lena Ortiz is expected to meet Paul Mensah.", "planned"},
      {"a threat", "Lena Ortiz threatened to meet Paul Mensah.", "planned"},
      {"an alleging adverb", "Lena Ortiz allegedly met Paul Mensah.", "claimed"},
      {"a reporting adverb", "Lena Ortiz reportedly met Paul Mensah.", "reported"},
      {"a passive claim verb", "Lena Ortiz is alleged to have met Paul Mensah.", "claimed"},
      {"a passive speech verb", "Lena Ortiz is said to have met Paul Mensah.", "reported"},
      {"the clause of a claim noun",
       "An allegation that Lena Ortiz met Paul Mensah in secret has surfaced.", "claimed"},
  };
  for (const ModalityCase& c : cases) {
    DYNAMIC_SECTION(c.construction) {
      CHECK(ModalityOf(c.text, "Lena Ortiz", "met_with", "Paul Mensah") == c.modality);
    }
  }
}

TEST_CASE("a future clause makes its complement planned", "[qualifiers]") {
  CHECK(ModalityOf("Lena Ortiz would start meeting Paul Mensah every week.", "Lena Ortiz",
                   "met_with", "Paul Mensah") == "planned");
}
