// StoreView: the database as kg serve reads it — a read-only snapshot that is reopened when the
// database changes on disk, so the server keeps answering while an ingest writes and then sees
// what was written. Each request takes the current snapshot and keeps it alive to its end.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "kg/relation_catalog.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct Snapshot {
  std::unique_ptr<Store> store;
  RelationCatalog catalog;
  // (NameKey of a canonical name or alias from one of its words on, entity id), sorted: the
  // search index.
  std::vector<std::pair<std::string, EntityId>> names;
};

class StoreView {
 public:
  // `lexicon_path` is the relation lexicon the catalog joins with the store's relations.
  StoreView(std::string db_path, std::string lexicon_path);

  // Opens the first snapshot; fails as Store::Open does.
  [[nodiscard]] Status Open();
  // The current snapshot, reopened first when the database's files changed since it was taken
  // (checked at most once a second). A failed reopen keeps the last good snapshot.
  std::shared_ptr<const Snapshot> Current();

 private:
  Result<std::shared_ptr<const Snapshot>> Take() const;
  std::filesystem::file_time_type NewestFileTime() const;

  std::string db_path_;
  std::string lexicon_path_;
  std::mutex mutex_;
  std::shared_ptr<const Snapshot> current_;
  std::filesystem::file_time_type taken_at_files_;
  std::chrono::steady_clock::time_point last_check_;
};

}  // namespace kg
