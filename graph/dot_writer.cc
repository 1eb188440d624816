#include "kg/dot_writer.h"

#include "export_text.h"
#include "kg/xml_text.h"

namespace kg {
namespace {

using graph::AppendNumber;

// Appends `text` as a quoted DOT string (see the header for the rules).
void AppendDotString(std::string* out, std::string_view text) {
  // XmlText drops what XML forbids (controls, invalid UTF-8) and escapes &<>"'; DOT needs only
  // & kept as an entity, so the other entities are turned back into characters.
  const std::string clean = XmlText(text);
  out->push_back('"');
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    if (c == '&') {
      const std::string_view rest = std::string_view(clean).substr(i);
      if (rest.starts_with("&lt;")) {
        out->push_back('<');
        i += 3;
      } else if (rest.starts_with("&gt;")) {
        out->push_back('>');
        i += 3;
      } else if (rest.starts_with("&quot;")) {
        out->append("\\\"");
        i += 5;
      } else if (rest.starts_with("&apos;")) {
        out->push_back('\'');
        i += 5;
      } else {
        out->append("&amp;");
        i += 4;
      }
    } else if (c == '\\') {
      out->append("\\\\");
    } else if (c == '\n') {
      out->append("\\n");
    } else if (c != '\r' && c != '\t') {
      out->push_back(c);
    } else {
      out->push_back(' ');
    }
  }
  out->push_back('"');
}

void AppendNodeId(std::string* out, EntityId id) {
  out->append("\"n");
  AppendNumber(out, id);
  out->push_back('"');
}

}  // namespace

Result<ExportCounts> WriteDot(const GraphSelection& graph, std::ostream& stream) {
  graph::BufferedOutput out(stream);
  std::string& buffer = *out.buffer();
  buffer.append(
      "digraph kg {\n"
      "  graph [charset=\"UTF-8\", overlap=false];\n"
      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n");
  ExportCounts counts;

  Status status = graph.ForEachNode([&](const EntityRecord& entity) {
    buffer.append("  ");
    AppendNodeId(&buffer, entity.id);
    buffer.append(" [label=");
    AppendDotString(&buffer, entity.name);
    buffer.append(", type=\"").append(EntityTypeName(entity.type));
    buffer.append("\", fillcolor=\"").append(graph::TypeColor(entity.type)).append("\"];\n");
    ++counts.nodes;
    out.FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  status = graph.ForEachEdge([&](const EdgeRecord& edge, const EdgeEvidence&) {
    buffer.append("  ");
    AppendNodeId(&buffer, edge.source);
    buffer.append(" -> ");
    AppendNodeId(&buffer, edge.target);
    buffer.append(" [label=");
    AppendDotString(&buffer, edge.relation);
    buffer.append(", relation=");
    AppendDotString(&buffer, edge.relation);
    buffer.append(", count=");
    AppendNumber(&buffer, edge.count);
    if (graph.IsSymmetric(edge.relation)) buffer.append(", dir=none");
    if (edge.weight.has_value()) {
      buffer.append(", edge_weight=\"");
      AppendNumber(&buffer, *edge.weight);
      buffer.push_back('"');
    }
    buffer.append("];\n");
    ++counts.edges;
    out.FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  buffer.append("}\n");
  if (Status s = out.Finish(); !s.ok()) return s;
  return counts;
}

}  // namespace kg
