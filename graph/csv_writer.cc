#include "kg/csv_writer.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "export_text.h"
#include "kg/json_text.h"

namespace kg {
namespace {

using graph::AppendNumber;

void AppendCsvField(std::string* out, std::string_view text) {
  out->push_back(',');
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(text);
    return;
  }
  out->push_back('"');
  for (char c : text) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendListField(std::string* out, const std::vector<std::string>& items,
                     std::string* scratch) {
  scratch->clear();
  AppendJsonList(scratch, items);
  AppendCsvField(out, *scratch);
}

template <typename Number>
void AppendNumberField(std::string* out, Number value) {
  out->push_back(',');
  AppendNumber(out, value);
}

void AppendId(std::string* out, EntityId id) {
  out->push_back('n');
  AppendNumber(out, id);
}

// One output file, written under a temporary name and renamed by Commit().
class CsvFile {
 public:
  explicit CsvFile(std::filesystem::path path)
      : path_(std::move(path)),
        partial_(path_.string() + ".partial"),
        stream_(partial_, std::ios::binary | std::ios::trunc),
        out_(stream_) {}
  ~CsvFile() {
    std::error_code ignored;
    std::filesystem::remove(partial_, ignored);
  }

  bool opened() const { return stream_.is_open(); }
  graph::BufferedOutput& out() { return out_; }
  Status Commit() {
    Status status = out_.Finish();
    stream_.close();
    std::error_code error;
    if (status.ok() && stream_) std::filesystem::rename(partial_, path_, error);
    if (!status.ok() || !stream_ || error) return Status::IOError("cannot write " + path_.string());
    return Status::Ok();
  }

 private:
  std::filesystem::path path_;
  std::string partial_;
  std::ofstream stream_;
  graph::BufferedOutput out_;
};

}  // namespace

Result<ExportCounts> WriteCsv(const GraphSelection& graph, const std::string& directory) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error)
    return Status::IOError("cannot create directory " + directory + ": " + error.message());
  CsvFile nodes(std::filesystem::path(directory) / "nodes.csv");
  CsvFile edges(std::filesystem::path(directory) / "edges.csv");
  if (!nodes.opened() || !edges.opened()) return Status::IOError("cannot write in " + directory);
  std::string scratch;
  ExportCounts counts;

  std::string& node_buffer = *nodes.out().buffer();
  node_buffer.append("id:ID,name,type:LABEL,aliases,mention_count:int,first_seen,last_seen\n");
  Status status = graph.ForEachNode([&](const EntityRecord& entity) {
    AppendId(&node_buffer, entity.id);
    AppendCsvField(&node_buffer, entity.name);
    AppendCsvField(&node_buffer, EntityTypeName(entity.type));
    AppendListField(&node_buffer, entity.aliases, &scratch);
    AppendNumberField(&node_buffer, entity.mention_count);
    AppendCsvField(&node_buffer, entity.first_seen);
    AppendCsvField(&node_buffer, entity.last_seen);
    node_buffer.push_back('\n');
    ++counts.nodes;
    nodes.out().FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  std::string& edge_buffer = *edges.out().buffer();
  edge_buffer.append(
      ":START_ID,:END_ID,:TYPE,count:int,imported:int,weight:double,first_date,last_date,"
      "modalities,evidence,documents\n");
  status = graph.ForEachEdge([&](const EdgeRecord& edge, const EdgeEvidence& evidence) {
    AppendId(&edge_buffer, edge.source);
    edge_buffer.append(",n");
    AppendNumber(&edge_buffer, edge.target);
    AppendCsvField(&edge_buffer, edge.relation);
    AppendNumberField(&edge_buffer, edge.count);
    AppendNumberField(&edge_buffer, edge.imported);
    edge_buffer.push_back(',');
    if (edge.weight.has_value()) AppendNumber(&edge_buffer, *edge.weight);
    AppendCsvField(&edge_buffer, edge.first_date);
    AppendCsvField(&edge_buffer, edge.last_date);
    AppendListField(&edge_buffer, evidence.modalities, &scratch);
    AppendCsvField(&edge_buffer, evidence.sample);
    AppendListField(&edge_buffer, evidence.documents, &scratch);
    edge_buffer.push_back('\n');
    ++counts.edges;
    edges.out().FlushIfFull();
    return true;
  });
  if (!status.ok()) return status;

  if (Status s = nodes.Commit(); !s.ok()) return s;
  if (Status s = edges.Commit(); !s.ok()) return s;
  return counts;
}

}  // namespace kg
