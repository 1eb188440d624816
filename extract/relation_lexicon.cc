#include "relation_lexicon.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kg {
namespace {

constexpr int kLexiconVersion = 1;

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '\'';
}

bool MatchesAt(std::string_view text, std::size_t pos, std::string_view phrase) {
  if (pos + phrase.size() > text.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(text[pos + k])) != phrase[k]) return false;
  }
  const bool starts_word = pos == 0 || !IsWordChar(text[pos - 1]);
  const std::size_t end = pos + phrase.size();
  const bool ends_word = end == text.size() || !IsWordChar(text[end]);
  return starts_word && ends_word;
}

}  // namespace

Result<RelationLexicon> RelationLexicon::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read relation lexicon " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return Parse(content.str(), path);
}

Result<RelationLexicon> RelationLexicon::Parse(std::string_view json, const std::string& origin) {
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidArgument(origin + ": relation lexicon is not a JSON object");
  }
  if (doc.value("format", "") != "kg-relation-lexicon") {
    return Status::InvalidArgument(origin + ": not a kg relation lexicon (missing \"format\")");
  }
  if (!doc.contains("version") || !doc["version"].is_number_integer() ||
      doc["version"].get<int>() > kLexiconVersion) {
    return Status::NotSupported(origin + ": unsupported relation lexicon version");
  }
  if (!doc.contains("relations") || !doc["relations"].is_object()) {
    return Status::InvalidArgument(origin + ": \"relations\" must be an object");
  }
  RelationLexicon lexicon;
  for (const auto& [name, entry] : doc["relations"].items()) {
    if (!entry.is_object() || !entry.contains("triggers") || !entry["triggers"].is_array()) {
      return Status::InvalidArgument(origin + ": relation " + name + " needs a \"triggers\" list");
    }
    const std::size_t index = lexicon.relations_.size();
    const auto symmetric = entry.find("symmetric");
    lexicon.relations_.push_back(
        {name, symmetric != entry.end() && symmetric->is_boolean() && symmetric->get<bool>()});
    for (const auto& trigger : entry["triggers"]) {
      if (!trigger.is_string() || trigger.get<std::string>().empty()) {
        return Status::InvalidArgument(origin + ": relation " + name +
                                       " has a trigger that is not a non-empty string");
      }
      std::string phrase = trigger.get<std::string>();
      std::transform(phrase.begin(), phrase.end(), phrase.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      lexicon.triggers_.push_back({std::move(phrase), index});
    }
  }
  std::stable_sort(
      lexicon.triggers_.begin(), lexicon.triggers_.end(),
      [](const Trigger& a, const Trigger& b) { return a.phrase.size() > b.phrase.size(); });
  return lexicon;
}

std::vector<TriggerMatch> RelationLexicon::FindTriggers(std::string_view text) const {
  std::vector<TriggerMatch> matches;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const Trigger* found = nullptr;
    if (pos == 0 || !IsWordChar(text[pos - 1])) {
      for (const Trigger& trigger : triggers_) {
        if (MatchesAt(text, pos, trigger.phrase)) {
          found = &trigger;
          break;
        }
      }
    }
    if (found == nullptr) {
      ++pos;
      continue;
    }
    const Relation& relation = relations_[found->relation];
    matches.push_back({relation.name, relation.symmetric, pos, pos + found->phrase.size()});
    pos += found->phrase.size();
  }
  return matches;
}

}  // namespace kg
