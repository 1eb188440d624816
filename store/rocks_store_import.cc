// The bulk import of RocksStore: sorted files ingested in one atomic step.
//
// Every imported node becomes a new entity with a fresh id, so none of an import's entity, alias or
// edge keys exist yet. Each column family's rows are therefore sorted in memory, written to an SST
// file with rocksdb::SstFileWriter (no memtable, no write-ahead log) and all files, the meta
// counters included, are added by one DB::IngestExternalFiles call, which records them in the
// MANIFEST atomically: after a crash an import is wholly present or absent. The edges_in file is
// written on a second thread, in parallel with the others.
//
// Memory: the edges' sort keys and encoded values (about 50 bytes an edge) on top of the
// ImportGraph itself.
#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <thread>

#include "coding.h"
#include "entity_index.h"
#include "kg/name_key.h"
#include "rocks_store.h"

namespace kg::store {
namespace {

// One SST file for one column family, deleted when it goes out of scope unless RocksDB took it.
class SortedFile {
 public:
  SortedFile(const std::string& db_path, const char* family)
      : path_(db_path + "/import-" + std::to_string(::getpid()) + "-" + family + ".sst") {}
  ~SortedFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  SortedFile(const SortedFile&) = delete;
  SortedFile& operator=(const SortedFile&) = delete;

  rocksdb::Status Open(const rocksdb::Options& options) {
    writer_ = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(), options);
    return writer_->Open(path_);
  }
  // Keys must come in strictly increasing byte order.
  rocksdb::Status Put(std::string_view key, std::string_view value) {
    ++rows_;
    return writer_->Put(rocksdb::Slice(key.data(), key.size()),
                        rocksdb::Slice(value.data(), value.size()));
  }
  rocksdb::Status Finish() { return writer_->Finish(); }

  bool empty() const { return rows_ == 0; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<rocksdb::SstFileWriter> writer_;
  std::uint64_t rows_ = 0;
};

struct EdgeItem {
  EdgeKey key;
  std::uint32_t edge = 0;   // index into ImportGraph::edges
  std::uint32_t value = 0;  // index into EncodedValues
};

bool InKeyLess(const EdgeItem& a, const EdgeItem& b) {
  if (a.key.target != b.key.target) return a.key.target < b.key.target;
  if (a.key.relation != b.key.relation) return a.key.relation < b.key.relation;
  return a.key.source < b.key.source;
}

void Widen(std::string_view date, std::string* first, std::string* last) {
  if (date.empty()) return;
  if (first->empty() || date < *first) *first = std::string(date);
  if (last->empty() || date > *last) *last = std::string(date);
}

// Folds `from` into `into`: counts and weights add up, dates widen.
void MergeEdge(const ImportGraph::Edge& from, ImportGraph::Edge* into) {
  into->count += from.count;
  if (from.weight.has_value()) into->weight = into->weight.value_or(0.0) + *from.weight;
  Widen(from.first_date, &into->first_date, &into->last_date);
  Widen(from.last_date, &into->first_date, &into->last_date);
}

std::string EncodeImportedEdge(const ImportGraph::Edge& edge) {
  return EncodeEdge(
      EdgeValue{edge.count, edge.first_date, edge.last_date, edge.count, edge.weight});
}

// Edge values encoded once, back to back, so the sorted passes read a compact buffer.
class EncodedValues {
 public:
  void Reserve(std::size_t count) { ends_.reserve(count); }
  std::uint32_t Add(const std::string& value) {
    ends_.push_back(bytes_.size() + value.size());
    bytes_.append(value);
    return static_cast<std::uint32_t>(ends_.size() - 1);
  }
  std::string_view operator[](std::uint32_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string bytes_;
  std::vector<std::size_t> ends_;
};

Status CheckGraph(const ImportGraph& graph) {
  if (graph.nodes.size() >= UINT32_MAX) return Status::InvalidArgument("too many nodes to import");
  for (const EntityRecord& node : graph.nodes) {
    if (node.name.empty()) return Status::InvalidArgument("a node to import has no name");
  }
  for (const std::string& relation : graph.relations) {
    if (relation.empty()) return Status::InvalidArgument("an edge to import has no relation");
  }
  for (const ImportGraph::Edge& edge : graph.edges) {
    if (edge.source >= graph.nodes.size() || edge.target >= graph.nodes.size() ||
        edge.relation >= graph.relations.size()) {
      return Status::InvalidArgument("an edge to import refers to a node or relation it lacks");
    }
    if (edge.count == 0) return Status::InvalidArgument("an edge to import has count 0");
  }
  return Status::Ok();
}

}  // namespace

Result<ImportStats> RocksStore::Import(ImportGraph graph) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  if (Status s = CheckGraph(graph); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(write_mutex_);
  Counters counters = counters_;
  std::map<std::string, std::string> meta;  // sorted, as the meta file needs

  // Relation names to ids, creating the ones the store does not know yet.
  std::vector<RelationId> relation_ids;
  std::map<std::string, RelationId, std::less<>> new_relations;
  for (const std::string& name : graph.relations) {
    RelationId id = 0;
    if (!RelationIdOf(name, &id)) {
      auto [it, added] = new_relations.emplace(name, counters.next_relation);
      if (added) {
        ++counters.next_relation;
        meta[std::string(kMetaRelationPrefix) + name] = BigEndian64(it->second);
      }
      id = it->second;
    }
    relation_ids.push_back(id);
  }

  // Edges sorted by their edges_out key, duplicates folded into the first of each run. Values are
  // encoded in input order, which reads the edges sequentially.
  const EntityId first_id = counters.next_entity;
  EncodedValues values;
  values.Reserve(graph.edges.size());
  std::vector<EdgeItem> items;
  items.reserve(graph.edges.size());
  for (std::uint32_t i = 0; i < graph.edges.size(); ++i) {
    const ImportGraph::Edge& edge = graph.edges[i];
    items.push_back({{first_id + edge.source, relation_ids[edge.relation], first_id + edge.target},
                     i,
                     values.Add(EncodeImportedEdge(edge))});
  }
  std::sort(items.begin(), items.end(),
            [](const EdgeItem& a, const EdgeItem& b) { return a.key < b.key; });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (kept > 0 && items[kept - 1].key == items[i].key) {
      EdgeItem& first = items[kept - 1];
      MergeEdge(graph.edges[items[i].edge], &graph.edges[first.edge]);
      first.value = values.Add(EncodeImportedEdge(graph.edges[first.edge]));
    } else {
      items[kept++] = items[i];
    }
  }
  items.resize(kept);

