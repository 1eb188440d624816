// DateResolver: the date a sentence pins for an event, resolved against the document's date.
//
// Looks at the trigger's temporal dependents: "yesterday", "today", "tomorrow"; a weekday ("on
// Monday", "last Friday") - the latest such day on or before the document date, or for a future
// clause ("will meet on Friday") the next one on or after it; a month and day ("on October 6",
// "6 October", "October 6, 2019") - in the document's year unless a year is given; a year alone
// ("in 1905") other than the document's. Returns "YYYY-MM-DD" (or "YYYY" for a year alone), or
// the document date when the sentence pins nothing (or the document has no parsable date and the
// sentence gives no full date). Month and weekday names are those of
// data/lexicon/words/months.txt and weekdays.txt.
#pragma once

#include <string>
#include <string_view>

#include "relations/dependency_tree.h"
#include "vocabulary.h"

namespace kg {

std::string ResolveEventDate(const Vocabulary& words, const DependencyTree& tree, int trigger,
                             std::string_view document_date);

}  // namespace kg
