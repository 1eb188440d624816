// The write path of RocksStore: one document, one WriteBatch.
//
// Everything a document changes (its entities, alias entries, edges in both directions, evidence,
// the document record and the meta counters) goes into a single batch, so a crash leaves the
// document wholly stored or absent. In-memory counters and relation ids change only after the
// batch is written.
#include <rocksdb/write_batch.h>

#include <map>
#include <set>

#include "coding.h"
#include "kg/name_key.h"
#include "rocks_store.h"

namespace kg::store {
namespace {

void WidenDates(std::string_view date, std::string* first, std::string* last) {
  if (date.empty()) return;
  if (first->empty() || date < *first) *first = std::string(date);
  if (last->empty() || date > *last) *last = std::string(date);
}

void AddAlias(EntityRecord* entity, std::string_view alias) {
  if (alias.empty() || alias == entity->name) return;
  for (const std::string& known : entity->aliases) {
    if (known == alias) return;
  }
  entity->aliases.emplace_back(alias);
}

}  // namespace

// How one document changes one edge.
struct RocksStore::EdgeChange {
  std::int64_t count_delta = 0;
  bool lost_evidence = false;
  std::vector<std::string> added_dates;
};

// State of one ingest, applied to the batch at the end.
struct RocksStore::PendingDocument {
  rocksdb::WriteBatch batch;
  Counters counters;
  std::map<std::string, RelationId, std::less<>> new_relations;
  std::map<EntityId, EntityRecord> entities;  // touched entities, as they will be stored
  std::map<EntityId, std::int64_t> mention_deltas;
  std::map<EdgeKey, EdgeChange> edges;
  std::set<std::string> removed_evidence;
};

Result<EntityRecord*> RocksStore::TouchEntity(EntityId id, PendingDocument* pending) const {
  auto it = pending->entities.find(id);
  if (it != pending->entities.end()) return &it->second;
  Result<EntityRecord> stored = GetEntity(id);
  if (!stored.ok()) return stored.status();
  return &pending->entities.emplace(id, std::move(stored).value()).first->second;
}

Result<EntityId> RocksStore::ResolveEntity(const Entity& entity, PendingDocument* pending) const {
  std::vector<std::string_view> names = {entity.name};
  for (const std::string& alias : entity.aliases)
    names.push_back(alias);
  for (std::string_view name : names) {
    Result<std::vector<EntityRecord>> known = FindEntities(name);
    if (!known.ok()) return known.status();
    for (const EntityRecord& candidate : *known) {
      if (candidate.type == entity.type) return candidate.id;
    }
    // Entities created earlier in this same document are not in the database yet.
    for (const auto& [id, record] : pending->entities) {
      if (record.type == entity.type && NameKey(record.name) == NameKey(name)) {
        return id;
      }
    }
  }
  const EntityId id = pending->counters.next_entity++;
  ++pending->counters.entities;
  pending->entities.emplace(id, EntityRecord{id, entity.name, entity.type, {}, 0, {}, {}});
  return id;
}

RelationId RocksStore::RelationIdFor(std::string_view name, PendingDocument* pending) const {
  if (RelationId id = 0; RelationIdOf(name, &id)) return id;
  const auto pending_id = pending->new_relations.find(name);
  if (pending_id != pending->new_relations.end()) return pending_id->second;
  const RelationId id = pending->counters.next_relation++;
  pending->new_relations.emplace(std::string(name), id);
  pending->batch.Put(handles_[kMeta], std::string(kMetaRelationPrefix) + std::string(name),
                     BigEndian64(id));
  return id;
}

Status RocksStore::RetractDocument(const DocumentValue& old, PendingDocument* pending) const {
  for (const std::string& key : old.evidence_keys) {
    if (key.size() != kEvidenceKeySize)
      return Status::Corruption("database " + path_ + ": bad evidence key");
    pending->batch.Delete(handles_[kEvidence], key);
    pending->removed_evidence.insert(key);
    EdgeChange& change = pending->edges[ParseOutEdgeKey(key)];
    --change.count_delta;
    change.lost_evidence = true;
    --pending->counters.evidence;
  }
  for (const auto& [id, count] : old.mentions) {
    pending->mention_deltas[id] -= static_cast<std::int64_t>(count);
  }
  return Status::Ok();
}

Status RocksStore::ApplyEdgeChange(const EdgeKey& key, const EdgeChange& change,
                                   PendingDocument* pending) const {
  const std::string out_key = OutEdgeKey(key);
  std::string value;
  bool found = false;
  if (Status s = Get(kEdgesOut, out_key, &value, &found); !s.ok()) return s;
  EdgeValue edge;
  if (found && !DecodeEdge(value, &edge)) {
    return Status::Corruption("database " + path_ + ": unreadable edge record");
  }
  const std::int64_t count = static_cast<std::int64_t>(edge.count) + change.count_delta;
  if (count <= 0) {
    if (found) {
      pending->batch.Delete(handles_[kEdgesOut], out_key);
      pending->batch.Delete(handles_[kEdgesIn], InEdgeKey(key));
      --pending->counters.edges;
    }
    return Status::Ok();
  }
  if (change.lost_evidence) {
    // Dates may have come from the retracted evidence: recompute them from what remains.
    edge.first_date.clear();
    edge.last_date.clear();
    Status s = Scan(kEvidence, out_key, [&](const rocksdb::Slice& k, const rocksdb::Slice& v) {
      if (pending->removed_evidence.count(k.ToString()) > 0) return true;
      EvidenceRecord evidence;
      if (DecodeEvidence(std::string_view(v.data(), v.size()), &evidence)) {
        WidenDates(evidence.date, &edge.first_date, &edge.last_date);
      }
      return true;
    });
    if (!s.ok()) return s;
  }
  for (const std::string& date : change.added_dates)
    WidenDates(date, &edge.first_date, &edge.last_date);
  edge.count = static_cast<std::uint64_t>(count);
  const std::string encoded = EncodeEdge(edge);
  pending->batch.Put(handles_[kEdgesOut], out_key, encoded);
  pending->batch.Put(handles_[kEdgesIn], InEdgeKey(key), encoded);
  if (!found) ++pending->counters.edges;
  return Status::Ok();
}

Result<IngestOutcome> RocksStore::IngestDocument(const Extraction& extraction,
                                                 std::string_view content_hash) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);

  std::string old_value;
  bool replacing = false;
  if (Status s = Get(kDocuments, extraction.doc_id, &old_value, &replacing); !s.ok()) return s;
  DocumentValue old;
  if (replacing) {
    if (!DecodeDocument(old_value, &old)) {
      return Status::Corruption("database " + path_ + ": unreadable record of document " +
                                extraction.doc_id);
    }
    if (old.content_hash == content_hash) return IngestOutcome::kUnchanged;
  }

  PendingDocument pending;
  pending.counters = counters_;
  if (replacing) {
    if (Status s = RetractDocument(old, &pending); !s.ok()) return s;
  } else {
    ++pending.counters.documents;
  }

  DocumentValue document;
  document.number = replacing ? old.number : pending.counters.next_document++;
  document.content_hash = content_hash;
  document.date = extraction.date;

  std::vector<EntityId> ids;
  for (const Entity& entity : extraction.entities) {
    Result<EntityId> id = ResolveEntity(entity, &pending);
    if (!id.ok()) return id.status();
    Result<EntityRecord*> record = TouchEntity(*id, &pending);
    if (!record.ok()) return record.status();
    AddAlias(*record, entity.name);
    for (const std::string& alias : entity.aliases)
      AddAlias(*record, alias);
    WidenDates(extraction.date, &(*record)->first_seen, &(*record)->last_seen);
    pending.mention_deltas[*id] += static_cast<std::int64_t>(entity.mentions.size());
    document.mentions.emplace_back(*id, entity.mentions.size());
    ids.push_back(*id);
  }

  std::uint32_t seq = 0;
  for (const Fact& fact : extraction.facts) {
    if (fact.subject >= ids.size() || fact.object >= ids.size()) {
      return Status::InvalidArgument("fact refers to an entity the extraction does not have");
    }
    EdgeKey key{ids[fact.subject], RelationIdFor(fact.relation, &pending), ids[fact.object]};
    if (key.source == key.target) continue;
    if (fact.symmetric && key.source > key.target) std::swap(key.source, key.target);
    EvidenceRecord evidence{extraction.doc_id, fact.sentence,        fact.sentence_span,
                            fact.trigger_span, fact.trigger,         fact.modality,
                            fact.date,         fact.subject_mention, fact.object_mention,
                            fact.sentence_text};
    std::string evidence_key = EvidenceKey(key, document.number, seq++);
    pending.batch.Put(handles_[kEvidence], evidence_key, EncodeEvidence(evidence));
    pending.removed_evidence.erase(evidence_key);
    document.evidence_keys.push_back(std::move(evidence_key));
    EdgeChange& change = pending.edges[key];
    ++change.count_delta;
    change.added_dates.push_back(fact.date);
    ++pending.counters.evidence;
  }

  for (const auto& [key, change] : pending.edges) {
    if (Status s = ApplyEdgeChange(key, change, &pending); !s.ok()) return s;
  }
  for (const auto& [id, delta] : pending.mention_deltas) {
    Result<EntityRecord*> record = TouchEntity(id, &pending);
    if (!record.ok()) return record.status();
    const std::int64_t mentions = static_cast<std::int64_t>((*record)->mention_count) + delta;
    (*record)->mention_count = mentions > 0 ? static_cast<std::uint64_t>(mentions) : 0;
  }
  for (const auto& [id, record] : pending.entities) {
    pending.batch.Put(handles_[kEntities], EntityKey(id), EncodeEntity(record));
    pending.batch.Put(handles_[kAliases], AliasKey(NameKey(record.name), id), "");
    for (const std::string& alias : record.aliases) {
      pending.batch.Put(handles_[kAliases], AliasKey(NameKey(alias), id), "");
    }
  }
  pending.batch.Put(handles_[kDocuments], extraction.doc_id, EncodeDocument(document));
  WriteCounters(pending.counters, &pending.batch);

  const rocksdb::Status written = db_->Write(rocksdb::WriteOptions(), &pending.batch);
  if (!written.ok()) return FromRocks(written, path_);
  counters_ = pending.counters;
  for (auto& [name, id] : pending.new_relations) {
    relation_names_[id] = name;
    relation_ids_.emplace(name, id);
  }
  return replacing ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
}

void RocksStore::WriteCounters(const Counters& counters, rocksdb::WriteBatch* batch) const {
  rocksdb::ColumnFamilyHandle* meta = handles_[kMeta];
  batch->Put(meta, std::string(kMetaCountPrefix) + "documents", BigEndian64(counters.documents));
  batch->Put(meta, std::string(kMetaCountPrefix) + "entities", BigEndian64(counters.entities));
  batch->Put(meta, std::string(kMetaCountPrefix) + "edges", BigEndian64(counters.edges));
  batch->Put(meta, std::string(kMetaCountPrefix) + "evidence", BigEndian64(counters.evidence));
  batch->Put(meta, kMetaNextEntity, BigEndian64(counters.next_entity));
  batch->Put(meta, kMetaNextDocument, BigEndian64(counters.next_document));
  batch->Put(meta, kMetaNextRelation, BigEndian64(counters.next_relation));
}

}  // namespace kg::store
