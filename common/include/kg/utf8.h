// UTF-8 checks for text entering kg.
//
// Input documents must be valid UTF-8 without NUL bytes; the validator reports the byte offset of
// the first offending sequence so the CLI can print a precise one-line error.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kg {

// Byte offset of the first invalid UTF-8 sequence (or NUL byte) in `text`, or nullopt if the text
// is valid. Overlong encodings, surrogates and code points above U+10FFFF are invalid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Length in bytes of the UTF-8 sequence starting with `lead`, or 0 if `lead` cannot start one.
std::size_t Utf8SequenceLength(unsigned char lead);

}  // namespace kg
