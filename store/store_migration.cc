// Migration of databases written with an older schema version, run by a writable Open().
//
// Version 4 -> 5 keys the aliases and surnames families by FoldedNameKey (kg/name_fold.h) instead
// of NameKey: both are emptied and filled again from the entities (which also fills the surnames
// family of a version 1 or 2 database). Entity records of encoding version 1 are read as they
// are (their mentions vote for their type).
// Version 3 -> 4 adds an evidence encoding (qualifiers, publication date) and needs nothing.
// Version 1 or 2 -> 3: fills the mentions family from the document records (version 2 only added an
// edge encoding, which needs nothing). Which relations are symmetric was not recorded before
// version 3, so merges treat relations stored before the migration as directed. The entries are
// derived data, written in bounded batches; the new version is written last, so a migration cut
// short runs again on the next open.
#include <map>

#include "coding.h"
#include "entity_index.h"
#include "rocks_store.h"

namespace kg::store {
namespace {

constexpr std::size_t kBatchEntries = 10000;

}  // namespace

Status RocksStore::Migrate(std::uint64_t from_version) {
  rocksdb::WriteBatch batch;
  Status failure;
  auto write_if_full = [&](bool force) {
    if (batch.Count() == 0 || (!force && batch.Count() < kBatchEntries)) return true;
    failure = Commit(&batch);
    batch.Clear();
    return failure.ok();
  };
  if (from_version < 5) {
    for (Family family : {kAliases, kSurnames}) {
      Status status = Scan(family, "", [&](const rocksdb::Slice& key, const rocksdb::Slice&) {
        batch.Delete(handles_[family], key);
        return write_if_full(false);
      });
      if (!status.ok()) return status;
      if (!failure.ok() || !write_if_full(true)) return failure;
    }
    Status status =
        Scan(kEntities, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
          EntityRecord entity;
          if (key.size() != 8 ||
              !DecodeEntity(std::string_view(value.data(), value.size()), &entity)) {
            failure = Corrupt("unreadable entity record");
            return false;
          }
          entity.id = ReadBigEndian64(std::string_view(key.data(), 8));
          UpdateIndexEntries(nullptr, &entity, handles_[kAliases], handles_[kSurnames], &batch);
          return write_if_full(false);
        });
    if (!status.ok()) return status;
    if (!failure.ok() || !write_if_full(true)) return failure;
  }
  if (from_version < 3) {
    Status status =
        Scan(kDocuments, "", [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
          DocumentValue document;
          if (!DecodeDocument(std::string_view(value.data(), value.size()), &document)) {
            failure = Corrupt("unreadable record of document " + key.ToString());
            return false;
          }
          std::map<EntityId, std::uint64_t> mentions;
          for (const auto& [id, count] : document.mentions)
            mentions[id] += count;
          for (const auto& [id, count] : mentions) {
            batch.Put(handles_[kMentions], MentionKey(id, std::string_view(key.data(), key.size())),
                      EncodeMentionCount(count));
          }
          return write_if_full(false);
        });
    if (!status.ok()) return status;
    if (!failure.ok() || !write_if_full(true)) return failure;
  }
  const rocksdb::Status written = db_->Put(rocksdb::WriteOptions(), handles_[kMeta],
                                           kMetaSchemaVersion, BigEndian64(kSchemaVersion));
  return FromRocks(written, path_);
}

}  // namespace kg::store
