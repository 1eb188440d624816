// LikelyDuplicates: pairs of entities that are probably one, for curation (kg check
// --duplicates).
//
// Two entities are listed when a name of one (canonical or alias, compared as FoldedNameKey, so
// that spelling variants are one name) is a name of the other, whatever their types (one entity
// should have one type; but two people with different full names who share only a one-word
// alias, a surname, are two people), or when a one-word PERSON name is the last word of the
// multi-word names of exactly one other PERSON (a surname and its full name). One scan of the
// entities; memory grows with their names. Each pair comes once, the lower id first, sorted by ids.
#pragma once

#include <string>
#include <vector>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct LikelyDuplicate {
  EntityRecord first;
  EntityRecord second;
  std::string reason;  // "both are called 'Biden'", "'Biden' is the surname of Joe Biden"
};

Result<std::vector<LikelyDuplicate>> FindLikelyDuplicates(const Store& store);

}  // namespace kg
