// Fuzz target: the relation lexicon loader, then trigger matching with what it loaded.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "relation_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto lexicon = kg::RelationLexicon::Parse(input, "fuzz");
  if (lexicon.ok()) lexicon->FindTriggers(input);
  return 0;
}
