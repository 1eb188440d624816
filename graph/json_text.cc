#include "kg/json_text.h"

#include "text_escape.h"

namespace kg {
namespace {

// \u0000 to \u001f, six characters each.
constexpr std::array<char, 32 * 6> kControlEscapes = [] {
  constexpr char kHex[] = "0123456789abcdef";
  std::array<char, 32 * 6> text{};
  for (int c = 0; c < 32; ++c) {
    const std::array<char, 6> escape = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
    for (int k = 0; k < 6; ++k)
      text[static_cast<std::size_t>(6 * c + k)] = escape[static_cast<std::size_t>(k)];
  }
  return text;
}();

constexpr graph::EscapeTable kJsonString = [] {
  graph::EscapeTable table;
  for (std::size_t c = 0; c < 128; ++c) {
    table.plain[c] = c >= 0x20 && c != '"' && c != '\\';
    if (c < 0x20) table.replacement[c] = std::string_view(kControlEscapes.data() + 6 * c, 6);
  }
  table.replacement['"'] = "\\\"";
  table.replacement['\\'] = "\\\\";
  table.replacement['\n'] = "\\n";
  table.replacement['\t'] = "\\t";
  table.replacement['\r'] = "\\r";
  table.replacement['\b'] = "\\b";
  table.replacement['\f'] = "\\f";
  table.invalid = "\\ufffd";
  return table;
}();

}  // namespace

void AppendJsonString(std::string* out, std::string_view text) {
  out->push_back('"');
  graph::AppendEscaped(out, text, kJsonString);
  out->push_back('"');
}

void AppendJsonList(std::string* out, const std::vector<std::string>& items) {
  out->push_back('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(out, items[i]);
  }
  out->push_back(']');
}

}  // namespace kg
