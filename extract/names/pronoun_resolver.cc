#include "names/pronoun_resolver.h"

#include <algorithm>
#include <set>

namespace kg {
namespace {

constexpr std::uint32_t kSentencesBack = 2;

}  // namespace

bool PronounFits(std::string_view lemma, EntityType type) {
  // The lemmatiser gives possessive forms lemmas of their own ("his", "its", "their").
  if (lemma == "he" || lemma == "she" || lemma == "his" || lemma == "her")
    return type == EntityType::kPerson;
  if (lemma == "it" || lemma == "its") return type == EntityType::kOrg || type == EntityType::kGpe;
  // A state is "it" in news; "they" for one is a collective organisation ("the party said they").
  if (lemma == "they" || lemma == "their") return type == EntityType::kOrg;
  return false;
}

int ResolvePronoun(std::string_view lemma, std::uint32_t sentence, int token,
                   const std::vector<MentionRecord>& mentions, const std::vector<Entity>& entities,
                   int excluded) {
  auto fits = [&](std::uint32_t entity) { return PronounFits(lemma, entities[entity].type); };
  for (std::uint32_t back = 0; back <= kSentencesBack && back <= sentence; ++back) {
    const std::uint32_t target = sentence - back;
    int latest_subject = -1;
    std::set<std::uint32_t> seen;
    bool excluded_seen = false;
    // Mentions are in text order, so the target sentence's are one run found by binary search:
    // the work per pronoun does not grow with the document.
    const auto [begin, end] = std::equal_range(
        mentions.begin(), mentions.end(), MentionRecord{target, 0, 0, false},
        [](const MentionRecord& a, const MentionRecord& b) { return a.sentence < b.sentence; });
    for (auto it = begin; it != end; ++it) {
      const MentionRecord& mention = *it;
      if (back == 0 && mention.first >= token) continue;
      if (!fits(mention.entity)) continue;
      if (static_cast<int>(mention.entity) == excluded) {
        excluded_seen = true;
        continue;
      }
      seen.insert(mention.entity);
      if (mention.subject) latest_subject = static_cast<int>(mention.entity);
    }
    // The nearest candidate was the excluded subject: nothing else is clearly meant.
    if (seen.empty() && excluded_seen) return -1;
    if (seen.empty()) continue;
    if (latest_subject >= 0) return latest_subject;
    return seen.size() == 1 ? static_cast<int>(*seen.begin()) : -1;
  }
  return -1;
}

}  // namespace kg
