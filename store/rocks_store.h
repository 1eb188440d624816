// RocksStore: the RocksDB implementation of Store (see schema.h for the layout).
//
// rocks_store.cc holds opening and reading; rocks_store_ingest.cc the write path;
// rocks_store_import.cc the bulk import; rocks_store_curate.cc merges, renames and aliases;
// rocks_store_check.cc the invariant check; store_migration.cc upgrades older schema versions.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "kg/store.h"
#include "schema.h"

namespace kg::store {

// Column families, in the order their handles are kept.
enum Family {
  kDefault,
  kEntities,
  kAliases,
  kEdgesOut,
  kEdgesIn,
  kEvidence,
  kDocuments,
  kMeta,
  kSurnames,
  kMentions,
  kFamilyCount
};

inline const char* const kFamilyNames[kFamilyCount] = {
    "default",       kEntitiesFamily,  kAliasesFamily, kEdgesOutFamily, kEdgesInFamily,
    kEvidenceFamily, kDocumentsFamily, kMetaFamily,    kSurnamesFamily, kMentionsFamily};

// Totals and id counters kept in the meta family and updated in each document's batch.
struct Counters {
  std::uint64_t documents = 0;
  std::uint64_t entities = 0;
  std::uint64_t edges = 0;
  std::uint64_t evidence = 0;
  std::uint64_t next_entity = 1;
  std::uint64_t next_document = 1;
  RelationId next_relation = 1;
};

class RocksStore final : public Store {
 public:
  RocksStore(std::string path, bool read_only) : path_(std::move(path)), read_only_(read_only) {}

  ~RocksStore() override;

  Status Open(bool create_if_missing);

  Result<IngestOutcome> IngestDocument(const Extraction& extraction, std::string_view content_hash,
                                       bool replace) override;
  Result<ImportStats> Import(ImportGraph graph) override;
  Result<StoreStats> Stats() const override {
    return StoreStats{counters_.documents, counters_.entities, counters_.edges, counters_.evidence};
  }
  Result<std::vector<EntityRecord>> FindEntities(std::string_view name) const override;
  Result<EntityRecord> GetEntity(EntityId id) const override;
  Status ForEachEntity(const std::function<bool(const EntityRecord&)>& visit) const override;
  Status ForEachEdge(const std::function<bool(const EdgeRecord&)>& visit) const override;
  Status ForEachEdgeOf(EntityId id, Direction direction,
                       const std::function<bool(const EdgeRecord&)>& visit) const override;
  Status ForEachEvidence(const EdgeRecord& edge,
                         const std::function<bool(const EvidenceRecord&)>& visit) const override;
  Status ForEachDocument(const std::function<bool(const DocumentRecord&)>& visit) const override;
  Result<EntityRecord> MergeEntities(EntityId into, EntityId from) override;
  Result<EntityRecord> RenameEntity(EntityId id, std::string_view new_name) override;
  Result<EntityRecord> AddAlias(EntityId id, std::string_view alias) override;
  Result<EntityRecord> RemoveAlias(EntityId id, std::string_view alias) override;
  Result<std::uint64_t> RemoveDocument(std::string_view doc_id) override;
  Result<std::string> Undo() override;
  Result<CheckSummary> Check(const std::function<void(const std::string&)>& report) const override;
  Status RecountTotals() override;
  Status Backup(const std::string& directory) const override;
  Result<std::vector<std::string>> RelationNames() const override;
  Result<std::vector<std::string>> SymmetricRelations() const override;

 private:
  // Calls visit(key, value) for every entry of `family` whose key starts with `prefix`.
  Status Scan(Family family, std::string_view prefix,
              const std::function<bool(const rocksdb::Slice&, const rocksdb::Slice&)>& visit) const;
  Status Get(Family family, std::string_view key, std::string* value, bool* found) const;
  Status LoadMeta();
  Status ReadMetaValues();  // the counters, relation ids and symmetric marks of `meta`
  Status ScanEdges(Family family, std::string_view prefix,
                   const std::function<bool(const EdgeRecord&)>& visit) const;
  bool RelationIdOf(std::string_view name, RelationId* id) const;
  Status Corrupt(const std::string& what) const;  // Corruption naming the database and `what`
  Status Create();
  Status Migrate(std::uint64_t from_version);  // store_migration.cc

  // Curation (rocks_store_curate.cc) and its journal (rocks_store_journal.cc).
  Status CheckNameIsFree(const EntityRecord& entity, std::string_view name) const;
  Status CheckAliasIsFree(const EntityRecord& entity, std::string_view alias) const;
  // Writes `after` (its name and type settled, entity_naming.h) in place of `before`.
  Result<EntityRecord> ReplaceEntity(const EntityRecord& before, EntityRecord after,
                                     std::string description);
  // Writes `batch` with a journal entry of what it changes, described by `description`.
  Status CommitCuration(rocksdb::WriteBatch* batch, std::string description);
  Result<std::optional<std::string>> LastJournalKey() const;

  // The invariant check (rocks_store_check.cc).
  struct Checker;
  Status CheckEntities(Checker* check) const;
  Status CheckIndex(Family family, Checker* check) const;
  Status CheckEdges(Checker* check) const;
  Status CheckDocuments(Checker* check) const;
  Status CheckJournal(Checker* check) const;

  // The write path (rocks_store_ingest.cc).
  struct PendingDocument;
  struct EdgeChange;
  Result<EntityRecord*> TouchEntity(EntityId id, PendingDocument* pending) const;
  Result<EntityId> ResolveEntity(const Entity& entity, PendingDocument* pending) const;
  Result<std::vector<EntityRecord>> CandidatesByName(std::string_view name,
                                                     const PendingDocument& pending) const;
  Result<std::vector<EntityRecord>> CandidatesBySurname(std::string_view word,
                                                        const PendingDocument& pending) const;
  RelationId RelationIdFor(std::string_view name, bool symmetric, PendingDocument* pending) const;
  Status RetractDocument(std::string_view doc_id, const DocumentValue& old,
                         PendingDocument* pending) const;
  Status ApplyEdgeChange(const EdgeKey& key, const EdgeChange& change,
                         PendingDocument* pending) const;
  void WriteCounters(const Counters& counters, rocksdb::WriteBatch* batch) const;
  // The pending edge changes and entity updates (mention counts, index entries), into its batch.
  Status WriteEdgesAndEntities(PendingDocument* pending) const;
  // Writes `batch`; after a failed write (a full disk) the store writes nothing more, not even
  // the log sync on close, which RocksDB refuses once a log write failed.
  Status Commit(rocksdb::WriteBatch* batch);
  // Opens (read-only) and closes the database with just the families `names`: why it cannot be.
  Status OpenListed(const std::vector<std::string>& names) const;

  std::string path_;
  bool read_only_;
  bool write_failed_ = false;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::map<std::string, RelationId, std::less<>> relation_ids_;
  std::map<RelationId, std::string> relation_names_;
  std::set<std::string, std::less<>> symmetric_relations_;
  Counters counters_;
  std::mutex write_mutex_;
};

// The RocksDB options every kg database is opened with.
rocksdb::Options DatabaseOptions();

// Translates a RocksDB status into a kg Status whose message names the database.
Status FromRocks(const rocksdb::Status& status, const std::string& path);

}  // namespace kg::store
