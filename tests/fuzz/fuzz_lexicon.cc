// Fuzz target: the relation lexicon loader, then trigger lookup in what it loaded.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "relations/relation_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto lexicon = kg::RelationLexicon::Parse(input, "fuzz");
  if (!lexicon.ok()) return 0;
  // Look the input's first word up as both a verb and a noun lemma.
  const std::string_view word = input.substr(0, input.find_first_of(" \n"));
  lexicon->FramesFor(word, false);
  lexicon->FramesFor(word, true);
  return 0;
}
