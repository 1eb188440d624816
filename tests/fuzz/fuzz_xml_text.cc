// Fuzz target: XML escaping must always yield valid UTF-8 without characters XML 1.0 forbids.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kg/utf8.h"
#include "kg/xml_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string escaped =
      kg::XmlText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (kg::FindInvalidUtf8(escaped).has_value()) std::abort();
  for (unsigned char c : escaped) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') std::abort();
    if (c == '<' || c == '>' || c == '"' || c == '\'') std::abort();
  }
  if (escaped.find("\xEF\xBF\xBE") != std::string::npos ||
      escaped.find("\xEF\xBF\xBF") != std::string::npos) {
    std::abort();
  }
  return 0;
}
