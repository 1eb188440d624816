// Curation: merging, renaming and aliasing entities, each in one WriteBatch.
//
// A merge re-keys everything that names the merged entity: its edges in both directions (an edge
// that would join the survivor to itself is dropped with its evidence, as kg stores no
// self-loops), the evidence under them, the records and mentions entries of the documents that
// mention it, and the index entries of its names. Symmetric relations keep the lower id first.
#include <map>
#include <optional>

#include "coding.h"
#include "entity_index.h"
#include "entity_naming.h"
#include "kg/name_key.h"
#include "kg/utf8.h"
#include "rocks_store.h"

namespace kg::store {
namespace {

void WidenDates(std::string_view first, std::string_view last, std::string* into_first,
                std::string* into_last) {
  if (!first.empty() && (into_first->empty() || first < *into_first)) *into_first = first;
  if (!last.empty() && (into_last->empty() || last > *into_last)) *into_last = last;
}

Status CheckName(std::string_view name) {
  if (NameKey(name).empty()) return Status::InvalidArgument("a name cannot be empty");
  if (FindInvalidUtf8(name)) return Status::InvalidArgument("a name must be UTF-8 text");
  return Status::Ok();
}

}  // namespace

// What a merge does to the documents: evidence keys renamed (or dropped, when nullopt).
using KeyChanges = std::map<std::string, std::optional<std::string>, std::less<>>;

Result<EntityRecord> RocksStore::MergeEntities(EntityId into, EntityId from) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  if (into == from) return Status::InvalidArgument("cannot merge an entity into itself");
  std::lock_guard<std::mutex> lock(write_mutex_);
  Result<EntityRecord> survivor = GetEntity(into);
  if (!survivor.ok()) return survivor.status();
  Result<EntityRecord> merged = GetEntity(from);
  if (!merged.ok()) return merged.status();

  rocksdb::WriteBatch batch;
  Counters counters = counters_;
  std::map<std::string, KeyChanges> document_changes;  // by document id

  // The edges of `from`, each once (a self-loop would be in both scans).
  std::vector<std::pair<EdgeKey, EdgeValue>> old_edges;
  Status failure;
  for (Family family : {kEdgesOut, kEdgesIn}) {
    Status s =
        Scan(family, EntityKey(from), [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
          const std::string_view bytes(key.data(), key.size());
          EdgeValue edge;
          if (key.size() != kEdgeKeySize ||
              !DecodeEdge(std::string_view(value.data(), value.size()), &edge)) {
            failure = Corrupt("unreadable edge record");
            return false;
          }
          const EdgeKey parsed =
              family == kEdgesOut ? ParseOutEdgeKey(bytes) : ParseInEdgeKey(bytes);
          if (family == kEdgesIn && parsed.source == from) return true;
          old_edges.emplace_back(parsed, edge);
          return true;
        });
    if (!s.ok()) return s;
    if (!failure.ok()) return failure;
  }

