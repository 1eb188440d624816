#include "rocks_store.h"

#include <rocksdb/utilities/checkpoint.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "coding.h"
#include "journal.h"
#include "kg/name_fold.h"

namespace kg::store {

Status FromRocks(const rocksdb::Status& status, const std::string& path) {
  if (status.ok()) return Status::Ok();
  const std::string detail = status.ToString();
  auto says = [&detail](std::string_view what) { return detail.find(what) != std::string::npos; };
  if (status.IsCorruption()) {
    return Status::Corruption("database " + path + " is corrupted (" + detail +
                              "); run 'kg check --repair' or restore a backup");
  }
  if (says("Permission denied") || says("Read-only file system")) {
    return Status::IOError(
        "database " + path + ": " +
        (says("Permission denied") ? "permission denied" : "read-only file system") +
        "; kg ingest and the other writing commands need write access to it");
  }
  // Only a lock that another process holds means "in use"; failing to create the lock file is
  // one of the cases above.
  if (status.IsIOError() && says("lock")) {
    return Status::Busy("database " + path + " is in use by another kg process");
  }
  for (std::string_view full : {"No space left on device", "File too large"}) {
    if (!says(full)) continue;
    return Status::IOError("database " + path + " cannot be written (" + std::string(full) +
                           "); what was stored before is intact: free space and run the same "
                           "command again");
  }
  return Status::IOError("database " + path + ": " + detail);
}

// The memory all column families' write buffers may take together.
constexpr std::size_t kWriteBufferBytes = std::size_t{64} << 20;

rocksdb::Options DatabaseOptions() {
  rocksdb::Options options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  options.compression = rocksdb::kLZ4Compression;
  options.bottommost_compression = rocksdb::kZSTD;
  options.info_log_level = rocksdb::WARN_LEVEL;
  options.keep_log_file_num = 2;
  options.max_background_jobs = 2;
  // Opening a database loads each column family's table files with this many threads, 16 by
  // default: ten families made 160 threads (two opens for a new database, 0.05-0.25 s of kg
  // import) to open the few files a kg store has.
  options.max_file_opening_threads = 1;
  // One cap on the memtables of all column families together: without it each of the ten
  // families may buffer 64 MB (two while flushing), so an ingest's memory grew with the corpus
  // (208 MB at 100 MB of news, all of it unflushed memtables).
  options.db_write_buffer_size = kWriteBufferBytes;
  return options;
}

namespace {

bool StartsWith(const rocksdb::Slice& key, std::string_view prefix) {
  return key.size() >= prefix.size() && std::memcmp(key.data(), prefix.data(), prefix.size()) == 0;
}

}  // namespace

RocksStore::~RocksStore() {
  // A finished write survives power loss too, not only a killed process.
  if (db_ != nullptr && !read_only_ && !write_failed_) db_->SyncWAL();
  for (rocksdb::ColumnFamilyHandle* handle : handles_)
    db_->DestroyColumnFamilyHandle(handle);
}

Status RocksStore::Commit(rocksdb::WriteBatch* batch) {
  if (write_failed_) return Status::IOError("database " + path_ + ": an earlier write failed");
  const rocksdb::Status status = db_->Write(rocksdb::WriteOptions(), batch);
  write_failed_ = !status.ok();
  return FromRocks(status, path_);
}

Status RocksStore::Corrupt(const std::string& what) const {
  return Status::Corruption("database " + path_ + ": " + what +
                            "; run 'kg check' to see what is damaged");
}

// A new database is built under a staging name, with every column family and the schema
// version, and renamed into place: a process killed while creating it leaves no half-made
// database behind, only a staging directory the next creation removes.
Status RocksStore::Create() {
  const std::string staging = path_ + ".creating";
  std::error_code error;
  std::filesystem::remove_all(staging, error);
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const char* name : kFamilyNames)
      families.emplace_back(name, rocksdb::ColumnFamilyOptions(DatabaseOptions()));
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status status =
        rocksdb::DB::Open(DatabaseOptions(), staging, families, &handles, &raw);
    if (!status.ok()) return FromRocks(status, path_);
    std::unique_ptr<rocksdb::DB> db(raw);
    rocksdb::WriteOptions sync;
    sync.sync = true;
    status = db->Put(sync, handles[kMeta], kMetaSchemaVersion, BigEndian64(kSchemaVersion));
    for (rocksdb::ColumnFamilyHandle* handle : handles)
      db->DestroyColumnFamilyHandle(handle);
    if (!status.ok()) return FromRocks(status, path_);
  }
  std::filesystem::rename(staging, path_, error);
  if (error) return Status::IOError("cannot create database " + path_ + ": " + error.message());
  return Status::Ok();
}

