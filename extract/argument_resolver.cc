#include "argument_resolver.h"

#include <array>

#include "group_agent.h"
#include "titles.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, 10> kPlaceClassNouns = {
    "city", "town",    "village", "region",  "province",
    "port", "country", "state",   "capital", "district"};

bool IsPlaceClass(std::string_view lemma) {
  for (std::string_view noun : kPlaceClassNouns) {
    if (lemma == noun) return true;
  }
  return false;
}

// Nouns for what an actor did or put forward, standing for the actor: "Iranian involvement",
// "Russia's aggression", "the decision of the president", "rejected Mensah's offer".
bool IsConductNoun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "involvement", "role",     "aggression", "interference", "meddling", "action",
      "behaviour",   "behavior", "conduct",    "decision",     "policy",   "responsibility",
      "offer",       "proposal", "plan",       "claim",        "account",  "request",
      "demand",      "bid",      "allegation"};
  for (std::string_view noun : kNouns) {
    if (lemma == noun) return true;
  }
  return false;
}

}  // namespace

std::optional<Argument> ArgumentResolver::TitledPerson(int demonym) const {
  constexpr int kMaxTitleWords = 4;
  int next = demonym + 1;
  while (next < tree_.size() && next - demonym <= kMaxTitleWords && entity_of_token_[next] < 0) {
    const std::string_view form = tree_.token(next).form;
    const bool modifier = tree_.upos(next) == "ADJ" && !form.empty() && form[0] >= 'a' &&
                          form[0] <= 'z';  // "foreign"
    if (!IsTitleWord(form) && !RoleOf(form) && !modifier) return std::nullopt;
    ++next;
  }
  if (next == demonym + 1 || next >= tree_.size() || entity_of_token_[next] < 0)
    return std::nullopt;
  const auto person = static_cast<std::uint32_t>(entity_of_token_[next]);
  if (entities_[person].type != EntityType::kPerson) return std::nullopt;
  return Argument{person, next, ""};
}

std::optional<Argument> ArgumentResolver::Resolve(int token) const {
  if (token < 0) return std::nullopt;
  if (entity_of_token_[token] >= 0 && tree_.upos(token) != "PROPN") {
    // "Turkish President Erdogan": a demonym before a title and a person is the person.
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
    return Argument{static_cast<std::uint32_t>(entity_of_token_[chosen]), chosen, ""};
  }
  const std::string_view lemma = tree_.lemma(token);
  if (tree_.upos(token) == "PRON" && (lemma == "who" || lemma == "which" || lemma == "that")) {
    const int clause = tree_.head(token);
    if (clause >= 0 && tree_.deprel(clause).starts_with("acl")) return Resolve(tree_.head(clause));
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
  if (tree_.upos(token) != "NOUN") return std::nullopt;
  const std::string agent = GroupAgent(tree_.token(token).form);
  for (int child : tree_.children(token)) {
    const std::string_view relation = tree_.deprel(child);
    const int entity = entity_of_token_[child];
    if (entity < 0) continue;
    const EntityType type = entities_[entity].type;
    const bool actor_type = type == EntityType::kGpe || type == EntityType::kOrg;
    if ((relation == "amod" || relation == "compound") && actor_type && !agent.empty()) {
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    if (relation == "nmod:poss" && actor_type) {  // "Ukraine's ports", "Russia's army"
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    if (relation == "nmod" && tree_.CaseOf(child) == "of" && IsPlaceClass(lemma)) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
    // "the government of Hadi", "members of the European Union"
    if (relation == "nmod" && tree_.CaseOf(child) == "of" && !agent.empty()) {
      return Argument{static_cast<std::uint32_t>(entity), child, agent};
    }
    if ((relation == "amod" || relation == "nmod:poss" ||
         (relation == "nmod" && (tree_.CaseOf(child) == "of" || tree_.CaseOf(child) == "by"))) &&
        IsConductNoun(lemma)) {
      return Argument{static_cast<std::uint32_t>(entity), child, ""};
    }
  }
  return std::nullopt;
}

}  // namespace kg
