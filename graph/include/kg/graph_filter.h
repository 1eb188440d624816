// GraphFilter: which edges (and so which nodes) a query or an export keeps.
//
// Every set criterion must hold for an edge to be kept; an empty criterion keeps everything.
// Criteria on evidence (modalities, dates) hold when at least one piece of the edge's evidence
// meets all of them. By default only evidence that asserts the relation (asserted, reported,
// claimed) is kept: negated evidence never supports an edge unless asked for, nor do planned,
// attempted and conditional evidence. Imported edges have no evidence: they stand as asserted, so
// they meet a modality criterion that keeps "asserted", and meet a date range when their
// [first_date, last_date] overlaps it. Dates compare as ISO 8601 text ("2024-03-02"), so
// --until 2024-03 includes every day of March.
//
// Exports and queries (neighbours, paths, edges, rankings) share this filter.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

// The modalities the extraction contract defines, in order of decreasing certainty.
inline constexpr std::string_view kModalities[] = {"asserted",  "reported",    "claimed", "planned",
                                                   "attempted", "conditional", "negated"};
// The modalities that assert a relation: what queries, algorithms and exports count by default.
inline constexpr std::string_view kAssertingModalities[] = {"asserted", "reported", "claimed"};

using ModalitySet = std::set<std::string, std::less<>>;

ModalitySet AssertingModalities();
ModalitySet AllModalities();
// The modalities a --modality list names: the asserting ones for an empty list, every modality for
// "all", else those listed. InvalidArgument naming the first unknown one.
Result<ModalitySet> ParseModalities(const std::vector<std::string>& words);
// `modalities` in the contract's order, most certain first; unknown ones last, by name.
std::vector<std::string> ByCertainty(const std::set<std::string>& modalities);

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" with a month from 01 to 12 and a day from 01 to 31.
bool IsFilterDate(std::string_view date);

struct GraphFilter {
  std::set<std::string, std::less<>> relations;
  std::set<EntityType> types;  // both endpoints must have one of these types
  std::string since;           // inclusive
  std::string until;           // inclusive
  std::uint64_t min_count = 0;
  ModalitySet modalities = AssertingModalities();  // the evidence kept; see above
  std::optional<EntityId> around;                  // keep only the neighbourhood of this entity ...
  std::uint32_t depth = 1;  // ... up to this many hops away, in either direction

  // InvalidArgument naming the first unknown modality or malformed date, or for no modality at
  // all; OK otherwise.
  Status Check() const;
  // True when the filter keeps every entity: no criterion but modality is set (modality decides
  // which edges are kept, not which nodes).
  bool KeepsEveryEntity() const;
  bool KeepsEveryModality() const;
  // Whether imported support, which has no evidence and stands as asserted, is kept.
  bool KeepsImported() const { return modalities.contains("asserted"); }
  bool NeedsEvidence() const { return !KeepsEveryModality() || !since.empty() || !until.empty(); }
  bool KeepsEvidence(const EvidenceRecord& evidence) const;
  bool KeepsDate(std::string_view date) const;
};

// What an edge's evidence says, for exporters: the evidence the filter keeps, summarised.
struct EdgeEvidence {
  std::vector<std::string> modalities;  // distinct, most certain first
  std::string sample;                   // the first sentence, by document id and sentence
  std::vector<std::string> documents;   // distinct document ids, sorted, the first kMaxDocuments
  std::uint64_t kept = 0;               // pieces of evidence the filter keeps
  // The contract's qualifiers of the kept evidence: distinct, sorted, empty ones left out.
  std::vector<std::string> sources;
  std::vector<std::string> agents;
  std::vector<std::string> locations;
  static constexpr std::size_t kMaxDocuments = 50;
};

// Decides edges for one GraphFilter over one store. Remembers the endpoint types it looked up,
// so memory grows with the entities it has seen when the filter has types.
class EdgeSelector {
 public:
  EdgeSelector(const Store& store, const GraphFilter& filter) : store_(store), filter_(filter) {}

  // Whether `edge` is kept; fills `evidence` (if not null) from the evidence the filter keeps.
  Result<bool> Keeps(const EdgeRecord& edge, EdgeEvidence* evidence);

 private:
  Result<bool> KeepsType(EntityId id);

  const Store& store_;
  const GraphFilter& filter_;
  std::unordered_map<EntityId, bool> type_kept_;
};

// The entities within filter.depth hops of filter.around (which must be set), following kept
// edges in both directions, sorted by id. Fails with InvalidArgument when there are more than
// `max_nodes`.
Result<std::vector<EntityId>> CollectNeighbourhood(const Store& store, const GraphFilter& filter,
                                                   std::size_t max_nodes);

}  // namespace kg
