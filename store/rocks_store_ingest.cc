// The write path of RocksStore: one document, one WriteBatch.
//
// Everything a document changes (its entities, alias and surname entries, edges in both
// directions, evidence, mention entries, the document record and the meta counters) goes into a
// single batch, so a crash leaves the document wholly stored or absent. In-memory counters and
// relation ids change only after the batch is written.
//
// Entity resolution (docs/storage.md; names compared as FoldedNameKey): an extracted entity joins
// a stored one found by (1) its full name, (2) one of its aliases other than a person's surname
// alone; of another type only when that name has several words or neither has a name of several
// words (so a place named "Washington" and a person known as "George Washington" stay apart).
// (3) A one-word PERSON name joins the only PERSON one of whose multi-word names ends with that
// word, and a multi-word PERSON name joins the only PERSON known by its last word alone when no
// PERSON has a multi-word name ending with it yet, so a surname and its full name meet in either
// order. (4) A lone one-word name (no other form of it in its document, so its type is a guess)
// joins the only stored entity of that name whatever its type. Among several matches one of the
// same type wins, then one whose canonical name matches, then the most mentioned, then the
// oldest. Otherwise the entity is new. The names it was found by become names of the entity, its
// mentions vote for its type, and its canonical name and type are settled from all of them
// (entity_naming.h).
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "coding.h"
#include "entity_index.h"
#include "entity_naming.h"
#include "kg/name_fold.h"
#include "kg/name_key.h"
#include "rocks_store.h"

