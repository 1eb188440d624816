// kg check: verification of the invariants docs/storage.md lists.
//
// Every family is read in key order, once; families that share an order are compared side by
// side (edges_out with evidence, entities with mentions), everything else with point lookups, so
// memory stays small except for one set of document numbers. Each violation is reported as one
// line; undecodable records are violations too, not errors.
#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <unordered_set>

#include "coding.h"
#include "entity_index.h"
#include "entity_naming.h"
#include "journal.h"
#include "rocks_store.h"

namespace kg::store {
namespace {

std::string Quoted(std::string_view text) {
  std::string quoted(1, '\'');
  quoted.append(text);
  quoted.push_back('\'');
  return quoted;
}

}  // namespace

struct RocksStore::Checker {
  Checker(const RocksStore& checked, const std::function<void(const std::string&)>& reporter)
      : store(checked), report(reporter) {}

  const RocksStore& store;
  const std::function<void(const std::string&)>& report;
  CheckSummary summary;
  // Counts of what exists, compared with the meta counters at the end.
  std::uint64_t entities = 0;
  std::uint64_t edges = 0;
  std::uint64_t evidence = 0;
  std::uint64_t documents = 0;
  std::uint64_t listed_evidence = 0;  // evidence keys listed by document records
  std::uint64_t listed_mentions = 0;  // entity mentions listed by document records
  std::uint64_t mention_entries = 0;
  EntityId max_entity = 0;
  std::uint64_t max_document = 0;
  std::unordered_set<std::uint64_t> document_numbers;

  void Violation(const std::string& message) {
    ++summary.violations;
    report(message);
  }

  std::string EdgeName(const EdgeKey& key) const {
    const auto relation = store.relation_names_.find(key.relation);
    const std::string name = relation != store.relation_names_.end()
                                 ? relation->second
                                 : "relation#" + std::to_string(key.relation);
    return std::to_string(key.source) + " -" + name + "-> " + std::to_string(key.target);
  }

  bool EntityExists(EntityId id) {
    std::string value;
    bool found = false;
    return store.Get(kEntities, EntityKey(id), &value, &found).ok() && found;
  }

