// Fuzz target: the gold-annotation reader and the scorer over what it read.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kg/evaluation.h"
#include "kg/gold.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::GoldSet gold;
  if (kg::ParseGold(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", &gold)
          .ok()) {
    kg::Evaluate(gold, {});
  }
  return 0;
}
