// The construction suite (tests/data/constructions.tsv): sentences written from English grammar,
// one or more per construction and relation, each with the facts the contract expects. A
// construction is enforced here once all its cases pass (tests/data/constructions_enforced.txt);
// construction_report.cc scores every case without failing.
#include "construction_suite.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using kg::testing::ConstructionSuite;
using kg::testing::SuiteCase;

TEST_CASE("the construction suite has 300 cases, 60 that expect nothing, and every relation",
          "[constructions]") {
  const std::vector<SuiteCase>& cases = ConstructionSuite();
  CHECK(cases.size() >= 300);
  const auto expecting_nothing = std::count_if(
      cases.begin(), cases.end(), [](const SuiteCase& c) { return c.expected.empty(); });
  CHECK(expecting_nothing >= 60);
  std::set<std::string> relations;
  for (const SuiteCase& suite_case : cases) {
    for (const kg::testing::SuiteFact& fact : suite_case.expected) {
      relations.insert(fact.relation);
    }
  }
  for (std::string_view relation : kg::testing::kContractRelations) {
    INFO(relation);
    CHECK(relations.contains(std::string(relation)));
  }
}

TEST_CASE("every enforced construction has cases in the suite", "[constructions]") {
  std::set<std::string> constructions;
  for (const SuiteCase& suite_case : ConstructionSuite()) {
    constructions.insert(suite_case.construction);
  }
  for (const std::string& tag : kg::testing::EnforcedConstructions()) {
    INFO(tag);
    CHECK(constructions.contains(tag));
  }
}

TEST_CASE("an enforced construction yields the expected facts and nothing else",
          "[constructions]") {
  const std::set<std::string> enforced = kg::testing::EnforcedConstructions();
  for (const SuiteCase& suite_case : ConstructionSuite()) {
    if (!enforced.contains(suite_case.construction)) continue;
    DYNAMIC_SECTION(kg::testing::NameCase(suite_case)) {
      const kg::testing::CaseVerdict verdict = kg::testing::RunCase(suite_case);
      INFO(kg::testing::DescribeVerdict(suite_case, verdict));
      CHECK(verdict.passed);
    }
  }
}
