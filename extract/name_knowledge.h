// NameKnowledge: turns a surface name into the entity it stands for, using the alias table and
// WordNet's gazetteer.
//
// Resolve() maps short forms to canonical names ("U.S." -> United States), demonyms to their place
// ("Russian" -> Russia, "American" -> United States through the alias table) and attaches the
// type the alias table or gazetteer knows. StateActingFor() gives the state a seat of government
// or capital stands for when it acts ("Kremlin", "Moscow" -> Russia).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kg/alias_table.h"
#include "kg/gazetteer.h"

namespace kg {

struct ResolvedName {
  std::string name;
  std::optional<EntityType> type;
  bool demonym = false;
};

class NameKnowledge {
 public:
  NameKnowledge(Gazetteer gazetteer, AliasTable aliases)
      : gazetteer_(std::move(gazetteer)), aliases_(std::move(aliases)) {}

  ResolvedName Resolve(std::string_view surface) const;
  std::optional<std::string> StateActingFor(std::string_view name) const;
  // Whether the canonical `name` is a sovereign state (a country with a capital in WordNet).
  bool IsState(std::string_view name) const { return gazetteer_.IsCountry(name); }

 private:
  ResolvedName Canonical(std::string_view name) const;

  Gazetteer gazetteer_;
  AliasTable aliases_;
};

}  // namespace kg
