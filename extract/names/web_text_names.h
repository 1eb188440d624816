// Names as web text and mail write them: lower-case names ("flights to mexico", "lisa
// promised"), address-book display names ("\"Lenhart, Matthew\""), Lotus Notes addresses
// ("Bryngelson@AZURIX") and the contact or caption labels after a name in signatures ("John
// Staikos Direct Dial"). The mention finder asks these when the ordinary name grammar does not
// apply.
#pragma once

#include <cstddef>
#include <string_view>

#include "names/name_knowledge.h"
#include "relations/dependency_tree.h"

namespace kg {

// The length of the surname before the '@' of a Lotus Notes address ("Bryngelson@AZURIX",
// "Warner@ENRON"): a capitalised word, '@' and letters, no dots. 0 for other words.
std::size_t NotesSurnameLength(std::string_view form);

// A place name written in lower case, as in web text ("flights to mexico", "in san francisco",
// "in tampa bay"): one to three lower-case nouns whose capitalised form WordNet knows as a
// place, the first no common word. Returns the number of tokens, or 0.
int LowerCasePlaceLength(const DependencyTree& tree, std::string_view text, int i,
                         const NameKnowledge& knowledge);

// "\"Lenhart, Matthew\" <mlenhart@example.com>": an address book's display name, a surname, a
// comma and a first name alone between quotation marks, is one person's name. Returns the number
// of tokens from the surname at `i` (3), or 0.
int SurnameFirstLength(const DependencyTree& tree, int i);

// A person's name written in lower case, as in web text ("lisa promised", "jill allen
// finishes"): a given name the tagger takes for a noun and that is no common word, with a
// lower-case proper noun after it that is no common word either, or a capitalised one ("by
// samantha Fox"). Returns the number of tokens, or 0.
int LowerCasePersonLength(const DependencyTree& tree, int i, const NameKnowledge& knowledge);

// The last token of a name of two or more words that a contact or caption label follows inside
// the run [first, last] ("John Staikos Direct"), or `last`.
int BeforeContactLabel(const Vocabulary& words, const DependencyTree& tree, int first, int last);

}  // namespace kg
