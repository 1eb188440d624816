// The curation journal (store/journal.h): committing a curation with its entry, and undoing it.
#include "coding.h"
#include "journal.h"
#include "rocks_store.h"

namespace kg::store {

Result<std::optional<std::string>> RocksStore::LastJournalKey() const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[kMeta]));
  it->SeekForPrev(std::string(kMetaJournalPrefix) + std::string(8, '\xff'));
  if (!it->status().ok()) return FromRocks(it->status(), path_);
  if (!it->Valid() || !it->key().starts_with(std::string(kMetaJournalPrefix)))
    return std::optional<std::string>();
  return std::optional<std::string>(it->key().ToString());
}

Status RocksStore::CommitCuration(rocksdb::WriteBatch* batch, std::string description) {
  std::vector<std::uint32_t> family_of;
  for (std::size_t family = 0; family < handles_.size(); ++family) {
    const std::uint32_t id = handles_[family]->GetID();
    if (id >= family_of.size()) family_of.resize(id + 1, 0);
    family_of[id] = static_cast<std::uint32_t>(family);
  }
  JournalEntry entry{std::move(description), {}};
  for (TouchedKey& touched : TouchedKeys(*batch, family_of)) {
    std::string before;
    bool found = false;
    if (Status s = Get(static_cast<Family>(touched.family), touched.key, &before, &found); !s.ok())
      return s;
    entry.changes.push_back({touched.family, std::move(touched.key),
                             found ? std::optional<std::string>(std::move(before)) : std::nullopt,
                             std::move(touched.after)});
  }
  Result<std::optional<std::string>> last = LastJournalKey();
  if (!last.ok()) return last.status();
  const std::uint64_t sequence =
      *last ? ReadBigEndian64(std::string_view(**last).substr(kMetaJournalPrefix.size())) + 1 : 1;
  batch->Put(handles_[kMeta], std::string(kMetaJournalPrefix) + BigEndian64(sequence),
             EncodeJournalEntry(entry));
  return Commit(batch);
}

Result<std::string> RocksStore::Undo() {
  if (read_only_) return Status::NotSupported("database " + path_ + " is open read-only");
  std::lock_guard<std::mutex> lock(write_mutex_);
  Result<std::optional<std::string>> last = LastJournalKey();
  if (!last.ok()) return last.status();
  if (!*last) return Status::NotFound("nothing to undo: no curation is journalled");
  std::string value;
  bool found = false;
  if (Status s = Get(kMeta, **last, &value, &found); !s.ok()) return s;
  JournalEntry entry;
  if (!found || !DecodeJournalEntry(value, &entry)) return Corrupt("unreadable journal entry");
  rocksdb::WriteBatch batch;
  for (const JournalChange& change : entry.changes) {
    std::string now;
    bool exists = false;
    const Family family = static_cast<Family>(change.family);
    if (Status s = Get(family, change.key, &now, &exists); !s.ok()) return s;
    if (exists != change.after.has_value() || (exists && now != *change.after)) {
      return Status::InvalidArgument("cannot undo '" + entry.description +
                                     "': the database changed since (an ingest or import touched "
                                     "what it changed)");
    }
    if (change.before) {
      batch.Put(handles_[family], change.key, *change.before);
    } else {
      batch.Delete(handles_[family], change.key);
    }
  }
  batch.Delete(handles_[kMeta], **last);
  if (Status s = Commit(&batch); !s.ok()) return s;
  if (Status s = ReadMetaValues(); !s.ok()) return s;
  return entry.description;
}

}  // namespace kg::store
