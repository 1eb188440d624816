// Edit distance: for spelling variants of a name within a document, and for "did you mean"
// suggestions on misspelt names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Levenshtein distance between the byte strings `a` and `b` (insert, delete, substitute: 1 each).
std::size_t EditDistance(std::string_view a, std::string_view b);

// How far `query` is from `name` when looking for what the user meant: the smaller of the edit
// distance to the whole name and one more than the distance to its closest word, so "bolten"
// is close to "john bolton". Both should already be NameKey()s.
std::size_t NameDistance(std::string_view query, std::string_view name);

// Whether a candidate at `distance` is close enough to `query` to suggest.
bool IsCloseEnough(std::string_view query, std::size_t distance);

// "'a'", "'a' or 'b'", "'a', 'b' or 'c'": a list of suggestions for a message.
std::string QuotedAlternatives(const std::vector<std::string>& names);

}  // namespace kg
