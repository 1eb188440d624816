#include "coding.h"

namespace kg::store {

// One append of all the bytes, not one push_back each: edge keys are written a million times a
// second by kg import.
void PutBigEndian32(std::string* out, std::uint32_t value) {
  char bytes[4];
  for (int i = 3; i >= 0; --i, value >>= 8)
    bytes[i] = static_cast<char>(value);
  out->append(bytes, sizeof bytes);
}

void PutBigEndian64(std::string* out, std::uint64_t value) {
  char bytes[8];
  for (int i = 7; i >= 0; --i, value >>= 8)
    bytes[i] = static_cast<char>(value);
  out->append(bytes, sizeof bytes);
}

std::string BigEndian64(std::uint64_t value) {
  std::string out;
  PutBigEndian64(&out, value);
  return out;
}

std::uint32_t ReadBigEndian32(std::string_view bytes) {
  std::uint32_t value = 0;
  for (int i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

std::uint64_t ReadBigEndian64(std::string_view bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

void PutVarint(std::string* out, std::uint64_t value) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>(value | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

void PutString(std::string* out, std::string_view value) {
  PutVarint(out, value.size());
  out->append(value);
}

bool Decoder::ReadVarint(std::uint64_t* value) {
  std::uint64_t result = 0;
  for (int shift = 0; ok_ && shift <= 63; shift += 7) {
    if (input_.empty()) break;
    const auto byte = static_cast<unsigned char>(input_.front());
    input_.remove_prefix(1);
    result |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  ok_ = false;
  return false;
}

bool Decoder::ReadString(std::string* value) {
  std::uint64_t size = 0;
  if (!ReadVarint(&size) || size > input_.size()) {
    ok_ = false;
    return false;
  }
  value->assign(input_.substr(0, size));
  input_.remove_prefix(size);
  return true;
}

bool Decoder::ReadBytes(std::size_t size, std::string* value) {
  if (!ok_ || input_.size() < size) {
    ok_ = false;
    return false;
  }
  value->assign(input_.substr(0, size));
  input_.remove_prefix(size);
  return true;
}

bool Decoder::ReadByte(std::uint8_t* value) {
  if (!ok_ || input_.empty()) {
    ok_ = false;
    return false;
  }
  *value = static_cast<std::uint8_t>(input_.front());
  input_.remove_prefix(1);
  return true;
}

}  // namespace kg::store
