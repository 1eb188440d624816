#include "names/name_knowledge.h"

#include <algorithm>

namespace kg {
ResolvedName NameKnowledge::Canonical(std::string_view name) const {
  if (const auto canonical = aliases_.Resolve(name))
    return {canonical->name, canonical->type, false};
  if (const Actor* actor = actors_.Find(name)) {
    // The alias tables' own name for the actor comes first ("Islamic State").
    if (const auto curated = aliases_.Resolve(actor->name))
      return {curated->name, curated->type, false};
    ResolvedName known{actor->name, actor->type};
    known.known_actor = true;
    return known;
  }
  std::optional<EntityType> type = gazetteer_.TypeOf(name);
  // WordNet's most frequent sense of "Niger" or "Georgia" may be a river or a state; a name that
  // is a country with a capital is a GPE.
  if (type != EntityType::kGpe && gazetteer_.IsCountry(name)) type = EntityType::kGpe;
  return {std::string(name), type, false};
}

ResolvedName NameKnowledge::Resolve(std::string_view surface) const {
  if (aliases_.Resolve(surface) || actors_.Find(surface)) return Canonical(surface);
  // A word for a people before WordNet's other senses of it: "Canadian" is Canada's before it is
  // the Canadian River.
  if (const auto place = gazetteer_.PlaceOfDemonym(surface)) {
    ResolvedName resolved = Canonical(*place);
    resolved.demonym = true;
    return resolved;
  }
  if (gazetteer_.TypeOf(surface)) return Canonical(surface);
  // A place written in lower case, wholly or in part ("san francisco", "Gaza strip"), is looked
  // up capitalised.
  std::string capitalised(surface);
  for (std::size_t i = 0; i < capitalised.size(); ++i) {
    const bool starts_word = i == 0 || capitalised[i - 1] == ' ';
    if (starts_word && capitalised[i] >= 'a' && capitalised[i] <= 'z')
      capitalised[i] = static_cast<char>(capitalised[i] - 'a' + 'A');
  }
  if (capitalised != surface && gazetteer_.TypeOf(capitalised)) return Canonical(capitalised);
  // A place or a known actor written in capitals ("TEHRAN (AFP)", a dateline; "PUTIN MEETS
  // MACRON", a headline) is looked up in title case.
  const bool capitals =
      surface.size() >= 4 && std::all_of(surface.begin(), surface.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == ' ' || c == '-';
      });
  if (capitals) {
    std::string title_case(surface);
    for (std::size_t i = 1; i < title_case.size(); ++i) {
      const bool starts_word = title_case[i - 1] == ' ' || title_case[i - 1] == '-';
      if (!starts_word) title_case[i] = static_cast<char>(title_case[i] - 'A' + 'a');
    }
    if (aliases_.Resolve(title_case) || actors_.Find(title_case) || gazetteer_.TypeOf(title_case)) {
      ResolvedName known = Canonical(title_case);
      if (known.type == EntityType::kGpe || known.type == EntityType::kLoc || known.known_actor)
        return known;
    }
  }
  // "Russian" or, for the people, "Russians".
  const std::string_view singular = surface.size() > 3 && surface.ends_with('s')
                                        ? surface.substr(0, surface.size() - 1)
                                        : surface;
  for (std::string_view adjective : {surface, singular}) {
    if (const auto place = gazetteer_.PlaceOfDemonym(adjective)) {
      ResolvedName resolved = Canonical(*place);
      resolved.demonym = true;
      return resolved;
    }
  }
  // A state's armed service acts for the state, as "Russian troops" do: "US Air Force".
  for (std::string_view service : words_.armed_services.words()) {
    // The service's name after a space: "US Air Force".
    if (surface.size() <= service.size() + 1 || !surface.ends_with(service) ||
        surface[surface.size() - service.size() - 1] != ' ')
      continue;
    std::string_view owner = surface.substr(0, surface.size() - service.size() - 1);
    if (owner.starts_with("Royal ")) owner.remove_prefix(6);  // "Royal Saudi Air Force"
    ResolvedName state = Resolve(owner);
    if (state.type == EntityType::kGpe && gazetteer_.IsCountry(state.name)) {
      state.demonym = true;  // a group standing for the state, not the state's name
      state.service = true;
      return state;
    }
  }
  return {std::string(surface), std::nullopt, false};
}

std::optional<std::string> NameKnowledge::StateOfSeat(std::string_view name) const {
  if (const auto state = aliases_.StateOfSeat(name)) return Canonical(*state).name;
  return std::nullopt;
}

std::optional<std::string> NameKnowledge::StateActingFor(std::string_view name) const {
  if (std::optional<std::string> state = StateOfSeat(name)) return state;
  if (const auto country = gazetteer_.CountryOfCapital(name)) return Canonical(*country).name;
  return std::nullopt;
}

std::optional<EntityType> NameKnowledge::KnownType(std::string_view name) const {
  if (const auto canonical = aliases_.Resolve(name)) return canonical->type;
  if (const Actor* actor = actors_.Find(name)) return actor->type;
  return gazetteer_.TypeOf(name);
}

bool NameKnowledge::IsDemonym(std::string_view word) const {
  if (gazetteer_.PlaceOfDemonym(word)) return true;
  return word.size() > 3 && word.ends_with('s') &&
         gazetteer_.PlaceOfDemonym(word.substr(0, word.size() - 1));
}

}  // namespace kg
