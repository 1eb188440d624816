// GroupAgent: the kind of group a place name stands for, from the noun that follows it.
//
// "Russian troops" -> "military", "Ukrainian officials" -> "officials", "European governments"
// -> "government", "the U.S. delegation" -> "delegation". `after_name` is the text right after
// the name; the first word decides. Returns an empty string when no group word follows.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string GroupAgent(std::string_view after_name);

}  // namespace kg