Status RocksStore::OpenListed(const std::vector<std::string>& names) const {
  const rocksdb::Options options = DatabaseOptions();
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& name : names)
    families.emplace_back(name, rocksdb::ColumnFamilyOptions(options));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  const rocksdb::Status status =
      rocksdb::DB::OpenForReadOnly(options, path_, families, &handles, &raw);
  if (!status.ok()) return FromRocks(status, path_);
  std::unique_ptr<rocksdb::DB> db(raw);
  for (rocksdb::ColumnFamilyHandle* handle : handles)
    db->DestroyColumnFamilyHandle(handle);
  return Status::Ok();
}

Status RocksStore::Open(bool create_if_missing) {
  const bool exists = std::filesystem::exists(std::filesystem::path(path_) / "CURRENT");
  if (!exists && (read_only_ || !create_if_missing)) {
    return Status::NotFound("no kg database at " + path_ + " (create one with 'kg ingest')");
  }
  if (!exists) {
    if (Status status = Create(); !status.ok()) return status;
  }
  if (read_only_) {
    // A read-only open cannot create the families a newer schema added.
    std::vector<std::string> present;
    const rocksdb::Status listed =
        rocksdb::DB::ListColumnFamilies(DatabaseOptions(), path_, &present);
    if (!listed.ok()) return FromRocks(listed, path_);
    for (const char* name : kFamilyNames) {
      if (std::find(present.begin(), present.end(), name) == present.end()) {
        // A damaged MANIFEST lists fewer families too: only a database that opens with the
        // families it lists is an older one.
        if (Status damaged = OpenListed(present); !damaged.ok()) return damaged;
        return Status::NotSupported("database " + path_ +
                                    " was written by an older kg; run 'kg check --repair' once "
                                    "to upgrade it");
      }
    }
  }
  const rocksdb::Options options = DatabaseOptions();
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const char* name : kFamilyNames)
    families.emplace_back(name, rocksdb::ColumnFamilyOptions(options));
  rocksdb::DB* db = nullptr;
  const rocksdb::Status status =
      read_only_ ? rocksdb::DB::OpenForReadOnly(options, path_, families, &handles_, &db)
                 : rocksdb::DB::Open(options, path_, families, &handles_, &db);
  if (!status.ok()) return FromRocks(status, path_);
  db_.reset(db);
  return LoadMeta();
}

Status RocksStore::Get(Family family, std::string_view key, std::string* value, bool* found) const {
  const rocksdb::Status status = db_->Get(rocksdb::ReadOptions(), handles_[family],
                                          rocksdb::Slice(key.data(), key.size()), value);
  *found = status.ok();
  if (status.IsNotFound()) return Status::Ok();
  return FromRocks(status, path_);
}

Status RocksStore::LoadMeta() {
  std::string value;
  bool found = false;
  if (Status s = Get(kMeta, kMetaSchemaVersion, &value, &found); !s.ok()) return s;
  if (!found) {
    if (read_only_) return Corrupt("no schema version");
    const rocksdb::Status put = db_->Put(rocksdb::WriteOptions(), handles_[kMeta],
                                         kMetaSchemaVersion, BigEndian64(kSchemaVersion));
    return FromRocks(put, path_);
  }
  if (value.size() != 8) return Corrupt("bad schema version");
  const std::uint64_t version = ReadBigEndian64(value);
  if (version > kSchemaVersion) {
    return Status::NotSupported("database " + path_ + " has schema version " +
                                std::to_string(version) + ", newer than this kg supports (" +
                                std::to_string(kSchemaVersion) + "); upgrade kg");
  }
  // Version 5 keys the name indexes by folded names, which a reader of an older database would
  // look up in vain: it asks for the migration instead.
  if (version < kSchemaVersion) {
    if (read_only_) {
      return Status::NotSupported("database " + path_ + " has schema version " +
                                  std::to_string(version) +
                                  "; run 'kg check --repair' once to upgrade it");
    }
    if (Status s = Migrate(version); !s.ok()) return s;
  }
  return ReadMetaValues();
}

