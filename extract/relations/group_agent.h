// GroupAgent: the kind of group a place name stands for, from the noun that follows it.
//
// "Russian troops" -> "military", "Ukrainian officials" -> "officials", "European governments"
// -> "government", "the U.S. delegation" -> "delegation". `after_name` is the text right after
// the name; the first word decides. Returns an empty string when no group word follows. The
// group words are the lists under data/lexicon/words/group_agents/, one per agent.
#pragma once

#include <string>
#include <string_view>

#include "vocabulary.h"

namespace kg {

std::string GroupAgent(const Vocabulary& words, std::string_view after_name);

}  // namespace kg
