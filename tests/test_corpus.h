// Made-up news articles for ingest tests: deterministic, with people, places and relations
// that recur across documents so entity resolution has work to do.
#pragma once

#include <array>
#include <fstream>
#include <string>

namespace kg::testing {

// Writes `count` articles as JSON Lines to `path`.
inline void WriteCorpus(const std::string& path, std::size_t count) {
  constexpr std::array<const char*, 8> kFirst = {"Lena", "Paul",  "Maria", "Omar",
                                                 "Ines", "Tomas", "Aiko",  "Jonas"};
  constexpr std::array<const char*, 7> kLast = {"Ortiz",  "Mensah",    "Varga", "Brandt",
                                                "Okafor", "Lindqvist", "Haddad"};
  constexpr std::array<const char*, 5> kCity = {"Accra", "Kessel", "Lorvik", "Tamsin", "Odrin"};
  constexpr std::array<const char*, 4> kVerb = {"accused", "criticized", "supported", "urged"};
  std::ofstream out(path, std::ios::binary);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string a = std::string(kFirst[i % kFirst.size()]) + " " + kLast[i % kLast.size()];
    const std::string b =
        std::string(kFirst[(i * 3 + 1) % kFirst.size()]) + " " + kLast[(i * 5 + 2) % kLast.size()];
    const std::string a_last = kLast[i % kLast.size()];
    const std::string b_last = kLast[(i * 5 + 2) % kLast.size()];
    const std::string city = kCity[i % kCity.size()];
    out << R"({"id": "doc-)" << i << R"(", "date": "2024-03-)" << (10 + i % 19)
        << R"(", "title": "Talks in )" << city << R"(", "text": ")" << a << " met with " << b
        << " in " << city << " on Monday. Later " << a_last << " " << kVerb[i % kVerb.size()] << " "
        << b_last << " of delaying the vote. " << b << " visited " << city << R"( the next day."})"
        << "\n";
  }
}

}  // namespace kg::testing
