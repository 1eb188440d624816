#include "kg/graph_records.h"

namespace kg {
namespace {

nlohmann::json NullIfEmpty(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json DegreesJson(const std::vector<RelationDegree>& degrees) {
  nlohmann::json records = nlohmann::json::array();
  for (const RelationDegree& degree : degrees) {
    records.push_back({{"relation", degree.relation},
                       {"out", degree.out},
                       {"in", degree.in},
                       {"undirected", degree.undirected},
                       {"evidence", degree.evidence}});
  }
  return records;
}

nlohmann::json NeighborSummariesJson(const std::vector<NeighborSummary>& neighbors,
                                     const EntityLookup& entities) {
  nlohmann::json records = nlohmann::json::array();
  for (const NeighborSummary& neighbor : neighbors) {
    const EntityRecord& record = entities(neighbor.id);
    records.push_back({{"name", record.name},
                       {"type", EntityTypeName(record.type)},
                       {"evidence", neighbor.evidence},
                       {"relations", neighbor.relations}});
  }
  return records;
}

nlohmann::json EvidenceSamplesJson(const std::vector<EvidenceSample>& samples,
                                   const EntityLookup& entities) {
  nlohmann::json records = nlohmann::json::array();
  for (const EvidenceSample& sample : samples) {
    records.push_back({{"source", entities(sample.step.edge.source).name},
                       {"relation", sample.step.edge.relation},
                       {"target", entities(sample.step.edge.target).name},
                       {"doc", sample.evidence.doc_id},
                       {"date", sample.evidence.date},
                       {"modality", sample.evidence.modality},
                       {"text", sample.evidence.text}});
  }
  return records;
}

}  // namespace

const char* OrientationName(Orientation orientation) {
  switch (orientation) {
    case Orientation::kOut:
      return "out";
    case Orientation::kIn:
      return "in";
    case Orientation::kUndirected:
      return "undirected";
  }
  return "?";
}

nlohmann::json NeighborJson(const std::string& entity, const NeighborRow& row,
                            const EntityLookup& entities) {
  const Step& step = row.step;
  const EntityRecord& neighbor = entities(step.to);
  return {{"entity", entity},
          {"depth", row.depth},
          {"from", entities(step.from).name},
          {"relation", step.edge.relation},
          {"direction", OrientationName(step.orientation)},
          {"neighbor", neighbor.name},
          {"neighbor_type", EntityTypeName(neighbor.type)},
          {"count", step.count},
          {"modalities", step.evidence.modalities},
          {"first_date", step.edge.first_date},
          {"last_date", step.edge.last_date}};
}

nlohmann::json PathJson(std::size_t number, const std::string& from, const std::string& to,
                        const std::vector<Step>& path, const std::vector<EvidenceRecord>& shown,
                        const EntityLookup& entities) {
  nlohmann::json hops = nlohmann::json::array();
  for (std::size_t h = 0; h < path.size(); ++h) {
    const Step& step = path[h];
    const EntityRecord& hop_from = entities(step.from);
    const EntityRecord& hop_to = entities(step.to);
    hops.push_back({{"from", hop_from.name},
                    {"from_type", EntityTypeName(hop_from.type)},
                    {"relation", step.edge.relation},
                    {"direction", OrientationName(step.orientation)},
                    {"to", hop_to.name},
                    {"to_type", EntityTypeName(hop_to.type)},
                    {"count", step.count},
                    {"evidence",
                     {{"doc", shown[h].doc_id},
                      {"date", shown[h].date},
                      {"modality", shown[h].modality},
                      {"text", shown[h].text}}}});
  }
  return {{"path", number}, {"from", from}, {"to", to}, {"length", path.size()}, {"hops", hops}};
}

nlohmann::json EdgeJson(const EdgeRow& row, const EntityLookup& entities) {
  return {{"source", entities(row.edge.source).name},
          {"relation", row.edge.relation},
          {"target", entities(row.edge.target).name},
          {"directed", !row.symmetric},
          {"count", row.count},
          {"modalities", row.modalities},
          {"first_date", row.edge.first_date},
          {"last_date", row.edge.last_date}};
}

nlohmann::json ExplainJson(const std::string& subject, const std::string& relation,
                           const std::string& object, const EvidenceRecord& evidence) {
  return {{"subj", subject},
          {"rel", relation},
          {"obj", object},
          {"doc", evidence.doc_id},
          {"date", evidence.date},
          {"published", evidence.published},
          {"sentence", evidence.sentence},
          {"modality", evidence.modality},
          {"source", NullIfEmpty(evidence.source)},
          {"agent", NullIfEmpty(evidence.agent)},
          {"location", NullIfEmpty(evidence.location)},
          {"trigger", evidence.trigger},
          {"subject_mention", evidence.subject_mention},
          {"object_mention", evidence.object_mention},
          {"text", evidence.text}};
}

nlohmann::json ProfileJson(const EntityProfile& profile, const EntityLookup& entities) {
  const EntityRecord& entity = profile.entity;
  return {{"id", entity.id},
          {"name", entity.name},
          {"type", EntityTypeName(entity.type)},
          {"aliases", entity.aliases},
          {"mentions", entity.mention_count},
          {"first_seen", entity.first_seen},
          {"last_seen", entity.last_seen},
          {"degrees", DegreesJson(profile.degrees)},
          {"neighbors", NeighborSummariesJson(profile.neighbors, entities)},
          {"evidence", EvidenceSamplesJson(profile.evidence, entities)}};
}

nlohmann::json QueryRowJson(const std::vector<std::string>& columns,
                            const std::vector<query::Value>& row) {
  nlohmann::json record = nlohmann::json::object();
  for (std::size_t i = 0; i < row.size(); ++i)
    record[columns[i]] = query::ValueJson(row[i]);
  return record;
}

}  // namespace kg
