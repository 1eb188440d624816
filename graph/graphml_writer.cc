#include "kg/graphml_writer.h"

#include <nlohmann/json.hpp>

#include "kg/xml_text.h"

namespace kg {
namespace {

struct KeySpec {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

constexpr KeySpec kKeys[] = {
    {"label", "node", "label", "string"},           {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},       {"mentions", "node", "mention_count", "int"},
    {"first_seen", "node", "first_seen", "string"}, {"last_seen", "node", "last_seen", "string"},
    {"relation", "edge", "relation", "string"},     {"elabel", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},         {"count", "edge", "count", "int"},
    {"first_date", "edge", "first_date", "string"}, {"last_date", "edge", "last_date", "string"},
    {"evidence", "edge", "evidence", "string"},     {"documents", "edge", "documents", "string"},
};

constexpr std::size_t kMaxDocumentIdsPerEdge = 50;

// Empty values are left out: a missing <data> reads as "no value" in every consumer.
void AppendData(std::string* out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out->append("      <data key=\"").append(key).append("\">");
  AppendXmlText(out, value);
  out->append("</data>\n");
}

std::string JsonList(const std::vector<std::string>& items) {
  return nlohmann::json(items).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Result<GraphmlCounts> WriteGraphml(const Store& store, std::ostream& out) {
  std::string buffer =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeySpec& key : kKeys) {
    buffer.append("  <key id=\"").append(key.id).append("\" for=\"").append(key.domain);
    buffer.append("\" attr.name=\"").append(key.name).append("\" attr.type=\"").append(key.type);
    buffer.append("\"/>\n");
  }
  buffer.append("  <graph id=\"kg\" edgedefault=\"directed\">\n");

  GraphmlCounts counts;
  constexpr std::size_t kFlushBytes = 1 << 16;
  auto flush_if_full = [&] {
    if (buffer.size() >= kFlushBytes) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  };

  Status status = store.ForEachEntity([&](const EntityRecord& entity) {
    buffer.append("    <node id=\"n").append(std::to_string(entity.id)).append("\">\n");
    AppendData(&buffer, "label", entity.name);
    AppendData(&buffer, "type", EntityTypeName(entity.type));
    AppendData(&buffer, "aliases", JsonList(entity.aliases));
    AppendData(&buffer, "mentions", std::to_string(entity.mention_count));
    AppendData(&buffer, "first_seen", entity.first_seen);
    AppendData(&buffer, "last_seen", entity.last_seen);
    buffer.append("    </node>\n");
    ++counts.nodes;
    flush_if_full();
    return true;
  });
  if (!status.ok()) return status;

  Status evidence_status;
  status = store.ForEachEdge([&](const EdgeRecord& edge) {
    std::string sample;
    std::vector<std::string> documents;
    evidence_status = store.ForEachEvidence(edge, [&](const EvidenceRecord& evidence) {
      if (sample.empty()) sample = evidence.text;
      if (documents.empty() || documents.back() != evidence.doc_id)
        documents.push_back(evidence.doc_id);
      return documents.size() < kMaxDocumentIdsPerEdge;
    });
    if (!evidence_status.ok()) return false;
    const std::string source = std::to_string(edge.source);
    const std::string target = std::to_string(edge.target);
    buffer.append("    <edge id=\"e").append(source).append("-");
    AppendXmlText(&buffer, edge.relation);
    buffer.append("-").append(target).append("\" source=\"n").append(source);
    buffer.append("\" target=\"n").append(target).append("\">\n");
    AppendData(&buffer, "relation", edge.relation);
    AppendData(&buffer, "elabel", edge.relation);
    AppendData(&buffer, "weight", std::to_string(edge.count));
    AppendData(&buffer, "count", std::to_string(edge.count));
    AppendData(&buffer, "first_date", edge.first_date);
    AppendData(&buffer, "last_date", edge.last_date);
    AppendData(&buffer, "evidence", sample);
    AppendData(&buffer, "documents", JsonList(documents));
    buffer.append("    </edge>\n");
    ++counts.edges;
    flush_if_full();
    return true;
  });
  if (!status.ok()) return status;
  if (!evidence_status.ok()) return evidence_status;

  buffer.append("  </graph>\n</graphml>\n");
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.flush();
  if (!out) return Status::IOError("could not write the GraphML output");
  return counts;
}

}  // namespace kg
