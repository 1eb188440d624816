// MentionContext: what the words around a name mention say about it.
//
// ContextType() gives the type the context of the tokens [first, last] suggests: a person after
// a personal title, role, occupation or greeting ("President Trump", "Turkish president Erdogan",
// "the teacher Adz", "Hi Traci") or before a personal role ("Trump envoy", "Trump's son-in-law"),
// when it addresses someone or signs a message at the start of a sentence ("Ginny, please ...", a
// name alone on its line), when it is coordinated with "I" or "me" ("Laura and I"), or as the
// subject of "said", "told", "wrote" ...; a place after "in", after "city of", "town of" ... ("the
// West Bank town of Ramallah"), with a place noun in apposition ("Marrowby, a town in Ghana") or
// as what troops enter or capture ("entered Tell Tamer"); nothing
// otherwise. The words are lists under data/lexicon/words/ (titles, roles, occupations,
// greetings, address words, personal pronouns, place nouns, capture verbs, person-subject verbs).
#pragma once

#include <optional>
#include <string_view>

#include "kg/extraction.h"
#include "relations/dependency_tree.h"
#include "vocabulary.h"

namespace kg {

std::optional<EntityType> ContextType(const Vocabulary& words, const DependencyTree& tree,
                                      int first, int last);

// The token the mention [first, last] is coordinated with ("Rumsfeld, Wolfowitz and Feith":
// Wolfowitz and Feith with Rumsfeld, Rumsfeld with Wolfowitz), or -1.
int ConjunctOf(const DependencyTree& tree, int first, int last);

// Whether `form` is an occupation that names the person after it: "the teacher Adz", "singer
// Doris Day".
bool IsOccupation(const Vocabulary& words, std::string_view form);

// Whether `form` greets the person named after it: "Hi Traci", "Morning Debra".
bool IsGreeting(const Vocabulary& words, std::string_view form);

// Whether token `i` is a body's head word after the article, not an acronym: "the Court ruled",
// "The Senate voted".
bool IsBodyAfterArticle(const Vocabulary& words, const DependencyTree& tree, int i);

}  // namespace kg
