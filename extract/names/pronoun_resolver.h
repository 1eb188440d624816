// Pronoun resolution, conservative: a pronoun takes an antecedent only when the choice is clear.
//
// he/she (him, his, her) refer to a PERSON; it/they (its, them, their) to an ORG or GPE. The
// antecedent is searched in the pronoun's sentence before it, then in up to two sentences back:
// in the first sentence that holds a compatible entity, a compatible subject wins (the latest
// one before the pronoun); otherwise the sentence must hold exactly one compatible entity. Where
// neither holds, the pronoun stays unresolved. An object pronoun never refers to the subject of
// its own clause ("Ana said Ivo had accused her": not Ivo, who would be "herself"), so the
// caller names that subject's entity as `excluded`; where it is the only candidate of the nearest
// sentence that has one, the pronoun stays unresolved.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kg/extraction.h"

namespace kg {

struct MentionRecord {
  std::uint32_t sentence = 0;
  int first = 0;  // first token
  std::uint32_t entity = 0;
  bool subject = false;  // the mention is a clause subject
};

// Whether a pronoun with `lemma` can stand for an entity of `type`: he/she/his/her for a person,
// it/its for an organisation or state, they/their for an organisation (a state is "it" in news;
// "they" after "the Italian minister" is the people at the talks, not Italy).
bool PronounFits(std::string_view lemma, EntityType type);

// `mentions` are the document's name mentions in text order; `excluded` is an entity the pronoun
// cannot refer to, or -1. Returns an entity index or -1.
int ResolvePronoun(std::string_view lemma, std::uint32_t sentence, int token,
                   const std::vector<MentionRecord>& mentions, const std::vector<Entity>& entities,
                   int excluded = -1);

}  // namespace kg
