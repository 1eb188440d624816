// Gold annotations in the format of the extraction contract (spec: relations.md).
//
// A gold file is JSON Lines: a line with "entity" declares a document's entity and the aliases a
// system may use for it; a line with "rel" is a fact a system must find ("need": "required") or may
// find without penalty ("need": "acceptable"), optionally with the expected "modality".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg {

struct GoldEntity {
  std::string doc;
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
};

struct GoldFact {
  std::string doc;
  std::string subject;
  std::string relation;
  std::string object;
  std::string modality;  // empty when the gold line names none
  bool required = false;
  std::string cue;
};

struct GoldSet {
  std::vector<GoldEntity> entities;
  std::vector<GoldFact> facts;
};

// Parses gold JSON Lines; `origin` names the input in error messages ("file:line: ...").
Status ParseGold(std::string_view jsonl, const std::string& origin, GoldSet* gold);

// Reads one gold file, or every *.gold.jsonl file of a directory in name order.
Result<GoldSet> LoadGold(const std::string& path);

}  // namespace kg
