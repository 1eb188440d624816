// Store: the knowledge graph persisted in RocksDB.
//
// A Store is a directory holding a RocksDB database with one column family per concept (see
// docs/storage.md). Documents are ingested atomically: all of a document's entities, edges and
// evidence are written in one WriteBatch, so after any crash a document is either wholly stored or
// absent. Ingesting the same document (same id, same content hash) again changes nothing; a
// different document with the id of a stored one is refused (kConflict, nothing written) unless
// the caller asks to replace it, when it replaces the earlier one's evidence.
//
// One process may open a store for writing at a time; a second writer gets Status::Busy. Any
// number of processes may open it read-only, each seeing the state as of its Open(). Opening an
// older schema version for writing migrates it; a newer one is refused.
// All methods return errors as values; none throws.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/extraction.h"
#include "kg/status.h"

namespace kg {

using EntityId = std::uint64_t;

struct EntityRecord {
  EntityId id = 0;
  std::string name;
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;
  std::uint64_t mention_count = 0;
  std::string first_seen;  // earliest document date, empty when no document had a date
  std::string last_seen;
  // Mentions ingested under each type (indexed by EntityType): the vote that decides `type`.
  std::array<std::uint64_t, 4> type_votes{};
  // The names documents gave it as their canonical name (not their other forms, such as
  // demonyms or surnames): those the canonical name is chosen from. Sorted, unique.
  std::vector<std::string> document_names = {};
  bool pinned = false;  // `name` was chosen by a user (RenameEntity); ingests keep it
};

struct EdgeRecord {
  EntityId source = 0;
  std::string relation;
  EntityId target = 0;
  std::uint64_t count = 0;  // pieces of evidence plus `imported`
  std::string first_date;
  std::string last_date;
  std::uint64_t imported = 0;    // part of `count` loaded by Import(), which has no evidence
  std::optional<double> weight;  // set only by Import() from a weighted edge list
};

struct EvidenceRecord {
  std::string doc_id;
  std::uint32_t sentence = 0;
  Span sentence_span;
  Span trigger_span;
  std::string trigger;
  std::string modality;
  std::string date;  // the event's: the sentence's own date when it has one, else `published`
  std::string subject_mention;
  std::string object_mention;
  std::string text;
  // The qualifiers of the extraction contract (Fact), empty when the sentence names none.
  std::string source;     // who the statement is attributed to
  std::string agent;      // the group that acted for the subject
  std::string location;   // where it happened
  std::string published;  // the document's date
};

struct DocumentRecord {
  std::string id;
  std::string date;
  std::uint64_t evidence = 0;  // pieces of evidence the document contributes
  std::uint64_t entities = 0;  // entities it mentions
};

// What `Check` looked at; violations are reported through its callback.
struct CheckSummary {
  std::uint64_t records = 0;  // records examined, all families together
  std::uint64_t violations = 0;
};

struct StoreStats {
  std::uint64_t documents = 0;
  std::uint64_t entities = 0;
  std::uint64_t edges = 0;
  std::uint64_t evidence = 0;
};

// A graph for Store::Import: edges refer to nodes and relation names by index. Each node becomes a
// new entity (its `id` is ignored); repeated (source, relation, target) edges are merged, summing
// counts and weights and widening dates.
struct ImportGraph {
  struct Edge {
    std::uint32_t source = 0;    // index into nodes
    std::uint32_t relation = 0;  // index into relations
    std::uint32_t target = 0;
    std::uint64_t count = 1;
    std::optional<double> weight;
    std::string first_date;
    std::string last_date;
  };
  std::vector<EntityRecord> nodes;
  std::vector<std::string> relations;
  std::vector<Edge> edges;
};

struct ImportStats {
  std::uint64_t entities = 0;  // entities added
  std::uint64_t edges = 0;     // distinct edges added
};

// kConflict: a different document with this id is stored, and replacing was not asked for.
enum class IngestOutcome { kAdded, kUnchanged, kReplaced, kConflict };

enum class Direction { kOut, kIn, kBoth };

struct StoreOptions {
  bool read_only = false;
  bool create_if_missing = true;  // ignored when read_only
};

class Store {
 public:
  // Schema version this build writes; Open() refuses databases with a newer one.
  static constexpr std::uint32_t kSchemaVersion = 5;

  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);
  virtual ~Store() = default;

