// AliasTable: canonical names for common short forms, and seats of government.
//
// Loaded from JSON (data/lexicon/aliases.json; users add their own file with the same schema):
//   {"format": "kg-alias-table", "version": 1,
//    "entities": {"United States": {"type": "GPE", "aliases": ["U.S.", "US", "America"]}, ...},
//    "seats_of_government": {"Washington": "United States", "Kremlin": "Russia", ...}}
// Lookups are case-sensitive for short all-capital aliases ("US" is not "us") and otherwise
// case-insensitive. A later file's entries override earlier ones.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "kg/extraction.h"
#include "kg/status.h"

namespace kg {

class AliasTable {
 public:
  struct Canonical {
    std::string name;
    EntityType type;
  };

  Status LoadFile(const std::string& path);
  Status Parse(std::string_view json, const std::string& origin);

  // The canonical entity `name` is a short form of (the canonical name maps to itself).
  std::optional<Canonical> Resolve(std::string_view name) const;
  // The state a seat of government stands for when it acts ("Kremlin" -> "Russia").
  std::optional<std::string_view> StateOfSeat(std::string_view name) const;

 private:
  std::unordered_map<std::string, Canonical> canonical_;  // keyed by AliasKey()
  std::unordered_map<std::string, std::string> seats_;
};

}  // namespace kg
