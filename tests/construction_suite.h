// The construction suite (tests/data/constructions.tsv): its cases, and whether what the
// extractor finds in a case is what the extraction contract expects. Shared by the asserting
// test (construction_suite_test.cc) and the report (construction_report.cc). The file's header
// describes its format.
#pragma once

#include <algorithm>
#include <array>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract_test_util.h"
#include "kg/extraction.h"

namespace kg::testing {

// The relations of the extraction contract (../shared/spec/relations.md); facts of other
// relations (a user's lexicon may add some) are not judged.
inline constexpr std::array<std::string_view, 29> kContractRelations = {
    "met_with",    "visited",    "spoke_to",     "accused",     "criticized", "threatened",
    "attacked",    "captured",   "controls",     "opposed",     "supported",  "pressured",
    "proposed_to", "rejected",   "disputed",     "agreed_with", "sanctioned", "killed",
    "arrested",    "sued",       "investigated", "appointed",   "dismissed",  "leader_of",
    "member_of",   "adviser_of", "envoy_of",     "relative_of", "located_in"};

inline constexpr std::array<std::string_view, 7> kModalities = {
    "asserted", "reported", "claimed", "planned", "attempted", "conditional", "negated"};

inline bool IsContractRelation(std::string_view relation) {
  return std::find(kContractRelations.begin(), kContractRelations.end(), relation) !=
         kContractRelations.end();
}

// Relations without direction: a fact matches with its arguments in either order.
inline bool IsSymmetricRelation(std::string_view relation) {
  return relation == "met_with" || relation == "agreed_with" || relation == "relative_of";
}

struct SuiteFact {
  std::string subject;
  std::string relation;
  std::string object;
  std::string modality;
  std::string source;       // empty: any source
  bool acceptable = false;  // written "?...": may be found, need not be
};

struct SuiteCase {
  int line = 0;  // in the data file
  std::string construction;
  std::string text;
  std::vector<SuiteFact> expected;  // empty: the line says `none`
};

inline std::string ConstructionSuitePath() {
  return KG_TEST_DIR "/data/constructions.tsv";
}
inline std::string EnforcedConstructionsPath() {
  return KG_TEST_DIR "/data/constructions_enforced.txt";
}

inline std::vector<std::string> SplitOn(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = text.find(separator, begin);
    parts.emplace_back(text.substr(begin, end == std::string_view::npos ? end : end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

inline std::string FormatFact(const SuiteFact& fact) {
  std::string text = (fact.acceptable ? "?" : "") + fact.subject + "|" + fact.relation + "|" +
                     fact.object + "|" + fact.modality;
  if (!fact.source.empty()) text += "|" + fact.source;
  return text;
}

// Reads the suite; a malformed line throws std::runtime_error naming the line.
inline std::vector<SuiteCase> LoadConstructionSuite(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<SuiteCase> cases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') continue;
    const auto fail = [&](const std::string& why) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": " + why);
    };
    const std::vector<std::string> columns = SplitOn(line, '\t');
    if (columns.size() != 3) fail("expected 3 tab-separated columns");
    SuiteCase suite_case{number, columns[0], columns[1], {}};
    if (columns[2] != "none") {
      for (std::string written : SplitOn(columns[2], ';')) {
        SuiteFact fact;
        if (written.starts_with('?')) {
          fact.acceptable = true;
          written.erase(0, 1);
        }
        const std::vector<std::string> fields = SplitOn(written, '|');
        if (fields.size() != 4 && fields.size() != 5) {
          fail("a fact is subject|relation|object|modality[|source]: " + written);
        }
        fact.subject = fields[0];
        fact.relation = fields[1];
        fact.object = fields[2];
        fact.modality = fields[3];
        if (fields.size() == 5) fact.source = fields[4];
        if (!IsContractRelation(fact.relation)) fail("not a contract relation: " + fact.relation);
        if (std::find(kModalities.begin(), kModalities.end(), fact.modality) == kModalities.end()) {
          fail("not a contract modality: " + fact.modality);
        }
        suite_case.expected.push_back(std::move(fact));
      }
    }
    cases.push_back(std::move(suite_case));
  }
  return cases;
}

// The construction tags listed one per line ('#' starts a comment).
inline std::set<std::string> LoadEnforcedConstructions(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::set<std::string> tags;
  std::string line;
  while (std::getline(in, line)) {
    if (const std::size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    const std::size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    const std::size_t end = line.find_last_not_of(" \t\r");
    tags.insert(line.substr(begin, end - begin + 1));
  }
  return tags;
}

struct CaseVerdict {
  bool passed = false;
  std::vector<std::string> missing;     // expected facts not found with their modality
  std::vector<std::string> unexpected;  // contract facts found that the line does not expect
  std::vector<std::string> found;       // every contract fact found, once each
};

inline bool SameFact(const SuiteFact& expected, const SuiteFact& found) {
  if (expected.relation != found.relation || expected.modality != found.modality) return false;
  const bool in_order = expected.subject == found.subject && expected.object == found.object;
  const bool swapped = expected.subject == found.object && expected.object == found.subject;
  return in_order || (swapped && IsSymmetricRelation(expected.relation));
}

// Every required fact found with its modality (and source, when the line names one), and no
// other fact of the contract's relations.
inline CaseVerdict JudgeCase(const SuiteCase& suite_case, const Extraction& extraction) {
  std::vector<SuiteFact> found;
  for (const Fact& fact : extraction.facts) {
    if (!IsContractRelation(fact.relation)) continue;
    SuiteFact seen{extraction.entities[fact.subject].name, fact.relation,
                   extraction.entities[fact.object].name, fact.modality, fact.source};
    const bool repeated = std::any_of(found.begin(), found.end(), [&](const SuiteFact& other) {
      return SameFact(other, seen) && other.source == seen.source;
    });
    if (!repeated) found.push_back(std::move(seen));
  }
  CaseVerdict verdict;
  for (const SuiteFact& expected : suite_case.expected) {
    if (expected.acceptable) continue;
    const bool matched = std::any_of(found.begin(), found.end(), [&](const SuiteFact& fact) {
      return SameFact(expected, fact) &&
             (expected.source.empty() || expected.source == fact.source);
    });
    if (!matched) verdict.missing.push_back(FormatFact(expected));
  }
  for (const SuiteFact& fact : found) {
    verdict.found.push_back(FormatFact(fact));
    const bool expected =
        std::any_of(suite_case.expected.begin(), suite_case.expected.end(),
                    [&](const SuiteFact& expected_fact) { return SameFact(expected_fact, fact); });
    if (!expected) verdict.unexpected.push_back(FormatFact(fact));
  }
  verdict.passed = verdict.missing.empty() && verdict.unexpected.empty();
  return verdict;
}

inline std::string JoinFacts(const std::vector<std::string>& facts) {
  if (facts.empty()) return "none";
  std::ostringstream joined;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    joined << (i > 0 ? "; " : "") << facts[i];
  }
  return joined.str();
}

inline std::string ExpectedFacts(const SuiteCase& suite_case) {
  std::vector<std::string> facts;
  for (const SuiteFact& fact : suite_case.expected) {
    facts.push_back(FormatFact(fact));
  }
  return JoinFacts(facts);
}

// The suite's cases, read once per test run.
inline const std::vector<SuiteCase>& ConstructionSuite() {
  static const std::vector<SuiteCase> cases = LoadConstructionSuite(ConstructionSuitePath());
  return cases;
}

inline std::set<std::string> EnforcedConstructions() {
  return LoadEnforcedConstructions(EnforcedConstructionsPath());
}

// Extracts the case's text as one document and judges the facts found.
inline CaseVerdict RunCase(const SuiteCase& suite_case) {
  return JudgeCase(suite_case, Extract(suite_case.text));
}

// "constructions.tsv:LINE [construction] text".
inline std::string NameCase(const SuiteCase& suite_case) {
  return "constructions.tsv:" + std::to_string(suite_case.line) + " [" + suite_case.construction +
         "] " + suite_case.text;
}

// Four indented lines: the facts expected, found, missing and unexpected.
inline std::string DescribeVerdict(const SuiteCase& suite_case, const CaseVerdict& verdict) {
  return "    expected:   " + ExpectedFacts(suite_case) +
         "\n    found:      " + JoinFacts(verdict.found) +
         "\n    missing:    " + JoinFacts(verdict.missing) +
         "\n    unexpected: " + JoinFacts(verdict.unexpected);
}

}  // namespace kg::testing
