#include "kg/xml_text.h"

#include <catch2/catch.hpp>

TEST_CASE("XML special characters are escaped", "[xml]") {
  CHECK(kg::XmlText("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
}

TEST_CASE("control characters XML forbids are dropped, tab and newline kept", "[xml]") {
  CHECK(kg::XmlText("a\x01\x07z\t\n") == "az\t\n");
}

TEST_CASE("invalid UTF-8 and non-characters are dropped, valid text kept", "[xml]") {
  CHECK(kg::XmlText("Zoë\xFF\xED\xA0\x80\xEF\xBF\xBE ok") == "Zoë ok");
}
