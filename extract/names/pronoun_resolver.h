// Pronoun resolution, conservative: a pronoun takes an antecedent only when the choice is clear.
//
// he/she (him, his, her) refer to a PERSON; it/they (its, them, their) to an ORG or GPE. The
// antecedent is searched in the pronoun's sentence before it, then in up to two sentences back:
// in the first sentence that holds a compatible entity, a compatible subject wins (the latest
// one before the pronoun); otherwise the sentence must hold exactly one compatible entity. Where
// neither holds, the pronoun stays unresolved.
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

// `mentions` are the document's name mentions in text order. Returns an entity index or -1.
int ResolvePronoun(std::string_view lemma, std::uint32_t sentence, int token,
                   const std::vector<MentionRecord>& mentions, const std::vector<Entity>& entities);

}  // namespace kg
