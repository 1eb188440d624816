// The JSON forms of facts and entities that `kg extract` prints (see the extraction contract).
//
// FactJson gives one line per piece of evidence:
//   {"doc", "sentence", "rel", "subj": {"name", "type", "mention"}, "obj": {...}, "modality",
//    "source", "agent", "location", "date", "trigger", "span": [begin, end], "text"}
// EntityJson gives {"doc", "entity", "type", "aliases", "mentions": [{"text", "sentence",
// "span"}]}. Empty optional qualifiers are null.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kg/extraction.h"

namespace kg {

nlohmann::json FactJson(const Extraction& extraction, const Fact& fact);
nlohmann::json EntityJson(const std::string& doc, const Entity& entity);

// One JSON Lines record; invalid UTF-8 is replaced rather than thrown on.
std::string JsonLine(const nlohmann::json& value);

}  // namespace kg
