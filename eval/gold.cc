#include "kg/gold.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "kg/file_contents.h"

namespace kg {
namespace {

std::string StringField(const nlohmann::json& line, const char* field) {
  const auto it = line.find(field);
  return it != line.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Status ParseLine(const nlohmann::json& line, const std::string& where, GoldSet* gold) {
  if (!line.is_object() || !line.contains("doc")) {
    return Status::InvalidArgument(where + ": a gold line needs a \"doc\"");
  }
  if (line.contains("entity")) {
    GoldEntity entity{
        StringField(line, "doc"), StringField(line, "entity"), StringField(line, "type"), {}};
    if (const auto aliases = line.find("aliases"); aliases != line.end() && aliases->is_array()) {
      for (const auto& alias : *aliases) {
        if (alias.is_string()) entity.aliases.push_back(alias.get<std::string>());
      }
    }
    gold->entities.push_back(std::move(entity));
    return Status::Ok();
  }
  if (line.contains("rel")) {
    GoldFact fact{StringField(line, "doc"),      StringField(line, "subj"),
                  StringField(line, "rel"),      StringField(line, "obj"),
                  StringField(line, "modality"), StringField(line, "need") == "required",
                  StringField(line, "cue")};
    if (fact.subject.empty() || fact.object.empty() || fact.relation.empty()) {
      return Status::InvalidArgument(where + ": a gold fact needs \"subj\", \"rel\" and \"obj\"");
    }
    gold->facts.push_back(std::move(fact));
    return Status::Ok();
  }
  return Status::InvalidArgument(where + ": a gold line needs \"entity\" or \"rel\"");
}

}  // namespace

Status ParseGold(std::string_view jsonl, const std::string& origin, GoldSet* gold) {
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < jsonl.size()) {
    std::size_t end = jsonl.find('\n', start);
    if (end == std::string_view::npos) end = jsonl.size();
    const std::string_view text = jsonl.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = origin + ":" + std::to_string(line_number);
    const nlohmann::json line = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (line.is_discarded()) return Status::InvalidArgument(where + ": not valid JSON");
    if (Status status = ParseLine(line, where, gold); !status.ok()) return status;
  }
  return Status::Ok();
}

Result<GoldSet> LoadGold(const std::string& path) {
  std::vector<std::string> files;
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() && name.ends_with(".gold.jsonl"))
        files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(path + ": no *.gold.jsonl files");
  } else {
    files.push_back(path);
  }
  GoldSet gold;
  for (const std::string& file : files) {
    Result<std::string> content = ReadFileContents(file, "gold file");
    if (!content.ok()) return content.status();
    if (Status status = ParseGold(*content, file, &gold); !status.ok()) return status;
  }
  return gold;
}

}  // namespace kg
