// Feature hashing shared by the tagger and the parser.
//
// A feature is a template id combined with one to three 64-bit values (hashed strings, tag ids,
// distances). Combining is a cheap, well-mixed integer function, so no feature string is ever
// built; the result keys a FeatureTable row. Hashes are part of the model file format: changing
// these functions invalidates every shipped model (bump kModelFormatVersion).
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <string_view>

namespace kg::syntax {

// 64-bit hash of the bytes of `text`.
inline std::uint64_t HashString(std::string_view text) {
  return XXH3_64bits(text.data(), text.size());
}

// The finaliser of SplitMix64: a bijective mix with good avalanche.
inline std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t Combine(std::uint64_t seed, std::uint64_t value) {
  return Mix64(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

inline std::uint64_t Feature(std::uint32_t templ, std::uint64_t a) {
  return Combine(Mix64(templ + 1), a);
}
inline std::uint64_t Feature(std::uint32_t templ, std::uint64_t a, std::uint64_t b) {
  return Combine(Feature(templ, a), b);
}
inline std::uint64_t Feature(std::uint32_t templ, std::uint64_t a, std::uint64_t b,
                             std::uint64_t c) {
  return Combine(Feature(templ, a, b), c);
}

}  // namespace kg::syntax
