// Known actors in text: a user's actor dictionary (--actors) gives names their canonical form
// and type, also where WordNet has the word as a common noun. Invented names only.
#include <catch2/catch.hpp>
#include <string>

#include "extract_test_util.h"
#include "kg/extractor.h"
#include "temp_dir.h"

namespace {

// The extractor with the built-in data and a small actor file of the test's own.
const kg::Extractor& ExtractorWithActors() {
  static const kg::testing::TempDir dir;
  static const kg::Extractor extractor = [] {
    const std::string actors = dir.file("actors.tsv");
    kg::testing::WriteFile(actors,
                           "# invented actors\n"
                           "Teodor Zorvan\tPERSON\tZorvan\tTRVGOV\n"
                           "Ada Kettering\tPERSON\tKettering\t\n"
                           "Osric Bramble\tPERSON\tBramble\t\n"
                           "Kestrel Liberation Front\tORG\tKLF\tTRVREB\n");
    kg::ExtractorOptions options;
    options.actor_paths = {actors};
    kg::Result<kg::Extractor> created = kg::Extractor::Create(options);
    if (!created.ok()) FAIL(created.status().message());
    return std::move(created).value();
  }();
  return extractor;
}

kg::Extraction Extract(std::string text) {
  return ExtractorWithActors().Extract(kg::Document{"doc", "2024-05-01", std::move(text)});
}

void CheckPerson(const kg::Extraction& extraction, const std::string& name) {
  const kg::Entity* entity = kg::testing::FindEntity(extraction, name);
  REQUIRE(entity != nullptr);
  CHECK(entity->type == kg::EntityType::kPerson);
}

}  // namespace

TEST_CASE("known actors' surnames resolve to their canonical names", "[actor-names]") {
  const kg::Extraction extraction = Extract("Zorvan met with Kettering.");
  CheckPerson(extraction, "Teodor Zorvan");
  CheckPerson(extraction, "Ada Kettering");
  const bool met = kg::testing::HasFact(extraction, "Teodor Zorvan", "met_with", "Ada Kettering") ||
                   kg::testing::HasFact(extraction, "Ada Kettering", "met_with", "Teodor Zorvan");
  CHECK(met);
}

TEST_CASE("a known actor named by a common word is a name inside a sentence", "[actor-names]") {
  const kg::Extraction extraction = Extract("The talks began after Bramble arrived in Tarvel.");
  CheckPerson(extraction, "Osric Bramble");
}

TEST_CASE("a known actor named by a common word opens a sentence before its verb",
          "[actor-names]") {
  const kg::Extraction extraction = Extract("Bramble met with Zorvan on Monday.");
  CheckPerson(extraction, "Osric Bramble");
  CheckPerson(extraction, "Teodor Zorvan");
}

TEST_CASE("a common word capitalised to open a sentence stays a word", "[actor-names]") {
  const kg::Extraction extraction = Extract("Bramble bushes covered the hills near Tarvel.");
  CHECK(kg::testing::FindEntity(extraction, "Osric Bramble") == nullptr);
}

TEST_CASE("a surname yields to the document's own longer name", "[actor-names]") {
  const kg::Extraction extraction =
      Extract("Bruno Kettering arrived in Tarvel on Monday. Kettering met with Zorvan.");
  CheckPerson(extraction, "Bruno Kettering");
  CHECK(kg::testing::FindEntity(extraction, "Ada Kettering") == nullptr);
  CheckPerson(extraction, "Teodor Zorvan");
}

TEST_CASE("a known organisation's acronym takes its full name and type", "[actor-names]") {
  const kg::Extraction extraction = Extract("The KLF attacked a convoy, Zorvan said.");
  const kg::Entity* group = kg::testing::FindEntity(extraction, "Kestrel Liberation Front");
  REQUIRE(group != nullptr);
  CHECK(group->type == kg::EntityType::kOrg);
}
