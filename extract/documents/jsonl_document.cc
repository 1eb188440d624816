#include "documents/jsonl_document.h"

#include <nlohmann/json.hpp>

#include "kg/utf8.h"

namespace kg {
namespace {

using nlohmann::json;

// The parser's message without its "[json.exception.parse_error.101] parse error at line 1, "
// preamble: the line is already named by the origin.
std::string ParseErrorDetail(const json::parse_error& error) {
  std::string_view what = error.what();
  if (const std::size_t at = what.find("column "); at != std::string_view::npos) {
    what.remove_prefix(at);
  }
  return std::string(what);
}

// Reads an optional string field; false if it is present with another type.
bool OptionalString(const json& object, const char* field, std::string* value) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  *value = it->get<std::string>();
  return true;
}

}  // namespace

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

Result<Document> ParseJsonlDocument(std::string_view line, const std::string& origin) {
  if (const auto offset = FindInvalidUtf8(line)) {
    return Status::InvalidArgument(origin + ": " +
                                   (line[*offset] == '\0' ? "NUL byte" : "invalid UTF-8") +
                                   " at byte " + std::to_string(*offset) + " of the line");
  }
  json object;
  try {
    object = json::parse(line);
  } catch (const json::parse_error& error) {
    return Status::InvalidArgument(origin + ": malformed JSON (" + ParseErrorDetail(error) + ")");
  } catch (const json::out_of_range&) {  // found by fuzz_jsonl: "2E2222222222" overflows
    return Status::InvalidArgument(origin + ": malformed JSON (a number out of range)");
  }
  if (!object.is_object()) return Status::InvalidArgument(origin + ": not a JSON object");

  Document document;
  const auto id = object.find("id");
  if (id != object.end() && id->is_string()) {
    document.id = id->get<std::string>();
  } else if (id != object.end() && id->is_number_integer()) {
    document.id = id->dump();
  }
  if (document.id.empty()) return Status::InvalidArgument(origin + ": missing \"id\"");
  const auto text = object.find("text");
  if (text == object.end() || !text->is_string()) {
    return Status::InvalidArgument(origin + ": missing \"text\" (document " + document.id + ")");
  }
  std::string title;
  std::string ignored;
  for (const auto& [field, value] : {std::pair{"date", &document.date}, std::pair{"title", &title},
                                     std::pair{"url", &ignored}, std::pair{"source", &ignored}}) {
    if (!OptionalString(object, field, value)) {
      return Status::InvalidArgument(origin + ": \"" + field + "\" must be a string");
    }
  }
  document.text =
      title.empty() ? text->get<std::string>() : title + "\n\n" + text->get<std::string>();
  // Escapes can smuggle in what the raw line check could not see.
  for (const std::string* part : {&document.id, &document.date, &document.text}) {
    if (part->find('\0') != std::string::npos) {
      return Status::InvalidArgument(origin + ": NUL byte (\\u0000) in document " + document.id);
    }
  }
  return document;
}

}  // namespace kg
