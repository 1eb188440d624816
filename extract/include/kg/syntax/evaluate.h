// Evaluation of the syntax pipeline against CoNLL-U gold data.
//
// Tokenisation is scored on the raw "# text =" line of each sentence: a predicted word counts as
// correct when its byte span equals the span of a gold syntactic word (words of a multiword
// token such as "don't" -> do + n't get the sub-spans of the surface form). Tagging, lemmas and
// trees are scored on gold words (no tokenisation errors involved), counting every word,
// punctuation included; LAS compares full labels, subtypes included ("nsubj:pass").
#pragma once

#include <cstddef>
#include <span>

#include "kg/syntax/conllu.h"

namespace kg::syntax {

class Lemmatizer;
class Parser;
class Tagger;

struct TokenizationScores {
  std::size_t gold = 0;       // gold words
  std::size_t predicted = 0;  // predicted words
  std::size_t matched = 0;    // predicted words whose span is a gold word's span
  double precision() const {
    return predicted ? static_cast<double>(matched) / static_cast<double>(predicted) : 0;
  }
  double recall() const {
    return gold ? static_cast<double>(matched) / static_cast<double>(gold) : 0;
  }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

TokenizationScores EvaluateTokenization(std::span<const ConlluSentence> gold);

struct SyntaxScores {
  std::size_t words = 0;
  std::size_t upos = 0;  // correct counts; divide by words
  std::size_t xpos = 0;
  std::size_t lemma = 0;
  std::size_t head = 0;   // UAS numerator
  std::size_t label = 0;  // LAS numerator: head and label right
  double Percent(std::size_t correct) const {
    return words ? 100.0 * static_cast<double>(correct) / static_cast<double>(words) : 0;
  }
};

// Tags, lemmatises and parses the gold words of `gold` (each stage uses the previous stage's
// predictions) and scores the results. `lemmatizer` and `parser` may be null to skip them.
SyntaxScores EvaluateSyntax(const Tagger& tagger, const Lemmatizer* lemmatizer,
                            const Parser* parser, std::span<const ConlluSentence> gold);

}  // namespace kg::syntax
