#include "relations/role_words.h"

#include <optional>

#include "kg/ascii.h"
#include "names/titles.h"
#include "names/word_shape.h"

namespace kg {

bool IsActor(EntityType type) {
  return type == EntityType::kGpe || type == EntityType::kOrg;
}

namespace {

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
    case RoleKind::kWorker:
      return other == EntityType::kOrg ? "member_of" : "";
    case RoleKind::kPresiding:  // "the Speaker of the House"; "a Russian speaker" leads nothing
      if (other != EntityType::kOrg) return "";
      return deputy ? "member_of" : "leader_of";
    case RoleKind::kCounsel:
      return other == EntityType::kPerson ? "adviser_of"
             : other == EntityType::kOrg  ? "member_of"
                                          : "";
  }
  return "";
}

// Whether the word at `i` names a unit of the entity the role is held in, so that a leader's
// role word after it leads the unit, not the entity: "Norway's police chief", "the Kestrel Bank
// marketing director". A lower-case common noun that is no role word; not a classifier or place
// noun, which name the entity itself ("the Velmar party leader", "the Halden town mayor").
bool NamesAUnit(const Vocabulary& words, const DependencyTree& tree, int i) {
  const std::string_view form = tree.token(i).form;
  if (tree.upos(i) != "NOUN" || form.empty() || !(form[0] >= 'a' && form[0] <= 'z')) return false;
  const std::string_view lemma = tree.lemma(i);
  return !RoleOf(words, form) && !words.chief_role_words.Contains(form) &&
         !words.classifier_nouns.Contains(lemma) && !words.place_nouns.Contains(lemma);
}

// The role of the words in [first, last]: the last role word is the head of the compound and
// decides ("executive director" directs); a chief word right before a role word makes a member
// or worker lead ("chief executive", "Prime Minister"; not an occupation: "chief economist"; not
// "chief financial officer"); "Secretary
// General" leads; `deputy` says whether a deputy word ("Vice", "deputy") or a unit's noun
// before the role word came with it.
std::optional<RoleKind> RoleOfSpan(const Vocabulary& words, const DependencyTree& tree, int first,
                                   int last, bool* deputy) {
  *deputy = false;
  bool chief = false;
  bool general = false;  // "general secretary", as "secretary general", leads
  std::optional<RoleKind> role;
  for (int i = first; i <= last; ++i) {
    const std::string_view form = tree.token(i).form;
    if (words.opposing_role_words.Contains(form)) return std::nullopt;
    if (words.deputy_words.Contains(form) || (!role && NamesAUnit(words, tree, i))) *deputy = true;
    // "chief executive (officer)", "Prime Minister": a chief word right before a role word; not
    // "chief financial officer", whose chief word governs no role.
    if (words.chief_role_words.Contains(AsciiLower(form)) && i < last &&
        RoleOf(words, tree.token(i + 1).form)) {
      chief = true;
    }
    if (!role && i < last && (form == "General" || form == "general")) general = true;
    const bool office = role == RoleKind::kLeader || role == RoleKind::kMember;
    int office_word = i - 1;  // "Secretary General", "Secretary-General"
    if (office_word > first && IsHyphen(tree.token(office_word).form)) --office_word;
    const bool general_office =
        office_word >= first &&
        words.general_offices.Contains(AsciiLower(tree.token(office_word).form));
    if (office && (form == "General" || form == "general")) {
      // "Secretary General" leads; "Defense Minister General X" is a minister with a rank.
      if (general_office) role = RoleKind::kLeader;
    } else if (form == "Representative" || form == "Rep.") {
      role = RoleKind::kMember;  // a legislator; "a representative of X" is an envoy
    } else if (const std::optional<RoleKind> kind = RoleOf(words, form)) {
      role = kind;
    }
  }
  // A chief practitioner of an occupation is its most senior one, not the head of the
  // organisation: "chief economist", "chief scientist".
  const bool occupation = words.occupations.Contains(AsciiLower(tree.token(last).form));
  if ((chief || general) && !occupation &&
      (role == RoleKind::kMember || role == RoleKind::kWorker)) {
    role = RoleKind::kLeader;
  }
  return role;
}

}  // namespace

std::string RoleRelation(const Vocabulary& words, const DependencyTree& tree, int first, int last,
                         EntityType other, int other_token) {
  if (other == EntityType::kOrg && other_token >= 0 && tree.upos(other_token) == "ADJ")
    return "member_of";
  bool deputy = false;
  const std::optional<RoleKind> role = RoleOfSpan(words, tree, first, last, &deputy);
  return role ? RelationFor(*role, deputy, other) : "";
}

bool IsRoleNoun(const Vocabulary& words, const DependencyTree& tree, int i) {
  return RoleOf(words, tree.token(i).form).has_value();
}

}  // namespace kg
