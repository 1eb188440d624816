// The bulk import of RocksStore: sorted files ingested in one atomic step.
//
// Every imported node becomes a new entity with a fresh id, so none of an import's entity, alias or
// edge keys exist yet. Each column family's rows are therefore put in key order in memory
// (import_rows.h for the edges), written to an SST file with rocksdb::SstFileWriter (no memtable,
// no write-ahead log) and all files, the meta counters included, are added by one
// DB::IngestExternalFiles call, which records them in the MANIFEST atomically: after a crash an
// import is wholly present or absent. The edges_in file is written on a second thread, in
// parallel with the others. Each file's values are laid out in its key order before it is
// written, so that writing reads memory sequentially.
//
// Memory: about 80 bytes an edge (two sets of rows and of encoded values) on top of the
// ImportGraph itself.
#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <latch>
#include <map>
#include <thread>

#include "coding.h"
#include "entity_index.h"
#include "import_rows.h"
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

std::string EncodeImportedEdge(const ImportGraph::Edge& edge) {
  return EncodeEdge(
      EdgeValue{edge.count, edge.first_date, edge.last_date, edge.count, edge.weight});
}

// Values encoded back to back, in the order they are added.
class EncodedValues {
 public:
  void Reserve(std::size_t count) { ends_.reserve(count); }
  void Add(std::string_view value) {
    bytes_.append(value);
    ends_.push_back(bytes_.size());
  }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string bytes_;
  std::vector<std::size_t> ends_;
};

// The values of the edges of `rows`, in the rows' order. That order jumps about the edges, so
// each edge is fetched into the cache a few rows before it is encoded (without that, waiting for
// memory took a fifth of the import's time).
EncodedValues EncodeValues(const ImportGraph& graph, const std::vector<ImportRow>& rows) {
  constexpr std::size_t kAhead = 8;
  EncodedValues values;
  values.Reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i + kAhead < rows.size()) {
      const auto begin = reinterpret_cast<std::uintptr_t>(&graph.edges[rows[i + kAhead].index]);
      for (std::uintptr_t line = begin & ~std::uintptr_t{63};
           line < begin + sizeof(ImportGraph::Edge); line += 64)
        __builtin_prefetch(reinterpret_cast<const void*>(line));
    }
    values.Add(EncodeImportedEdge(graph.edges[rows[i].index]));
  }
  return values;
}

Status CheckGraph(const ImportGraph& graph) {
  if (graph.nodes.size() >= UINT32_MAX) return Status::InvalidArgument("too many nodes to import");
  if (graph.edges.size() >= UINT32_MAX) return Status::InvalidArgument("too many edges to import");
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

  const EntityId first_id = counters.next_entity;
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
  // The nodes' files are written on a thread of their own from the start, the edges_in file on
  // another (below), and the rest on this one.
  Status nodes_status;
  std::thread nodes_writer([&] {
    nodes_status = write_family(
        kEntities,
        [&](const auto& put) {
          for (std::size_t i = 0; i < graph.nodes.size(); ++i)
            put(EntityKey(first_id + i), EncodeEntity(graph.nodes[i]));
        },
        &files[kEntities]);
    if (nodes_status.ok()) {
      nodes_status = write_family(
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
    if (nodes_status.ok()) {
      nodes_status = write_family(
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
  });

  // Edges in edges_out order, repeated ones merged. A thread puts them in edges_in order while
  // this one encodes their values, then copies the values into that order and writes edges_in.
  const std::vector<ImportRow> out_rows = OutRows(&graph, relation_ids);
  EncodedValues out_values;
  std::latch encoded(1);
  Status in_status;
  std::thread in_writer([&] {
    const std::vector<ImportRow> in_rows = InRows(out_rows, graph.nodes.size());
    encoded.wait();
    EncodedValues in_values;
    in_values.Reserve(in_rows.size());
    for (const ImportRow& row : in_rows)
      in_values.Add(out_values[row.index]);
    std::string key;
    in_status = write_family(
        kEdgesIn,
        [&](const auto& put) {
          for (std::size_t i = 0; i < in_rows.size(); ++i) {
            const ImportRow& row = in_rows[i];
            key.clear();
            AppendInEdgeKey(&key, {first_id + row.minor, row.relation, first_id + row.major});
            put(key, in_values[i]);
          }
        },
        &files[kEdgesIn]);
  });
  out_values = EncodeValues(graph, out_rows);
  encoded.count_down();

  ImportStats stats{graph.nodes.size(), out_rows.size()};
  counters.next_entity += stats.entities;
  counters.entities += stats.entities;
  counters.edges += stats.edges;
  meta[std::string(kMetaCountPrefix) + "entities"] = BigEndian64(counters.entities);
  meta[std::string(kMetaCountPrefix) + "edges"] = BigEndian64(counters.edges);
  meta[std::string(kMetaNextEntity)] = BigEndian64(counters.next_entity);
  meta[std::string(kMetaNextRelation)] = BigEndian64(counters.next_relation);
  // Imported edges use edge value encoding 2, which older kg versions cannot read.
  meta[std::string(kMetaSchemaVersion)] = BigEndian64(kSchemaVersion);

  std::string key;
  Status status = write_family(
      kEdgesOut,
      [&](const auto& put) {
        for (std::size_t i = 0; i < out_rows.size(); ++i) {
          const ImportRow& row = out_rows[i];
          key.clear();
          AppendOutEdgeKey(&key, {first_id + row.major, row.relation, first_id + row.minor});
          put(key, out_values[i]);
        }
      },
      &files[kEdgesOut]);
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
  nodes_writer.join();
  for (const Status& written : {status, in_status, nodes_status}) {
    if (!written.ok()) return written;
  }

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
