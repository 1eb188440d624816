// The strongest piece of an edge's evidence: the one to show when there is room for one.
//
// Stronger means a more certain modality (asserted, reported, claimed, planned, attempted,
// conditional, negated, then anything else), then a later date, then an earlier document id and
// sentence, so the choice is stable.
#pragma once

#include <optional>

#include "kg/graph_filter.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

// True when `a` is stronger evidence than `b`.
bool IsStronger(const EvidenceRecord& a, const EvidenceRecord& b);

// The strongest of the edge's evidence that `filter` keeps; nullopt when it keeps none.
Result<std::optional<EvidenceRecord>> StrongestEvidence(const Store& store, const EdgeRecord& edge,
                                                        const GraphFilter& filter);

}  // namespace kg
