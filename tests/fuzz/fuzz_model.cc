// Fuzz target: the syntax model loaders. The first input byte picks the tagger or the parser and
// whether the rest is a whole model file or a payload to wrap in a valid envelope (so that the
// payload decoders are reached past the checksum). Load() must fail cleanly or give a model that
// tags or parses a sentence without crashing.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "kg/syntax/parser.h"
#include "kg/syntax/tagger.h"
#include "syntax/model_file.h"

namespace {

constexpr std::array<std::string_view, 5> kWords = {"Ortiz", "met", "Brandt", "in", "Accra"};

void UseTagger(const kg::syntax::Tagger& tagger) {
  std::array<kg::syntax::TagId, kWords.size()> tags{};
  tagger.Tag(kWords, tags);
  // The analyzer looks every tag up, so a loaded model must only predict tags it has.
  for (kg::syntax::TagId tag : tags) {
    if (tag >= tagger.num_tags()) std::abort();
    tagger.upos(tag);
  }
}

void UseParser(const kg::syntax::Parser& parser) {
  std::array<kg::syntax::ParserInputWord, kWords.size()> words{};
  for (std::size_t i = 0; i < kWords.size(); ++i)
    words[i] = {kWords[i], "PROPN", "NNP"};
  std::array<int, kWords.size()> heads{};
  std::array<int, kWords.size()> labels{};
  parser.Parse(words, heads, labels);
  // Likewise every head must be a word of the sentence and every label one the model has.
  for (std::size_t i = 0; i < kWords.size(); ++i) {
    if (heads[i] < 0 || heads[i] > static_cast<int>(kWords.size())) std::abort();
    if (labels[i] < 0 || labels[i] >= parser.num_labels()) std::abort();
    parser.label(labels[i]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("kg-fuzz-model-" + std::to_string(getpid()));
  const bool parser = (data[0] & 1) != 0;
  const bool wrap = (data[0] & 2) != 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto kind = parser ? kg::syntax::ModelKind::kParser : kg::syntax::ModelKind::kTagger;
  if (wrap) {
    if (!kg::syntax::WriteModelFile(path, kind, rest).ok()) return 0;
  } else {
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(rest.data(), static_cast<std::streamsize>(rest.size()));
  }
  if (parser) {
    const auto loaded = kg::syntax::Parser::Load(path);
    if (loaded.ok()) UseParser(*loaded);
  } else {
    const auto loaded = kg::syntax::Tagger::Load(path);
    if (loaded.ok()) UseTagger(*loaded);
  }
  return 0;
}
