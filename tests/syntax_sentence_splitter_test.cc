#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/syntax/sentence_splitter.h"

namespace {

// The sentences of `text`, each as its words joined by single spaces.
std::vector<std::string> Sentences(std::string_view text) {
  const kg::syntax::Segmentation segmentation = kg::syntax::Segment(text);
  std::vector<std::string> sentences;
  for (const kg::syntax::SentenceRange& range : segmentation.sentences) {
    std::string sentence;
    for (std::uint32_t k = range.first; k < range.end; ++k) {
      const kg::syntax::TokenSpan& span = segmentation.tokens[k];
      if (!sentence.empty()) sentence += ' ';
      sentence += text.substr(span.begin, span.end - span.begin);
    }
    sentences.push_back(sentence);
  }
  return sentences;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("sentences end at final punctuation before a capital", "[syntax][splitter]") {
  CHECK(Sentences("Talks ended. Putin left! Why? Nobody knows.") ==
        Strings{"Talks ended .", "Putin left !", "Why ?", "Nobody knows ."});
}

TEST_CASE("titles and initials do not end sentences", "[syntax][splitter]") {
  CHECK(Sentences("Dr. Smith met Gen. Jones and George W. Bush on Jan. 5 in St. Louis.") ==
        Strings{"Dr. Smith met Gen. Jones and George W. Bush on Jan. 5 in St. Louis ."});
}

TEST_CASE("an abbreviation followed by a sentence opener ends the sentence", "[syntax][splitter]") {
  CHECK(Sentences("He moved to the U.S. The move was quick.") ==
        Strings{"He moved to the U.S .", "The move was quick ."});
  CHECK(Sentences("U.S. officials met.") == Strings{"U.S. officials met ."});
}

TEST_CASE("closing quotes after the period stay in the sentence", "[syntax][splitter]") {
  CHECK(Sentences("\"We are ready.\" Putin said so. \u201CNo.\u201D He left.") ==
        Strings{"\" We are ready . \"", "Putin said so .", "\u201C No . \u201D", "He left ."});
}

TEST_CASE("a quote ending in a question mark continues in lower case", "[syntax][splitter]") {
  CHECK(Sentences("\"Why?\" he asked.") == Strings{"\" Why ? \" he asked ."});
}

TEST_CASE("blank lines and title lines are sentence boundaries", "[syntax][splitter]") {
  CHECK(Sentences("Russia ready for war, Putin says\nTalks ended without progress.\n\nNew "
                  "paragraph here") == Strings{"Russia ready for war , Putin says",
                                               "Talks ended without progress .",
                                               "New paragraph here"});
}

TEST_CASE("a hard-wrapped line continuing in lower case is not a boundary", "[syntax][splitter]") {
  CHECK(Sentences("The talks ended, officials\nsaid today.") ==
        Strings{"The talks ended , officials said today ."});
}

TEST_CASE("every token belongs to exactly one sentence", "[syntax][splitter]") {
  const std::string text = "A. B... c? D\n\n\"E.\" (F.) G";
  const kg::syntax::Segmentation segmentation = kg::syntax::Segment(text);
  std::uint32_t next = 0;
  for (const kg::syntax::SentenceRange& range : segmentation.sentences) {
    CHECK(range.first == next);
    CHECK(range.end > range.first);
    next = range.end;
  }
  CHECK(next == segmentation.tokens.size());
}

TEST_CASE("a news dateline ends at its dash", "[syntax][splitter]") {
  CHECK(Sentences("RIGA, Latvia (AP) \xE2\x80\x94 Dora Vale met Mira Salo.") ==
        Strings{"RIGA , Latvia ( AP ) \xE2\x80\x94", "Dora Vale met Mira Salo ."});
  CHECK(Sentences("Bergen, Norway (Reuters) - Dora Vale met Mira Salo.") ==
        Strings{"Bergen , Norway ( Reuters ) -", "Dora Vale met Mira Salo ."});
}

TEST_CASE("a subject set off by dashes or a hyphenated name is no dateline", "[syntax][splitter]") {
  CHECK(Sentences("Dora Vale \xE2\x80\x94 a former banker \xE2\x80\x94 met Mira Salo.") ==
        Strings{"Dora Vale \xE2\x80\x94 a former banker \xE2\x80\x94 met Mira Salo ."});
  CHECK(Sentences("ABS-CBN CEO Ivo Korso resigned.").size() == 1);
}
