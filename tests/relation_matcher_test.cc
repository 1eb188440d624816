// Relation frames matched on hand-built parses (extract/relations/relation_matcher.h): the rules
// of the construction layer, tested without the statistical tagger and parser.
#include "relations/relation_matcher.h"

#include <catch2/catch.hpp>

#include "hand_parse.h"
#include "kg/extractor.h"
#include "vocabulary.h"

using kg::testing::HandParse;

namespace {

constexpr std::string_view kLexicon = R"({
  "format": "kg-relation-lexicon", "version": 2,
  "relations": {
    "accused": {"triggers": [{"lemma": "accuse", "object": ["obj"]}]},
    "threatened": {"triggers": [{"lemma": "threaten", "object": ["obj", "xcomp"]}]}
  }
})";

// The relation, subject and object names of every match in `sentence`, whose tokens at
// `entity_of_token` name `entities`.
std::vector<std::string> Matches(const kg::syntax::Sentence& sentence,
                                 const std::vector<int>& entity_of_token,
                                 const std::vector<kg::Entity>& entities) {
  static const kg::Vocabulary words = [] {
    auto loaded = kg::Vocabulary::Load(kg::DefaultDataDir() + "/lexicon/words");
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
  }();
  auto lexicon = kg::RelationLexicon::Parse(kLexicon, "test");
  REQUIRE(lexicon.ok());
  const kg::DependencyTree tree(sentence);
  const kg::ArgumentResolver arguments(words, tree, entity_of_token, entities);
  std::vector<std::string> found;
  for (const kg::RelationMatch& match :
       kg::MatchRelations(words, tree, *lexicon, arguments, entities)) {
    found.push_back(entities[match.subject.entity].name + " " +
                    lexicon->relations()[match.frame->relation].name + " " +
                    entities[match.object.entity].name);
  }
  return found;
}

const std::vector<kg::Entity> kPeople = {{"Ostrin", kg::EntityType::kPerson, {}, {}},
                                         {"Wendt", kg::EntityType::kPerson, {}, {}},
                                         {"Austria", kg::EntityType::kGpe, {}, {}}};

}  // namespace

TEST_CASE("a reduced passive relative gives its noun as the object", "[matcher]") {
  const kg::syntax::Sentence sentence = HandParse(kg::testing::kReducedPassiveRelative);
  CHECK(Matches(sentence, {0, -1, -1, -1, 1, -1}, kPeople) ==
        std::vector<std::string>{"Wendt accused Ostrin"});
}

TEST_CASE("a threat's target may be an argument of the threatened act", "[matcher]") {
  // "Wendt threatened to expel diplomats from Austria."
  const kg::syntax::Sentence sentence = HandParse(R"(
    Wendt Wendt PROPN NNP 2 nsubj
    threatened threaten VERB VBD 0 root
    to to PART TO 4 mark
    expel expel VERB VB 2 xcomp
    diplomats diplomat NOUN NNS 4 obj
    from from ADP IN 7 case
    Austria Austria PROPN NNP 4 obl)");
  CHECK(Matches(sentence, {1, -1, -1, -1, -1, -1, 2}, kPeople) ==
        std::vector<std::string>{"Wendt threatened Austria"});
}
