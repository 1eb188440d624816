#include "static_relations.h"

#include "titles.h"

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

bool IsRoleToken(const DependencyTree& tree, int i) {
  const std::string_view form = tree.token(i).form;
  return RoleOf(form).has_value() || IsTitleWord(form) || form == "-" || form == "in" ||
         form == "law" || form == "of" || form == "State" || form == "senior" || form == "top";
}

// The role of the words in [first, last]: the first word with a role kind decides.
std::optional<RoleKind> RoleOfSpan(const DependencyTree& tree, int first, int last, bool* deputy) {
  *deputy = false;
  std::optional<RoleKind> role;
  for (int i = first; i <= last; ++i) {
    const std::string_view form = tree.token(i).form;
    if (form == "Vice" || form == "Deputy" || form == "vice" || form == "deputy") *deputy = true;
    if (!role) role = RoleOf(form);
  }
  return role;
}

}  // namespace

std::vector<StaticMatch> FindStaticRelations(const DependencyTree& tree,
                                             const std::vector<TokenMention>& mentions,
                                             const std::vector<std::uint32_t>& entity_of_mention,
                                             const std::vector<int>& entity_of_token,
                                             const std::vector<Entity>& entities) {
  std::vector<StaticMatch> matches;
  auto add = [&](std::uint32_t person, std::uint32_t other, int role_first, int role_last) {
    if (person == other || entities[person].type != EntityType::kPerson) return;
    bool deputy = false;
    const std::optional<RoleKind> role = RoleOfSpan(tree, role_first, role_last, &deputy);
    if (!role) return;
    std::string relation = RelationFor(*role, deputy, entities[other].type);
    if (!relation.empty())
      matches.push_back({std::move(relation), person, other, role_first, role_last});
  };

  // "P ['s] role words M"
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const int first = mentions[k].first;
    int role_first = first;
    while (role_first > 0 && IsRoleToken(tree, role_first - 1))
      --role_first;
    if (role_first == first) continue;
    int before = role_first - 1;
    if (before >= 0 && tree.upos(before) == "PART" && tree.token(before).form.starts_with("'"))
      --before;
    if (before >= 0 && tree.token(before).form.starts_with("\xE2\x80\x99")) --before;  // ’s
    if (before < 0 || entity_of_token[before] < 0) continue;
    add(entity_of_mention[k], static_cast<std::uint32_t>(entity_of_token[before]), role_first,
        first - 1);
  }

  // "role words M of P": "Presidents Muhammadu Buhari of Nigeria"
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const int first = mentions[k].first;
    const int after = mentions[k].last + 1;
    if (first == 0 || !IsRoleToken(tree, first - 1) || after + 1 >= tree.size()) continue;
    if (tree.token(after).form != "of" || entity_of_token[after + 1] < 0) continue;
    int role_first = first - 1;
    while (role_first > 0 && IsRoleToken(tree, role_first - 1))
      --role_first;
    add(entity_of_mention[k], static_cast<std::uint32_t>(entity_of_token[after + 1]), role_first,
        first - 1);
  }

  // "P's role, M": the role noun has the person as apposition and the entity as possessor.
  for (int role = 0; role < tree.size(); ++role) {
    if (!RoleOf(tree.token(role).form)) continue;
    int person = -1;
    int other = -1;
    for (int child : tree.children(role)) {
      if (tree.deprel(child) == "appos" && entity_of_token[child] >= 0) person = child;
      const bool of = tree.deprel(child).starts_with("nmod") && tree.CaseOf(child) == "of";
      if ((of || tree.deprel(child) == "nmod:poss") && entity_of_token[child] >= 0) other = child;
    }
    if (person >= 0 && other >= 0) {
      add(static_cast<std::uint32_t>(entity_of_token[person]),
          static_cast<std::uint32_t>(entity_of_token[other]), role, role);
    }
  }

  // "M, the role of P" and "M, P's role"
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    for (int i = mentions[k].first; i <= mentions[k].last; ++i) {
      for (int appos : tree.children(i)) {
        if (tree.deprel(appos) != "appos" || !RoleOf(tree.token(appos).form)) continue;
        for (int child : tree.children(appos)) {
          const bool of = tree.deprel(child).starts_with("nmod") && tree.CaseOf(child) == "of";
          if ((of || tree.deprel(child) == "nmod:poss") && entity_of_token[child] >= 0) {
            add(entity_of_mention[k], static_cast<std::uint32_t>(entity_of_token[child]), appos,
                appos);
          }
        }
      }
    }
  }
  return matches;
}

}  // namespace kg
