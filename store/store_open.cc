#include <cctype>

#include "rocks_store.h"

namespace kg {

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto store = std::make_unique<store::RocksStore>(path, options.read_only);
  if (Status status = store->Open(options.create_if_missing); !status.ok()) return status;
  return std::unique_ptr<Store>(std::move(store));
}

std::string NormalizeName(std::string_view name) {
  std::string normalized;
  normalized.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!normalized.empty() && normalized.back() != ' ') normalized.push_back(' ');
    } else {
      normalized.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!normalized.empty() && normalized.back() == ' ') normalized.pop_back();
  return normalized;
}

}  // namespace kg
