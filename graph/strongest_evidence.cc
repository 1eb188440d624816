#include "kg/strongest_evidence.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace kg {
namespace {

std::size_t ModalityRank(std::string_view modality) {
  const auto* found = std::find(std::begin(kModalities), std::end(kModalities), modality);
  return static_cast<std::size_t>(found - std::begin(kModalities));
}

}  // namespace

bool IsStronger(const EvidenceRecord& a, const EvidenceRecord& b) {
  const std::size_t rank_a = ModalityRank(a.modality);
  const std::size_t rank_b = ModalityRank(b.modality);
  return std::tie(rank_a, b.date, a.doc_id, a.sentence) <
         std::tie(rank_b, a.date, b.doc_id, b.sentence);
}

Result<std::optional<EvidenceRecord>> StrongestEvidence(const Store& store, const EdgeRecord& edge,
                                                        const GraphFilter& filter) {
  std::optional<EvidenceRecord> strongest;
  Status status = store.ForEachEvidence(edge, [&](const EvidenceRecord& evidence) {
    if (filter.KeepsEvidence(evidence) && (!strongest || IsStronger(evidence, *strongest)))
      strongest = evidence;
    return true;
  });
  if (!status.ok()) return status;
  return strongest;
}

}  // namespace kg