Status RocksStore::ReadMetaValues() {
  return Scan(kMeta, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& val) {
    const std::string_view name(key.data(), key.size());
    if (name.starts_with(kMetaJournalPrefix) || val.size() != 8) return true;
    const std::uint64_t number = ReadBigEndian64(std::string_view(val.data(), 8));
    if (name.starts_with(kMetaSymmetricPrefix)) {
      symmetric_relations_.emplace(name.substr(kMetaSymmetricPrefix.size()));
    } else if (name.starts_with(kMetaRelationPrefix)) {
      const std::string relation(name.substr(kMetaRelationPrefix.size()));
      relation_ids_[relation] = static_cast<RelationId>(number);
      relation_names_[static_cast<RelationId>(number)] = relation;
    } else if (name == "count/documents") {
      counters_.documents = number;
    } else if (name == "count/entities") {
      counters_.entities = number;
    } else if (name == "count/edges") {
      counters_.edges = number;
    } else if (name == "count/evidence") {
      counters_.evidence = number;
    } else if (name == kMetaNextEntity) {
      counters_.next_entity = number;
    } else if (name == kMetaNextDocument) {
      counters_.next_document = number;
    } else if (name == kMetaNextRelation) {
      counters_.next_relation = static_cast<RelationId>(number);
    }
    return true;
  });
}

Status RocksStore::Scan(
    Family family, std::string_view prefix,
    const std::function<bool(const rocksdb::Slice&, const rocksdb::Slice&)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[family]));
  for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size()));
       it->Valid() && StartsWith(it->key(), prefix); it->Next()) {
    if (!visit(it->key(), it->value())) break;
  }
  return FromRocks(it->status(), path_);
}

bool RocksStore::RelationIdOf(std::string_view name, RelationId* id) const {
  const auto it = relation_ids_.find(name);
  if (it == relation_ids_.end()) return false;
  *id = it->second;
  return true;
}

Result<EntityRecord> RocksStore::GetEntity(EntityId id) const {
  std::string value;
  bool found = false;
  if (Status s = Get(kEntities, EntityKey(id), &value, &found); !s.ok()) return s;
  if (!found) return Status::NotFound("no entity with id " + std::to_string(id));
  EntityRecord entity;
  if (!DecodeEntity(value, &entity)) {
    return Corrupt("unreadable entity " + std::to_string(id));
  }
  entity.id = id;
  return entity;
}

Result<std::vector<EntityRecord>> RocksStore::FindEntities(std::string_view name) const {
  std::vector<EntityId> ids;
  const std::string prefix = AliasPrefix(FoldedNameKey(name));
  Status status = Scan(kAliases, prefix, [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
    if (key.size() == prefix.size() + 8) {
      ids.push_back(ReadBigEndian64(std::string_view(key.data() + prefix.size(), 8)));
    }
    return true;
  });
  if (!status.ok()) return status;
  std::vector<EntityRecord> entities;
  for (EntityId id : ids) {
    Result<EntityRecord> entity = GetEntity(id);
    if (!entity.ok()) return entity.status();
    entities.push_back(std::move(entity).value());
  }
  return entities;
}

Status RocksStore::ForEachEntity(const std::function<bool(const EntityRecord&)>& visit) const {
  bool corrupt = false;
  Status status = Scan(kEntities, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    EntityRecord entity;
    if (key.size() != 8 || !DecodeEntity(std::string_view(value.data(), value.size()), &entity)) {
      corrupt = true;
      return false;
    }
    entity.id = ReadBigEndian64(std::string_view(key.data(), 8));
    return visit(entity);
  });
  if (corrupt) return Corrupt("unreadable entity record");
  return status;
}

