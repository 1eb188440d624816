// MentionFinder: the name mentions of one analysed sentence.
//
// A name is a maximal run of proper-noun tokens (UPOS PROPN), joined by "of" after a head word
// that takes it ("Bank of England", but "Muhammadu Buhari of Nigeria" is two names), by "and"
// between capitalised common words inside such an of-phrase ("Department of Housing and Urban
// Development", but "Bank of England and Barclays" is two names), by a hyphen
// or en dash between touching words ("Jean-Yves", "Export-Import"), and by lower-case particles
// ("Bashar al-Assad", "Abdel Fattah el-Sisi"), which may also open it ("bin Laden"). Title words
// and greetings inside a run separate names and are not part of them ("U.S. Secretary of State
// Marco Rubio" gives "U.S." and "Marco Rubio", "Morning Debra" gives "Debra"); so do weekday and
// month names, which are never names themselves ("On Monday Moscow accused ..."). A capitalised
// adjective or noun that names a people ("Russian", "Ukrainians") is a mention of its place, and
// an adjective the alias tables give an organisation ("Republican") a mention of it.
// Places and given names written in lower case ("in san francisco", "lisa promised") are names
// too. A run that opens with a known organisation's name and goes on with common words only is
// that name ("ISIS Caliphate" gives "ISIS", "White House Briefing" "White House"), and a
// state's war names the state ("Iraq War"). An unknown run made of a known organisation's and a
// known state's name is two names ("Republican New Hampshire"). A contact or caption label ends
// a name ("John Staikos Direct Dial", "Kamala Harris Image").
// Mention text and spans cover the name only, except that a company form after a comma belongs
// to the name ("CCNG, Inc."), so does the first name after an address book's surname ("\"Lenhart,
// Matthew\"", a person) and a possessive after a preposition with nothing owned after it
// joins the name of the premises it stands for ("dinner at Kenneally's").
// Each mention carries the type its context suggests (mention_context.h), premises a place
// (well-known companies such as "Moody's" are in the alias table). Lone letters and grades ("X",
// "A+") and exclamations ("Soooo") are not names.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kg/extraction.h"
#include "names/name_knowledge.h"
#include "relations/dependency_tree.h"

namespace kg {

struct TokenMention {
  int first = 0;  // token range [first, last] in the sentence
  int last = 0;
  std::string_view text;  // view into the document text
  Span span;
  std::optional<EntityType> context_type;  // see ContextType()
  int conjunct = -1;  // the token this name is coordinated with ("Chuck and Gretchen"), or -1
};

std::vector<TokenMention> FindMentions(const DependencyTree& tree, std::string_view text,
                                       const NameKnowledge& knowledge);

}  // namespace kg
