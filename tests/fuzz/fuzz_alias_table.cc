// Fuzz target: the alias table loader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kg/alias_table.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  kg::AliasTable table;
  if (table.Parse(input, "fuzz").ok()) {
    table.Resolve(input);
    table.StateOfSeat(input);
  }
  return 0;
}
