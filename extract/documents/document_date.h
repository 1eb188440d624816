// DocumentDate: a publication date as written in a corpus or on the command line, normalised.
//
// Accepted: ISO 8601 dates ("2024-03-03", also with a time after it: "2024-03-03T10:00:00Z"),
// "2024/03/03", a year and month ("2024-03") or a year ("2024"), and the common written forms
// "March 3, 2024", "3 March 2024", "Mar. 3, 2024", "Monday, March 3, 2024" and "March 2024".
// Month names come from the caller (data/lexicon/words/months.txt, in calendar order); a
// three-letter prefix of one, with or without a period, is its abbreviation. The result is
// "YYYY-MM-DD", "YYYY-MM" or "YYYY"; anything else, or a day the month does not have, is nullopt.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

std::optional<std::string> NormalizeDocumentDate(std::string_view text,
                                                 const std::vector<std::string>& month_names);

}  // namespace kg
