#include "argument_resolver.h"

#include <array>

#include "group_agent.h"

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

}  // namespace

std::optional<Argument> ArgumentResolver::Resolve(int token) const {
  if (token < 0) return std::nullopt;
  if (entity_of_token_[token] >= 0) {
    return Argument{static_cast<std::uint32_t>(entity_of_token_[token]), token, ""};
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
    for (int child : tree_.children(token)) {
      const std::string_view relation = tree_.deprel(child);
      if ((relation == "flat" || relation == "compound") && entity_of_token_[child] >= 0) {
        return Argument{static_cast<std::uint32_t>(entity_of_token_[child]), child, ""};
      }
    }
    return std::nullopt;
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
  }
  return std::nullopt;
}

}  // namespace kg
