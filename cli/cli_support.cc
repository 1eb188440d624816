#include "cli_support.h"

#include <filesystem>

#include "kg/name_resolver.h"

namespace kg::cli {

void ThrowIfError(const Status& status) {
  if (!status.ok()) throw CliError(status.message());
}

std::unique_ptr<Store> OpenStore(const GlobalOptions& globals, bool read_only) {
  StoreOptions options;
  options.read_only = read_only;
  return ValueOrThrow(Store::Open(globals.db_path, options));
}

EntityRecord ResolveEntity(const Store& store, const std::string& name) {
  return ValueOrThrow(ResolveEntityName(store, name));
}

}  // namespace kg::cli
