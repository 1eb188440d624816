// A small news graph for the query and traversal tests, built through the public Store API.
//
//   doc-1 2024-01-10  Karl Brandt met with Elena Varga (symmetric: stored Varga -> Brandt)
//                     Northern Front captured Kessel
//                     Elena Varga accused Northern Front
//   doc-2 2024-02-05  Karl Brandt accused Northern Front (reported)
//                     Elena Varga accused Northern Front (reported)
//   doc-3 2024-03-20  Northern Front attacked Ostland (claimed)
//                     Ostland criticized Karl Brandt
//                     Maria Lind supported Elena Varga
//   doc-4 2024-04-01  Tom Reed sued Harbor Union          (a component of its own)
//
// Entity ids follow first appearance: Varga 1, Brandt 2, Northern Front 3, Kessel 4, Ostland 5,
// Lind 6, Reed 7, Harbor Union 8. Aliases: "Varga", "Brandt", "the Front", "NF".
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "kg/relation_catalog.h"
#include "kg/store.h"

namespace kg::testing {

struct SampleFact {
  std::string subject;
  std::string relation;
  std::string object;
  std::string modality = "asserted";
};

inline Entity SampleEntity(const std::string& name) {
  struct Known {
    const char* name;
    EntityType type;
    std::vector<std::string> aliases;
  };
  static const Known kKnown[] = {
      {"Elena Varga", EntityType::kPerson, {"Varga"}},
      {"Karl Brandt", EntityType::kPerson, {"Brandt"}},
      {"Northern Front", EntityType::kOrg, {"the Front", "NF"}},
      {"Kessel", EntityType::kGpe, {}},
      {"Ostland", EntityType::kGpe, {}},
      {"Maria Lind", EntityType::kPerson, {}},
      {"Tom Reed", EntityType::kPerson, {}},
      {"Harbor Union", EntityType::kOrg, {}},
  };
  for (const Known& known : kKnown) {
    if (name == known.name)
      return {known.name, known.type, known.aliases, {{known.name, 0, {0, 1}}}};
  }
  FAIL("unknown sample entity " << name);
  return {};
}

inline Extraction SampleDocument(const std::string& id, const std::string& date,
                                 const std::vector<std::string>& entities,
                                 const std::vector<SampleFact>& facts) {
  Extraction extraction;
  extraction.doc_id = id;
  extraction.date = date;
  for (const std::string& name : entities)
    extraction.entities.push_back(SampleEntity(name));
  auto index_of = [&](const std::string& name) {
    for (std::uint32_t i = 0; i < entities.size(); ++i) {
      if (entities[i] == name) return i;
    }
    FAIL("entity " << name << " is not in " << id);
    return std::uint32_t{0};
  };
  std::uint32_t sentence = 0;
  for (const SampleFact& sample : facts) {
    Fact fact;
    fact.relation = sample.relation;
    fact.symmetric = sample.relation == "met_with";
    fact.subject = index_of(sample.subject);
    fact.object = index_of(sample.object);
    fact.modality = sample.modality;
    fact.date = date;
    fact.sentence = sentence++;
    fact.trigger = sample.relation;
    fact.sentence_text = sample.subject + " " + sample.relation + " " + sample.object + ".";
    extraction.facts.push_back(fact);
  }
  return extraction;
}

// Writes the sample graph into a new store at `path`.
inline void BuildSampleGraph(const std::string& path) {
  auto opened = Store::Open(path, StoreOptions{});
  REQUIRE(opened.ok());
  Store& store = **opened;
  const std::vector<Extraction> documents = {
      SampleDocument("doc-1", "2024-01-10",
                     {"Elena Varga", "Karl Brandt", "Northern Front", "Kessel"},
                     {{"Karl Brandt", "met_with", "Elena Varga"},
                      {"Northern Front", "captured", "Kessel"},
                      {"Elena Varga", "accused", "Northern Front"}}),
      SampleDocument("doc-2", "2024-02-05", {"Karl Brandt", "Elena Varga", "Northern Front"},
                     {{"Karl Brandt", "accused", "Northern Front", "reported"},
                      {"Elena Varga", "accused", "Northern Front", "reported"}}),
      SampleDocument("doc-3", "2024-03-20",
                     {"Northern Front", "Ostland", "Karl Brandt", "Maria Lind", "Elena Varga"},
                     {{"Northern Front", "attacked", "Ostland", "claimed"},
                      {"Ostland", "criticized", "Karl Brandt"},
                      {"Maria Lind", "supported", "Elena Varga"}}),
      SampleDocument("doc-4", "2024-04-01", {"Tom Reed", "Harbor Union"},
                     {{"Tom Reed", "sued", "Harbor Union"}}),
  };
  for (const Extraction& document : documents)
    REQUIRE(store.IngestDocument(document, document.doc_id).ok());
}

// Opens the sample graph read-only in a fresh store at `path`.
inline std::unique_ptr<Store> OpenSampleGraph(const std::string& path) {
  BuildSampleGraph(path);
  StoreOptions options;
  options.read_only = true;
  auto store = Store::Open(path, options);
  REQUIRE(store.ok());
  return std::move(store).value();
}

// The catalog the sample graph is read with: met_with has no direction.
inline RelationCatalog SampleCatalog() {
  return RelationCatalog(
      {"met_with", "captured", "accused", "attacked", "criticized", "supported", "sued", "killed"},
      {"met_with"});
}

}  // namespace kg::testing
