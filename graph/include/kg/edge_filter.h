// EdgeFilter: which edges a traversal, listing or ranking keeps.
//
// Every set criterion must hold; an empty criterion keeps everything. Criteria on evidence
// (modalities, dates) are checked piece by piece: an edge is kept when at least `min_count` (and
// at least one) of its pieces of evidence meet all of them, and its kept count is the number that
// do. Without evidence criteria the kept count is the edge's evidence count. Dates compare as ISO
// 8601 text, and `until` is inclusive at its own precision: "2019-03" keeps every day of March.
//
// This is the queries branch's filter; the export branch is building a GraphFilter with the same
// criteria (plus types and a neighbourhood). The two are meant to be unified into one header.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

// The modalities the extraction contract defines, in order of decreasing certainty.
inline constexpr std::string_view kModalities[] = {"asserted",  "reported",    "claimed", "planned",
                                                   "attempted", "conditional", "negated"};

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD".
bool IsIsoDatePrefix(std::string_view date);

struct EdgeFilter {
  std::set<std::string, std::less<>> relations;
  std::set<std::string, std::less<>> modalities;
  std::string since;  // inclusive
  std::string until;  // inclusive, at its own precision
  std::uint64_t min_count = 0;

  bool HasEvidenceCriteria() const {
    return !modalities.empty() || !since.empty() || !until.empty();
  }
  bool KeepsRelation(std::string_view relation) const;
  bool KeepsDate(std::string_view date) const;
  bool KeepsEvidence(const EvidenceRecord& evidence) const;

  // The number of the edge's pieces of evidence the filter keeps, or 0 when it drops the edge.
  // Reads the edge's evidence only when there are evidence criteria.
  Result<std::uint64_t> KeptCount(const Store& store, const EdgeRecord& edge) const;
};

}  // namespace kg
