#include "relations/argument_resolver.h"

#include "kg/ascii.h"
#include "names/titles.h"
#include "relations/group_agent.h"
#include "relations/role_words.h"

namespace kg {
namespace {

constexpr int kMaxDepth = 3;

}  // namespace

std::optional<Argument> ArgumentResolver::TitledPerson(int demonym) const {
  constexpr int kMaxTitleWords = 5;
  int next = demonym + 1;
  while (next < tree_.size() && next - demonym <= kMaxTitleWords && entity_of_token_[next] < 0) {
    const std::string_view form = tree_.token(next).form;
    const bool modifier = tree_.upos(next) == "ADJ" && !form.empty() && form[0] >= 'a' &&
                          form[0] <= 'z';                                // "foreign"
    const bool joiner = form == "of" || form == "State" || form == "-";  // "Secretary of State"
    if (!IsTitleWord(words_, form) && !RoleOf(words_, form) && !modifier && !joiner)
      return std::nullopt;
    ++next;
  }
  if (next == demonym + 1 || next >= tree_.size() || entity_of_token_[next] < 0)
    return std::nullopt;
  const auto person = static_cast<std::uint32_t>(entity_of_token_[next]);
  if (entities_[person].type != EntityType::kPerson) return std::nullopt;
  return Argument{person, next, ""};
}

std::optional<Argument> ArgumentResolver::Resolve(int token, int depth) const {
  if (token < 0) return std::nullopt;
  if (entity_of_token_[token] >= 0 &&
      entities_[entity_of_token_[token]].type != EntityType::kPerson) {
    // "Turkish President Erdogan", "US Secretary of State Mike Pompeo": a demonym or state
    // before a title and a person is the person.
    int last = token;
    while (last + 1 < tree_.size() && entity_of_token_[last + 1] == entity_of_token_[token])
      ++last;
    if (const std::optional<Argument> titled = TitledPerson(last)) return titled;
  }
  if (entity_of_token_[token] < 0 && tree_.upos(token) == "PROPN" &&
      IsTitleWord(words_, tree_.token(token).form)) {
    // A title word the parser made the head: "with Secretary of State Mike Pompeo".
    if (const std::optional<Argument> titled = TitledPerson(token)) return titled;
  }
  if (entity_of_token_[token] >= 0) {
    // Of two names side by side the last is the head: "Senator from Vermont Bernie Sanders".
    int chosen = token;
    for (int next = token + 1;
         next < tree_.size() && entity_of_token_[next] >= 0 && tree_.upos(next) == "PROPN";
         ++next) {
      if (entity_of_token_[next] != entity_of_token_[next - 1]) chosen = next;
    }
    // A state's armed service ("US Air Force") is the state with the military as agent.
    const int entity = entity_of_token_[chosen];
    std::string agent;
    if (entities_[entity].type == EntityType::kGpe &&
        GroupAgent(words_, tree_.token(chosen).form) == "military") {
      agent = "military";
    }
    return Argument{static_cast<std::uint32_t>(entity), chosen, agent};
  }
  const std::string_view lemma = tree_.lemma(token);
  if (tree_.upos(token) == "PRON" &&
      (lemma == "who" || lemma == "whom" || lemma == "which" || lemma == "that")) {
    const int clause = tree_.head(token);
    const std::string_view clause_relation = clause >= 0 ? tree_.deprel(clause) : "";
    if ((clause_relation.starts_with("acl") || clause_relation.ends_with(":relcl")) &&
        depth < kMaxDepth) {
      // "Hale, a Democrat who represented Massachusetts": "who" is a person, so a noun in
      // apposition to a person's name stands for that person, not the party it names.
      const int noun = tree_.head(clause);
      const int described = noun >= 0 && tree_.deprel(noun) == "appos" ? tree_.head(noun) : -1;
      if ((lemma == "who" || lemma == "whom") && described >= 0) {
        std::optional<Argument> person = Resolve(described, depth + 1);
        if (person && entities_[person->entity].type == EntityType::kPerson) return person;
      }
      return Resolve(noun, depth + 1);
    }
    return std::nullopt;
  }
  if (tree_.upos(token) == "PROPN") {
    // A proper noun outside any name (a weekday the parser made the head of "Monday Moscow")
    // stands for the name it holds.
    // The last such name is the one the proper noun introduces ("Turkish President Erdogan").
    std::optional<Argument> held;
    for (int child : tree_.children(token)) {
      const std::string_view relation = tree_.deprel(child);
      if ((relation == "flat" || relation == "compound") && entity_of_token_[child] >= 0) {
        held = Argument{static_cast<std::uint32_t>(entity_of_token_[child]), child, ""};
      }
    }
    return held;
  }
  // "much of northern Latvia", "most of X": a part stands for what it is part of.
  if (words_.partitive_words.Contains(lemma)) {
    for (int child : tree_.children(token)) {
      if (tree_.deprel(child) == "nmod" && tree_.CaseOf(child) == "of" &&
          entity_of_token_[child] >= 0) {
        return Argument{static_cast<std::uint32_t>(entity_of_token_[child]), child, ""};
      }
    }
  }
  if (tree_.upos(token) != "NOUN") return std::nullopt;
  // "met officers Ana Ruiz and ...", "the president of the league, Ravi Sen, said": a noun
  // with a name in apposition is that name.
  for (int child : tree_.children(token)) {
    if (tree_.deprel(child) == "appos" && entity_of_token_[child] >= 0) {
      return Resolve(child, depth + 1);
    }
  }
  // "X, a lawyer representing Y": a role, occupation or kind of company or group in apposition
  // to a name is that name.
  const int described = tree_.head(token);
  if (tree_.deprel(token) == "appos" && described >= 0 && entity_of_token_[described] >= 0 &&
      (IsRoleNoun(words_, tree_, token) || words_.occupations.Contains(lemma) ||
       words_.company_descriptions.Contains(lemma) || words_.group_descriptions.Contains(lemma))) {
    return Resolve(described, depth + 1);
  }
  if (std::optional<Argument> holder = HolderOf(token)) return holder;
  const std::string agent = GroupAgent(words_, tree_.token(token).form);
  for (int child : tree_.children(token)) {
    const std::string_view relation = tree_.deprel(child);
    const int entity = entity_of_token_[child];
    // "fighters from the Black Banner group": the group a classifier noun names.
    if (entity < 0 && relation == "nmod" && !agent.empty() && depth < kMaxDepth &&
        (tree_.CaseOf(child) == "of" || tree_.CaseOf(child) == "from") &&
        words_.classifier_nouns.Contains(tree_.lemma(child))) {
      if (std::optional<Argument> group = Resolve(child, depth + 1)) {
        group->agent = agent;
        return group;
      }
    }
    if (entity < 0) continue;
    const EntityType type = entities_[entity].type;
    const bool actor_type = type == EntityType::kGpe || type == EntityType::kOrg;
    if ((relation == "amod" || relation == "compound") && actor_type && !agent.empty()) {
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    // "Estonian border posts", "Sarn Front bases": what a state or organisation holds.
    if ((relation == "amod" || relation == "compound") && actor_type &&
        words_.installation_nouns.Contains(lemma)) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
    if (relation == "nmod:poss" && actor_type) {  // "Ukraine's ports", "Russia's army"
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    if (relation == "nmod" && tree_.CaseOf(child) == "of" && words_.place_nouns.Contains(lemma)) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
    // "the government of Hadi", "members of the European Union", "gunmen from the X Brigade"
    if (relation == "nmod" && (tree_.CaseOf(child) == "of" || tree_.CaseOf(child) == "from") &&
        !agent.empty()) {
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    // "police in Oslo", "authorities in Kabul": a local institution acts for its place.
    if (relation == "nmod" && tree_.CaseOf(child) == "in" && type == EntityType::kGpe &&
        !agent.empty() && words_.local_groups.Contains(AsciiLower(tree_.token(token).form))) {
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    if ((relation == "amod" || relation == "nmod:poss" ||
         (relation == "nmod" && (tree_.CaseOf(child) == "of" || tree_.CaseOf(child) == "by"))) &&
        words_.conduct_nouns.Contains(lemma)) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
    // "the Atlantic Council think tank": a classifier noun after an organisation's name.
    if (relation == "compound" && type == EntityType::kOrg &&
        words_.classifier_nouns.Contains(lemma)) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
    // "allies such as Germany"
    if (relation == "nmod" && (tree_.CaseOf(child) == "as" || tree_.CaseOf(child) == "such")) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
  }
  // "the Iranian regime's ambitions": a conduct noun owned by a group noun owned by an entity.
  if (words_.conduct_nouns.Contains(lemma) && depth < kMaxDepth) {
    for (int child : tree_.children(token)) {
      if (tree_.deprel(child) != "nmod:poss" || entity_of_token_[child] >= 0) continue;
      if (std::optional<Argument> owner = Resolve(child, depth + 1)) return owner;
    }
  }
  return std::nullopt;
}

std::optional<Argument> ArgumentResolver::HolderOf(int noun) const {
  // The participle right after the noun modifies it, also where the parser hung it on the noun
  // the noun's phrase belongs to ("strikes on positions held by X").
  std::vector<int> clauses = tree_.children(noun);
  if (noun + 1 < tree_.size() && tree_.head(noun + 1) == tree_.head(noun))
    clauses.push_back(noun + 1);
  for (int clause : clauses) {
    if (tree_.deprel(clause) != "acl" || tree_.token(clause).xpos != "VBN" ||
        !words_.holding_verbs.Contains(tree_.lemma(clause))) {
      continue;
    }
    for (int agent : tree_.children(clause)) {
      if (!tree_.deprel(agent).starts_with("obl") || tree_.CaseOf(agent) != "by") continue;
      const int entity = entity_of_token_[agent];
      if (entity < 0) continue;
      const EntityType type = entities_[entity].type;
      if (type == EntityType::kGpe || type == EntityType::kOrg)
        return Argument{static_cast<std::uint32_t>(entity), agent, ""};
    }
  }
  return std::nullopt;
}

}  // namespace kg
