#include <filesystem>

#include "rocks_store.h"

namespace kg {

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto store = std::make_unique<store::RocksStore>(path, options.read_only);
  if (Status status = store->Open(options.create_if_missing); !status.ok()) return status;
  return std::unique_ptr<Store>(std::move(store));
}

Status Store::Repair(const std::string& path) {
  if (!std::filesystem::exists(std::filesystem::path(path) / "CURRENT")) {
    return Status::NotFound("no kg database at " + path);
  }
  const rocksdb::Options options = store::DatabaseOptions();
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const char* name : store::kFamilyNames)
    families.emplace_back(name, rocksdb::ColumnFamilyOptions(options));
  return store::FromRocks(rocksdb::RepairDB(path, options, families), path);
}

}  // namespace kg
