// Helpers for tests that run the whole extractor on a few sentences written for the test.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "kg/extractor.h"

namespace kg::testing {

// One extractor for the whole test run: loading the models and WordNet takes a while.
inline const Extractor& SharedExtractor() {
  static const Extractor extractor = [] {
    Result<Extractor> created = Extractor::Create(ExtractorOptions{});
    if (!created.ok()) FAIL(created.status().message());
    return std::move(created).value();
  }();
  return extractor;
}

inline Extraction Extract(std::string text) {
  return SharedExtractor().Extract(Document{"doc", "2024-05-01", std::move(text)});
}

// The fact `subject -relation-> object` (names are canonical entity names), or nullptr.
inline const Fact* FindFact(const Extraction& extraction, std::string_view subject,
                            std::string_view relation, std::string_view object) {
  for (const Fact& fact : extraction.facts) {
    if (fact.relation == relation && extraction.entities[fact.subject].name == subject &&
        extraction.entities[fact.object].name == object) {
      return &fact;
    }
  }
  return nullptr;
}

inline bool HasFact(const Extraction& extraction, std::string_view subject,
                    std::string_view relation, std::string_view object) {
  return FindFact(extraction, subject, relation, object) != nullptr;
}

inline bool HasRelation(const Extraction& extraction, std::string_view relation) {
  for (const Fact& fact : extraction.facts) {
    if (fact.relation == relation) return true;
  }
  return false;
}

inline const Entity* FindEntity(const Extraction& extraction, std::string_view name) {
  for (const Entity& entity : extraction.entities) {
    if (entity.name == name) return &entity;
  }
  return nullptr;
}

}  // namespace kg::testing