  // The document record stored under `doc_id`, if any and readable.
  std::optional<DocumentValue> Document(std::string_view doc_id) {
    std::string value;
    bool found = false;
    DocumentValue document;
    if (!store.Get(kDocuments, doc_id, &value, &found).ok() || !found ||
        !DecodeDocument(value, &document)) {
      return std::nullopt;
    }
    return document;
  }
};

// Each curation journal entry decodes and names only families the store has.
Status RocksStore::CheckJournal(Checker* check) const {
  return Scan(kMeta, kMetaJournalPrefix,
              [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
                ++check->summary.records;
                JournalEntry entry;
                const bool readable =
                    DecodeJournalEntry(std::string_view(value.data(), value.size()), &entry);
                const bool families_known = std::all_of(
                    entry.changes.begin(), entry.changes.end(),
                    [&](const JournalChange& change) { return change.family < handles_.size(); });
                const std::string_view name(key.data(), key.size());
                const std::string number =
                    name.size() == kMetaJournalPrefix.size() + 8
                        ? std::to_string(ReadBigEndian64(name.substr(kMetaJournalPrefix.size())))
                        : Quoted(name);
                if (!readable || !families_known)
                  check->Violation("unreadable curation journal entry " + number);
                return true;
              });
}

Result<CheckSummary> RocksStore::Check(
    const std::function<void(const std::string&)>& report) const {
  Checker check(*this, report);
  for (Status status :
       {CheckEntities(&check), CheckIndex(kAliases, &check), CheckIndex(kSurnames, &check),
        CheckEdges(&check), CheckDocuments(&check), CheckJournal(&check)}) {
    if (!status.ok()) return status;
  }
  const std::pair<const char*, std::pair<std::uint64_t, std::uint64_t>> totals[] = {
      {"documents", {counters_.documents, check.documents}},
      {"entities", {counters_.entities, check.entities}},
      {"edges", {counters_.edges, check.edges}},
      {"evidence", {counters_.evidence, check.evidence}}};
  for (const auto& [name, counts] : totals) {
    if (counts.first != counts.second) {
      check.Violation("counter count/" + std::string(name) + " is " + std::to_string(counts.first) +
                      " but there are " + std::to_string(counts.second) + " " + name);
    }
  }
  if (check.listed_evidence != check.evidence) {
    check.Violation("documents list " + std::to_string(check.listed_evidence) +
                    " pieces of evidence but " + std::to_string(check.evidence) + " are stored");
  }
  if (check.listed_mentions != check.mention_entries) {
    check.Violation("documents list " + std::to_string(check.listed_mentions) +
                    " entity mentions but the mentions family has " +
                    std::to_string(check.mention_entries));
  }
  if (check.max_entity >= counters_.next_entity) {
    check.Violation("counter next/entity is " + std::to_string(counters_.next_entity) +
                    " but entity " + std::to_string(check.max_entity) + " exists");
  }
  if (check.max_document >= counters_.next_document) {
    check.Violation("counter next/document is " + std::to_string(counters_.next_document) +
                    " but document number " + std::to_string(check.max_document) + " exists");
  }
  for (const auto& [id, name] : relation_names_) {
    if (id >= counters_.next_relation) {
      check.Violation("counter next/relation is " + std::to_string(counters_.next_relation) +
                      " but relation " + Quoted(name) + " has id " + std::to_string(id));
    }
  }
  return check.summary;
}

// Entities decode and have their index entries; their mention counts cover the mentions family,
// which is in entity order too.
Status RocksStore::CheckEntities(Checker* check) const {
  std::unique_ptr<rocksdb::Iterator> mentions(
      db_->NewIterator(rocksdb::ReadOptions(), handles_[kMentions]));
  mentions->SeekToFirst();
  // Sums the mentions entries of `id` (and reports those of entities that do not exist).
  auto mentions_of = [&](EntityId id) {
    std::uint64_t total = 0;
    for (; mentions->Valid(); mentions->Next()) {
      const rocksdb::Slice key = mentions->key();
      const EntityId owner = key.size() > 8 ? ReadBigEndian64(std::string_view(key.data(), 8)) : 0;
      if (key.size() > 8 && owner > id) break;
      ++check->summary.records;
      ++check->mention_entries;
      const std::string doc_id(key.data() + std::min<std::size_t>(8, key.size()),
                               key.size() - std::min<std::size_t>(8, key.size()));
      std::uint64_t count = 0;
      if (key.size() <= 8 ||
          !DecodeMentionCount(std::string_view(mentions->value().data(), mentions->value().size()),
                              &count)) {
        check->Violation("unreadable mentions entry " + Quoted(key.ToString(true)));
        continue;
      }
      if (owner < id) {
        check->Violation("mentions of entity " + std::to_string(owner) + " in document " +
                         Quoted(doc_id) + ": no such entity");
        continue;
      }
      total += count;
      const std::optional<DocumentValue> document = check->Document(doc_id);
      bool listed = false;
      if (document) {
        for (const auto& [entity, listed_count] : document->mentions)
          listed = listed || (entity == id && listed_count == count);
      }
      if (!listed) {
        check->Violation("mentions of entity " + std::to_string(id) + " in document " +
                         Quoted(doc_id) + " (" + std::to_string(count) +
                         "): not recorded by that document");
      }
    }
    return total;
  };
  bool stopped = false;
  Status status = Scan(kEntities, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    ++check->summary.records;
    ++check->entities;
    EntityRecord entity;
    if (key.size() != 8 || !DecodeEntity(std::string_view(value.data(), value.size()), &entity)) {
      check->Violation("unreadable entity record " + Quoted(key.ToString(true)));
      return true;
    }
    entity.id = ReadBigEndian64(std::string_view(key.data(), 8));
    check->max_entity = std::max(check->max_entity, entity.id);
    const std::uint64_t mentioned = mentions_of(entity.id);
    // An imported entity may bring mentions no stored document records, never fewer.
    if (entity.mention_count < mentioned) {
      check->Violation("entity " + std::to_string(entity.id) + " " + Quoted(entity.name) +
                       " counts " + std::to_string(entity.mention_count) +
                       " mentions but documents record " + std::to_string(mentioned));
    }
    if (entity.type != VotedType(entity)) {
      check->Violation("entity " + std::to_string(entity.id) + " " + Quoted(entity.name) +
                       " is a " + std::string(EntityTypeName(entity.type)) +
                       " but most of its mentions were a " +
                       std::string(EntityTypeName(VotedType(entity))));
    }
    for (const auto& [family, names] : {std::pair{kAliases, IndexedNames(entity)},
                                        std::pair{kSurnames, IndexedSurnames(entity)}}) {
      for (const std::string& name : names) {
        std::string ignored;
        bool found = false;
        if (Status s = Get(family, AliasKey(name, entity.id), &ignored, &found); !s.ok()) {
          status = s;
          stopped = true;
          return false;
        }
        if (!found) {
          check->Violation("entity " + std::to_string(entity.id) + " " + Quoted(entity.name) +
                           ": no " + kFamilyNames[family] + " entry for " + Quoted(name));
        }
      }
    }
    return true;
  });
  if (stopped || !status.ok()) return status;
  mentions_of(std::numeric_limits<EntityId>::max());
  return FromRocks(mentions->status(), path_);
}

