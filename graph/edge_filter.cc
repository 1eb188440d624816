#include "kg/edge_filter.h"

#include <algorithm>
#include <cctype>

namespace kg {

bool IsIsoDatePrefix(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  for (std::size_t i = 0; i < date.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? date[i] != '-' : !std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  return true;
}

bool EdgeFilter::KeepsRelation(std::string_view relation) const {
  return relations.empty() || relations.find(relation) != relations.end();
}

bool EdgeFilter::KeepsDate(std::string_view date) const {
  if (since.empty() && until.empty()) return true;
  if (date.empty()) return false;
  return (since.empty() || date >= since) &&
         (until.empty() || date.substr(0, until.size()) <= until);
}

bool EdgeFilter::KeepsEvidence(const EvidenceRecord& evidence) const {
  return (modalities.empty() || modalities.find(evidence.modality) != modalities.end()) &&
         KeepsDate(evidence.date);
}

Result<std::uint64_t> EdgeFilter::KeptCount(const Store& store, const EdgeRecord& edge) const {
  if (!KeepsRelation(edge.relation) || edge.count < min_count) return std::uint64_t{0};
  if (!HasEvidenceCriteria()) return edge.count;
  // No piece of evidence can fall in the date window when the edge's date range misses it.
  const bool dated = !since.empty() || !until.empty();
  if (dated && (edge.first_date.empty() || (!since.empty() && edge.last_date < since) ||
                (!until.empty() && edge.first_date.substr(0, until.size()) > until))) {
    return std::uint64_t{0};
  }
  std::uint64_t kept = 0;
  Status status = store.ForEachEvidence(edge, [&](const EvidenceRecord& evidence) {
    if (KeepsEvidence(evidence)) ++kept;
    return true;
  });
  if (!status.ok()) return status;
  return kept >= std::max<std::uint64_t>(min_count, 1) ? kept : 0;
}

}  // namespace kg
