// AppendEscaped: the one escaping loop of the text formats the exporters write (JSON strings,
// XML text), each format given as an EscapeTable.
//
// Runs of ASCII bytes the table marks plain are copied as they are; every other ASCII byte is
// replaced by its table entry (an empty entry drops it). A valid UTF-8 sequence is copied, unless
// it is U+FFFE or U+FFFF and the table drops those; each byte that starts no valid sequence is
// replaced by `invalid`.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace kg::graph {

struct EscapeTable {
  std::array<bool, 128> plain{};
  std::array<std::string_view, 128> replacement{};
  std::string_view invalid;
  bool drop_non_characters = false;
};

void AppendEscaped(std::string* out, std::string_view text, const EscapeTable& table);

}  // namespace kg::graph
