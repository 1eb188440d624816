#include "kg/extraction.h"

#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, 4> kTypeNames = {"PERSON", "GPE", "ORG", "LOC"};

}  // namespace

std::string_view MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kDemonym:
      return "demonym";
    case MentionKind::kService:
      return "service";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kDescription:
      return "description";
  }
  return "name";
}

bool ParseMentionKind(std::string_view name, MentionKind* kind) {
  for (MentionKind candidate : {MentionKind::kName, MentionKind::kDemonym, MentionKind::kService,
                                MentionKind::kPronoun, MentionKind::kDescription}) {
    if (MentionKindName(candidate) == name) {
      *kind = candidate;
      return true;
    }
  }
  return false;
}

std::string_view EntityTypeName(EntityType type) {
  return kTypeNames[static_cast<std::size_t>(type)];
}

bool ParseEntityType(std::string_view name, EntityType* type) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i] == name) {
      *type = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}

}  // namespace kg