  ImportStats stats{graph.nodes.size(), items.size()};
  counters.next_entity += stats.entities;
  counters.entities += stats.entities;
  counters.edges += stats.edges;
  meta[std::string(kMetaCountPrefix) + "entities"] = BigEndian64(counters.entities);
  meta[std::string(kMetaCountPrefix) + "edges"] = BigEndian64(counters.edges);
  meta[std::string(kMetaNextEntity)] = BigEndian64(counters.next_entity);
  meta[std::string(kMetaNextRelation)] = BigEndian64(counters.next_relation);
  // Imported edges use edge value encoding 2, which older kg versions cannot read.
  meta[std::string(kMetaSchemaVersion)] = BigEndian64(kSchemaVersion);

  // Writes one family's file; `fill` calls put(key, value) in increasing key order. Leaves
  // `file` null when there were no rows.
  auto write_family = [&](Family family, const auto& fill,
                          std::unique_ptr<SortedFile>* file) -> Status {
    *file = std::make_unique<SortedFile>(path_, kFamilyNames[family]);
    rocksdb::Options options = db_->GetOptions(handles_[family]);
    // Ingested files usually land in the bottommost level, whose zstd would take most of the
    // import's time; compaction recompresses them later.
    options.bottommost_compression = rocksdb::kDisableCompressionOption;
    rocksdb::Status status = (*file)->Open(options);
    auto put = [&](std::string_view key, std::string_view value) {
      if (status.ok()) status = (*file)->Put(key, value);
    };
    if (status.ok()) fill(put);
    if (status.ok() && !(*file)->empty()) status = (*file)->Finish();
    if ((*file)->empty()) file->reset();
    return FromRocks(status, path_);
  };

  std::unique_ptr<SortedFile> files[std::size(kFamilyNames)];
  // edges_in is sorted and written on a second thread while this one writes the rest.
  Status in_status;
  std::thread in_writer([&] {
    std::vector<EdgeItem> in_order = items;
    std::sort(in_order.begin(), in_order.end(), InKeyLess);
    std::string key;
    in_status = write_family(
        kEdgesIn,
        [&](const auto& put) {
          for (const EdgeItem& item : in_order) {
            key.clear();
            AppendInEdgeKey(&key, item.key);
            put(key, values[item.value]);
          }
        },
        &files[kEdgesIn]);
  });
  std::string key;
  Status status = write_family(
      kEdgesOut,
      [&](const auto& put) {
        for (const EdgeItem& item : items) {
          key.clear();
          AppendOutEdgeKey(&key, item.key);
          put(key, values[item.value]);
        }
      },
      &files[kEdgesOut]);
  if (status.ok()) {
    status = write_family(
        kEntities,
        [&](const auto& put) {
          for (std::size_t i = 0; i < graph.nodes.size(); ++i)
            put(EntityKey(first_id + i), EncodeEntity(graph.nodes[i]));
        },
        &files[kEntities]);
  }
  if (status.ok()) {
    status = write_family(
        kAliases,
        [&](const auto& put) {
          std::vector<std::string> keys;
          for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            for (const std::string& name : IndexedNames(graph.nodes[i]))
              keys.push_back(AliasKey(name, first_id + i));
          }
          std::sort(keys.begin(), keys.end());
          keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
          for (const std::string& alias_key : keys)
            put(alias_key, "");
        },
        &files[kAliases]);
  }
  if (status.ok()) {
    status = write_family(
        kSurnames,
        [&](const auto& put) {
          std::vector<std::string> keys;
          for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            for (const std::string& surname : IndexedSurnames(graph.nodes[i]))
              keys.push_back(AliasKey(surname, first_id + i));
          }
          std::sort(keys.begin(), keys.end());
          for (const std::string& surname_key : keys)
            put(surname_key, "");
        },
        &files[kSurnames]);
  }
  if (status.ok()) {
    status = write_family(
        kMeta,
        [&](const auto& put) {
          for (const auto& [name, value] : meta)
            put(name, value);
        },
        &files[kMeta]);
  }
  in_writer.join();
  if (!status.ok()) return status;
  if (!in_status.ok()) return in_status;

  std::vector<rocksdb::IngestExternalFileArg> args;
  for (std::size_t family = 0; family < std::size(files); ++family) {
    if (files[family] == nullptr) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = handles_[family];
    arg.external_files = {files[family]->path()};
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (rocksdb::Status s = db_->IngestExternalFiles(args); !s.ok()) return FromRocks(s, path_);
  counters_ = counters;
  for (const auto& [name, id] : new_relations) {
    relation_ids_.emplace(name, id);
    relation_names_[id] = name;
  }
  return stats;
}

}  // namespace kg::store
