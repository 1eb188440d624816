// ActorDictionary: known actors (people, states, organisations) with their type, canonical name,
// aliases and event-data codes, read from kg's actor files (data/lexicon/actors.tsv, converted
// from the Phoenix dictionaries by scripts/phoenix_to_actors.py; users add their own with
// --actors FILE).
//
// File format, one actor a line, '#' opening a comment line, blank lines skipped:
//   name <TAB> PERSON|GPE|ORG|LOC <TAB> alias|alias|... <TAB> code code ...
// The aliases and codes fields may be empty (and the codes field left out); a code is an actor
// code with an optional date range, "RUSGOV:1999-12-31..2008-05-07", kept as text. A line that
// does not follow the format fails the load with its file and line.
//
// Lookups take a name or alias in any case (a short all-capital alias, such as "ANC", only in
// capitals; see AliasKey) and give the actor. A later line or file wins over an earlier one for
// the same name or alias. Match() answers a tagger's question: is this run of words a known
// actor, and of what type.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/extraction.h"
#include "kg/status.h"

namespace kg {

struct Actor {
  std::string name;  // canonical, natural case: "Vladimir Putin"
  EntityType type = EntityType::kPerson;
  std::vector<std::string> codes;  // "RUSGOV:1999-12-31..2008-05-07"
};

class ActorDictionary {
 public:
  // Adds the actors of the file at `path`.
  Status LoadFile(const std::string& path);
  // Adds the actors of `text`; `origin` names it in errors ("actors.tsv:12: ...").
  Status Parse(std::string_view text, const std::string& origin);

  // The actor `name` (a canonical name or an alias) stands for, or nullptr.
  const Actor* Find(std::string_view name) const;
  // The actor named by `words` joined with spaces, or nullptr; longer than any known name is
  // never one (max_words()).
  const Actor* Match(std::span<const std::string_view> words) const;
  // The most words a known name or alias has.
  std::size_t max_words() const { return max_words_; }
  std::size_t size() const { return actors_.size(); }

 private:
  void Index(std::string_view name, std::size_t actor);

  std::vector<Actor> actors_;
  std::unordered_map<std::string, std::size_t> index_;  // AliasKey() -> actors_ index
  std::size_t max_words_ = 0;
};

}  // namespace kg
