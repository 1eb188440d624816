// NameKey: the form under which names are compared and looked up.
//
// Lower-cases ASCII letters, turns runs of whitespace into one space and trims the ends, so
// "President  Putin" and "president putin" share a key. Non-ASCII text is kept as it is.
// AliasKey is the key of the alias tables and actor dictionaries: the same, except that a short
// all-capital form (up to five capitals and periods) keeps its case, so "US" is not "us".
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string NameKey(std::string_view name);
std::string AliasKey(std::string_view name);

}  // namespace kg
