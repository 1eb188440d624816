// WordShape: what the letters of a word say, whatever the word means.
#pragma once

#include <string_view>

namespace kg {

// Whether the word opens with an ASCII capital ("Putin", "NATO").
bool IsCapitalised(std::string_view word);

// Whether the word has no lower-case ASCII letter ("NATO", "A+", "2024").
bool IsAllCaps(std::string_view word);

// Whether the word is ASCII lower-case letters only ("mexico").
bool IsLowerCaseWord(std::string_view word);

// Whether the word is a hyphen-minus or an en dash, as between the parts of "Jean-Yves" or the
// names of "Peru–Chile talks".
bool IsHyphen(std::string_view word);

// Whether the word is one ASCII capital followed by lower-case letters only, non-ASCII ones
// included ("Abbas", "Cécile"; not "NATO", "R2D2", "P.S.").
bool IsCapitalisedWord(std::string_view word);

// The letters of the word, counting every byte of a multi-byte UTF-8 character as one.
int LetterCount(std::string_view form);

// Whether the word repeats a lower-case letter three times, as exclamations do ("Soooo",
// "Brilll") and names do not.
bool HasTripleLetter(std::string_view form);

}  // namespace kg
