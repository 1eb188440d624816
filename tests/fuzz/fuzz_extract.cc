// Fuzz target: the whole extraction of one document, with every span checked against the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kg/extractor.h"

namespace {

void CheckSpan(kg::Span span, std::size_t size) {
  if (span.begin > span.end || span.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kg::Extractor extractor = [] {
    auto created = kg::Extractor::Create(kg::ExtractorOptions{});
    if (!created.ok()) std::abort();
    return std::move(created).value();
  }();
  const kg::Document document{"fuzz", "2024-01-01",
                              std::string(reinterpret_cast<const char*>(data), size)};
  const kg::Extraction extraction = extractor.Extract(document);
  for (const kg::Entity& entity : extraction.entities) {
    for (const kg::Mention& mention : entity.mentions)
      CheckSpan(mention.span, size);
  }
  for (const kg::Fact& fact : extraction.facts) {
    if (fact.subject >= extraction.entities.size() || fact.object >= extraction.entities.size()) {
      std::abort();
    }
    CheckSpan(fact.sentence_span, size);
    CheckSpan(fact.trigger_span, size);
  }
  return 0;
}
