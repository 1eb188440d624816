#include "kg/edge_listing.h"

#include <algorithm>
#include <tuple>

namespace kg {
namespace {

Result<std::vector<EdgeRow>> EdgesOfEntity(const Store& store, const RelationCatalog& catalog,
                                           const GraphFilter& filter, const EntityRecord* from,
                                           const EntityRecord* to) {
  std::vector<EdgeRow> rows;
  const EntityRecord& named = from != nullptr ? *from : *to;
  const Status status =
      ForEachStep(store, catalog, filter, named.id,
                  from != nullptr ? Direction::kOut : Direction::kIn, [&](const Step& step) {
                    if (from != nullptr && to != nullptr && step.to != to->id) return true;
                    EdgeRow row{step.edge, step.count, step.evidence.modalities,
                                step.orientation == Orientation::kUndirected};
                    if (row.symmetric) {
                      row.edge.source = from != nullptr ? step.from : step.to;
                      row.edge.target = from != nullptr ? step.to : step.from;
                    }
                    rows.push_back(std::move(row));
                    return true;
                  });
  if (!status.ok()) return status;
  return rows;
}

Result<std::vector<EdgeRow>> AllEdges(const Store& store, const RelationCatalog& catalog,
                                      const GraphFilter& filter) {
  std::vector<EdgeRow> rows;
  EdgeSelector selector(store, filter);
  Status failure;
  const Status status = store.ForEachEdge([&](const EdgeRecord& edge) {
    EdgeEvidence evidence;
    Result<std::uint64_t> count = KeptCount(selector, filter, edge, &evidence);
    if (!count.ok()) {
      failure = count.status();
      return false;
    }
    if (*count > 0) {
      rows.push_back(
          {edge, *count, std::move(evidence.modalities), catalog.IsSymmetric(edge.relation)});
    }
    return true;
  });
  if (!status.ok()) return status;
  if (!failure.ok()) return failure;
  return rows;
}

}  // namespace

Result<std::vector<EdgeRow>> ListEdges(const Store& store, const RelationCatalog& catalog,
                                       const GraphFilter& filter, const EntityRecord* from,
                                       const EntityRecord* to) {
  if (from != nullptr || to != nullptr) return EdgesOfEntity(store, catalog, filter, from, to);
  return AllEdges(store, catalog, filter);
}

void SortByEvidence(std::vector<EdgeRow>& rows, const EntityLookup& entities) {
  std::sort(rows.begin(), rows.end(), [&](const EdgeRow& a, const EdgeRow& b) {
    const std::string& a_source = entities(a.edge.source).name;
    const std::string& b_source = entities(b.edge.source).name;
    const std::string& a_target = entities(a.edge.target).name;
    const std::string& b_target = entities(b.edge.target).name;
    return std::tie(b.count, a_source, a.edge.relation, a_target) <
           std::tie(a.count, b_source, b.edge.relation, b_target);
  });
}

Result<std::optional<EdgeRecord>> FindEdge(const Store& store, const RelationCatalog& catalog,
                                           EntityId subject, const std::string& relation,
                                           EntityId object) {
  GraphFilter filter;
  filter.relations.insert(relation);
  filter.modalities = AllModalities();
  std::optional<EdgeRecord> found;
  const Status status =
      ForEachStep(store, catalog, filter, subject, Direction::kOut, [&](const Step& step) {
        if (step.to == object) found = step.edge;
        return !found;
      });
  if (!status.ok()) return status;
  return found;
}

Result<std::vector<EvidenceRecord>> EvidenceOf(const Store& store, const EdgeRecord& edge) {
  std::vector<EvidenceRecord> evidence;
  const Status status = store.ForEachEvidence(edge, [&](const EvidenceRecord& record) {
    evidence.push_back(record);
    return true;
  });
  if (!status.ok()) return status;
  std::sort(evidence.begin(), evidence.end(), [](const EvidenceRecord& a, const EvidenceRecord& b) {
    return std::tie(a.date, a.doc_id, a.sentence) < std::tie(b.date, b.doc_id, b.sentence);
  });
  return evidence;
}

}  // namespace kg
