// Byte encodings for store keys and values.
//
// Keys use fixed-width big-endian integers so that RocksDB's bytewise order equals numeric order
// and prefixes line up. Values use LevelDB-style varints and length-prefixed strings, read back
// through a Decoder that reports truncation instead of reading past the end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::store {

void PutBigEndian32(std::string* out, std::uint32_t value);
void PutBigEndian64(std::string* out, std::uint64_t value);
std::string BigEndian64(std::uint64_t value);
std::uint32_t ReadBigEndian32(std::string_view bytes);  // needs >= 4 bytes
std::uint64_t ReadBigEndian64(std::string_view bytes);  // needs >= 8 bytes

void PutVarint(std::string* out, std::uint64_t value);
void PutString(std::string* out, std::string_view value);  // varint length, then bytes

// Reads values written by PutVarint/PutString in order. Once a read fails, ok() stays false.
class Decoder {
 public:
  explicit Decoder(std::string_view input) : input_(input) {}

  bool ReadVarint(std::uint64_t* value);
  bool ReadString(std::string* value);
  bool ReadByte(std::uint8_t* value);
  bool ReadBytes(std::size_t size, std::string* value);  // exactly `size` raw bytes

  bool ok() const { return ok_; }
  bool done() const { return input_.empty(); }

 private:
  std::string_view input_;
  bool ok_ = true;
};

}  // namespace kg::store