  std::map<EdgeKey, std::pair<EdgeValue, bool>> new_edges;  // value, whether it was stored before
  for (const auto& [old_key, old_value] : old_edges) {
    EdgeKey key{old_key.source == from ? into : old_key.source, old_key.relation,
                old_key.target == from ? into : old_key.target};
    const auto relation = relation_names_.find(key.relation);
    if (relation != relation_names_.end() && symmetric_relations_.count(relation->second) > 0 &&
        key.source > key.target) {
      std::swap(key.source, key.target);
    }
    const bool self_loop = key.source == key.target;
    batch.Delete(handles_[kEdgesOut], OutEdgeKey(old_key));
    batch.Delete(handles_[kEdgesIn], InEdgeKey(old_key));
    --counters.edges;
    Status s =
        Scan(kEvidence, OutEdgeKey(old_key), [&](const rocksdb::Slice& k, const rocksdb::Slice& v) {
          EvidenceRecord evidence;
          if (k.size() != kEvidenceKeySize ||
              !DecodeEvidence(std::string_view(v.data(), v.size()), &evidence)) {
            failure = Corrupt("unreadable evidence record");
            return false;
          }
          const std::string old_evidence_key = k.ToString();
          batch.Delete(handles_[kEvidence], k);
          std::optional<std::string> new_evidence_key;
          if (self_loop) {
            --counters.evidence;
          } else {
            new_evidence_key = OutEdgeKey(key) + old_evidence_key.substr(kEdgeKeySize);
            batch.Put(handles_[kEvidence], *new_evidence_key, v);
          }
          document_changes[evidence.doc_id][old_evidence_key] = std::move(new_evidence_key);
          return true;
        });
    if (!s.ok()) return s;
    if (!failure.ok()) return failure;
    if (self_loop) continue;
    auto it = new_edges.find(key);
    if (it == new_edges.end()) {
      std::string value;
      bool found = false;
      if (Status g = Get(kEdgesOut, OutEdgeKey(key), &value, &found); !g.ok()) return g;
      EdgeValue stored;
      if (found && !DecodeEdge(value, &stored)) return Corrupt("unreadable edge record");
      it = new_edges.emplace(key, std::pair{stored, found}).first;
    }
    EdgeValue& edge = it->second.first;
    edge.count += old_value.count;
    edge.imported += old_value.imported;
    if (old_value.weight) edge.weight = edge.weight.value_or(0.0) + *old_value.weight;
    WidenDates(old_value.first_date, old_value.last_date, &edge.first_date, &edge.last_date);
  }
  for (const auto& [key, value_and_found] : new_edges) {
    const std::string encoded = EncodeEdge(value_and_found.first);
    batch.Put(handles_[kEdgesOut], OutEdgeKey(key), encoded);
    batch.Put(handles_[kEdgesIn], InEdgeKey(key), encoded);
    if (!value_and_found.second) ++counters.edges;
  }

  // Documents mentioning `from` now mention `into`.
  Status s =
      Scan(kMentions, EntityKey(from), [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
        document_changes.try_emplace(key.ToString().substr(8));
        return true;
      });
  if (!s.ok()) return s;
  for (const auto& [doc_id, changes] : document_changes) {
    std::string value;
    bool found = false;
    if (Status g = Get(kDocuments, doc_id, &value, &found); !g.ok()) return g;
    DocumentValue document;
    if (!found || !DecodeDocument(value, &document)) {
      return Corrupt("unreadable record of document " + doc_id);
    }
    std::vector<std::string> evidence_keys;
    for (std::string& key : document.evidence_keys) {
      const auto change = changes.find(key);
      if (change == changes.end()) {
        evidence_keys.push_back(std::move(key));
      } else if (change->second) {
        evidence_keys.push_back(*change->second);
      }
    }
    document.evidence_keys = std::move(evidence_keys);
    std::map<EntityId, std::uint64_t> mentions;
    for (const auto& [id, count] : document.mentions)
      mentions[id == from ? into : id] += count;
    document.mentions.assign(mentions.begin(), mentions.end());
    batch.Delete(handles_[kMentions], MentionKey(from, doc_id));
    if (mentions.count(into) > 0) {
      batch.Put(handles_[kMentions], MentionKey(into, doc_id), EncodeMentionCount(mentions[into]));
    }
    batch.Put(handles_[kDocuments], doc_id, EncodeDocument(document));
  }

  EntityRecord result = *survivor;
  AddAliasTo(&result, merged->name);
  for (const std::string& alias : merged->aliases)
    AddAliasTo(&result, alias);
  result.mention_count += merged->mention_count;
  for (std::size_t type = 0; type < result.type_votes.size(); ++type)
    result.type_votes[type] += merged->type_votes[type];
  // The survivor keeps its name: the merged entity's names become aliases, not candidates.
  SettleNameAndType(&result);
  WidenDates(merged->first_seen, merged->last_seen, &result.first_seen, &result.last_seen);
  batch.Put(handles_[kEntities], EntityKey(into), EncodeEntity(result));
  batch.Delete(handles_[kEntities], EntityKey(from));
  UpdateIndexEntries(&*merged, nullptr, handles_[kAliases], handles_[kSurnames], &batch);
  UpdateIndexEntries(&*survivor, &result, handles_[kAliases], handles_[kSurnames], &batch);
  --counters.entities;
  WriteCounters(counters, &batch);
  const std::string description = "merge " + merged->name + " (#" + std::to_string(from) +
                                  ") into " + survivor->name + " (#" + std::to_string(into) + ")";
  if (Status w = CommitCuration(&batch, description); !w.ok()) return w;
  counters_ = counters;
  return result;
}

