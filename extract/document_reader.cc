#include "kg/document_reader.h"

#include <xxhash.h>

#include <cstdio>

namespace kg {

std::string ContentHash(const Document& document) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  for (const std::string* part : {&document.id, &document.date, &document.text}) {
    const std::uint64_t size = part->size();
    XXH3_128bits_update(state, &size, sizeof size);
    XXH3_128bits_update(state, part->data(), part->size());
  }
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                static_cast<unsigned long long>(hash.low64));
  return hex;
}

}  // namespace kg
