// Hyphen compounds: relations that news text packs into a hyphenated modifier of a name.
//
//   "the Iran-backed Houthi movement"     supported(Iran, Houthi movement)
//   "the Saudi-led coalition"             leader_of(Saudi Arabia, coalition)
//
// The participle after the hyphen decides (data/lexicon/words/hyphen_participles/backing.txt
// and leading.txt); the modified name must follow within a few words and be another entity. A
// people leads nothing ("the Kurdish-led SDF" says who is in it, not which state leads it).
// "-based" names a place and is read by place_relations.h.
#pragma once

#include <vector>

#include "kg/extraction.h"
#include "names/mention_finder.h"
#include "names/name_knowledge.h"
#include "relations/dependency_tree.h"
#include "relations/static_relations.h"

namespace kg {

std::vector<StaticMatch> FindHyphenCompounds(const NameKnowledge& knowledge,
                                             const DependencyTree& tree,
                                             const std::vector<TokenMention>& mentions,
                                             const std::vector<std::uint32_t>& entity_of_mention,
                                             const std::vector<Entity>& entities);

}  // namespace kg
