// Titles and roles: the words that precede a name without being part of it.
//
// IsTitleWord() holds for capitalised title words and a few plurals ("President", "Presidents",
// "Secretary", "Mr"; data/lexicon/words/titles.txt, plural_titles.txt); a run of them
// inside a capitalised span separates a place from a person ("U.S. Secretary of State Marco
// Rubio"). RoleOf() classifies a role noun, in any case, into the static relation it implies
// between the person named after it and the entity named before it ("Trump envoy Steve Witkoff";
// data/lexicon/words/roles/); an occupation (occupations.txt) is work done for an organisation.
#pragma once

#include <optional>
#include <string_view>

#include "vocabulary.h"

namespace kg {

bool IsTitleWord(const Vocabulary& words, std::string_view word);

enum class RoleKind {
  kLeader,
  kMember,
  kAdviser,
  kEnvoy,
  kRelative,
  kWorker,
  kCounsel,
  kPresiding
};

std::optional<RoleKind> RoleOf(const Vocabulary& words, std::string_view word);

// Words capitalised like names that never are names on their own: weekdays, months, their
// abbreviations ("Sept.", "Fri"), weekdays' plurals ("Sundays") and time zones ("CDT", "BST").
bool IsCalendarWord(const Vocabulary& words, std::string_view word);

}  // namespace kg