namespace kg::store {
namespace {

void WidenDates(std::string_view date, std::string* first, std::string* last) {
  if (date.empty()) return;
  if (first->empty() || date < *first) *first = std::string(date);
  if (last->empty() || date > *last) *last = std::string(date);
}

bool HasMultiWordName(const EntityRecord& entity) {
  for (const std::string& name : IndexedNames(entity)) {
    if (name.find(' ') != std::string::npos) return true;
  }
  return false;
}

bool HasMultiWordName(const Entity& entity) {
  if (entity.name.find(' ') != std::string::npos) return true;
  return std::any_of(entity.aliases.begin(), entity.aliases.end(),
                     [](const std::string& alias) { return alias.find(' ') != std::string::npos; });
}

// The best candidate for `entity` found by `normalized_name` (see the resolution order above),
// or nullptr.
const EntityRecord* Best(const std::vector<EntityRecord>& candidates, const Entity& entity,
                         std::string_view normalized_name) {
  const EntityType type = entity.type;
  const bool full_name = normalized_name.find(' ') != std::string_view::npos;
  const bool one_word_entity = !HasMultiWordName(entity);
  const EntityRecord* best = nullptr;
  auto rank = [&](const EntityRecord& e) {
    return std::tuple(e.type == type, FoldedNameKey(e.name) == normalized_name, e.mention_count,
                      std::numeric_limits<EntityId>::max() - e.id);
  };
  for (const EntityRecord& candidate : candidates) {
    const bool across_types = full_name || (one_word_entity && !HasMultiWordName(candidate));
    if (candidate.type != type && !across_types) continue;
    if (best == nullptr || rank(candidate) > rank(*best)) best = &candidate;
  }
  return best;
}

bool HasName(const EntityRecord& entity, std::string_view normalized_name) {
  const std::vector<std::string> names = IndexedNames(entity);
  return std::binary_search(names.begin(), names.end(), normalized_name);
}

bool HasSurname(const EntityRecord& entity, std::string_view word) {
  const std::vector<std::string> surnames = IndexedSurnames(entity);
  return std::binary_search(surnames.begin(), surnames.end(), word);
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
  std::set<std::string, std::less<>> new_symmetric;
  std::map<EntityId, EntityRecord> entities;         // touched entities, as they will be stored
  std::map<EntityId, EntityRecord> stored_entities;  // touched entities as they were stored
  std::map<EntityId, std::int64_t> mention_deltas;
  std::map<EdgeKey, EdgeChange> edges;
  std::set<std::string> removed_evidence;
};

Result<EntityRecord*> RocksStore::TouchEntity(EntityId id, PendingDocument* pending) const {
  auto it = pending->entities.find(id);
  if (it != pending->entities.end()) return &it->second;
  Result<EntityRecord> stored = GetEntity(id);
  if (!stored.ok()) return stored.status();
  pending->stored_entities.emplace(id, *stored);
  return &pending->entities.emplace(id, std::move(stored).value()).first->second;
}

// Stored entities named `name`, as this document has changed them so far, and entities this
// document created.
Result<std::vector<EntityRecord>> RocksStore::CandidatesByName(
    std::string_view name, const PendingDocument& pending) const {
  Result<std::vector<EntityRecord>> stored = FindEntities(name);
  if (!stored.ok()) return stored;
  std::vector<EntityRecord> candidates;
  for (EntityRecord& entity : *stored) {
    if (pending.entities.count(entity.id) == 0) candidates.push_back(std::move(entity));
  }
  const std::string normalized = FoldedNameKey(name);
  for (const auto& [id, entity] : pending.entities) {
    if (HasName(entity, normalized)) candidates.push_back(entity);
  }
  return candidates;
}

// PERSON entities with a multi-word name ending in `word`, stored or pending.
Result<std::vector<EntityRecord>> RocksStore::CandidatesBySurname(
    std::string_view word, const PendingDocument& pending) const {
  const std::string normalized(LastWord(FoldedNameKey(word)));
  const std::string prefix = AliasPrefix(normalized);
  std::vector<EntityId> ids;
  Status status = Scan(kSurnames, prefix, [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
    if (key.size() == prefix.size() + 8) {
      const EntityId id = ReadBigEndian64(std::string_view(key.data() + prefix.size(), 8));
      if (pending.entities.count(id) == 0) ids.push_back(id);
    }
    return true;
  });
  if (!status.ok()) return status;
  std::vector<EntityRecord> candidates;
  for (EntityId id : ids) {
    Result<EntityRecord> entity = GetEntity(id);
    if (!entity.ok()) return entity.status();
    candidates.push_back(std::move(entity).value());
  }
  for (const auto& [id, entity] : pending.entities) {
    if (HasSurname(entity, normalized)) candidates.push_back(entity);
  }
  return candidates;
}

Result<EntityId> RocksStore::ResolveEntity(const Entity& entity, PendingDocument* pending) const {
  const std::string surname(LastWord(FoldedNameKey(entity.name)));
  const bool one_word = NameKey(entity.name).find(' ') == std::string::npos;
  std::vector<std::string_view> names = {entity.name};
  for (const std::string& alias : entity.aliases) {
    // A person's surname alone finds people by rule (3), which asks that it be one person's.
    const bool is_surname = entity.type == EntityType::kPerson && FoldedNameKey(alias) == surname;
    if (one_word || !is_surname) names.push_back(alias);
  }
  std::optional<std::vector<EntityRecord>> by_full_name;
  for (std::string_view name : names) {
    Result<std::vector<EntityRecord>> candidates = CandidatesByName(name, *pending);
    if (!candidates.ok()) return candidates.status();
    if (const EntityRecord* best = Best(*candidates, entity, FoldedNameKey(name))) {
      return best->id;
    }
    if (!by_full_name) by_full_name = std::move(candidates).value();
  }
  if (entity.type == EntityType::kPerson) {
    Result<std::vector<EntityRecord>> people = CandidatesBySurname(surname, *pending);
    if (!people.ok()) return people.status();
    if (one_word && people->size() == 1) return people->front().id;
    if (!one_word && people->empty()) {
      Result<std::vector<EntityRecord>> by_surname = CandidatesByName(surname, *pending);
      if (!by_surname.ok()) return by_surname.status();
      std::erase_if(*by_surname, [](const EntityRecord& e) {
        return e.type != EntityType::kPerson || HasMultiWordName(e);
      });
      if (by_surname->size() == 1) return by_surname->front().id;
    }
  }
  if (one_word && entity.aliases.empty() && by_full_name->size() == 1) {
    return by_full_name->front().id;
  }
  const EntityId id = pending->counters.next_entity++;
  ++pending->counters.entities;
  EntityRecord created;
  created.id = id;
  created.name = entity.name;
  created.type = entity.type;
  pending->entities.emplace(id, std::move(created));
  return id;
}

RelationId RocksStore::RelationIdFor(std::string_view name, bool symmetric,
                                     PendingDocument* pending) const {
  // Merges need to know which relations have no direction, to keep their edges low id first.
  if (symmetric && symmetric_relations_.count(name) == 0 &&
      pending->new_symmetric.emplace(name).second) {
    pending->batch.Put(handles_[kMeta], std::string(kMetaSymmetricPrefix) + std::string(name),
                       BigEndian64(1));
  }
  if (RelationId id = 0; RelationIdOf(name, &id)) return id;
  const auto pending_id = pending->new_relations.find(name);
  if (pending_id != pending->new_relations.end()) return pending_id->second;
  const RelationId id = pending->counters.next_relation++;
  pending->new_relations.emplace(std::string(name), id);
  pending->batch.Put(handles_[kMeta], std::string(kMetaRelationPrefix) + std::string(name),
                     BigEndian64(id));
  return id;
}

Status RocksStore::RetractDocument(std::string_view doc_id, const DocumentValue& old,
                                   PendingDocument* pending) const {
  for (const std::string& key : old.evidence_keys) {
    if (key.size() != kEvidenceKeySize) return Corrupt("bad evidence key");
    pending->batch.Delete(handles_[kEvidence], key);
    pending->removed_evidence.insert(key);
    EdgeChange& change = pending->edges[ParseOutEdgeKey(key)];
    --change.count_delta;
    change.lost_evidence = true;
    --pending->counters.evidence;
  }
  for (const auto& [id, count] : old.mentions) {
    pending->mention_deltas[id] -= static_cast<std::int64_t>(count);
    pending->batch.Delete(handles_[kMentions], MentionKey(id, doc_id));
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
    return Corrupt("unreadable edge record");
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
                                                 std::string_view content_hash, bool replace) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);

