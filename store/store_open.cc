#include "rocks_store.h"

namespace kg {

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto store = std::make_unique<store::RocksStore>(path, options.read_only);
  if (Status status = store->Open(options.create_if_missing); !status.ok()) return status;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace kg