// Refuses `name` for entity `id` if it is another entity's canonical name of the same type:
// those two are one entity, which is what merge is for.
Status RocksStore::CheckNameIsFree(const EntityRecord& entity, std::string_view name) const {
  if (Status s = CheckName(name); !s.ok()) return s;
  Result<std::vector<EntityRecord>> others = FindEntities(name);
  if (!others.ok()) return others.status();
  for (const EntityRecord& other : *others) {
    if (other.id != entity.id && other.type == entity.type &&
        NameKey(other.name) == NameKey(name)) {
      std::string message(1, '\'');
      message.append(name);
      return Status::InvalidArgument(message + "' is already the name of entity " +
                                     std::to_string(other.id) +
                                     "; merge the two with 'kg entity merge'");
    }
  }
  return Status::Ok();
}

// Refuses `alias` for `entity` when it already names another entity: an alias that named two
// would make the other's name ambiguous.
Status RocksStore::CheckAliasIsFree(const EntityRecord& entity, std::string_view alias) const {
  Result<std::vector<EntityRecord>> others = FindEntities(alias);
  if (!others.ok()) return others.status();
  for (const EntityRecord& other : *others) {
    if (other.id == entity.id) continue;
    return Status::InvalidArgument("'" + std::string(alias) + "' already names " + other.name +
                                   " (#" + std::to_string(other.id) +
                                   "); an alias may name one entity");
  }
  return Status::Ok();
}

Result<EntityRecord> RocksStore::ReplaceEntity(const EntityRecord& before, EntityRecord after,
                                               std::string description) {
  SettleNameAndType(&after);
  rocksdb::WriteBatch batch;
  batch.Put(handles_[kEntities], EntityKey(after.id), EncodeEntity(after));
  UpdateIndexEntries(&before, &after, handles_[kAliases], handles_[kSurnames], &batch);
  if (Status w = CommitCuration(&batch, std::move(description)); !w.ok()) return w;
  return after;
}

Result<EntityRecord> RocksStore::RenameEntity(EntityId id, std::string_view new_name) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);
  Result<EntityRecord> before = GetEntity(id);
  if (!before.ok()) return before.status();
  if (Status s = CheckNameIsFree(*before, new_name); !s.ok()) return s;
  EntityRecord after = *before;
  after.name = new_name;
  after.pinned = true;  // later ingests keep the name a user chose
  std::erase(after.aliases, after.name);
  AddAliasTo(&after, before->name);
  return ReplaceEntity(
      *before, after, "rename " + before->name + " (#" + std::to_string(id) + ") to " + after.name);
}

Result<EntityRecord> RocksStore::AddAlias(EntityId id, std::string_view alias) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);
  Result<EntityRecord> before = GetEntity(id);
  if (!before.ok()) return before.status();
  if (Status s = CheckNameIsFree(*before, alias); !s.ok()) return s;
  if (Status s = CheckAliasIsFree(*before, alias); !s.ok()) return s;
  EntityRecord after = *before;
  AddAliasTo(&after, alias);
  return ReplaceEntity(
      *before, after,
      "alias add " + std::string(alias) + " to " + before->name + " (#" + std::to_string(id) + ")");
}

Result<EntityRecord> RocksStore::RemoveAlias(EntityId id, std::string_view alias) {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);
  Result<EntityRecord> before = GetEntity(id);
  if (!before.ok()) return before.status();
  EntityRecord after = *before;
  std::erase_if(after.aliases,
                [&](const std::string& known) { return NameKey(known) == NameKey(alias); });
  if (after.aliases.size() == before->aliases.size()) {
    const bool canonical = NameKey(before->name) == NameKey(alias);
    return Status::InvalidArgument("'" + std::string(alias) + "' is " +
                                   (canonical ? "the canonical name" : "not an alias") + " of " +
                                   before->name + (canonical ? "; rename it instead" : ""));
  }
  return ReplaceEntity(*before, after,
                       "alias remove " + std::string(alias) + " from " + before->name + " (#" +
                           std::to_string(id) + ")");
}

}  // namespace kg::store
