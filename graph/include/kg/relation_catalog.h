// RelationCatalog: the relation names a query may use, and which of them have no direction.
//
// The names are those the store holds plus those of the relation lexicon (the lexicon's format is
// described in extract/relation_lexicon.h). The lexicon is the one source of a relation's
// properties: a symmetric relation (met_with, agreed_with, relative_of, ...) is one it marks
// "symmetric". The store records that mark when it first holds an edge of the relation (so a
// relation of a user's --lexicon stays symmetric for every later reader), and the catalog joins
// the store's marks with those of the built-in lexicon. The store keeps a symmetric edge once,
// from the lower entity id to the higher, so readers use the catalog to follow it from either
// end.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

class RelationCatalog {
 public:
  RelationCatalog() = default;
  RelationCatalog(std::vector<std::string> names, std::vector<std::string> symmetric);

  // The store's relations plus the lexicon's. A missing lexicon file adds nothing; an unreadable
  // one is an error.
  static Result<RelationCatalog> Load(const Store& store, const std::string& lexicon_path);

  bool Knows(std::string_view relation) const { return names_.find(relation) != names_.end(); }
  bool IsSymmetric(std::string_view relation) const {
    return symmetric_.find(relation) != symmetric_.end();
  }
  // InvalidArgument naming the closest known relations when `relation` is unknown.
  Status CheckKnown(std::string_view relation) const;

  const std::set<std::string, std::less<>>& names() const { return names_; }

 private:
  std::set<std::string, std::less<>> names_;
  std::set<std::string, std::less<>> symmetric_;
};

}  // namespace kg
