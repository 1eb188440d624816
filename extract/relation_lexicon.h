// RelationLexicon: surface triggers for each relation, loaded from a JSON lexicon file.
//
// File format (data/lexicon/relations.json):
//   {"format": "kg-relation-lexicon", "version": 1,
//    "relations": {"met_with": {"symmetric": true, "triggers": ["met with", "met", ...]}, ...}}
// Triggers are lower-case phrases matched case-insensitively at word boundaries; where two
// triggers overlap, the longer one wins ("met with" over "met").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg {

struct TriggerMatch {
  std::string_view relation;
  bool symmetric = false;
  std::size_t begin = 0;  // byte range of the trigger in the searched text
  std::size_t end = 0;
};

class RelationLexicon {
 public:
  static Result<RelationLexicon> LoadFile(const std::string& path);
  static Result<RelationLexicon> Parse(std::string_view json, const std::string& origin);

  // Non-overlapping trigger occurrences in `text`, in text order.
  std::vector<TriggerMatch> FindTriggers(std::string_view text) const;

  std::size_t relation_count() const { return relations_.size(); }

 private:
  struct Relation {
    std::string name;
    bool symmetric = false;
  };
  struct Trigger {
    std::string phrase;
    std::size_t relation;  // index into relations_
  };

  std::vector<Relation> relations_;
  std::vector<Trigger> triggers_;  // longest phrase first
};

}  // namespace kg
