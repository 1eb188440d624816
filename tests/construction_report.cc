// The construction suite's report: runs every case of tests/data/constructions.tsv and prints
// the pass counts per construction and per relation, then every failing line with what was
// expected and what was found. It never fails, and it is hidden: run it by its tag,
//   build/tests/kg_unit_tests "[construction-report]"
// It lives outside KG_TEST_FILES so that CTest, which selects each file's cases by the file's
// tag, never runs it; construction_suite_test.cc asserts the enforced constructions.
#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "construction_suite.h"

using kg::testing::SuiteCase;

namespace {

struct Tally {
  int passed = 0;
  int total = 0;
};

void PrintTally(const char* heading, const std::map<std::string, Tally>& tallies,
                const std::set<std::string>& enforced) {
  std::printf("\n%-18s %7s %7s\n", heading, "passed", "rate");
  for (const auto& [name, tally] : tallies) {
    std::printf("%-18s %3d/%3d %6.0f%%%s\n", name.c_str(), tally.passed, tally.total,
                100.0 * tally.passed / tally.total, enforced.contains(name) ? "  enforced" : "");
  }
}

}  // namespace

TEST_CASE("construction suite report: passes per construction and relation, and every failure",
          "[.construction-report]") {
  const std::set<std::string> enforced = kg::testing::EnforcedConstructions();
  std::map<std::string, Tally> by_construction;
  std::map<std::string, Tally> by_relation;  // cases expecting the relation; `none` lines apart
  Tally all;
  std::vector<std::string> failures;
  for (const SuiteCase& suite_case : kg::testing::ConstructionSuite()) {
    const kg::testing::CaseVerdict verdict = kg::testing::RunCase(suite_case);
    std::set<std::string> relations;
    for (const kg::testing::SuiteFact& fact : suite_case.expected) {
      if (!fact.acceptable) relations.insert(fact.relation);
    }
    if (suite_case.expected.empty()) relations.insert("(none)");
    for (Tally* tally : {&by_construction[suite_case.construction], &all}) {
      tally->passed += verdict.passed ? 1 : 0;
      ++tally->total;
    }
    for (const std::string& relation : relations) {
      by_relation[relation].passed += verdict.passed ? 1 : 0;
      ++by_relation[relation].total;
    }
    if (verdict.passed) continue;
    failures.push_back(kg::testing::NameCase(suite_case) + "\n" +
                       kg::testing::DescribeVerdict(suite_case, verdict));
  }
  std::printf("\nFailing cases (%zu):\n", failures.size());
  for (const std::string& failure : failures) {
    std::printf("%s\n", failure.c_str());
  }
  PrintTally("construction", by_construction, enforced);
  PrintTally("relation", by_relation, {});
  std::printf("\n%-18s %3d/%3d %6.0f%%\n", "all cases", all.passed, all.total,
              100.0 * all.passed / all.total);
  SUCCEED("the report never fails; constructions_enforced.txt lists what is asserted");
}
