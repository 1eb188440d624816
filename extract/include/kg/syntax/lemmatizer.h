// Lemmatizer: the UD English EWT lemma of a word, given its UPOS and Penn XPOS tags.
//
// Conventions (those of EWT): lemmas are lower case except for proper nouns and "I"; pronouns and
// determiners map to their base ("me" -> "I", "them" -> "they", "an" -> "a", "those" -> "that");
// auxiliaries and clitics to their full word ("'s" -> "be", "n't" -> "not", "wo" -> "will");
// inflected nouns, verbs, adjectives and adverbs (NNS, VBD, VBN, VBG, VBZ, JJR, JJS, RBR, RBS)
// to their base ("met" -> "meet", "countries" -> "country", "better" -> "good"), proper plural
// nouns to their singular ("Americans" -> "American"); proper adjectives keep their capital
// ("Palestinian"); curly quotes and long dashes become ASCII.
//
// Inflections are resolved with WordNet's morphology (exception lists and detachment rules
// checked against the index) when its database is loaded, and with suffix rules otherwise, so a
// Lemmatizer without WordNet still works, only less accurately. Lemmatize() is const and
// thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "kg/status.h"

namespace kg::syntax {

// Where Debian's wordnet-base package installs the WordNet 3 database.
inline constexpr const char* kDefaultWordNetDir = "/usr/share/wordnet";

class WordNetFiles;
class WordNetMorphology;

class Lemmatizer {
 public:
  Lemmatizer();  // rules only
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

  // Loads WordNet's morphology from `wordnet`. On failure the lemmatizer keeps working with rules
  // only, and the Status says why (e.g. NotFound when WordNet is not installed).
  Status LoadWordNet(WordNetFiles& wordnet);
  bool has_wordnet() const { return wordnet_ != nullptr; }

  // `sentence_initial` tells whether the word opens its sentence: a capitalised adjective keeps
  // its case ("Palestinian") unless the capital may only be due to its position ("Great").
  std::string Lemmatize(std::string_view form, std::string_view upos, std::string_view xpos,
                        bool sentence_initial = false) const;

 private:
  std::string InflectedBase(const std::string& lower, std::string_view xpos) const;

  std::unique_ptr<WordNetMorphology> wordnet_;
};

}  // namespace kg::syntax
