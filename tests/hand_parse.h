// HandParse: a sentence analysis written by hand as CoNLL-U, for testing rules over dependency
// trees without the statistical tagger and parser.
//
// Each line is "form lemma UPOS XPOS head deprel", fields separated by spaces; the forms are
// joined by single spaces into the sentence's text, which gives the tokens' byte offsets.
#pragma once

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "kg/syntax/analyzer.h"

namespace kg::testing {

inline syntax::Sentence HandParse(std::string_view lines) {
  syntax::Sentence sentence;
  std::istringstream in{std::string(lines)};
  std::string line;
  std::uint32_t offset = 0;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    std::istringstream fields(line);
    syntax::Token token;
    REQUIRE(fields >> token.form >> token.lemma >> token.upos >> token.xpos >> token.head >>
            token.deprel);
    token.begin = offset;
    token.end = offset + static_cast<std::uint32_t>(token.form.size());
    offset = token.end + 1;
    sentence.tokens.push_back(std::move(token));
  }
  sentence.end = offset == 0 ? 0 : offset - 1;
  return sentence;
}

// "Ostrin, accused by Wendt, resigned.": a reduced passive relative clause.
inline constexpr std::string_view kReducedPassiveRelative = R"(
    Ostrin Ostrin PROPN NNP 6 nsubj
    , , PUNCT , 3 punct
    accused accuse VERB VBN 1 acl
    by by ADP IN 5 case
    Wendt Wendt PROPN NNP 3 obl:agent
    resigned resign VERB VBD 0 root)";

}  // namespace kg::testing
