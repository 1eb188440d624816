#include "kg/entity_profile.h"

#include <algorithm>
#include <map>
#include <set>

#include "kg/strongest_evidence.h"

namespace kg {

Result<EntityProfile> ProfileEntity(const Store& store, const RelationCatalog& catalog,
                                    const EntityRecord& entity, const ProfileOptions& options) {
  EntityProfile profile;
  profile.entity = entity;
  std::map<std::string, RelationDegree> degrees;
  std::map<EntityId, std::pair<std::uint64_t, std::set<std::string>>> neighbors;
  std::vector<Step> steps;
  GraphFilter filter;
  filter.modalities = options.modalities;
  Status status =
      ForEachStep(store, catalog, filter, entity.id, Direction::kBoth, [&](const Step& step) {
        RelationDegree& degree = degrees[step.edge.relation];
        degree.relation = step.edge.relation;
        degree.evidence += step.count;
        switch (step.orientation) {
          case Orientation::kOut:
            ++degree.out;
            break;
          case Orientation::kIn:
            ++degree.in;
            break;
          case Orientation::kUndirected:
            ++degree.undirected;
            break;
        }
        auto& [evidence, relations] = neighbors[step.to];
        evidence += step.count;
        relations.insert(step.edge.relation);
        steps.push_back(step);
        return true;
      });
  if (!status.ok()) return status;

  for (auto& [name, degree] : degrees)
    profile.degrees.push_back(std::move(degree));
  for (auto& [id, summary] : neighbors) {
    profile.neighbors.push_back(
        {id, summary.first,
         std::vector<std::string>(summary.second.begin(), summary.second.end())});
  }
  std::stable_sort(
      profile.neighbors.begin(), profile.neighbors.end(),
      [](const NeighborSummary& a, const NeighborSummary& b) { return a.evidence > b.evidence; });
  if (profile.neighbors.size() > options.neighbors) profile.neighbors.resize(options.neighbors);

  std::stable_sort(steps.begin(), steps.end(),
                   [](const Step& a, const Step& b) { return a.count > b.count; });
  for (const Step& step : steps) {
    if (profile.evidence.size() == options.evidence) break;
    Result<std::optional<EvidenceRecord>> strongest = StrongestEvidence(store, step.edge, filter);
    if (!strongest.ok()) return strongest.status();
    if (*strongest) profile.evidence.push_back({step, std::move(**strongest)});
  }
  return profile;
}

}  // namespace kg
