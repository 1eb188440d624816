// Title case: whether a sentence's capitals say anything about names.
#pragma once

#include "names/name_knowledge.h"
#include "relations/dependency_tree.h"

namespace kg {

// The index of the sentence's first word, after opening quotes and brackets ("(Laughter.)").
int FirstWord(const DependencyTree& tree);

// Whether the sentence is written in title case, so that its capitals say nothing about names:
// after its first word, at least two words that are neither lower-case function words ("and",
// "of") nor proper names WordNet does not know as common words, three quarters of them
// capitalised ("Great Family Fun and Bonding", "Thanks For The Prompt Service").
bool IsTitleCase(const DependencyTree& tree, const NameKnowledge& knowledge);

}  // namespace kg
