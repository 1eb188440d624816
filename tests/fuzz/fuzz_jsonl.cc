// Fuzz target: the JSON Lines reader (DocumentSource over a .jsonl file). Whatever the bytes, it
// reads to the end without crashing, and every document it yields has an id seen only once and
// a text that is valid UTF-8 without NUL bytes and within the size limit.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "kg/document_source.h"
#include "kg/utf8.h"

namespace {

constexpr std::size_t kLimit = 4096;  // small, so that the too-long path is reached too

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = (std::filesystem::temp_directory_path() /
                                   ("kg-fuzz-jsonl-" + std::to_string(getpid()) + ".jsonl"))
                                      .string();
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  kg::DocumentSourceOptions options;
  options.max_document_bytes = kLimit;
  auto source = kg::DocumentSource::Open({path}, options);
  if (!source.ok()) std::abort();
  std::set<std::string> ids;
  while (std::optional<kg::SourceItem> item = (*source)->Next()) {
    if (!item->document.ok()) {
      if (item->document.status().message().find('\n') != std::string::npos) std::abort();
      continue;
    }
    const kg::Document& document = *item->document;
    if (!ids.insert(document.id).second) std::abort();
    if (kg::FindInvalidUtf8(document.text).has_value()) std::abort();
    if (document.text.find('\0') != std::string::npos) std::abort();
    if (document.text.size() > kLimit) std::abort();
  }
  return 0;
}
