#include "store_view.h"

#include <algorithm>

#include "kg/name_key.h"

namespace kg {
namespace {

constexpr std::chrono::seconds kCheckInterval{1};

// Adds the key of `name` from each of its words on ("ilsa varnholt", "varnholt"), so that a
// search finds a name by any of its words.
void AddName(std::string_view name, EntityId id,
             std::vector<std::pair<std::string, EntityId>>* names) {
  const std::string key = NameKey(name);
  for (std::size_t start = 0; start < key.size();) {
    names->emplace_back(key.substr(start), id);
    const std::size_t space = key.find(' ', start);
    if (space == std::string::npos) break;
    start = space + 1;
  }
}

Result<std::vector<std::pair<std::string, EntityId>>> NameIndex(const Store& store) {
  std::vector<std::pair<std::string, EntityId>> names;
  const Status status = store.ForEachEntity([&](const EntityRecord& entity) {
    AddName(entity.name, entity.id, &names);
    for (const std::string& alias : entity.aliases)
      AddName(alias, entity.id, &names);
    return true;
  });
  if (!status.ok()) return status;
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace

StoreView::StoreView(std::string db_path, std::string lexicon_path)
    : db_path_(std::move(db_path)), lexicon_path_(std::move(lexicon_path)) {}

Status StoreView::Open() {
  taken_at_files_ = NewestFileTime();
  Result<std::shared_ptr<const Snapshot>> snapshot = Take();
  if (!snapshot.ok()) return snapshot.status();
  current_ = std::move(snapshot).value();
  last_check_ = std::chrono::steady_clock::now();
  return Status::Ok();
}

std::shared_ptr<const Snapshot> StoreView::Current() {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (now - last_check_ < kCheckInterval) return current_;
  last_check_ = now;
  const std::filesystem::file_time_type files = NewestFileTime();
  if (files == taken_at_files_) return current_;
  Result<std::shared_ptr<const Snapshot>> snapshot = Take();
  if (snapshot.ok()) {
    current_ = std::move(snapshot).value();
    taken_at_files_ = files;
  }
  return current_;
}

Result<std::shared_ptr<const Snapshot>> StoreView::Take() const {
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(db_path_, options);
  if (!store.ok()) return store.status();
  Result<RelationCatalog> catalog = RelationCatalog::Load(**store, lexicon_path_);
  if (!catalog.ok()) return catalog.status();
  Result<std::vector<std::pair<std::string, EntityId>>> names = NameIndex(**store);
  if (!names.ok()) return names.status();
  auto snapshot = std::make_shared<Snapshot>(
      Snapshot{std::move(store).value(), std::move(catalog).value(), std::move(names).value()});
  return std::shared_ptr<const Snapshot>(std::move(snapshot));
}

std::filesystem::file_time_type StoreView::NewestFileTime() const {
  // file_clock's epoch is in the future: today's times are negative.
  auto newest = std::filesystem::file_time_type::min();
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(db_path_, error)) {
    const auto time = entry.last_write_time(error);
    if (!error) newest = std::max(newest, time);
  }
  return newest;
}

}  // namespace kg
