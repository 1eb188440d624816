// Navigation over a dependency tree (extract/relations/dependency_tree.h), on hand-built parses.
#include "relations/dependency_tree.h"

#include <catch2/catch.hpp>

#include "hand_parse.h"

using kg::testing::HandParse;

TEST_CASE("a past participle modifying a noun is a reduced passive of that noun", "[tree]") {
  const kg::syntax::Sentence sentence = HandParse(kg::testing::kReducedPassiveRelative);
  const kg::DependencyTree tree(sentence);
  CHECK(tree.ReducedPassiveHead(2) == 0);
  CHECK(tree.IsPassive(2));
}

TEST_CASE("a participle with a direct object of its own is active", "[tree]") {
  // "Ostrin, blamed Wendt" as a tagger misreads it: the object says it is active.
  const kg::syntax::Sentence sentence = HandParse(R"(
    Ostrin Ostrin PROPN NNP 0 root
    blamed blame VERB VBN 1 acl
    Wendt Wendt PROPN NNP 2 obj)");
  const kg::DependencyTree tree(sentence);
  CHECK(tree.ReducedPassiveHead(1) == -1);
  CHECK_FALSE(tree.IsPassive(1));
}

TEST_CASE("an adverbial clause marked with to is an infinitive complement", "[tree]") {
  // "Peru is expected to meet Chile", with the complement read as an adverbial clause.
  const kg::syntax::Sentence sentence = HandParse(R"(
    Peru Peru PROPN NNP 3 nsubj:pass
    is be AUX VBZ 3 aux:pass
    expected expect VERB VBN 0 root
    to to PART TO 5 mark
    meet meet VERB VB 3 advcl
    Chile Chile PROPN NNP 5 obj)");
  const kg::DependencyTree tree(sentence);
  CHECK(tree.IsInfinitiveComplement(4));
  CHECK_FALSE(tree.IsInfinitiveComplement(2));
}
