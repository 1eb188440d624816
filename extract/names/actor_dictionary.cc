#include "kg/actor_dictionary.h"

#include <algorithm>

#include "kg/file_contents.h"
#include "kg/name_key.h"

namespace kg {
namespace {

// `line` cut at each `separator`; an empty line gives one empty field.
std::vector<std::string_view> Split(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  std::size_t begin = 0;
  for (std::size_t end; (end = line.find(separator, begin)) != std::string_view::npos;
       begin = end + 1) {
    fields.push_back(line.substr(begin, end - begin));
  }
  fields.push_back(line.substr(begin));
  return fields;
}

std::string_view Trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \r");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \r") + 1 - begin);
}

std::size_t WordCount(std::string_view name) {
  return static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
}

}  // namespace

Status ActorDictionary::LoadFile(const std::string& path) {
  const Result<std::string> content = ReadFileContents(path, "actor dictionary");
  if (!content.ok()) return content.status();
  return Parse(*content, path);
}

Status ActorDictionary::Parse(std::string_view text, const std::string& origin) {
  std::size_t number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++number;
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    const std::string where = origin + ":" + std::to_string(number) + ": ";
    const std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < 3 || fields.size() > 4) {
      return Status::InvalidArgument(
          where + "expected name, type, aliases and codes separated by tabs, found " +
          std::to_string(fields.size()) + " field" + (fields.size() == 1 ? "" : "s"));
    }
    Actor actor;
    actor.name = std::string(Trim(fields[0]));
    if (actor.name.empty()) return Status::InvalidArgument(where + "the name is empty");
    if (!ParseEntityType(Trim(fields[1]), &actor.type)) {
      return Status::InvalidArgument(where + "type \"" + std::string(Trim(fields[1])) +
                                     "\" is not PERSON, GPE, ORG or LOC");
    }
    if (fields.size() == 4) {
      for (std::string_view code : Split(Trim(fields[3]), ' ')) {
        if (!code.empty()) actor.codes.emplace_back(code);
      }
    }
    const std::size_t index = actors_.size();
    actors_.push_back(std::move(actor));
    Index(actors_.back().name, index);
    if (Trim(fields[2]).empty()) continue;
    for (std::string_view alias : Split(fields[2], '|')) {
      if (Trim(alias).empty()) return Status::InvalidArgument(where + "an alias is empty");
      Index(Trim(alias), index);
    }
  }
  return Status::Ok();
}

void ActorDictionary::Index(std::string_view name, std::size_t actor) {
  index_[AliasKey(name)] = actor;
  max_words_ = std::max(max_words_, WordCount(name));
}

const Actor* ActorDictionary::Find(std::string_view name) const {
  const auto found = index_.find(AliasKey(name));
  return found == index_.end() ? nullptr : &actors_[found->second];
}

const Actor* ActorDictionary::Match(std::span<const std::string_view> words) const {
  if (words.empty() || words.size() > max_words_) return nullptr;
  std::string name;
  for (std::string_view word : words) {
    if (!name.empty()) name += ' ';
    name += word;
  }
  return Find(name);
}

}  // namespace kg