Status RocksStore::ScanEdges(Family family, std::string_view prefix,
                             const std::function<bool(const EdgeRecord&)>& visit) const {
  bool corrupt = false;
  Status status = Scan(family, prefix, [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    EdgeValue edge;
    const std::string_view key_bytes(key.data(), key.size());
    if (key.size() != kEdgeKeySize ||
        !DecodeEdge(std::string_view(value.data(), value.size()), &edge)) {
      corrupt = true;
      return false;
    }
    const EdgeKey parsed =
        family == kEdgesOut ? ParseOutEdgeKey(key_bytes) : ParseInEdgeKey(key_bytes);
    const auto relation = relation_names_.find(parsed.relation);
    if (relation == relation_names_.end()) {
      corrupt = true;
      return false;
    }
    return visit(EdgeRecord{parsed.source, relation->second, parsed.target, edge.count,
                            edge.first_date, edge.last_date, edge.imported, edge.weight});
  });
  if (corrupt) return Corrupt("unreadable edge record");
  return status;
}

Status RocksStore::ForEachEdge(const std::function<bool(const EdgeRecord&)>& visit) const {
  return ScanEdges(kEdgesOut, "", visit);
}

Status RocksStore::ForEachEdgeOf(EntityId id, Direction direction,
                                 const std::function<bool(const EdgeRecord&)>& visit) const {
  const std::string prefix = EntityKey(id);
  bool stopped = false;
  auto visit_until_stopped = [&](const EdgeRecord& edge) {
    stopped = !visit(edge);
    return !stopped;
  };
  if (direction != Direction::kIn) {
    if (Status s = ScanEdges(kEdgesOut, prefix, visit_until_stopped); !s.ok() || stopped) return s;
  }
  if (direction != Direction::kOut) {
    return ScanEdges(kEdgesIn, prefix, [&](const EdgeRecord& edge) {
      // A self-loop was already reported by the outgoing scan.
      if (direction == Direction::kBoth && edge.source == edge.target) return true;
      return visit(edge);
    });
  }
  return Status::Ok();
}

Status RocksStore::ForEachEvidence(const EdgeRecord& edge,
                                   const std::function<bool(const EvidenceRecord&)>& visit) const {
  RelationId relation = 0;
  if (!RelationIdOf(edge.relation, &relation)) return Status::Ok();
  bool corrupt = false;
  Status status =
      Scan(kEvidence, OutEdgeKey({edge.source, relation, edge.target}),
           [&](const rocksdb::Slice&, const rocksdb::Slice& value) {
             EvidenceRecord evidence;
             if (!DecodeEvidence(std::string_view(value.data(), value.size()), &evidence)) {
               corrupt = true;
               return false;
             }
             return visit(evidence);
           });
  if (corrupt) return Corrupt("unreadable evidence record");
  return status;
}

Status RocksStore::ForEachDocument(const std::function<bool(const DocumentRecord&)>& visit) const {
  bool corrupt = false;
  std::string bad_id;
  Status status = Scan(kDocuments, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    DocumentValue document;
    if (!DecodeDocument(std::string_view(value.data(), value.size()), &document)) {
      bad_id = key.ToString();
      corrupt = true;
      return false;
    }
    return visit(DocumentRecord{key.ToString(), document.date, document.evidence_keys.size(),
                                document.mentions.size()});
  });
  if (corrupt) return Corrupt("unreadable record of document " + bad_id);
  return status;
}

Status RocksStore::Backup(const std::string& directory) const {
  if (std::filesystem::exists(directory)) {
    return Status::InvalidArgument(directory + " already exists; a backup needs a new directory");
  }
  rocksdb::Checkpoint* raw = nullptr;
  rocksdb::Status status = rocksdb::Checkpoint::Create(db_.get(), &raw);
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  if (status.ok()) status = checkpoint->CreateCheckpoint(directory);
  if (!status.ok()) {
    return Status::IOError("cannot back up " + path_ + " to " + directory + ": " +
                           status.ToString());
  }
  return Status::Ok();
}

Result<std::vector<std::string>> RocksStore::SymmetricRelations() const {
  return std::vector<std::string>(symmetric_relations_.begin(), symmetric_relations_.end());
}

Result<std::vector<std::string>> RocksStore::RelationNames() const {
  std::vector<std::string> names;
  for (const auto& [name, id] : relation_ids_)
    names.push_back(name);
  return names;
}

}  // namespace kg::store
