#include "kg/utf8.h"

namespace kg {

std::size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead == 0) return i;
    const std::size_t length = Utf8SequenceLength(lead);
    if (length == 0 || i + length > size) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    if (length == 3) {
      const unsigned char second = bytes[i + 1];
      if (lead == 0xE0 && second < 0xA0) return i;   // overlong
      if (lead == 0xED && second >= 0xA0) return i;  // UTF-16 surrogate
    } else if (length == 4) {
      const unsigned char second = bytes[i + 1];
      if (lead == 0xF0 && second < 0x90) return i;   // overlong
      if (lead == 0xF4 && second >= 0x90) return i;  // above U+10FFFF
    }
    i += length;
  }
  return std::nullopt;
}

}  // namespace kg
