#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/syntax/tokenizer.h"

namespace {

using kg::syntax::Tokenize;

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (const kg::syntax::TokenSpan& span : Tokenize(text)) {
    words.emplace_back(text.substr(span.begin, span.end - span.begin));
  }
  return words;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("clitics are split into EWT syntactic words", "[syntax][tokenizer]") {
  CHECK(Words("don't") == Strings{"do", "n't"});
  CHECK(Words("Russia's army") == Strings{"Russia", "'s", "army"});
  CHECK(Words("I'm sure they'll") == Strings{"I", "'m", "sure", "they", "'ll"});
  CHECK(Words("We've won't can't") == Strings{"We", "'ve", "wo", "n't", "ca", "n't"});
  CHECK(Words("cannot gonna") == Strings{"can", "not", "gon", "na"});
}

TEST_CASE("curly apostrophes split clitics like straight ones", "[syntax][tokenizer]") {
  CHECK(Words("Russia\u2019s") == Strings{"Russia", "\u2019s"});
  CHECK(Words("didn\u2019t") == Strings{"did", "n\u2019t"});
}

TEST_CASE("abbreviations keep their period", "[syntax][tokenizer]") {
  CHECK(Words("Dr. Smith met U.S. Gen. Jones on Jan. 5") ==
        Strings{"Dr.", "Smith", "met", "U.S.", "Gen.", "Jones", "on", "Jan.", "5"});
  CHECK(Words("George W. Bush") == Strings{"George", "W.", "Bush"});
  CHECK(Words("at 5 p.m., she said") == Strings{"at", "5", "p.m.", ",", "she", "said"});
}

TEST_CASE("sentence-final periods, commas and brackets are split off", "[syntax][tokenizer]") {
  CHECK(Words("the border.") == Strings{"the", "border", "."});
  CHECK(Words("(CNN), Reuters;") == Strings{"(", "CNN", ")", ",", "Reuters", ";"});
  CHECK(Words("Really?!") == Strings{"Really", "?!"});
  CHECK(Words("wait...") == Strings{"wait", "..."});
}

TEST_CASE("straight and curly quotes are tokens of their own", "[syntax][tokenizer]") {
  CHECK(Words("\"Go,\" he said.") == Strings{"\"", "Go", ",", "\"", "he", "said", "."});
  CHECK(Words("Russia \u2018ready\u2019 for \u201Cwar\u201D") ==
        Strings{"Russia", "\u2018", "ready", "\u2019", "for", "\u201C", "war", "\u201D"});
}

TEST_CASE("em and en dashes are split, hyphenated compounds split unless prefixed",
          "[syntax][tokenizer]") {
  CHECK(Words("talks\u2014which failed") == Strings{"talks", "\u2014", "which", "failed"});
  CHECK(Words("1990\u20131995") == Strings{"1990", "\u2013", "1995"});
  CHECK(Words("son-in-law") == Strings{"son", "-", "in", "-", "law"});
  CHECK(Words("e-mail non-stop") == Strings{"e-mail", "non-stop"});
}

TEST_CASE("numbers, money and percentages", "[syntax][tokenizer]") {
  CHECK(Words("1,000 troops and 3.5 tonnes") == Strings{"1,000", "troops", "and", "3.5", "tonnes"});
  CHECK(Words("$5 rose 50%") == Strings{"$", "5", "rose", "50", "%"});
  CHECK(Words("since 9/11 at 11:30am") == Strings{"since", "9/11", "at", "11:30", "am"});
  CHECK(Words("the 1990s") == Strings{"the", "1990s"});
}

TEST_CASE("URLs and e-mail addresses stay whole", "[syntax][tokenizer]") {
  CHECK(Words("see https://example.org/a-b?c=1.") ==
        Strings{"see", "https://example.org/a-b?c=1", "."});
  CHECK(Words("mail jane.doe@example.com, now") ==
        Strings{"mail", "jane.doe@example.com", ",", "now"});
}

TEST_CASE("offsets index the original UTF-8 bytes", "[syntax][tokenizer]") {
  const std::string text = "Zelenskyy\u00A0met Macron \u2014 caf\u00E9 \u6771\u4EAC's.";
  const std::vector<kg::syntax::TokenSpan> spans = Tokenize(text);
  std::vector<std::string> words;
  for (const auto& span : spans)
    words.push_back(text.substr(span.begin, span.end - span.begin));
  CHECK(words ==
        Strings{"Zelenskyy", "met", "Macron", "\u2014", "caf\u00E9", "\u6771\u4EAC", "'s", "."});
  CHECK(spans[1].begin == 11);  // after the two bytes of the no-break space
  CHECK(spans[4].end == spans[4].begin + 5);
  CHECK(spans.back().end == text.size());
}

TEST_CASE("invalid UTF-8 bytes are kept inside words", "[syntax][tokenizer]") {
  CHECK(Words("ab\xFF"
              "cd ef") == Strings{"ab\xFF"
                                  "cd",
                                  "ef"});
}
