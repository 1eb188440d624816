#include "cli_support.h"

#include "kg/extractor.h"

#include <filesystem>
#include <iostream>

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

syntax::Analyzer LoadAnalyzer(const std::string& models) {
  const std::string dir = models.empty() ? DefaultDataDir() + "/models" : models;
  syntax::Analyzer analyzer = ValueOrThrow(syntax::Analyzer::Load(dir));
  if (!analyzer.wordnet_status().ok()) {
    std::cerr << "kg: warning: " << analyzer.wordnet_status().message() << "\n";
  }
  return analyzer;
}

}  // namespace kg::cli
