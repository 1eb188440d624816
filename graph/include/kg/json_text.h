// Text made safe for JSON string literals.
//
// Escapes " and \, writes control characters as \n, \t, \r, \b, \f or \u00XX, and replaces any
// byte sequence that is not valid UTF-8 with U+FFFD, so the output is always valid JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// Appends `text` as a quoted JSON string.
void AppendJsonString(std::string* out, std::string_view text);
// Appends `items` as a JSON array of strings, without spaces: ["a","b"].
void AppendJsonList(std::string* out, const std::vector<std::string>& items);

}  // namespace kg
