// FoldedNameKey: the spellings of one name the store takes for one.
#include "kg/name_fold.h"

#include <catch2/catch.hpp>

TEST_CASE("a folded name has no diacritics and is in lower case", "[fold]") {
  CHECK(kg::FoldedNameKey("Tomasz  WIŚNIEWSKI") == "tomasz wisniewski");
  CHECK(kg::FoldedNameKey("Ülkü Şahin") == "ulku sahin");
}

TEST_CASE("a doubled final letter or a final iy of a long word is written once", "[fold]") {
  CHECK(kg::FoldedNameKey("Ostap Vlasenskyy") == kg::FoldedNameKey("Ostap Vlasensky"));
  CHECK(kg::FoldedNameKey("Vlasenskiy") == kg::FoldedNameKey("Vlasensky"));
  CHECK(kg::FoldedNameKey("Marla Brennett") == "marla brennet");
  // Short words keep their letters: "Hall" is not "Hal".
  CHECK(kg::FoldedNameKey("Hall") == "hall");
}

TEST_CASE("apostrophes are dropped and hyphens separate words", "[fold]") {
  CHECK(kg::FoldedNameKey("Tavre'i") == kg::FoldedNameKey("Tavrei"));
  CHECK(kg::FoldedNameKey("Tavre\u2019i") == "tavrei");
  CHECK(kg::FoldedNameKey("Dorin al-Vasti") == "dorin al vasti");
}

TEST_CASE("text that is not UTF-8 keeps its plain name key", "[fold]") {
  CHECK(kg::FoldedNameKey("Bad \xff Name") == "bad \xff name");
}
