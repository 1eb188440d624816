#include "kg/csv_import.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>
#include <unordered_map>

#include "csv_node_index.h"
#include "csv_reader.h"
#include "kg/ascii.h"
#include "kg/file_contents.h"
#include "kg/utf8.h"

namespace kg {
namespace {

enum class Column {
  kIgnored,
  kId,
  kName,
  kType,
  kAliases,
  kMentions,
  kFirstSeen,
  kLastSeen,
  kSource,
  kTarget,
  kRelation,
  kWeight,
  kCount,
  kFirstDate,
  kLastDate
};

// The meaning of one header field: "name", "name:type", ":ID", ":ID(space)", "id:ID(space)"...
Column ColumnOf(std::string_view header, bool edges) {
  const std::string lower = AsciiLower(header);
  const std::size_t colon = lower.find(':');
  const std::string name = lower.substr(0, colon);
  std::string kind = colon == std::string::npos ? "" : lower.substr(colon + 1);
  kind = kind.substr(0, kind.find('('));
  if (kind == "id") return Column::kId;
  if (kind == "start_id") return Column::kSource;
  if (kind == "end_id") return Column::kTarget;
  if (kind == "type") return Column::kRelation;
  if (kind == "label") return Column::kType;
  if (edges) {
    if (name == "src" || name == "source" || name == "from") return Column::kSource;
    if (name == "dst" || name == "target" || name == "to") return Column::kTarget;
    if (name == "rel" || name == "relation" || name == "type" || name == "label")
      return Column::kRelation;
    if (name == "weight") return Column::kWeight;
    if (name == "count") return Column::kCount;
    if (name == "first_date") return Column::kFirstDate;
    if (name == "last_date") return Column::kLastDate;
    return Column::kIgnored;
  }
  if (name == "id") return Column::kId;
  if (name == "name" || name == "label") return Column::kName;
  if (name == "type") return Column::kType;
  if (name == "aliases") return Column::kAliases;
  if (name == "mention_count" || name == "mentions") return Column::kMentions;
  if (name == "first_seen") return Column::kFirstSeen;
  if (name == "last_seen") return Column::kLastSeen;
  return Column::kIgnored;
}

// Lets maps keyed by std::string be searched with a std::string_view.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>()(text);
  }
};

// A CSV file's records with their columns resolved from the header.
class Table {
 public:
  // `text`, which must outlive the table, begins on line `first_line` of the file at `path`.
  Table(const std::string& path, std::string_view text, bool edges, std::size_t first_line = 1)
      : path_(&path), reader_(text, first_line), edges_(edges) {}

  Status ReadHeader() {
    if (!reader_.Next(&fields_))
      return Error(reader_.error().empty() ? "empty file" : reader_.error());
    for (std::string_view header : fields_)
      columns_.push_back(ColumnOf(header, edges_));
    return Status::Ok();
  }
  bool Has(Column column) const {
    for (Column c : columns_)
      if (c == column) return true;
    return false;
  }
  // Records left at most (a record may span lines).
  std::size_t LinesLeft() const {
    const std::string_view rest = reader_.rest();
    return static_cast<std::size_t>(std::count(rest.begin(), rest.end(), '\n')) + 1;
  }
  // The records not read yet as `count` tables with this one's columns, split after line ends
  // near equal sizes, and the lines each holds at most. One table when the text has a quote,
  // as a quoted field may hold a line end.
  std::vector<std::pair<Table, std::size_t>> Split(std::size_t count) const {
    const std::string_view rest = reader_.rest();
    if (rest.find('"') != std::string_view::npos) count = 1;
    std::vector<std::pair<Table, std::size_t>> parts;
    std::size_t begin = 0;
    std::size_t line = reader_.next_line();
    for (std::size_t part = 1; part <= count; ++part) {
      std::size_t end = rest.size();
      if (part < count) {
        end = rest.find('\n', std::max(begin, rest.size() / count * part));
        end = end == std::string_view::npos ? rest.size() : end + 1;
      }
      const std::string_view text = rest.substr(begin, end - begin);
      const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
      parts.emplace_back(Table(*path_, text, edges_, line), lines + 1);
      parts.back().first.columns_ = columns_;
      line += lines;
      begin = end;
    }
    return parts;
  }
  // Reads the next record; false at the end. `status` is set on malformed input.
  bool Next(Status* status) {
    if (!reader_.Next(&fields_)) {
      if (!reader_.error().empty()) *status = Error(reader_.error());
      return false;
    }
    if (fields_.size() != columns_.size()) {
      *status = Error("expected " + std::to_string(columns_.size()) + " fields, found " +
                      std::to_string(fields_.size()));
      return false;
    }
    return true;
  }
  // Calls take(column, text) for each field of the current record.
  template <typename Take>
  void ForEachField(const Take& take) {
    for (std::size_t i = 0; i < columns_.size(); ++i)
      if (columns_[i] != Column::kIgnored) take(columns_[i], fields_[i]);
  }
  Status Error(const std::string& message) const {
    return Status::InvalidArgument(*path_ + ":" + std::to_string(reader_.line()) + ": " + message);
  }

