#include "kg/utf8.h"

#include <catch2/catch.hpp>
#include <string>

TEST_CASE("valid UTF-8 with accents and CJK is accepted", "[utf8]") {
  CHECK_FALSE(kg::FindInvalidUtf8("Zelenskyy met Macron in Paris — café, 東京").has_value());
}

TEST_CASE("a stray continuation byte is reported at its offset", "[utf8]") {
  CHECK(kg::FindInvalidUtf8("abc\x80xyz") == 3u);
}

TEST_CASE("a NUL byte counts as invalid text", "[utf8]") {
  CHECK(kg::FindInvalidUtf8(std::string("ab\0cd", 5)) == 2u);
}

TEST_CASE("truncated, overlong and surrogate sequences are rejected", "[utf8]") {
  CHECK(kg::FindInvalidUtf8("ok\xE2\x82") == 2u);
  CHECK(kg::FindInvalidUtf8("\xC0\xAF") == 0u);
  CHECK(kg::FindInvalidUtf8("\xED\xA0\x80") == 0u);
  CHECK(kg::FindInvalidUtf8("\xF4\x90\x80\x80") == 0u);
}
