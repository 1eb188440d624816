#include "relations/hyphen_compounds.h"

#include "names/word_shape.h"

namespace kg {
namespace {

// How far the modified name may start after the participle: "the Iran-backed [armed] Houthi
// movement".
constexpr int kMaxGap = 3;

// The relation a participle after a hyphen gives its modifier towards the name, or "".
std::string_view RelationOf(const Vocabulary& words, std::string_view participle) {
  if (words.backing_participles.Contains(participle)) return "supported";
  if (words.leading_participles.Contains(participle)) return "leader_of";
  return "";
}

}  // namespace

std::vector<StaticMatch> FindHyphenCompounds(const NameKnowledge& knowledge,
                                             const DependencyTree& tree,
                                             const std::vector<TokenMention>& mentions,
                                             const std::vector<std::uint32_t>& entity_of_mention,
                                             const std::vector<Entity>& entities) {
  std::vector<StaticMatch> matches;
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    const int hyphen = mentions[k].last + 1;
    if (hyphen + 1 >= tree.size() || !IsHyphen(tree.token(hyphen).form)) continue;
    const std::string_view relation = RelationOf(knowledge.words(), tree.token(hyphen + 1).form);
    if (relation.empty() || mentions[k + 1].first > hyphen + 2 + kMaxGap) continue;
    const std::uint32_t actor = entity_of_mention[k];
    const std::uint32_t named = entity_of_mention[k + 1];
    if (actor == named || entities[named].type == EntityType::kLoc) continue;
    if (relation == "leader_of" &&
        (entities[named].type != EntityType::kOrg || knowledge.Resolve(mentions[k].text).demonym))
      continue;
    matches.push_back({std::string(relation), actor, named, hyphen, hyphen + 1});
  }
  return matches;
}

}  // namespace kg
