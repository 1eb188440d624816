#include "kg/graphml_writer.h"

#include "export_text.h"
#include "kg/json_text.h"
#include "kg/xml_text.h"

namespace kg {
namespace {

using graph::AppendNumber;

struct KeySpec {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

// Key ids are short ("d0", "d1", ...) because every <data> repeats one; readers go by attr.name.
constexpr KeySpec kKeys[] = {
    {"d0", "node", "label", "string"},       {"d1", "node", "type", "string"},
    {"d2", "node", "aliases", "string"},     {"d3", "node", "mention_count", "int"},
    {"d4", "node", "first_seen", "string"},  {"d5", "node", "last_seen", "string"},
    {"d6", "edge", "relation", "string"},    {"d7", "edge", "label", "string"},
    {"d8", "edge", "interaction", "string"}, {"d9", "edge", "weight", "double"},
    {"d10", "edge", "count", "int"},         {"d11", "edge", "imported", "int"},
    {"d12", "edge", "first_date", "string"}, {"d13", "edge", "last_date", "string"},
    {"d14", "edge", "modalities", "string"}, {"d15", "edge", "evidence", "string"},
    {"d16", "edge", "documents", "string"},  {"d17", "edge", "directed", "string"},
    {"d18", "edge", "source", "string"},     {"d19", "edge", "agent", "string"},
    {"d20", "edge", "location", "string"},
};

void OpenData(std::string* out, std::string_view key) {
  out->append("<data key=\"").append(key).append("\">");
}

// Empty values are left out: a missing <data> reads as "no value" in every consumer.
void AppendData(std::string* out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  OpenData(out, key);
  AppendXmlText(out, value);
  out->append("</data>");
}

template <typename Number>
void AppendNumberData(std::string* out, std::string_view key, Number value) {
  OpenData(out, key);
  AppendNumber(out, value);
  out->append("</data>");
}

// A JSON list as XML text; list items were made valid UTF-8 by the JSON encoder.
void AppendListData(std::string* out, std::string_view key, const std::vector<std::string>& items,
                    std::string* scratch) {
  scratch->clear();
  AppendJsonList(scratch, items);
  AppendData(out, key, *scratch);
}

void AppendHeader(std::string* out) {
  out->append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (const KeySpec& key : kKeys) {
    out->append("  <key id=\"").append(key.id).append("\" for=\"").append(key.domain);
    out->append("\" attr.name=\"").append(key.name).append("\" attr.type=\"").append(key.type);
    out->append("\"/>\n");
  }
  out->append("<graph id=\"kg\" edgedefault=\"directed\">\n");
}

}  // namespace

Result<ExportCounts> WriteGraphml(const GraphSelection& graph, std::ostream& stream) {
  graph::BufferedOutput out(stream);
  std::string& buffer = *out.buffer();
  std::string scratch;
  AppendHeader(&buffer);
  ExportCounts counts;

  Status status = graph.ForEachNode([&](const EntityRecord& entity) {
    buffer.append("<node id=\"n");
    AppendNumber(&buffer, entity.id);
    buffer.append("\">");
    AppendData(&buffer, "d0", entity.name);
    AppendData(&buffer, "d1", EntityTypeName(entity.type));
    AppendListData(&buffer, "d2", entity.aliases, &scratch);
    AppendNumberData(&buffer, "d3", entity.mention_count);
    AppendData(&buffer, "d4", entity.first_seen);
    AppendData(&buffer, "d5", entity.last_seen);
    buffer.append("</node>\n");
    ++counts.nodes;
    out.FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  status = graph.ForEachEdge([&](const EdgeRecord& edge, const EdgeEvidence& evidence) {
    buffer.append("<edge id=\"e");
    AppendNumber(&buffer, edge.source);
    buffer.push_back('-');
    AppendXmlText(&buffer, edge.relation);
    buffer.push_back('-');
    AppendNumber(&buffer, edge.target);
    buffer.append("\" source=\"n");
    AppendNumber(&buffer, edge.source);
    buffer.append("\" target=\"n");
    AppendNumber(&buffer, edge.target);
    buffer.append("\">");
    AppendData(&buffer, "d6", edge.relation);
    AppendData(&buffer, "d7", edge.relation);
    AppendData(&buffer, "d8", edge.relation);
    AppendNumberData(&buffer, "d9", graph::EdgeWeight(edge));
    AppendNumberData(&buffer, "d10", edge.count);
    if (edge.imported > 0) AppendNumberData(&buffer, "d11", edge.imported);
    AppendData(&buffer, "d12", edge.first_date);
    AppendData(&buffer, "d13", edge.last_date);
    if (!evidence.modalities.empty()) AppendListData(&buffer, "d14", evidence.modalities, &scratch);
    AppendData(&buffer, "d15", evidence.sample);
    if (!evidence.documents.empty()) AppendListData(&buffer, "d16", evidence.documents, &scratch);
    // A symmetric relation's edge has no direction; GraphML readers (NetworkX) refuse graphs that
    // mix directed and undirected edges, so it is said as data, a string because Boost's reader
    // refuses the GraphML booleans "true" and "false".
    AppendData(&buffer, "d17", graph.IsSymmetric(edge.relation) ? "false" : "true");
    for (auto [key, values] :
         {std::pair{"d18", &evidence.sources}, std::pair{"d19", &evidence.agents},
          std::pair{"d20", &evidence.locations}}) {
      if (!values->empty()) AppendListData(&buffer, key, *values, &scratch);
    }
    buffer.append("</edge>\n");
    ++counts.edges;
    out.FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  buffer.append("</graph>\n</graphml>\n");
  if (Status s = out.Finish(); !s.ok()) return s;
  return counts;
}

Result<ExportCounts> WriteGraphml(const Store& store, std::ostream& out) {
  Result<GraphSelection> all = GraphSelection::Select(store, GraphFilter{});
  if (!all.ok()) return all.status();
  return WriteGraphml(*all, out);
}

}  // namespace kg
