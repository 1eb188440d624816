// NameKey: the form under which names are compared and looked up.
//
// Lower-cases ASCII letters, turns runs of whitespace into one space and trims the ends, so
// "President  Putin" and "president putin" share a key. Non-ASCII text is kept as it is.
#pragma once

#include <string>
#include <string_view>

namespace kg {

std::string NameKey(std::string_view name);

}  // namespace kg
