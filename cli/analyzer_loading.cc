#include "analyzer_loading.h"

#include <iostream>

#include "cli_support.h"
#include "kg/extractor.h"

namespace kg::cli {

syntax::Analyzer LoadAnalyzer(const std::string& models) {
  const std::string dir = models.empty() ? DefaultDataDir() + "/models" : models;
  syntax::Analyzer analyzer = ValueOrThrow(syntax::Analyzer::Load(dir));
  if (!analyzer.wordnet_status().ok()) {
    std::cerr << "kg: warning: " << analyzer.wordnet_status().message() << "\n";
  }
  return analyzer;
}

}  // namespace kg::cli
