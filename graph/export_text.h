// Helpers the exporters share: buffered streaming output, numbers, edge weights, node colours.
#pragma once

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>

#include "kg/status.h"
#include "kg/store.h"

namespace kg::graph {

// Collects output in a string and writes it to `out` in large blocks.
class BufferedOutput {
 public:
  explicit BufferedOutput(std::ostream& out) : out_(out) { buffer_.reserve(kFlushBytes + 4096); }

  std::string* buffer() { return &buffer_; }
  void FlushIfFull() {
    if (buffer_.size() >= kFlushBytes) Flush();
  }
  // Writes what is left; fails when the stream did.
  Status Finish() {
    Flush();
    out_.flush();
    return out_ ? Status::Ok() : Status::IOError("could not write the export");
  }

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  void Flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  std::ostream& out_;
  std::string buffer_;
};

template <typename Number>
void AppendNumber(std::string* out, Number value) {
  char digits[32];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out->append(digits, static_cast<std::size_t>(end - digits));
}

// The edge's weight: the imported weight when it has one, else its count.
inline double EdgeWeight(const EdgeRecord& edge) {
  return edge.weight.value_or(static_cast<double>(edge.count));
}

// Fill colour of a node of `type` in drawings (DOT, SVG).
inline std::string_view TypeColor(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "#a6cee3";
    case EntityType::kGpe:
      return "#b2df8a";
    case EntityType::kOrg:
      return "#fdbf6f";
    case EntityType::kLoc:
      return "#cab2d6";
  }
  return "#dddddd";
}

}  // namespace kg::graph
