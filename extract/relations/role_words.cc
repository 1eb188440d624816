#include "relations/role_words.h"

#include <optional>

#include "names/titles.h"

namespace kg {
namespace {

bool IsActor(EntityType type) {
  return type == EntityType::kGpe || type == EntityType::kOrg;
}

// The relation a role implies between a person and the entity named with the role, or "".
std::string RelationFor(RoleKind role, bool deputy, EntityType other) {
  switch (role) {
    case RoleKind::kLeader:
      if (!IsActor(other)) return "";
      return deputy ? "member_of" : "leader_of";
    case RoleKind::kMember:
      return IsActor(other) ? "member_of" : "";
    case RoleKind::kAdviser:
      return other == EntityType::kPerson ? "adviser_of" : IsActor(other) ? "member_of" : "";
    case RoleKind::kEnvoy:
      return other == EntityType::kPerson || IsActor(other) ? "envoy_of" : "";
    case RoleKind::kRelative:
      return other == EntityType::kPerson ? "relative_of" : "";
  }
  return "";
}

// The role of the words in [first, last]; `deputy` says whether a word makes it a deputy's.
std::optional<RoleKind> RoleOfSpan(const Vocabulary& words, const DependencyTree& tree, int first,
                                   int last, bool* deputy) {
  *deputy = false;
  std::optional<RoleKind> role;
  for (int i = first; i <= last; ++i) {
    const std::string_view form = tree.token(i).form;
    if (words.opposing_role_words.Contains(form)) return std::nullopt;
    if (words.deputy_words.Contains(form)) *deputy = true;
    int next = i + 1;
    if (next <= last && tree.token(next).form == "-") ++next;
    if (!role && RoleOf(words, form) == RoleKind::kMember && next <= last &&
        (tree.token(next).form == "General" || tree.token(next).form == "general")) {
      role = RoleKind::kLeader;
    }
    // "Representative Max Abramson" is a legislator; "a representative of X" an envoy.
    if (!role && (form == "Representative" || form == "Rep.")) role = RoleKind::kMember;
    if (!role) role = RoleOf(words, form);
  }
  return role;
}

}  // namespace

std::string RoleRelation(const Vocabulary& words, const DependencyTree& tree, int first, int last,
                         EntityType other) {
  bool deputy = false;
  const std::optional<RoleKind> role = RoleOfSpan(words, tree, first, last, &deputy);
  return role ? RelationFor(*role, deputy, other) : "";
}

bool IsRoleNoun(const Vocabulary& words, const DependencyTree& tree, int i) {
  return RoleOf(words, tree.token(i).form).has_value();
}

}  // namespace kg