 private:
  const std::string* path_;
  graph::CsvReader reader_;
  bool edges_;
  std::vector<Column> columns_;
  std::vector<std::string_view> fields_;
};

template <typename Number>
bool ParseNumber(std::string_view text, Number* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

// Aliases: a JSON list of strings (kg's export), or names separated by ';' (Neo4j's arrays).
bool ParseAliases(std::string_view text, std::vector<std::string>* aliases) {
  aliases->clear();
  if (text.empty()) return true;
  if (text.front() != '[') {
    std::size_t begin = 0;
    while (begin <= text.size()) {
      const std::size_t end = std::min(text.find(';', begin), text.size());
      if (end > begin) aliases->emplace_back(text.substr(begin, end - begin));
      begin = end + 1;
    }
    return true;
  }
  const nlohmann::json list = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!list.is_array()) return false;
  for (const nlohmann::json& item : list) {
    if (!item.is_string()) return false;
    aliases->push_back(item.get<std::string>());
  }
  return true;
}

Status ReadNodes(Table* table, const CsvImportOptions& options, ImportGraph* graph,
                 graph::CsvNodeIndex* index, CsvImportReport* report) {
  if (Status s = table->ReadHeader(); !s.ok()) return s;
  if (!table->Has(Column::kId)) return table->Error("no id column (id or id:ID)");
  graph->nodes.reserve(table->LinesLeft());
  Status status;
  while (table->Next(&status)) {
    EntityRecord node;
    std::string id;
    std::string type_label;
    bool ok = true;
    std::string problem;
    table->ForEachField([&](Column column, std::string_view text) {
      if (FindInvalidUtf8(text).has_value()) {
        ok = false;
        problem = "invalid UTF-8";
      }
      switch (column) {
        case Column::kId:
          id = text;
          break;
        case Column::kName:
          node.name = text;
          break;
        case Column::kType:
          type_label = text.substr(0, text.find(';'));
          break;
        case Column::kAliases:
          if (!ParseAliases(text, &node.aliases)) {
            ok = false;
            problem = "aliases are neither a JSON list of strings nor ';'-separated";
          }
          break;
        case Column::kMentions:
          if (!text.empty() && !ParseNumber(text, &node.mention_count)) {
            ok = false;
            problem = "mention count '" + std::string(text) + "' is not a number";
          }
          break;
        case Column::kFirstSeen:
          node.first_seen = text;
          break;
        case Column::kLastSeen:
          node.last_seen = text;
          break;
        default:
          break;
      }
    });
    if (!ok) return table->Error(problem);
    if (id.empty()) return table->Error("node without an id");
    if (node.name.empty()) node.name = id;
    if (!MapEntityLabel(type_label, &node.type)) {
      node.type = options.unknown_type;
      ++report->retyped[type_label];
    }
    if (!index->Add(id, static_cast<std::uint32_t>(graph->nodes.size())))
      return table->Error("node id '" + id + "' appears twice");
    graph->nodes.push_back(std::move(node));
  }
  return status;
}

// What one thread read of the edge file: its edges, their relations numbered in the order the
// part first names them.
struct EdgePart {
  std::vector<ImportGraph::Edge> edges;
  std::vector<std::string> relations;
};

Status ReadEdgePart(Table* table, const graph::CsvNodeIndex& nodes, EdgePart* part) {
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> relations;
  Status status;
  while (table->Next(&status)) {
    ImportGraph::Edge edge;
    std::string problem;
    table->ForEachField([&](Column column, std::string_view text) {
      if (!problem.empty()) return;
      switch (column) {
        case Column::kSource:
        case Column::kTarget: {
          const std::optional<std::uint32_t> node = nodes.Find(text);
          if (!node.has_value()) {
            problem = "no node with id '" + std::string(text) + "'";
          } else {
            (column == Column::kSource ? edge.source : edge.target) = *node;
          }
          break;
        }
        case Column::kRelation: {
          // Only a relation not seen yet needs checking: the map holds valid ones.
          auto known = relations.find(text);
          if (known == relations.end()) {
            if (text.empty() || FindInvalidUtf8(text).has_value()) {
              problem = "relation is empty or not UTF-8";
              break;
            }
            known = relations.emplace(text, part->relations.size()).first;
            part->relations.emplace_back(text);
          }
          edge.relation = known->second;
          break;
        }
        case Column::kWeight: {
          double weight = 0;
          if (text.empty()) break;
          if (!ParseNumber(text, &weight) || !std::isfinite(weight)) {
            problem = "weight '" + std::string(text) + "' is not a number";
          } else {
            edge.weight = weight;
          }
          break;
        }
        case Column::kCount:
          if (!text.empty() && (!ParseNumber(text, &edge.count) || edge.count == 0))
            problem = "count '" + std::string(text) + "' is not a positive integer";
          break;
        case Column::kFirstDate:
          edge.first_date = text;
          break;
        case Column::kLastDate:
          edge.last_date = text;
          break;
        default:
          break;
      }
    });
    if (!problem.empty()) return table->Error(problem);
    if (FindInvalidUtf8(edge.first_date).has_value() || FindInvalidUtf8(edge.last_date).has_value())
      return table->Error("invalid UTF-8");
    part->edges.push_back(std::move(edge));
  }
  return status;
}

