#include "kg/xml_text.h"

#include "kg/utf8.h"

namespace kg {

namespace {

// Printable ASCII that XML takes as it is.
bool IsPlain(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

}  // namespace

void AppendXmlText(std::string* out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t plain = i;
    while (plain < text.size() && IsPlain(static_cast<unsigned char>(text[plain])))
      ++plain;
    out->append(text.substr(i, plain - i));
    i = plain;
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out->append("&amp;");
          break;
        case '<':
          out->append("&lt;");
          break;
        case '>':
          out->append("&gt;");
          break;
        case '"':
          out->append("&quot;");
          break;
        case '\'':
          out->append("&apos;");
          break;
        default:
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            out->push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    const std::size_t length = Utf8SequenceLength(c);
    const std::string_view sequence = text.substr(i, length == 0 ? 1 : length);
    const bool valid = length != 0 && !FindInvalidUtf8(sequence).has_value();
    const bool non_character = sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
    if (valid && !non_character) out->append(sequence);
    i += valid ? length : 1;
  }
}

std::string XmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlText(&out, text);
  return out;
}

}  // namespace kg
