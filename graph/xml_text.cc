#include "kg/xml_text.h"

#include "text_escape.h"

namespace kg {

namespace {

constexpr graph::EscapeTable kXmlText = [] {
  graph::EscapeTable table;
  for (std::size_t c = 0x20; c < 128; ++c)
    table.plain[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
  table.replacement['&'] = "&amp;";
  table.replacement['<'] = "&lt;";
  table.replacement['>'] = "&gt;";
  table.replacement['"'] = "&quot;";
  table.replacement['\''] = "&apos;";
  table.replacement['\t'] = "\t";
  table.replacement['\n'] = "\n";
  table.replacement['\r'] = "\r";
  table.drop_non_characters = true;  // other C0 controls and invalid UTF-8 are dropped too
  return table;
}();

}  // namespace

void AppendXmlText(std::string* out, std::string_view text) {
  graph::AppendEscaped(out, text, kXmlText);
}

std::string XmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlText(&out, text);
  return out;
}

}  // namespace kg
