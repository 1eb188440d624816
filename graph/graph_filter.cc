#include "kg/graph_filter.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <unordered_set>

namespace kg {
namespace {

bool IsModality(std::string_view word) {
  return std::find(std::begin(kModalities), std::end(kModalities), word) != std::end(kModalities);
}

}  // namespace

ModalitySet AssertingModalities() {
  return ModalitySet(std::begin(kAssertingModalities), std::end(kAssertingModalities));
}

ModalitySet AllModalities() {
  return ModalitySet(std::begin(kModalities), std::end(kModalities));
}

Result<ModalitySet> ParseModalities(const std::vector<std::string>& words) {
  if (words.empty()) return AssertingModalities();
  if (words.size() == 1 && words[0] == "all") return AllModalities();
  ModalitySet modalities(words.begin(), words.end());
  GraphFilter filter;
  filter.modalities = modalities;
  if (Status status = filter.Check(); !status.ok()) return status;
  return modalities;
}

std::vector<std::string> ByCertainty(const std::set<std::string>& modalities) {
  std::set<std::string> rest = modalities;
  std::vector<std::string> ordered;
  for (std::string_view modality : kModalities) {
    if (rest.erase(std::string(modality)) > 0) ordered.emplace_back(modality);
  }
  ordered.insert(ordered.end(), rest.begin(), rest.end());
  return ordered;
}

bool IsFilterDate(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  for (std::size_t i = 0; i < date.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? date[i] != '-' : !std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  const auto in_range = [&](std::size_t at, int high) {
    const int value = (date[at] - '0') * 10 + (date[at + 1] - '0');
    return value >= 1 && value <= high;
  };
  return (date.size() < 7 || in_range(5, 12)) && (date.size() < 10 || in_range(8, 31));
}

Status GraphFilter::Check() const {
  for (const std::string& modality : modalities) {
    if (!IsModality(modality)) {
      return Status::InvalidArgument("unknown modality '" + modality +
                                     "' (asserted, reported, claimed, planned, attempted, "
                                     "conditional, negated, or all)");
    }
  }
  if (modalities.empty()) return Status::InvalidArgument("no modality to keep");
  for (const std::string* date : {&since, &until}) {
    if (!date->empty() && !IsFilterDate(*date))
      return Status::InvalidArgument("'" + *date + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
  }
  return Status::Ok();
}

bool GraphFilter::KeepsEveryEntity() const {
  return relations.empty() && types.empty() && min_count == 0 && since.empty() && until.empty() &&
         !around.has_value();
}

bool GraphFilter::KeepsEveryModality() const {
  return std::all_of(std::begin(kModalities), std::end(kModalities),
                     [&](std::string_view modality) { return modalities.contains(modality); });
}

bool GraphFilter::KeepsDate(std::string_view date) const {
  if (date.empty()) return since.empty() && until.empty();
  return (since.empty() || date >= since) &&
         (until.empty() || date.substr(0, until.size()) <= until);
}

bool GraphFilter::KeepsEvidence(const EvidenceRecord& evidence) const {
  return modalities.contains(evidence.modality) && KeepsDate(evidence.date);
}

Result<bool> EdgeSelector::KeepsType(EntityId id) {
  const auto known = type_kept_.find(id);
  if (known != type_kept_.end()) return known->second;
  Result<EntityRecord> entity = store_.GetEntity(id);
  if (!entity.ok()) return entity.status();
  const bool kept = filter_.types.contains(entity->type);
  type_kept_.emplace(id, kept);
  return kept;
}

Result<bool> EdgeSelector::Keeps(const EdgeRecord& edge, EdgeEvidence* evidence) {
  if (edge.count < filter_.min_count) return false;
  if (!filter_.relations.empty() && !filter_.relations.contains(edge.relation)) return false;
  const bool dated = !filter_.since.empty() || !filter_.until.empty();
  if (dated) {
    // The edge's date range must overlap the filter's before any evidence can fall in it.
    if (edge.first_date.empty()) return false;
    if (!filter_.since.empty() && edge.last_date < filter_.since) return false;
    if (!filter_.until.empty() && edge.first_date.substr(0, filter_.until.size()) > filter_.until)
      return false;
  }
  if (!filter_.types.empty()) {
    for (EntityId id : {edge.source, edge.target}) {
      Result<bool> kept = KeepsType(id);
      if (!kept.ok() || !*kept) return kept;
    }
  }
  const bool has_evidence = edge.count > edge.imported;
  if (!has_evidence) return filter_.KeepsImported();
  if (evidence == nullptr && !filter_.NeedsEvidence()) return true;
  bool kept = false;
  std::set<std::string> modalities;
  std::set<std::string> sources;
  std::set<std::string> agents;
  std::set<std::string> locations;
  std::set<std::string> documents;
  std::pair<std::string, std::uint32_t> sample_place;  // document and sentence of the sample
  Status status = store_.ForEachEvidence(edge, [&](const EvidenceRecord& record) {
    if (!filter_.KeepsEvidence(record)) return true;
    kept = true;
    if (evidence == nullptr) return false;
    ++evidence->kept;
    modalities.insert(record.modality);
    for (auto [value, seen] :
         {std::pair{&record.source, &sources}, std::pair{&record.agent, &agents},
          std::pair{&record.location, &locations}}) {
      if (!value->empty()) seen->insert(*value);
    }
    // The sample is the first sentence in document id order, not in the order documents came.
    const std::pair place(record.doc_id, record.sentence);
    if (evidence->sample.empty() || place < sample_place) {
      evidence->sample = record.text;
      sample_place = place;
    }
    if (documents.size() < EdgeEvidence::kMaxDocuments || record.doc_id < *documents.rbegin()) {
      documents.insert(record.doc_id);
      if (documents.size() > EdgeEvidence::kMaxDocuments)
        documents.erase(std::prev(documents.end()));
    }
    return true;
  });
  if (!status.ok()) return status;
  if (evidence != nullptr) {
    evidence->modalities = ByCertainty(modalities);
    evidence->sources.assign(sources.begin(), sources.end());
    evidence->agents.assign(agents.begin(), agents.end());
    evidence->locations.assign(locations.begin(), locations.end());
    evidence->documents.assign(documents.begin(), documents.end());
  }
  // Imported support, which has no evidence, meets a date range checked above.
  return kept || !filter_.NeedsEvidence() || (filter_.KeepsImported() && edge.imported > 0);
}

Result<std::vector<EntityId>> CollectNeighbourhood(const Store& store, const GraphFilter& filter,
                                                   std::size_t max_nodes) {
  EdgeSelector selector(store, filter);
  std::unordered_set<EntityId> seen = {*filter.around};
  std::vector<EntityId> frontier = {*filter.around};
  for (std::uint32_t hop = 0; hop < filter.depth && !frontier.empty(); ++hop) {
    std::vector<EntityId> next;
    for (EntityId id : frontier) {
      Status failure;
      Status status = store.ForEachEdgeOf(id, Direction::kBoth, [&](const EdgeRecord& edge) {
        const EntityId other = edge.source == id ? edge.target : edge.source;
        if (seen.contains(other)) return true;
        Result<bool> kept = selector.Keeps(edge, nullptr);
        if (!kept.ok()) {
          failure = kept.status();
          return false;
        }
        if (!*kept) return true;
        seen.insert(other);
        next.push_back(other);
        if (seen.size() > max_nodes) {
          failure = Status::InvalidArgument(
              "the neighbourhood has more than " + std::to_string(max_nodes) +
              " nodes; lower --depth or narrow it with --rel, --type or --min-count");
          return false;
        }
        return true;
      });
      if (!status.ok()) return status;
      if (!failure.ok()) return failure;
    }
    frontier = std::move(next);
  }
  std::vector<EntityId> nodes(seen.begin(), seen.end());
  std::sort(nodes.begin(), nodes.end());
  return nodes;
}

}  // namespace kg
