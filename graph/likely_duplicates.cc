#include "kg/likely_duplicates.h"

#include <algorithm>
#include <map>
#include <set>

#include "kg/name_fold.h"

namespace kg {
namespace {

std::vector<std::string> NamesOf(const EntityRecord& entity) {
  std::set<std::string> keys = {FoldedNameKey(entity.name)};
  for (const std::string& alias : entity.aliases)
    keys.insert(FoldedNameKey(alias));
  return {keys.begin(), keys.end()};
}

std::string LastWord(const std::string& key) {
  const std::size_t space = key.rfind(' ');
  return space == std::string::npos ? std::string() : key.substr(space + 1);
}

class Finder {
 public:
  void Add(const EntityRecord& entity) {
    const std::size_t index = entities_.size();
    entities_.push_back(entity);
    for (const std::string& key : NamesOf(entity)) {
      by_name_[key].push_back(index);
      if (entity.type == EntityType::kPerson && !LastWord(key).empty())
        full_names_by_surname_[LastWord(key)].insert(index);
    }
  }

  std::vector<LikelyDuplicate> Pairs() {
    for (const auto& [key, indexes] : by_name_) {
      for (std::size_t i = 0; i < indexes.size(); ++i) {
        for (std::size_t j = i + 1; j < indexes.size(); ++j) {
          if (!SharedSurname(indexes[i], indexes[j], key))
            Note(indexes[i], indexes[j], "both are called '" + key + "'");
        }
      }
      const auto full = full_names_by_surname_.find(key);
      if (full == full_names_by_surname_.end() || full->second.size() != 1) continue;
      const std::size_t owner = *full->second.begin();
      for (std::size_t index : indexes) {
        if (index != owner && entities_[index].type == EntityType::kPerson &&
            key.find(' ') == std::string::npos) {
          Note(index, owner, "'" + key + "' is the surname of " + entities_[owner].name);
        }
      }
    }
    std::vector<LikelyDuplicate> pairs;
    for (auto& [ids, reason] : reasons_)
      pairs.push_back({entities_[ids.first], entities_[ids.second], std::move(reason)});
    std::sort(pairs.begin(), pairs.end(), [](const LikelyDuplicate& a, const LikelyDuplicate& b) {
      return std::pair(a.first.id, a.second.id) < std::pair(b.first.id, b.second.id);
    });
    return pairs;
  }

 private:
  // Two people with different full names who share only a surname ("Johnson") are two people.
  bool SharedSurname(std::size_t a, std::size_t b, const std::string& key) const {
    const EntityRecord& x = entities_[a];
    const EntityRecord& y = entities_[b];
    return x.type == EntityType::kPerson && y.type == EntityType::kPerson &&
           key.find(' ') == std::string::npos && FoldedNameKey(x.name) != key &&
           FoldedNameKey(y.name) != key && FoldedNameKey(x.name) != FoldedNameKey(y.name);
  }

  void Note(std::size_t a, std::size_t b, std::string reason) {
    if (entities_[a].id > entities_[b].id) std::swap(a, b);
    reasons_.try_emplace({a, b}, std::move(reason));
  }

  std::vector<EntityRecord> entities_;
  std::map<std::string, std::vector<std::size_t>> by_name_;
  std::map<std::string, std::set<std::size_t>> full_names_by_surname_;
  std::map<std::pair<std::size_t, std::size_t>, std::string> reasons_;
};

}  // namespace

Result<std::vector<LikelyDuplicate>> FindLikelyDuplicates(const Store& store) {
  Finder finder;
  Status status = store.ForEachEntity([&](const EntityRecord& entity) {
    finder.Add(entity);
    return true;
  });
  if (!status.ok()) return status;
  return finder.Pairs();
}

}  // namespace kg
