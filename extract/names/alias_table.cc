#include "kg/alias_table.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "kg/file_contents.h"
#include "kg/name_key.h"

namespace kg {
namespace {

constexpr int kAliasTableVersion = 1;

}  // namespace

Status AliasTable::LoadFile(const std::string& path) {
  Result<std::string> content = ReadFileContents(path, "alias table");
  if (!content.ok()) return content.status();
  return Parse(*content, path);
}

Status AliasTable::Parse(std::string_view json, const std::string& origin) {
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("format") ||
      doc["format"] != "kg-alias-table") {
    return Status::InvalidArgument(origin + ": not a kg alias table (missing \"format\")");
  }
  if (!doc.contains("version") || !doc["version"].is_number_integer() ||
      doc["version"].get<int>() > kAliasTableVersion) {
    return Status::NotSupported(origin + ": unsupported alias table version");
  }
  if (const auto entities = doc.find("entities"); entities != doc.end() && entities->is_object()) {
    for (const auto& [name, entry] : entities->items()) {
      EntityType type = EntityType::kOrg;
      if (!entry.is_object() || !entry.contains("type") || !entry["type"].is_string() ||
          !ParseEntityType(entry["type"].get<std::string>(), &type)) {
        return Status::InvalidArgument(origin + ": entity " + name +
                                       " needs a \"type\" of PERSON, GPE, ORG or LOC");
      }
      canonical_[AliasKey(name)] = {name, type};
      for (const auto& alias : entry.value("aliases", nlohmann::json::array())) {
        if (!alias.is_string()) {
          return Status::InvalidArgument(origin + ": entity " + name + " has a non-string alias");
        }
        canonical_[AliasKey(alias.get<std::string>())] = {name, type};
      }
    }
  }
  if (const auto seats = doc.find("seats_of_government");
      seats != doc.end() && seats->is_object()) {
    for (const auto& [seat, state] : seats->items()) {
      if (!state.is_string()) {
        return Status::InvalidArgument(origin + ": seat " + seat + " must map to a name");
      }
      seats_[NameKey(seat)] = state.get<std::string>();
    }
  }
  return Status::Ok();
}

std::optional<AliasTable::Canonical> AliasTable::Resolve(std::string_view name) const {
  const auto it = canonical_.find(AliasKey(name));
  if (it == canonical_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string_view> AliasTable::StateOfSeat(std::string_view name) const {
  const auto it = seats_.find(NameKey(name));
  if (it == seats_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg
