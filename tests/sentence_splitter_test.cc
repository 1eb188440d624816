#include "sentence_splitter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (kg::Span span : kg::SplitSentences(text)) {
    out.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("sentences end at a period followed by a capital", "[sentences]") {
  CHECK(Sentences("Ana left. Bo stayed.") == std::vector<std::string>{"Ana left.", "Bo stayed."});
}

TEST_CASE("abbreviations do not end a sentence", "[sentences]") {
  CHECK(Sentences("The U.S. envoy met Dr. Lee in Jan. 2024. He left.") ==
        std::vector<std::string>{"The U.S. envoy met Dr. Lee in Jan. 2024.", "He left."});
}

TEST_CASE("a closing quote stays with its sentence", "[sentences]") {
  CHECK(Sentences("He said \"no.\" Then he left.") ==
        std::vector<std::string>{"He said \"no.\"", "Then he left."});
}

TEST_CASE("a line break ends a headline without punctuation", "[sentences]") {
  CHECK(Sentences("Talks end in Geneva\nThe envoys left.") ==
        std::vector<std::string>{"Talks end in Geneva", "The envoys left."});
}

TEST_CASE("sentence spans are byte offsets into the text", "[sentences]") {
  const std::string text = "  Café opens.  Zoë smiles.";
  const std::vector<kg::Span> spans = kg::SplitSentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "Zoë smiles.");
}
