#include "entity_cleanup.h"

#include <algorithm>
#include <cctype>

#include "kg/ascii.h"
#include "names/entity_linker.h"

namespace kg {
namespace {

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < name.size()) {
    const std::size_t end = std::min(name.find(' ', at), name.size());
    if (end > at) words.emplace_back(name.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

std::string Joined(const std::vector<std::string>& words, std::size_t from) {
  std::string text;
  for (std::size_t i = from; i < words.size(); ++i)
    text += (text.empty() ? "" : " ") + words[i];
  return text;
}

bool IsNumber(std::string_view text) {
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return !text.empty() && digit(text.front()) && digit(text.back()) &&
         std::all_of(text.begin(), text.end(),
                     [&](char c) { return digit(c) || c == '.' || c == ','; });
}

bool IsAmount(const Vocabulary& words, std::string_view name) {
  std::string compact(name);
  std::erase(compact, ' ');
  return std::any_of(words.currency_markers.words().begin(), words.currency_markers.words().end(),
                     [&](const std::string& marker) {
                       return compact.starts_with(marker) &&
                              IsNumber(std::string_view(compact).substr(marker.size()));
                     });
}

bool HasLetter(std::string_view name) {
  // Bytes of UTF-8 sequences count as letters: names in other scripts have no ASCII ones.
  return std::any_of(name.begin(), name.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0 ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

// How many of `words` at the front are titles (a two-word title phrase counts as two).
std::size_t LeadingTitles(const Vocabulary& vocabulary, const std::vector<std::string>& words) {
  std::size_t at = 0;
  while (at < words.size()) {
    if (at + 1 < words.size() &&
        vocabulary.leading_titles.Contains(words[at] + " " + words[at + 1])) {
      at += 2;
    } else if (vocabulary.titles.Contains(words[at]) ||
               vocabulary.leading_titles.Contains(words[at])) {
      ++at;
    } else {
      break;
    }
  }
  return at;
}

// Where each entity goes: its new index, or kNotAName.
std::vector<std::uint32_t> NewIndexes(const std::vector<std::uint32_t>& target) {
  std::vector<std::uint32_t> index(target.size(), kNotAName);
  std::uint32_t next = 0;
  for (std::uint32_t i = 0; i < target.size(); ++i) {
    if (target[i] == i) index[i] = next++;
  }
  for (std::uint32_t i = 0; i < target.size(); ++i) {
    if (target[i] != kNotAName && target[i] != i) index[i] = index[target[i]];
  }
  return index;
}

bool Names(const Entity& entity, std::string_view name) {
  const std::string key = AsciiLower(name);
  if (AsciiLower(entity.name) == key) return true;
  return std::any_of(entity.aliases.begin(), entity.aliases.end(),
                     [&](const std::string& alias) { return AsciiLower(alias) == key; });
}

// Cleans one entity's aliases, keeping those that still name something and differ from its name.
void CleanAliases(const Vocabulary& words, Entity* entity) {
  std::vector<std::string> kept;
  for (const std::string& alias : entity->aliases) {
    const std::optional<std::string> clean = CleanEntityName(words, alias, entity->type);
    if (clean && *clean != entity->name &&
        std::find(kept.begin(), kept.end(), *clean) == kept.end()) {
      kept.push_back(*clean);
    }
  }
  entity->aliases = std::move(kept);
}

void MoveInto(Entity* into, Entity* from) {
  if (!Names(*into, from->name)) into->aliases.push_back(from->name);
  for (std::string& alias : from->aliases) {
    if (!Names(*into, alias)) into->aliases.push_back(std::move(alias));
  }
  for (Mention& mention : from->mentions)
    into->mentions.push_back(std::move(mention));
}

}  // namespace

std::optional<std::string> CleanEntityName(const Vocabulary& words, std::string_view name,
                                           EntityType type) {
  if (!HasLetter(name) || IsAmount(words, name) || words.section_labels.Contains(name))
    return std::nullopt;
  std::vector<std::string> parts = Words(name);
  std::size_t from = 0;
  while (from < parts.size() && words.sentence_adverbs.Contains(parts[from]))
    ++from;
  if (from == parts.size()) return std::nullopt;
  if (type == EntityType::kPerson) {
    const std::vector<std::string> rest(parts.begin() + static_cast<std::ptrdiff_t>(from),
                                        parts.end());
    const std::size_t titles = LeadingTitles(words, rest);
    if (titles < rest.size()) from += titles;
  }
  return Joined(parts, from);
}

void CleanEntities(const Vocabulary& words, std::vector<Entity>* entities,
                   std::vector<std::uint32_t>* entity_of_name) {
  std::vector<Entity>& all = *entities;
  std::vector<std::uint32_t> target(all.size());
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    const std::optional<std::string> clean = CleanEntityName(words, all[i].name, all[i].type);
    target[i] = clean ? i : kNotAName;
    if (!clean) continue;
    all[i].name = *clean;
    CleanAliases(words, &all[i]);
  }
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    if (target[i] != i) continue;
    for (std::uint32_t j = 0; j < i; ++j) {
      if (target[j] != j || all[j].type != all[i].type || !Names(all[j], all[i].name)) continue;
      MoveInto(&all[j], &all[i]);
      target[i] = j;
      break;
    }
  }
  const std::vector<std::uint32_t> index = NewIndexes(target);
  for (std::uint32_t& entity : *entity_of_name) {
    if (entity != kNotAName) entity = index[entity];
  }
  std::vector<Entity> kept;
  for (std::uint32_t i = 0; i < all.size(); ++i) {
    if (target[i] == i) kept.push_back(std::move(all[i]));
  }
  all = std::move(kept);
}

}  // namespace kg