// Every alias (or surname) entry names an existing entity that has that name.
Status RocksStore::CheckIndex(Family family, Checker* check) const {
  return Scan(family, "", [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
    ++check->summary.records;
    const std::string_view bytes(key.data(), key.size());
    const std::string kind = family == kAliases ? "alias" : "surname";
    if (bytes.size() < 9 || bytes[bytes.size() - 9] != '\0') {
      check->Violation("malformed " + kind + " entry " + Quoted(key.ToString(true)));
      return true;
    }
    const std::string_view name = bytes.substr(0, bytes.size() - 9);
    const EntityId id = ReadBigEndian64(bytes.substr(bytes.size() - 8));
    Result<EntityRecord> entity = GetEntity(id);
    if (!entity.ok()) {
      check->Violation(kind + " " + Quoted(name) + " -> entity " + std::to_string(id) +
                       ": no such entity");
      return true;
    }
    const std::vector<std::string> names =
        family == kAliases ? IndexedNames(*entity) : IndexedSurnames(*entity);
    if (!std::binary_search(names.begin(), names.end(), name)) {
      check->Violation(kind + " " + Quoted(name) + " -> entity " + std::to_string(id) + " " +
                       Quoted(entity->name) + ": the entity has no such name");
    }
    return true;
  });
}

// Edges mirror each other, join existing entities, and count their evidence (plus imports).
// Evidence is in edge order, so it is read alongside edges_out: evidence before the next edge's
// key belongs to no edge.
Status RocksStore::CheckEdges(Checker* check) const {
  std::unique_ptr<rocksdb::Iterator> evidence(
      db_->NewIterator(rocksdb::ReadOptions(), handles_[kEvidence]));
  evidence->SeekToFirst();
  std::string cached_id;
  std::optional<DocumentValue> cached_document;
  std::set<std::string, std::less<>> cached_keys;
  auto check_evidence = [&](std::string_view key, std::string_view value) {
    ++check->summary.records;
    ++check->evidence;
    EvidenceRecord record;
    if (key.size() != kEvidenceKeySize || !DecodeEvidence(value, &record)) {
      check->Violation("unreadable evidence record " +
                       Quoted(rocksdb::Slice(key.data(), key.size()).ToString(true)));
      return;
    }
    const std::string what = "evidence of " + check->EdgeName(ParseOutEdgeKey(key)) +
                             " from document " + Quoted(record.doc_id);
    if (record.doc_id != cached_id || cached_id.empty()) {
      cached_id = record.doc_id;
      cached_document = check->Document(record.doc_id);
      cached_keys.clear();
      if (cached_document) {
        cached_keys.insert(cached_document->evidence_keys.begin(),
                           cached_document->evidence_keys.end());
      }
    }
    if (!cached_document) {
      check->Violation(what + ": no such document");
    } else if (ReadBigEndian64(key.substr(kEdgeKeySize)) != cached_document->number ||
               cached_keys.count(key) == 0) {
      check->Violation(what + ": not recorded by that document");
    }
  };
  // Reads the evidence up to and including `edge_key`'s and returns how much was under it.
  auto evidence_through = [&](std::string_view edge_key) {
    std::uint64_t count = 0;
    for (; evidence->Valid(); evidence->Next()) {
      const std::string_view key(evidence->key().data(), evidence->key().size());
      const std::string_view prefix = key.substr(0, kEdgeKeySize);
      if (prefix > edge_key) break;
      check_evidence(key, std::string_view(evidence->value().data(), evidence->value().size()));
      if (prefix == edge_key) {
        ++count;
      } else if (key.size() == kEvidenceKeySize) {
        check->Violation("evidence of " + check->EdgeName(ParseOutEdgeKey(key)) +
                         ": the edge does not exist");
      }
    }
    return count;
  };
  Status status = Scan(kEdgesOut, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    ++check->summary.records;
    ++check->edges;
    const std::string_view out_key(key.data(), key.size());
    EdgeValue edge;
    if (key.size() != kEdgeKeySize ||
        !DecodeEdge(std::string_view(value.data(), value.size()), &edge)) {
      check->Violation("unreadable edge record " + Quoted(key.ToString(true)));
      return true;
    }
    const EdgeKey parsed = ParseOutEdgeKey(out_key);
    const std::string name = check->EdgeName(parsed);
    const auto relation = relation_names_.find(parsed.relation);
    if (relation == relation_names_.end()) check->Violation("edge " + name + ": unknown relation");
    for (EntityId end : {parsed.source, parsed.target}) {
      if (!check->EntityExists(end)) {
        check->Violation("edge " + name + ": entity " + std::to_string(end) + " does not exist");
      }
    }
    if (parsed.source == parsed.target) check->Violation("edge " + name + ": a self-loop");
    if (relation != relation_names_.end() && symmetric_relations_.count(relation->second) > 0 &&
        parsed.source > parsed.target) {
      check->Violation("edge " + name + ": symmetric relation stored from the higher id");
    }
    std::string mirror;
    bool found = false;
    if (Status s = Get(kEdgesIn, InEdgeKey(parsed), &mirror, &found); !s.ok()) return false;
    if (!found) {
      check->Violation("edge " + name + ": no mirror in edges_in");
    } else if (mirror != std::string_view(value.data(), value.size())) {
      check->Violation("edge " + name + ": edges_in holds a different value");
    }
    const std::uint64_t pieces = evidence_through(out_key);
    if (edge.count != pieces + edge.imported) {
      check->Violation("edge " + name + ": count " + std::to_string(edge.count) + " but " +
                       std::to_string(pieces) + " pieces of evidence and " +
                       std::to_string(edge.imported) + " imported");
    }
    return true;
  });
  if (!status.ok()) return status;
  evidence_through(std::string(kEdgeKeySize + 1, '\xff'));
  if (Status s = FromRocks(evidence->status(), path_); !s.ok()) return s;
  return Scan(kEdgesIn, "", [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
    ++check->summary.records;
    if (key.size() != kEdgeKeySize) {
      check->Violation("malformed edges_in key " + Quoted(key.ToString(true)));
      return true;
    }
    const EdgeKey parsed = ParseInEdgeKey(std::string_view(key.data(), key.size()));
    std::string ignored;
    bool found = false;
    if (!Get(kEdgesOut, OutEdgeKey(parsed), &ignored, &found).ok() || !found) {
      check->Violation("edges_in entry " + check->EdgeName(parsed) + ": no edge in edges_out");
    }
    return true;
  });
}

