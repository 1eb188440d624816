#include "kg/document_reader.h"

#include <xxhash.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "kg/file_contents.h"
#include "kg/utf8.h"

namespace kg {

Status CheckDocumentText(const std::string& origin, std::string_view text) {
  if (const auto offset = FindInvalidUtf8(text)) {
    const bool nul = text[*offset] == '\0';
    return Status::InvalidArgument(origin + ": " + (nul ? "NUL byte" : "invalid UTF-8") +
                                   " at byte " + std::to_string(*offset) +
                                   " (kg reads UTF-8 text only)");
  }
  return Status::Ok();
}

Result<Document> ReadTextDocument(const std::string& path) {
  Document document;
  if (path == "-") {
    document.id = "stdin";
    std::ostringstream content;
    content << std::cin.rdbuf();
    document.text = std::move(content).str();
  } else {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      return Status::InvalidArgument(path + ": is a directory");
    }
    Result<std::string> text = ReadFileContents(path, "text file");
    if (!text.ok()) return text.status();
    document.text = std::move(text).value();
    document.id = std::filesystem::path(path).stem().string();
  }
  if (Status status = CheckDocumentText(path == "-" ? "standard input" : path, document.text);
      !status.ok()) {
    return status;
  }
  return document;
}

std::string ContentHash(const Document& document) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  for (const std::string* part : {&document.id, &document.date, &document.text}) {
    const std::uint64_t size = part->size();
    XXH3_128bits_update(state, &size, sizeof size);
    XXH3_128bits_update(state, part->data(), part->size());
  }
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

}  // namespace kg
