#include "relations/role_frames.h"

#include <algorithm>

#include "kg/ascii.h"
#include "names/titles.h"
#include "relations/modality.h"
#include "relations/role_words.h"

namespace kg {
namespace {

bool IsNominalModifier(std::string_view relation) {
  return relation == "nmod" || (relation.starts_with("nmod:") && relation != "nmod:poss");
}

bool MarksRoleEntity(std::string_view preposition) {
  return preposition == "of" || preposition == "for" || preposition == "at" || preposition == "to";
}

// The first token of the role words ending at `role`: the lower- or upper-case words before it
// that modify it ("deputy health minister", "Prime Minister", "Chief Executive").
int RoleWordsStart(const DependencyTree& tree, const std::vector<int>& entity_of_token, int role) {
  int first = role;
  while (first > 0) {
    const int before = first - 1;
    const std::string_view relation = tree.deprel(before);
    if (entity_of_token[before] >= 0 || tree.head(before) != role ||
        (relation != "amod" && relation != "compound")) {
      break;
    }
    first = before;
  }
  return first;
}

// Whether a comma separates `role` from the later token `name`, as it sets off an apposition.
bool CommaBetween(const DependencyTree& tree, int role, int name) {
  for (int i = role + 1; i < name; ++i) {
    if (tree.token(i).form == ",") return true;
  }
  return false;
}

// Who holds `role`: the token naming them, and whether the role is predicated of them (a
// predicate noun or complement), so that coordinated subjects share it; -1 if nobody.
struct Holding {
  int holder = -1;
  bool predicated = false;
};

// The first token of the name a preposition right after `role` introduces, past determiners
// ("the president of the X League"), or -1 when the words after the role are not so.
int NameAfterRolePreposition(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                             int role) {
  if (role + 1 >= tree.size() || tree.deprel(role + 1) != "case" ||
      !MarksRoleEntity(tree.token(role + 1).form)) {
    return -1;
  }
  int name = role + 2;
  while (name < tree.size() && tree.deprel(name) == "det")
    ++name;
  if (name >= tree.size() || entity_of_token[name] < 0) return -1;
  // "the director of Argentina's Amnesty International": a possessor is not the entity itself.
  int last = name;
  while (last + 1 < tree.size() && entity_of_token[last + 1] == entity_of_token[name])
    ++last;
  const bool possessor = last + 1 < tree.size() && tree.upos(last + 1) == "PART";
  return possessor ? -1 : name;
}

// "the President of Y P": a name right after the name the role's preposition introduces, with
// nothing between them, holds the role (-1 if there is none).
int NameAfterRolePhrase(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                        int role) {
  int name = NameAfterRolePreposition(tree, entity_of_token, role);
  if (name < 0) return -1;
  while (name + 1 < tree.size() && entity_of_token[name + 1] == entity_of_token[name])
    ++name;
  return name + 1 < tree.size() && entity_of_token[name + 1] >= 0 ? name + 1 : -1;
}

// "the president of Y, P, said": the parser hangs the apposition that names the role's holder
// on Y, the last noun before it; a name set off by a comma under the role's prepositional
// dependent, other than that dependent's own name, is the holder (-1 if there is none).
int AppositionAfterRolePhrase(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                              int role) {
  for (int phrase : tree.children(role)) {
    if (!IsNominalModifier(tree.deprel(phrase)) || !MarksRoleEntity(tree.CaseOf(phrase)) ||
        entity_of_token[phrase] < 0) {
      continue;
    }
    for (int child : tree.children(phrase)) {
      const std::string_view relation = tree.deprel(child);
      // An nmod without a preposition is no nominal modifier: it is the apposition misread.
      const bool unmarked = relation == "nmod" && tree.CaseOf(child).empty();
      if ((relation == "appos" || relation == "flat" || unmarked) && entity_of_token[child] >= 0 &&
          entity_of_token[child] != entity_of_token[phrase] && CommaBetween(tree, phrase, child)) {
        return child;
      }
    }
  }
  return -1;
}

// "On Friday, P, the Prime Minister of Y, signed": a name set off by a comma right before a role
// noun with a determiner is in apposition with it, also where the parser read the commas as a
// list ("list", or "conj" with no conjunction anywhere in it), -1 if there is none.
int NameListedBeforeRole(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                         int role) {
  if (tree.Child(role, "det") < 0) return -1;
  for (int child : tree.children(role)) {
    if (child > role || entity_of_token[child] < 0 || !CommaBetween(tree, child, role)) continue;
    const std::string_view relation = tree.deprel(child);
    const bool list = relation == "list" || relation == "appos" ||
                      (relation == "conj" && tree.Child(role, "cc") < 0 &&
                       tree.Child(child, "cc") < 0 && tree.Child(tree.head(role), "cc") < 0);
    if (list) return child;
  }
  return -1;
}

// The noun a relative pronoun stands for ("P, who served as Y's spokesman": P), or `token`.
int Antecedent(const DependencyTree& tree, int token) {
  if (token < 0 || tree.upos(token) != "PRON") return token;
  const std::string_view lemma = tree.lemma(token);
  const int clause = tree.head(token);
  if ((lemma != "who" && lemma != "that" && lemma != "which") || clause < 0 ||
      tree.deprel(clause) != "acl:relcl") {
    return token;
  }
  return tree.head(clause);
}

Holding HolderOf(const Vocabulary& words, const DependencyTree& tree,
                 const std::vector<int>& entity_of_token, int role) {
  if (const int name = NameAfterRolePhrase(tree, entity_of_token, role); name >= 0) {
    return {name, false};
  }
  // "US presidents George Washington and ...": a role right before a name is its title.
  if (role + 1 < tree.size() && entity_of_token[role + 1] >= 0) {
    int name = role + 1;
    while (name + 1 < tree.size() && entity_of_token[name + 1] == entity_of_token[role + 1] &&
           tree.head(name) != role) {
      ++name;
    }
    return {tree.head(name) == role || tree.head(role) == name ? name : role + 1, false};
  }
  const int head = tree.head(role);
  const std::string_view relation = tree.deprel(role);
  if (relation == "appos" && head >= 0 && entity_of_token[head] >= 0) return {head, false};
  for (int child : tree.children(role)) {
    if (tree.deprel(child) == "appos" && entity_of_token[child] >= 0 &&
        CommaBetween(tree, role, child)) {
      return {child, false};
    }
  }
  if (const int name = AppositionAfterRolePhrase(tree, entity_of_token, role); name >= 0) {
    return {name, false};
  }
  if (const int name = NameListedBeforeRole(tree, entity_of_token, role); name >= 0) {
    return {name, false};
  }
  if (tree.Child(role, "cop") >= 0) return {Antecedent(tree, tree.Child(role, "nsubj")), true};
  if (head < 0) return {};
  const bool as_role = relation.starts_with("obl") && tree.CaseOf(role) == "as";
  // "was named Latvia's ambassador": a passive verb takes no direct object; a role after it is
  // said of its subject.
  const bool passive_predicate = relation == "obj" && tree.IsPassive(head);
  if (relation == "xcomp" || as_role || passive_predicate) {
    // "named P its coach", "appointed P as chief executive": the object holds the role.
    const int object = tree.Child(head, "obj");
    const bool appointed = as_role && words.appointment_verbs.Contains(tree.lemma(head));
    if (object >= 0 && (relation == "xcomp" || appointed)) return {object, true};
    for (std::string_view subject : {"nsubj", "nsubj:pass"}) {
      if (const int found = tree.Child(head, subject); found >= 0)
        return {Antecedent(tree, found), true};
    }
    return {};
  }
  // "P, the Prime Minister of Y, arrived" read as two subjects of one verb.
  if (relation == "nsubj" && role > 0 && tree.token(role - 1).form != "and") {
    for (int sibling : tree.children(head)) {
      if (sibling < role && tree.deprel(sibling) == relation && entity_of_token[sibling] >= 0) {
        return {sibling, false};
      }
    }
  }
  return {};
}

// Whether a coordinated name has a description of its own before it, which the role before the
// first name does not cover ("presidents A and B, and abolitionist C").
bool HasOwnDescription(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                       int name) {
  for (int child : tree.children(name)) {
    const std::string_view relation = tree.deprel(child);
    if (child < name && entity_of_token[child] < 0 &&
        (tree.upos(child) == "NOUN" || tree.upos(child) == "ADJ") &&
        (relation == "compound" || relation == "nmod:desc" || relation == "amod")) {
      return true;
    }
  }
  return false;
}

// The entity token a dependent of the role stands for: itself, or the name a place noun
// introduces ("the Polish city of Gdansk", "the party, Y").
int EntityThrough(const Vocabulary& words, const DependencyTree& tree,
                  const std::vector<int>& entity_of_token, int dependent) {
  if (entity_of_token[dependent] >= 0) return dependent;
  if (tree.upos(dependent) != "NOUN" || IsRoleNoun(words, tree, dependent)) return -1;
  for (int child : tree.children(dependent)) {
    const std::string_view relation = tree.deprel(child);
    const bool named = relation == "appos" || relation == "flat" ||
                       (IsNominalModifier(relation) && tree.CaseOf(child) == "of");
    if (named && entity_of_token[child] >= 0) return child;
  }
  return -1;
}

// `token` and the names coordinated with it by a conjunction; "South Bend, Indiana", a list
// without one, is a place and the larger place it lies in.
std::vector<int> CoordinatedEntities(const DependencyTree& tree, int token) {
  std::vector<int> all = tree.WithConjuncts(token);
  const bool conjunction = std::any_of(
      all.begin() + 1, all.end(), [&](int conjunct) { return tree.Child(conjunct, "cc") >= 0; });
  if (!conjunction) all.resize(1);
  return all;
}

// Tokens naming the entity the role is held in. An envoy is sent to a state or organisation
// ("ambassador to Y") but represents the one that sends them.
std::vector<int> RoleEntities(const Vocabulary& words, const DependencyTree& tree,
                              const std::vector<int>& entity_of_token, int role, int role_first) {
  std::vector<int> found;
  const bool envoy = RoleOf(words, tree.token(role).form) == RoleKind::kEnvoy;
  std::vector<int> dependents = tree.children(role);
  // "the chairman of the X Company, P" with the company misattached: the phrase the
  // preposition right after the role opens.
  if (role + 1 < tree.size() && tree.deprel(role + 1) == "case" && tree.head(role + 1) > role &&
      tree.head(tree.head(role + 1)) != role) {
    dependents.push_back(tree.head(role + 1));
  }
  for (int child : dependents) {
    const std::string_view relation = tree.deprel(child);
    const std::string_view preposition = tree.CaseOf(child);
    const bool prepositional = IsNominalModifier(relation) || tree.head(child) != role;
    int entity = -1;
    // An envoy "to" or "for" a place is sent there: "the UN envoy for Libya" is the UN's.
    const bool remit = envoy && (preposition == "to" || preposition == "for");
    if (prepositional && MarksRoleEntity(preposition) && !remit) {
      entity = EntityThrough(words, tree, entity_of_token, child);
    } else if (relation == "nmod:poss" ||
               ((relation == "compound" || relation == "amod") && child < role_first)) {
      entity = entity_of_token[child] >= 0 ? child : -1;
    }
    if (entity < 0) continue;
    for (int conjunct : CoordinatedEntities(tree, entity)) {
      if (entity_of_token[conjunct] >= 0) found.push_back(conjunct);
    }
  }
  // "the President of Y P": the parser may hang Y on the name after it; the words still say
  // whose role it is.
  const int named = NameAfterRolePreposition(tree, entity_of_token, role);
  const bool seen = std::any_of(found.begin(), found.end(), [&](int token) {
    return named >= 0 && entity_of_token[token] == entity_of_token[named];
  });
  const std::string_view after =
      role + 1 < tree.size() ? std::string_view(tree.token(role + 1).form) : std::string_view();
  if (named >= 0 && !seen && !(envoy && (after == "to" || after == "for"))) found.push_back(named);
  return found;
}

// "Kestrel Bank appointed P as chief executive", "P was named ambassador by Latvia": a role
// given by an appointment verb with no entity of its own is held in the state or organisation
// that gives it. The token naming that appointer, or -1.
int Appointer(const Vocabulary& words, const DependencyTree& tree,
              const std::vector<int>& entity_of_token, const std::vector<Entity>& entities,
              int role) {
  const int verb = tree.head(role);
  const std::string_view relation = tree.deprel(role);
  const bool given = relation == "xcomp" || relation == "obj" ||
                     (relation.starts_with("obl") && tree.CaseOf(role) == "as");
  if (verb < 0 || !given || !words.appointment_verbs.Contains(tree.lemma(verb))) return -1;
  for (int child : tree.children(verb)) {
    const std::string_view child_relation = tree.deprel(child);
    const bool agent =
        child_relation == "nsubj" || child_relation == "obl:agent" ||
        (tree.IsPassive(verb) && child_relation.starts_with("obl") && tree.CaseOf(child) == "by");
    if (!agent || entity_of_token[child] < 0) continue;
    if (IsActor(entities[static_cast<std::size_t>(entity_of_token[child])].type)) return child;
  }
  return -1;
}

}  // namespace

// "Martin Smith of PBS", "Sharif Hotak, of the provincial council": a person's name with an
// of-phrase naming an organisation says whom they are with.
void AddAffiliations(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                     const std::vector<Entity>& entities, std::vector<StaticMatch>* matches) {
  for (int of_phrase = 0; of_phrase < tree.size(); ++of_phrase) {
    const int name = tree.head(of_phrase);
    if (name < 0 || entity_of_token[of_phrase] < 0 || entity_of_token[name] < 0) continue;
    if (!tree.deprel(of_phrase).starts_with("nmod") || tree.CaseOf(of_phrase) != "of") continue;
    const auto person = static_cast<std::uint32_t>(entity_of_token[name]);
    const auto organisation = static_cast<std::uint32_t>(entity_of_token[of_phrase]);
    if (person == organisation || entities[person].type != EntityType::kPerson ||
        entities[organisation].type != EntityType::kOrg) {
      continue;
    }
    int of = of_phrase;  // the evidence's trigger: the preposition
    for (int child : tree.children(of_phrase)) {
      if (tree.deprel(child) == "case") of = child;
    }
    matches->push_back({"member_of", person, organisation, of, of});
  }
}

// "Republican Jonas Tervo": an organisation's adjective right before a person's name says whom
// they are with.
void AddAffiliationAdjectives(const DependencyTree& tree, const std::vector<int>& entity_of_token,
                              const std::vector<Entity>& entities,
                              std::vector<StaticMatch>* matches) {
  for (int adjective = 0; adjective + 1 < tree.size(); ++adjective) {
    const int name = adjective + 1;
    if (tree.upos(adjective) != "ADJ" || entity_of_token[adjective] < 0 ||
        entity_of_token[name] < 0) {
      continue;
    }
    const auto organisation = static_cast<std::uint32_t>(entity_of_token[adjective]);
    const auto person = static_cast<std::uint32_t>(entity_of_token[name]);
    if (organisation != person && entities[person].type == EntityType::kPerson &&
        entities[organisation].type == EntityType::kOrg) {
      matches->push_back({"member_of", person, organisation, adjective, adjective});
    }
  }
}

// Whether a role predicated of its holder is denied: "X is not a member of Y", "X was never
// named ambassador", the negation on the predicate noun or on the verb it completes.
bool DeniedOf(const Vocabulary& words, const DependencyTree& tree, int role) {
  return HasNegationAdverb(words, tree, role) ||
         (tree.head(role) >= 0 && tree.deprel(role) != "appos" &&
          HasNegationAdverb(words, tree, tree.head(role)));
}

// The relation a unit noun gives its holder: an organisation is a member of the organisation or
// state it is part of, a state a member of the bloc (an organisation) it belongs to; "" else.
std::string UnitRelation(EntityType holder, EntityType other) {
  const bool bloc = holder == EntityType::kGpe && other == EntityType::kOrg;
  const bool part = holder == EntityType::kOrg && IsActor(other);
  return bloc || part ? "member_of" : "";
}

// Whether the word at `i` names a part of an organisation or state ("subsidiary", "wing").
bool IsUnitNoun(const Vocabulary& words, const DependencyTree& tree, int i) {
  std::string lower = AsciiLower(tree.token(i).form);
  if (words.role_units.Contains(lower)) return true;
  if (lower.size() <= 3 || !lower.ends_with('s')) return false;
  lower.pop_back();
  return words.role_units.Contains(lower);
}

std::vector<StaticMatch> FindRoleFrames(const Vocabulary& words, const DependencyTree& tree,
                                        const std::vector<int>& entity_of_token,
                                        const std::vector<Entity>& entities) {
  std::vector<StaticMatch> matches;
  for (int role = 0; role < tree.size(); ++role) {
    if (entity_of_token[role] >= 0) continue;
    // A unit is held by an organisation and makes it a member of the actor it belongs to.
    const bool unit = IsUnitNoun(words, tree, role);
    const bool personal = IsRoleNoun(words, tree, role);
    if (!unit && !personal) continue;
    const Holding holding = HolderOf(words, tree, entity_of_token, role);
    if (holding.holder < 0 || (holding.predicated && DeniedOf(words, tree, role))) continue;
    const int role_first = RoleWordsStart(tree, entity_of_token, role);
    std::vector<int> others = RoleEntities(words, tree, entity_of_token, role, role_first);
    if (const int appointer = Appointer(words, tree, entity_of_token, entities, role);
        others.empty() && holding.predicated && appointer >= 0) {
      others.push_back(appointer);
    }
    // A plural role names several holders: "advisers A and B", "A and B, both members of Y".
    const bool plural = tree.token(role).xpos == "NNS" || tree.token(role).xpos == "NNPS";
    const std::vector<int> holders = holding.predicated || plural
                                         ? tree.WithConjuncts(holding.holder)
                                         : std::vector<int>{holding.holder};
    // "their Greek and French counterparts, A and B": as many holders as entities, each named in
    // the same order, pair up one to one (the respective reading), not every one with every one.
    const bool respective = plural && holders.size() > 1 && holders.size() == others.size();
    for (std::size_t h = 0; h < holders.size(); ++h) {
      const int person_token = holders[h];
      if (entity_of_token[person_token] < 0) continue;
      if (person_token != holding.holder && HasOwnDescription(tree, entity_of_token, person_token))
        continue;
      const auto person = static_cast<std::uint32_t>(entity_of_token[person_token]);
      const EntityType holder_type = entities[person].type;
      const bool held_by_person = personal && holder_type == EntityType::kPerson;
      if (!held_by_person && !(unit && IsActor(holder_type))) continue;
      for (std::size_t o = 0; o < others.size(); ++o) {
        if (respective && o != h) continue;
        const int other_token = others[o];
        const auto other = static_cast<std::uint32_t>(entity_of_token[other_token]);
        if (other == person) continue;
        const EntityType other_type = entities[other].type;
        std::string relation =
            held_by_person ? RoleRelation(words, tree, role_first, role, other_type, other_token)
                           : UnitRelation(holder_type, other_type);
        if (!relation.empty())
          matches.push_back({std::move(relation), person, other, role_first, role});
      }
    }
  }
  AddAffiliations(tree, entity_of_token, entities, &matches);
  AddAffiliationAdjectives(tree, entity_of_token, entities, &matches);
  return matches;
}

}  // namespace kg