// Documents have unique numbers, list their evidence under their own number once each, and
// have a mentions entry for each entity they mention.
Status RocksStore::CheckDocuments(Checker* check) const {
  return Scan(kDocuments, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
    ++check->summary.records;
    ++check->documents;
    const std::string doc_id = key.ToString();
    DocumentValue document;
    if (!DecodeDocument(std::string_view(value.data(), value.size()), &document)) {
      check->Violation("unreadable record of document " + Quoted(doc_id));
      return true;
    }
    const std::string what = "document " + Quoted(doc_id);
    if (!check->document_numbers.insert(document.number).second) {
      check->Violation(what + ": number " + std::to_string(document.number) +
                       " is used by another document too");
    }
    check->max_document = std::max(check->max_document, document.number);
    check->listed_evidence += document.evidence_keys.size();
    std::set<std::string_view> keys;
    for (const std::string& evidence_key : document.evidence_keys) {
      if (evidence_key.size() != kEvidenceKeySize ||
          ReadBigEndian64(std::string_view(evidence_key).substr(kEdgeKeySize)) != document.number ||
          !keys.insert(evidence_key).second) {
        check->Violation(what + ": lists a malformed, foreign or repeated evidence key");
      }
    }
    check->listed_mentions += document.mentions.size();
    std::set<EntityId> entities;
    for (const auto& [entity, count] : document.mentions) {
      if (!entities.insert(entity).second) {
        check->Violation(what + ": lists entity " + std::to_string(entity) + " twice");
      }
      std::string stored;
      bool found = false;
      std::uint64_t stored_count = 0;
      if (!Get(kMentions, MentionKey(entity, doc_id), &stored, &found).ok() || !found ||
          !DecodeMentionCount(stored, &stored_count) || stored_count != count) {
        check->Violation(what + ": its " + std::to_string(count) + " mentions of entity " +
                         std::to_string(entity) + " are missing from the mentions family");
      }
    }
    return true;
  });
}

Status RocksStore::RecountTotals() {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);
  Counters counters = counters_;
  const std::pair<Family, std::uint64_t*> totals[] = {{kDocuments, &counters.documents},
                                                      {kEntities, &counters.entities},
                                                      {kEdgesOut, &counters.edges},
                                                      {kEvidence, &counters.evidence}};
  for (const auto& entry : totals) {
    const Family family = entry.first;
    std::uint64_t* total = entry.second;
    *total = 0;
    Status status = Scan(family, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
      ++*total;
      if (family == kEntities && key.size() == 8) {
        counters.next_entity =
            std::max(counters.next_entity, ReadBigEndian64(std::string_view(key.data(), 8)) + 1);
      }
      DocumentValue document;
      if (family == kDocuments &&
          DecodeDocument(std::string_view(value.data(), value.size()), &document)) {
        counters.next_document = std::max(counters.next_document, document.number + 1);
      }
      return true;
    });
    if (!status.ok()) return status;
  }
  for (const auto& [id, name] : relation_names_)
    counters.next_relation = std::max<RelationId>(counters.next_relation, id + 1);
  rocksdb::WriteBatch batch;
  WriteCounters(counters, &batch);
  if (Status s = Commit(&batch); !s.ok()) return s;
  counters_ = counters;
  return Status::Ok();
}

}  // namespace kg::store