  std::string old_value;
  bool replacing = false;
  if (Status s = Get(kDocuments, extraction.doc_id, &old_value, &replacing); !s.ok()) return s;
  DocumentValue old;
  if (replacing) {
    if (!DecodeDocument(old_value, &old)) {
      return Corrupt("unreadable record of document " + extraction.doc_id);
    }
    if (old.content_hash == content_hash) return IngestOutcome::kUnchanged;
    if (!replace) return IngestOutcome::kConflict;
  }

  PendingDocument pending;
  pending.counters = counters_;
  if (replacing) {
    if (Status s = RetractDocument(extraction.doc_id, old, &pending); !s.ok()) return s;
  } else {
    ++pending.counters.documents;
  }

  DocumentValue document;
  document.number = replacing ? old.number : pending.counters.next_document++;
  document.content_hash = content_hash;
  document.date = extraction.date;

  std::vector<EntityId> ids;
  std::map<EntityId, std::uint64_t> mentions;  // two extracted entities may resolve to one
  for (const Entity& entity : extraction.entities) {
    Result<EntityId> id = ResolveEntity(entity, &pending);
    if (!id.ok()) return id.status();
    Result<EntityRecord*> record = TouchEntity(*id, &pending);
    if (!record.ok()) return record.status();
    AddAliasTo(*record, entity.name);
    AddDocumentName(*record, entity.name);
    for (const std::string& alias : entity.aliases)
      AddAliasTo(*record, alias);
    (*record)->type_votes[static_cast<std::size_t>(entity.type)] += entity.mentions.size();
    WidenDates(extraction.date, &(*record)->first_seen, &(*record)->last_seen);
    pending.mention_deltas[*id] += static_cast<std::int64_t>(entity.mentions.size());
    mentions[*id] += entity.mentions.size();
    ids.push_back(*id);
  }
  for (const auto& [id, count] : mentions) {
    document.mentions.emplace_back(id, count);
    pending.batch.Put(handles_[kMentions], MentionKey(id, extraction.doc_id),
                      EncodeMentionCount(count));
  }

