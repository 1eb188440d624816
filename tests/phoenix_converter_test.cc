// scripts/phoenix_to_actors.py: Phoenix actor and agent dictionaries into kg's actor file and
// group-agent table, on invented dictionary snippets. Needs python3 and WordNet.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "kg/actor_dictionary.h"
#include "run_kg.h"
#include "temp_dir.h"

namespace {

// Runs the converter on `dictionary` (written as a Phoenix file in `dir`) and returns its
// standard output; the counts it prints on standard error go to `counts`.
std::string Convert(const kg::testing::TempDir& dir, const std::string& dictionary,
                    const std::string& options, std::string* counts) {
  const std::string input = dir.file("Test.actors.txt");
  kg::testing::WriteFile(input, dictionary);
  kg::testing::WriteFile(dir.file("LICENSE"), "The Test Licence\n");
  std::string output;
  const std::string script = std::string(KG_TEST_DIR) + "/../scripts/phoenix_to_actors.py";
  REQUIRE(kg::testing::RunShell(
              "python3 " + script + " " + options + " " + input + " 2>" + dir.file("counts"),
              &output) == 0);
  std::ifstream in(dir.file("counts"));
  std::ostringstream text;
  text << in.rdbuf();
  *counts = text.str();
  return output;
}

}  // namespace

TEST_CASE("the converter writes actors in natural case with their type and aliases", "[phoenix]") {
  kg::testing::TempDir dir;
  std::string counts;
  const std::string tsv = Convert(dir,
                                  "# comment\n"
                                  "TARVELIA_  [TRV]\n"
                                  "+TARVELLIA_\n"
                                  "+TARVELIA_CITY_\n"
                                  "TEODOR_ZORVAN_  # CountryInfo.txt\n"
                                  "+ZORVAN_\n"
                                  "+PRESIDENT_ZORVAN_\n"
                                  "+PRESIDENT_TEODOR_ZORVAN_\n"
                                  "\t[TRVELI 900101-010203]\n"
                                  "\t[TRVGOV >010203]\n"
                                  "ADA_MCKETTERING_  # CountryInfo.txt\n"
                                  "\t[TRVGOV 20050101-20090101]\n"
                                  "KESTREL_LIBERATION_FRONT_(KLF)_ [TRVREB]\n",
                                  "", &counts);
  CHECK(tsv.find("# The Test Licence") != std::string::npos);
  CHECK(tsv.find("Teodor Zorvan\tPERSON\tZorvan\tTRVELI:1990-01-01..2001-02-03 "
                 "TRVGOV:2001-02-03..\n") != std::string::npos);
  CHECK(tsv.find("Ada McKettering\tPERSON\t\tTRVGOV:2005-01-01..2009-01-01\n") !=
        std::string::npos);
  CHECK(tsv.find("Kestrel Liberation Front\tORG\tKLF\tTRVREB\n") != std::string::npos);
  CHECK(tsv.find("Tarvelia\tGPE\tTarvellia\tTRV\n") != std::string::npos);
  CHECK(counts.find("entries read: 4") != std::string::npos);
  // The output is an actor file kg reads.
  kg::ActorDictionary actors;
  REQUIRE(actors.Parse(tsv, "converted").ok());
  CHECK(actors.Find("President Zorvan") == nullptr);
  CHECK(actors.Find("Zorvan")->name == "Teodor Zorvan");
}

TEST_CASE("the converter leaves out names that are common words or generic groups", "[phoenix]") {
  kg::testing::TempDir dir;
  std::string counts;
  const std::string tsv = Convert(dir,
                                  "ARMED_REBELS_ [TRVREB]\n"
                                  "WINDOW_  # CountryInfo.txt\n"
                                  "\t[TRVGOV 900101-010203]\n"
                                  "TEODOR_ZORVAN_  # CountryInfo.txt\n"
                                  "+TABLE_\n"
                                  "+TZ_\n"
                                  "\t[TRVGOV 900101-010203]\n",
                                  "", &counts);
  CHECK(tsv.find("Rebels") == std::string::npos);
  CHECK(tsv.find("Window") == std::string::npos);
  CHECK(tsv.find("Teodor Zorvan\tPERSON\t\t") != std::string::npos);
  CHECK(counts.find("dropped: generic group: 1") != std::string::npos);
  CHECK(counts.find("dropped: common English word: 1") != std::string::npos);
}

TEST_CASE("the converter maps agent codes to the contract's agent values", "[phoenix]") {
  kg::testing::TempDir dir;
  std::string counts;
  const std::string tsv = Convert(dir,
                                  "!PERSON! = MAN, MEN\n"
                                  "GRENADIER [~MIL] # a soldier\n"
                                  "CONSTABULARY {} [~COP]\n"
                                  "SENATOR [~LEG]\n"
                                  "FARMER [~AGR]\n"
                                  "AIR_WING {} [~MIL]\n",
                                  "--agents", &counts);
  CHECK(tsv.find("grenadiers\tmilitary\n") != std::string::npos);
  CHECK(tsv.find("constabulary\tpolice\n") != std::string::npos);
  CHECK(tsv.find("farmer") == std::string::npos);
  CHECK(tsv.find("senator") == std::string::npos);  // a title: one office-holder
  CHECK(tsv.find("air") == std::string::npos);
  CHECK(counts.find("agent entries dropped: code with no contract value: 1") != std::string::npos);
}
