#include "kg/node_link_writer.h"

#include "export_text.h"
#include "kg/json_text.h"

namespace kg {
namespace {

using graph::AppendNumber;

void AppendField(std::string* out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out->append(",\"").append(name).append("\":");
  AppendJsonString(out, value);
}

template <typename Number>
void AppendNumberField(std::string* out, std::string_view name, Number value) {
  out->append(",\"").append(name).append("\":");
  AppendNumber(out, value);
}

void AppendListField(std::string* out, std::string_view name,
                     const std::vector<std::string>& items) {
  out->append(",\"").append(name).append("\":");
  AppendJsonList(out, items);
}

void AppendNodeId(std::string* out, EntityId id) {
  out->append("\"n");
  AppendNumber(out, id);
  out->push_back('"');
}

}  // namespace

Result<ExportCounts> WriteNodeLinkJson(const GraphSelection& graph, std::ostream& stream) {
  graph::BufferedOutput out(stream);
  std::string& buffer = *out.buffer();
  buffer.append("{\"directed\":true,\"multigraph\":true,\"graph\":{\"name\":\"kg\"},\n\"nodes\":[");
  ExportCounts counts;

  Status status = graph.ForEachNode([&](const EntityRecord& entity) {
    buffer.append(counts.nodes == 0 ? "\n{\"id\":" : ",\n{\"id\":");
    AppendNodeId(&buffer, entity.id);
    AppendField(&buffer, "label", entity.name);
    AppendField(&buffer, "type", EntityTypeName(entity.type));
    AppendListField(&buffer, "aliases", entity.aliases);
    AppendNumberField(&buffer, "mention_count", entity.mention_count);
    AppendField(&buffer, "first_seen", entity.first_seen);
    AppendField(&buffer, "last_seen", entity.last_seen);
    buffer.push_back('}');
    ++counts.nodes;
    out.FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  buffer.append("],\n\"links\":[");
  status = graph.ForEachEdge([&](const EdgeRecord& edge, const EdgeEvidence& evidence) {
    buffer.append(counts.edges == 0 ? "\n{\"source\":" : ",\n{\"source\":");
    AppendNodeId(&buffer, edge.source);
    buffer.append(",\"target\":");
    AppendNodeId(&buffer, edge.target);
    buffer.append(",\"key\":");
    AppendJsonString(&buffer, edge.relation);
    AppendField(&buffer, "relation", edge.relation);
    AppendField(&buffer, "label", edge.relation);
    buffer.append(graph.IsSymmetric(edge.relation) ? ",\"directed\":false" : ",\"directed\":true");
    AppendNumberField(&buffer, "weight", graph::EdgeWeight(edge));
    AppendNumberField(&buffer, "count", edge.count);
    AppendNumberField(&buffer, "imported", edge.imported);
    AppendField(&buffer, "first_date", edge.first_date);
    AppendField(&buffer, "last_date", edge.last_date);
    AppendListField(&buffer, "modalities", evidence.modalities);
    AppendField(&buffer, "evidence", evidence.sample);
    AppendListField(&buffer, "documents", evidence.documents);
    // Under their own key: a link's "source" is its start node.
    buffer.append(",\"qualifiers\":{\"source\":");
    AppendJsonList(&buffer, evidence.sources);
    AppendListField(&buffer, "agent", evidence.agents);
    AppendListField(&buffer, "location", evidence.locations);
    buffer.push_back('}');
    buffer.push_back('}');
    ++counts.edges;
    out.FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  buffer.append("]}\n");
  if (Status s = out.Finish(); !s.ok()) return s;
  return counts;
}

}  // namespace kg
