#include "kg/evaluation.h"

#include <catch2/catch.hpp>

namespace {

constexpr std::string_view kGold = R"(
{"doc": "d1", "entity": "Lena Ortiz", "type": "PERSON", "aliases": ["Ortiz"]}
{"doc": "d1", "entity": "Tarvia", "type": "GPE", "aliases": ["Tarvel"]}
{"doc": "d1", "entity": "Paul Mensah", "type": "PERSON", "aliases": []}
{"doc": "d1", "subj": "Lena Ortiz", "rel": "met_with", "obj": "Paul Mensah", "modality": "asserted", "need": "required", "cue": "Ortiz met Mensah"}
{"doc": "d1", "subj": "Lena Ortiz", "rel": "accused", "obj": "Tarvia", "modality": "reported", "need": "required", "cue": "Ortiz accused Tarvel"}
{"doc": "d1", "subj": "Paul Mensah", "rel": "visited", "obj": "Tarvia", "need": "acceptable", "cue": "Mensah in Tarvel"}
)";

kg::GoldSet Gold() {
  kg::GoldSet gold;
  REQUIRE(kg::ParseGold(kGold, "gold", &gold).ok());
  return gold;
}

kg::Fact MakeFact(std::string relation, std::uint32_t subject, std::uint32_t object,
                  std::string modality = "asserted") {
  kg::Fact fact;
  fact.relation = std::move(relation);
  fact.symmetric = fact.relation == "met_with";  // as the relation lexicon marks it
  fact.subject = subject;
  fact.object = object;
  fact.modality = std::move(modality);
  return fact;
}

// Entities 0: "Ortiz" (alias of Lena Ortiz in gold), 1: Paul Mensah, 2: Tarvel.
kg::Extraction Predicted(std::vector<kg::Fact> facts) {
  kg::Extraction extraction;
  extraction.doc_id = "d1";
  extraction.entities = {{"Ortiz", kg::EntityType::kPerson, {}, {}},
                         {"Paul Mensah", kg::EntityType::kPerson, {}, {}},
                         {"Tarvel", kg::EntityType::kGpe, {}, {}}};
  extraction.facts = std::move(facts);
  return extraction;
}

}  // namespace

TEST_CASE("gold lines are read into entities and facts", "[eval]") {
  const kg::GoldSet gold = Gold();
  CHECK(gold.entities.size() == 3);
  REQUIRE(gold.facts.size() == 3);
  CHECK(gold.facts[0].required);
  CHECK_FALSE(gold.facts[2].required);
  CHECK(gold.facts[2].modality.empty());
}

TEST_CASE("a malformed gold line names its file and line", "[eval]") {
  kg::GoldSet gold;
  const kg::Status status =
      kg::ParseGold("{\"doc\": \"d\", \"entity\": \"X\"}\n{oops", "g.jsonl", &gold);
  REQUIRE_FALSE(status.ok());
  CHECK(status.message() == "g.jsonl:2: not valid JSON");
}

TEST_CASE("arguments match through gold aliases, case-insensitively", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({MakeFact("accused", 0, 2, "reported")})});
  CHECK(report.total.correct == 1);
  CHECK(report.total.found == 1);
  CHECK(report.modality_correct == 1);
}

TEST_CASE("symmetric relations match in either order", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({MakeFact("met_with", 1, 0)})});
  CHECK(report.relations.at("met_with").found == 1);
}

TEST_CASE("directed relations do not match reversed", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({MakeFact("accused", 2, 0)})});
  CHECK(report.total.correct == 0);
  CHECK(report.false_positives.size() == 1);
}

TEST_CASE("acceptable facts cost no precision and add no recall", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({MakeFact("visited", 1, 2)})});
  CHECK(kg::Precision(report.total) == 1.0);
  CHECK(report.total.found == 0);
  CHECK(report.total.required == 2);
  CHECK(report.misses.size() == 2);
}

TEST_CASE("repeated evidence for one fact is scored once", "[eval]") {
  const auto report =
      kg::Evaluate(Gold(), {Predicted({MakeFact("met_with", 0, 1), MakeFact("met_with", 1, 0),
                                       MakeFact("accused", 1, 2), MakeFact("accused", 1, 2)})});
  CHECK(report.total.predicted == 2);
  CHECK(report.total.correct == 1);
}

TEST_CASE("a wrong modality on a matched fact is counted and listed", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({MakeFact("accused", 0, 2, "asserted")})});
  CHECK(report.modality_checked == 1);
  CHECK(report.modality_correct == 0);
  REQUIRE(report.modality_errors.size() == 1);
  CHECK(report.modality_errors[0].expected_modality == "reported");
}

TEST_CASE("relations outside the contract are not scored", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({MakeFact("praised", 0, 1)})});
  CHECK(report.total.predicted == 0);
}

TEST_CASE("entity recall counts gold entities named by some node", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {Predicted({})});
  CHECK(report.gold_entities == 3);
  CHECK(report.entities_found == 3);
  CHECK(report.entities_split == 0);
}

TEST_CASE("a gold entity named by two nodes counts as split", "[eval]") {
  kg::Extraction extraction = Predicted({});
  extraction.entities.push_back({"Lena Ortiz", kg::EntityType::kPerson, {}, {}});
  const auto report = kg::Evaluate(Gold(), {extraction});
  CHECK(report.entities_split == 1);
  REQUIRE(report.split_entities.size() == 1);
  INFO(report.split_entities[0]);
  CHECK(report.split_entities[0].find("Lena Ortiz = ") != std::string::npos);
  CHECK(report.split_entities[0].find(" | Lena Ortiz (PERSON)") != std::string::npos);
}

TEST_CASE("a capital's city node is kept apart from its state not counted as split", "[eval]") {
  kg::Extraction extraction = Predicted({});
  extraction.entities.push_back({"Tarvia", kg::EntityType::kGpe, {}, {}});
  // "Tarvel" (entity 2), a gold alias of Tarvia, is Tarvia's capital.
  const kg::StateOfSeat state_of_seat = [](std::string_view name) -> std::optional<std::string> {
    if (name == "Tarvel") return "Tarvia";
    return std::nullopt;
  };
  const auto report = kg::Evaluate(Gold(), {extraction}, state_of_seat);
  CHECK(report.entities_split == 0);
  CHECK(report.entities_found == 3);
  REQUIRE(report.capitals_apart.size() == 1);
  CHECK(report.capitals_apart[0] == "d1: Tarvia = Tarvel (GPE)");
}

TEST_CASE("without the seats of government a capital's city node counts as split", "[eval]") {
  kg::Extraction extraction = Predicted({});
  extraction.entities.push_back({"Tarvia", kg::EntityType::kGpe, {}, {}});
  const auto report = kg::Evaluate(Gold(), {extraction});
  CHECK(report.entities_split == 1);
  CHECK(report.capitals_apart.empty());
}

TEST_CASE("a gold document without an extraction scores as empty", "[eval]") {
  const auto report = kg::Evaluate(Gold(), {});
  CHECK(report.documents_without_prediction == std::vector<std::string>{"d1"});
  CHECK(report.total.found == 0);
  CHECK(report.entities_found == 0);
}
