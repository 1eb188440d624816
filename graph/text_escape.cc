#include "text_escape.h"

#include "kg/utf8.h"

namespace kg::graph {

void AppendEscaped(std::string* out, std::string_view text, const EscapeTable& table) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t plain = i;
    while (plain < text.size() && static_cast<unsigned char>(text[plain]) < 0x80 &&
           table.plain[static_cast<unsigned char>(text[plain])]) {
      ++plain;
    }
    out->append(text.substr(i, plain - i));
    i = plain;
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out->append(table.replacement[c]);
      ++i;
      continue;
    }
    const std::size_t length = Utf8SequenceLength(c);
    const std::string_view sequence = text.substr(i, length == 0 ? 1 : length);
    if (length == 0 || FindInvalidUtf8(sequence).has_value()) {
      out->append(table.invalid);
      ++i;
      continue;
    }
    const bool non_character = sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
    if (!(non_character && table.drop_non_characters)) out->append(sequence);
    i += length;
  }
}

}  // namespace kg::graph