// Edge files without quotes are read in `threads` parts at once.
Status ReadEdges(Table* table, const graph::CsvNodeIndex& nodes, std::size_t threads,
                 ImportGraph* graph) {
  if (Status s = table->ReadHeader(); !s.ok()) return s;
  for (Column required : {Column::kSource, Column::kTarget, Column::kRelation}) {
    if (!table->Has(required))
      return table->Error(
          "needs source, target and relation columns (src,dst,rel or :START_ID,"
          ":END_ID,:TYPE)");
  }
  std::vector<std::pair<Table, std::size_t>> tables = table->Split(threads);
  std::vector<EdgePart> parts(tables.size());
  std::vector<Status> statuses(tables.size());
  std::size_t lines = 0;
  for (const auto& [part_table, part_lines] : tables)
    lines += part_lines;
  // The first part's edges become the graph's, so it has room for all of them.
  parts[0].edges.reserve(lines);
  for (std::size_t i = 1; i < parts.size(); ++i)
    parts[i].edges.reserve(tables[i].second);
  {
    std::vector<std::jthread> readers;
    for (std::size_t i = 1; i < parts.size(); ++i) {
      readers.emplace_back(
          [&, i] { statuses[i] = ReadEdgePart(&tables[i].first, nodes, &parts[i]); });
    }
    statuses[0] = ReadEdgePart(&tables[0].first, nodes, &parts[0]);
  }
  for (const Status& status : statuses) {
    if (!status.ok()) return status;
  }
  // Relations are numbered in the order the file first names them, as one reader would.
  graph->edges = std::move(parts[0].edges);
  graph->relations = std::move(parts[0].relations);
  std::unordered_map<std::string, std::uint32_t> numbers;
  for (std::size_t i = 0; i < graph->relations.size(); ++i)
    numbers.emplace(graph->relations[i], i);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    std::vector<std::uint32_t> renumbered;
    for (const std::string& relation : parts[i].relations) {
      const auto [known, added] = numbers.emplace(relation, graph->relations.size());
      if (added) graph->relations.push_back(relation);
      renumbered.push_back(known->second);
    }
    for (ImportGraph::Edge& edge : parts[i].edges) {
      edge.relation = renumbered[edge.relation];
      graph->edges.push_back(std::move(edge));
    }
  }
  return Status::Ok();
}

}  // namespace

bool MapEntityLabel(std::string_view label, EntityType* type) {
  static const std::unordered_map<std::string, EntityType> kLabels = {
      {"person", EntityType::kPerson},    {"per", EntityType::kPerson},
      {"org", EntityType::kOrg},          {"organization", EntityType::kOrg},
      {"organisation", EntityType::kOrg}, {"norp", EntityType::kOrg},
      {"gpe", EntityType::kGpe},          {"loc", EntityType::kLoc},
      {"location", EntityType::kLoc},     {"fac", EntityType::kLoc},
  };
  const auto found = kLabels.find(AsciiLower(label));
  if (found == kLabels.end()) return false;
  *type = found->second;
  return true;
}

Result<ImportGraph> ReadCsvGraph(const std::string& nodes_path, const std::string& edges_path,
                                 const CsvImportOptions& options, CsvImportReport* report) {
  ImportGraph graph;
  graph::CsvNodeIndex index;
  {
    Result<std::string> text = ReadFileContents(nodes_path, "CSV file");
    if (!text.ok()) return text.status();
    Table nodes(nodes_path, *text, /*edges=*/false);
    if (Status s = ReadNodes(&nodes, options, &graph, &index, report); !s.ok()) return s;
  }
  Result<std::string> text = ReadFileContents(edges_path, "CSV file");
  if (!text.ok()) return text.status();
  Table edges(edges_path, *text, /*edges=*/true);
  const std::size_t threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (Status s = ReadEdges(&edges, index, threads, &graph); !s.ok()) return s;
  return graph;
}

}  // namespace kg