  std::uint32_t seq = 0;
  for (const Fact& fact : extraction.facts) {
    if (fact.subject >= ids.size() || fact.object >= ids.size()) {
      return Status::InvalidArgument("fact refers to an entity the extraction does not have");
    }
    EdgeKey key{ids[fact.subject], RelationIdFor(fact.relation, fact.symmetric, &pending),
                ids[fact.object]};
    if (key.source == key.target) continue;
    if (fact.symmetric && key.source > key.target) std::swap(key.source, key.target);
    EvidenceRecord evidence{extraction.doc_id,  fact.sentence,        fact.sentence_span,
                            fact.trigger_span,  fact.trigger,         fact.modality,
                            fact.date,          fact.subject_mention, fact.object_mention,
                            fact.sentence_text, fact.source,          fact.agent,
                            fact.location,      extraction.date};
    std::string evidence_key = EvidenceKey(key, document.number, seq++);
    pending.batch.Put(handles_[kEvidence], evidence_key, EncodeEvidence(evidence));
    pending.removed_evidence.erase(evidence_key);
    document.evidence_keys.push_back(std::move(evidence_key));
    EdgeChange& change = pending.edges[key];
    ++change.count_delta;
    change.added_dates.push_back(fact.date);
    ++pending.counters.evidence;
  }

  if (Status s = WriteEdgesAndEntities(&pending); !s.ok()) return s;
  pending.batch.Put(handles_[kDocuments], extraction.doc_id, EncodeDocument(document));
  WriteCounters(pending.counters, &pending.batch);

  if (Status written = Commit(&pending.batch); !written.ok()) return written;
  counters_ = pending.counters;
  for (auto& [name, id] : pending.new_relations) {
    relation_names_[id] = name;
    relation_ids_.emplace(name, id);
  }
  symmetric_relations_.merge(pending.new_symmetric);
  return replacing ? IngestOutcome::kReplaced : IngestOutcome::kAdded;
}

Status RocksStore::WriteEdgesAndEntities(PendingDocument* pending) const {
  for (const auto& [key, change] : pending->edges) {
    if (Status s = ApplyEdgeChange(key, change, pending); !s.ok()) return s;
  }
  for (const auto& [id, delta] : pending->mention_deltas) {
    Result<EntityRecord*> record = TouchEntity(id, pending);
    if (!record.ok()) return record.status();
    const std::int64_t count = static_cast<std::int64_t>((*record)->mention_count) + delta;
    (*record)->mention_count = count > 0 ? static_cast<std::uint64_t>(count) : 0;
  }
  for (auto& [id, record] : pending->entities) {
    SettleNameAndType(&record);
    pending->batch.Put(handles_[kEntities], EntityKey(id), EncodeEntity(record));
    const auto stored = pending->stored_entities.find(id);
    UpdateIndexEntries(stored != pending->stored_entities.end() ? &stored->second : nullptr,
                       &record, handles_[kAliases], handles_[kSurnames], &pending->batch);
  }
  return Status::Ok();
}

Result<std::uint64_t> RocksStore::RemoveDocument(std::string_view doc_id) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);
  std::string value;
  bool found = false;
  if (Status s = Get(kDocuments, doc_id, &value, &found); !s.ok()) return s;
  if (!found) return Status::NotFound("no document with the id '" + std::string(doc_id) + "'");
  DocumentValue old;
  if (!DecodeDocument(value, &old)) return Corrupt("unreadable record of document " + value);
  PendingDocument pending;
  pending.counters = counters_;
  if (Status s = RetractDocument(doc_id, old, &pending); !s.ok()) return s;
  if (Status s = WriteEdgesAndEntities(&pending); !s.ok()) return s;
  pending.batch.Delete(handles_[kDocuments], doc_id);
  --pending.counters.documents;
  WriteCounters(pending.counters, &pending.batch);
  if (Status s = CommitCuration(&pending.batch, "remove document " + std::string(doc_id));
      !s.ok()) {
    return s;
  }
  counters_ = pending.counters;
  return std::uint64_t{old.evidence_keys.size()};
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