  // Stores one document's extraction. `content_hash` identifies the document's content; a
  // stored document with the same id and another hash is replaced only when `replace` is set.
  virtual Result<IngestOutcome> IngestDocument(const Extraction& extraction,
                                               std::string_view content_hash,
                                               bool replace = false) = 0;

  // Bulk-loads `graph` atomically (all of it or nothing) by writing sorted files and ingesting
  // them. Imported edges carry no evidence: their count is recorded as EdgeRecord::imported.
  virtual Result<ImportStats> Import(ImportGraph graph) = 0;

  virtual Result<StoreStats> Stats() const = 0;

  // Entities whose canonical name or alias equals `name`, case-insensitively.
  virtual Result<std::vector<EntityRecord>> FindEntities(std::string_view name) const = 0;
  virtual Result<EntityRecord> GetEntity(EntityId id) const = 0;

  // Visitors return false to stop early.
  virtual Status ForEachEntity(const std::function<bool(const EntityRecord&)>& visit) const = 0;
  virtual Status ForEachEdge(const std::function<bool(const EdgeRecord&)>& visit) const = 0;
  // Edges with `id` as source (kOut), as target (kIn) or either (kBoth), by prefix scan.
  virtual Status ForEachEdgeOf(EntityId id, Direction direction,
                               const std::function<bool(const EdgeRecord&)>& visit) const = 0;
  virtual Status ForEachEvidence(const EdgeRecord& edge,
                                 const std::function<bool(const EvidenceRecord&)>& visit) const = 0;
  // The relations the store has ever held an edge of, sorted by name.
  virtual Result<std::vector<std::string>> RelationNames() const = 0;
  // Those of them that are symmetric, as the relation lexicon said when the store first held an
  // edge of each (meta/symmetric/*), sorted by name.
  virtual Result<std::vector<std::string>> SymmetricRelations() const = 0;
  // Stored documents in id order.
  virtual Status ForEachDocument(const std::function<bool(const DocumentRecord&)>& visit) const = 0;

  // Curation. Each call is one atomic write; the returned record is the entity afterwards.
  // MergeEntities moves everything of `from` to `into`: names become aliases, edges and their
  // evidence are re-keyed (edges between the two disappear with their evidence, as kg stores no
  // self-loops), documents' records follow, and `from` is deleted.
  virtual Result<EntityRecord> MergeEntities(EntityId into, EntityId from) = 0;
  // The old canonical name stays as an alias, so mentions of it keep resolving here.
  virtual Result<EntityRecord> RenameEntity(EntityId id, std::string_view new_name) = 0;
  // Refused when `alias` already names another entity: an alias names one entity.
  virtual Result<EntityRecord> AddAlias(EntityId id, std::string_view alias) = 0;
  // Removes an alias (not the canonical name).
  virtual Result<EntityRecord> RemoveAlias(EntityId id, std::string_view alias) = 0;
  // Deletes a document: its evidence, its mentions, its record, and the edges left without
  // evidence. Returns the pieces of evidence deleted; NotFound for an unknown id.
  virtual Result<std::uint64_t> RemoveDocument(std::string_view doc_id) = 0;
  // Every curation above is journalled; Undo reverts the last one not yet undone (a merge with
  // its edges and evidence) in one write and returns its description. NotFound when there is
  // none; InvalidArgument when a later write changed what it changed.
  virtual Result<std::string> Undo() = 0;

  // Verifies the invariants listed in docs/storage.md, calling `report` with a one-line
  // description of each violation. Fails only when the database cannot be read at all.
  virtual Result<CheckSummary> Check(
      const std::function<void(const std::string&)>& report) const = 0;
  // Recomputes the document, entity, edge and evidence totals from the data (after a repair).
  virtual Status RecountTotals() = 0;
  // Writes a consistent copy of the database to `directory`, which must not exist yet.
  virtual Status Backup(const std::string& directory) const = 0;

  // Salvages a database RocksDB cannot open (damaged files); what was lost may leave `Check`
  // violations behind.
  static Status Repair(const std::string& path);
};

}  // namespace kg
