#include "kg/relation_catalog.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "kg/edit_distance.h"
#include "kg/file_contents.h"

namespace kg {

RelationCatalog::RelationCatalog(std::vector<std::string> names, std::vector<std::string> symmetric)
    : names_(names.begin(), names.end()), symmetric_(symmetric.begin(), symmetric.end()) {
  names_.insert(symmetric_.begin(), symmetric_.end());
}

Result<RelationCatalog> RelationCatalog::Load(const Store& store, const std::string& lexicon_path) {
  Result<std::vector<std::string>> names = store.RelationNames();
  if (!names.ok()) return names.status();
  Result<std::vector<std::string>> stored_symmetric = store.SymmetricRelations();
  if (!stored_symmetric.ok()) return stored_symmetric.status();
  std::vector<std::string> symmetric = std::move(stored_symmetric).value();
  std::error_code error;
  if (std::filesystem::exists(lexicon_path, error)) {
    Result<std::string> text = ReadFileContents(lexicon_path, "relation lexicon");
    if (!text.ok()) return text.status();
    const nlohmann::json lexicon =
        nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    const auto relations = lexicon.is_object() ? lexicon.find("relations") : lexicon.end();
    if (relations == lexicon.end() || !relations->is_object()) {
      return Status::InvalidArgument(lexicon_path + ": not a kg relation lexicon");
    }
    for (const auto& [name, entry] : relations->items()) {
      names->push_back(name);
      const auto flag = entry.is_object() ? entry.find("symmetric") : entry.end();
      if (flag != entry.end() && flag->is_boolean() && flag->get<bool>()) symmetric.push_back(name);
    }
  }
  return RelationCatalog(std::move(names).value(), std::move(symmetric));
}

Status RelationCatalog::CheckKnown(std::string_view relation) const {
  if (Knows(relation)) return Status::Ok();
  std::vector<std::pair<std::size_t, std::string>> close;
  for (const std::string& name : names_) {
    const std::size_t distance = EditDistance(relation, name);
    if (IsCloseEnough(relation, distance)) close.emplace_back(distance, name);
  }
  std::sort(close.begin(), close.end());
  std::vector<std::string> suggestions;
  for (std::size_t i = 0; i < close.size() && i < 3; ++i)
    suggestions.push_back(close[i].second);
  std::string message = "unknown relation '";
  message.append(relation).append("'");
  if (!suggestions.empty()) message += " (did you mean " + QuotedAlternatives(suggestions) + "?)";
  return Status::InvalidArgument(message);
}

}  // namespace kg
