// Modality: how a sentence commits to the relation its trigger expresses.
//
// Decided from the trigger's dependents and the clauses above it (for a nominal trigger, from the
// clause it is an argument of), first rule that applies:
//   negated      "did not meet", "never met", "no deal was reached", "no troops attacked",
//                "neither X nor Y signed", "left without meeting X"; a complement that did
//                not happen: "refused to meet", "failed to take", "denied that it attacked",
//                "did not try to take", "has no plans to visit", "was prevented from meeting",
//                "is unlikely to meet", "is yet to visit", "denied (rejected) reports that he met
//                X"; an event noun raised to the subject of a plan ("Talks are scheduled to
//                resume") is planned
//   conditional  the trigger's clause is introduced by "if", "unless" or "whether"
//   claimed      under "claim", "allege", "insist" ("Putin claimed troops had captured X"),
//                "appears to have backed X", "seems to have met X",
//                "allegedly met", "is alleged to have killed", "an allegation he assaulted X"
//   reported     under a speech verb ("X said Y met Z"), "according to X", "reportedly met",
//                "is said to have met"
//   attempted    "tried to take", "attempting to take", "an attempt to enter"
//   planned      "will meet", "would visit", "plans to", "plans to attack", "was expected to
//                present", "threatened to strike", "is due to meet"; an infinitive complement that is
//                only wanted, asked, allowed or needed ("allowed him to visit X", "asked Y
//                to support X"), unless its verb is implicative ("managed to meet X",
//                modality/implicative_verbs.txt); an event noun put off ("postponed talks
//                with X", "X's visit was delayed", modality/deferring_verbs.txt)
//   asserted     otherwise
// A reported plan or attempt stays planned or attempted ("papers said the minister was expected
// to sign"). "according to X" on the main clause also covers its relative clauses. For claimed,
// reported (and reported plans or attempts), `source_token` is the subject of the speech verb (or
// X of "according to X"), or -1 when the sentence does not name it. The cue words are the lists
// under data/lexicon/words/modality/.
#pragma once

#include <string>

#include "relations/dependency_tree.h"
#include "vocabulary.h"

namespace kg {

struct ModalityReading {
  std::string modality = "asserted";
  int source_token = -1;
};

// Whether `token` has a negation word ("not", "never"; modality/negations.txt) as an adverb of
// its own: "met X but not Y" for the conjunct Y, "is not a member", "is not yet a member";
// "not only" is no negation, and "no longer a member" says the role was held, as "former" does.
bool HasNegationAdverb(const Vocabulary& words, const DependencyTree& tree, int token);

// `via_noun` is the via noun of the matched frame ("no deal was reached"), or -1.
ModalityReading ReadModality(const Vocabulary& words, const DependencyTree& tree, int trigger,
                             int via_noun);

}  // namespace kg
