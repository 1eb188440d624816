// A small graph for export and filter tests, built through the public Store API.
//
// Two documents: "Ada <Lovelace> & \"Co\" 'x'<U+0003>" (PERSON) accused "Łódź Zoë Ünited" (ORG) on
// 2024-03-02 (asserted) and again on 2024-04-10 (reported); Ada met with Paul Mensah (PERSON) on
// 2024-03-02; Paul Mensah plans to visit Accra (GPE) on 2024-05-01. The control character is
// stripped by XML and DOT exports, so `kTrickyNameClean` is the name those show.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "kg/store.h"

namespace kg::testing {

inline const std::string kTrickyName = "Ada <Lovelace> & \"Co\" 'x'\x03";
inline const std::string kTrickyNameClean = "Ada <Lovelace> & \"Co\" 'x'";
inline const std::string kAccentedName = "Łódź Zoë Ünited";

inline Fact MakeFact(std::string relation, std::uint32_t subject, std::uint32_t object,
                     std::string date, std::string modality, std::string text) {
  Fact fact;
  fact.relation = std::move(relation);
  fact.symmetric = fact.relation == "met_with";
  fact.subject = subject;
  fact.object = object;
  fact.date = std::move(date);
  fact.modality = std::move(modality);
  fact.sentence_text = std::move(text);
  return fact;
}

inline void AddTestGraph(Store& store) {
  Extraction first;
  first.doc_id = "doc-1";
  first.date = "2024-03-02";
  first.entities = {{kTrickyName, EntityType::kPerson, {"Ada"}, {{"Ada", 0, {0, 3}}}},
                    {kAccentedName, EntityType::kOrg, {}, {{kAccentedName, 0, {10, 20}}}},
                    {"Paul Mensah", EntityType::kPerson, {}, {{"Paul Mensah", 1, {0, 11}}}}};
  first.facts = {MakeFact("accused", 0, 1, "2024-03-02", "asserted", "Ada accused Łódź Zoë."),
                 MakeFact("met_with", 0, 2, "2024-03-02", "asserted", "Ada met Paul Mensah.")};
  REQUIRE(store.IngestDocument(first, "h1").ok());

  Extraction second;
  second.doc_id = "doc-2";
  second.date = "2024-04-10";
  second.entities = {{kTrickyName, EntityType::kPerson, {}, {}},
                     {kAccentedName, EntityType::kOrg, {}, {}},
                     {"Paul Mensah", EntityType::kPerson, {}, {}},
                     {"Accra", EntityType::kGpe, {}, {}}};
  second.facts = {MakeFact("accused", 0, 1, "2024-04-10", "reported",
                           "Ada again accused Łódź Zoë, aides said."),
                  MakeFact("visited", 2, 3, "2024-05-01", "planned", "Mensah will visit Accra.")};
  REQUIRE(store.IngestDocument(second, "h2").ok());
}

inline std::unique_ptr<Store> OpenTestStore(const std::string& path) {
  auto store = Store::Open(path, StoreOptions{});
  REQUIRE(store.ok());
  return std::move(store).value();
}

inline EntityId IdOf(const Store& store, const std::string& name) {
  const auto found = store.FindEntities(name);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  return found->front().id;
}

}  // namespace kg::testing
