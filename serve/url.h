// Url: splitting a request target into its decoded path and query parameters.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

// "%41b+c" -> "Ab c" ('+' is a space in a query); nullopt for a malformed escape ("%4", "%zz").
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

struct RequestTarget {
  std::string path;
  std::map<std::string, std::string> query;
};

// "/api/entity?name=Ada%20Kimani&limit=5"; nullopt when a part cannot be decoded.
std::optional<RequestTarget> ParseTarget(std::string_view target);

}  // namespace kg
