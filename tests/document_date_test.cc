// Publication dates as corpora and users write them, normalised to ISO.
#include "documents/document_date.h"

#include <catch2/catch.hpp>

namespace {

const std::vector<std::string> kMonths = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

std::string Normal(const std::string& text) {
  return kg::NormalizeDocumentDate(text, kMonths).value_or("none");
}

}  // namespace

TEST_CASE("ISO dates, with or without a time, stay as they are", "[date]") {
  CHECK(Normal("2024-03-03") == "2024-03-03");
  CHECK(Normal("2024-03-03T10:15:00Z") == "2024-03-03");
  CHECK(Normal("2024/03/03") == "2024-03-03");
  CHECK(Normal("2024-03") == "2024-03");
  CHECK(Normal("2024") == "2024");
}

TEST_CASE("written dates become ISO dates", "[date]") {
  CHECK(Normal("March 3, 2024") == "2024-03-03");
  CHECK(Normal("3 March 2024") == "2024-03-03");
  CHECK(Normal("Mar. 3, 2024") == "2024-03-03");
  CHECK(Normal("Sunday, March 3, 2024") == "2024-03-03");
  CHECK(Normal("march 2024") == "2024-03");
}

TEST_CASE("text that is no date, or a day the month lacks, is refused", "[date]") {
  CHECK(Normal("not a date") == "none");
  CHECK(Normal("2024-02-30") == "none");
  CHECK(Normal("2024-13-01") == "none");
  CHECK(Normal("Smarch 3, 2024") == "none");
  CHECK(Normal("yesterday") == "none");
}
