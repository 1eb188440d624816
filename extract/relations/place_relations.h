// Place relations: located_in read from how news text names a place together with a larger one.
//
//   "Berlin, Germany"                     located_in(Berlin, Germany)
//   "Niamey, Niger's capital"             located_in(Niamey, Niger)
//   "the city of Omsk in Siberia"         located_in(Omsk, Siberia)
//   "Pokrovsk, in the Donetsk region"     located_in(Pokrovsk, Donetsk)
//   "Marrowby, a town in Ghana"           located_in(Marrowby, Ghana)
//   "Selvano, the capital of Varn"        located_in(Selvano, Varn)
//   "the Yemen-based Houthi movement"     located_in(Houthi movement, Yemen)
// The inner place must be a GPE or LOC that is not itself a sovereign state, the outer one a GPE
// or LOC; a comma pair that is part of a list ("Berlin, Paris and Rome") is not read as one.
#pragma once

#include <vector>

#include "kg/extraction.h"
#include "names/mention_finder.h"
#include "names/name_knowledge.h"
#include "relations/dependency_tree.h"
#include "relations/static_relations.h"

namespace kg {

std::vector<StaticMatch> FindPlaceRelations(const DependencyTree& tree,
                                            const std::vector<TokenMention>& mentions,
                                            const std::vector<std::uint32_t>& entity_of_mention,
                                            const std::vector<Entity>& entities,
                                            const NameKnowledge& knowledge);

}  // namespace kg
