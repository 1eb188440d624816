// RepairArcs: a sentence's dependency arcs as the parser gave them, mended where an arc breaks
// a rule of UD grammar that the relation rules rely on:
//   - a preposition attached to a modifier before its noun ("spoke to Foreign Minister X" with
//     "to" on "Minister") marks the noun, and a noun so marked is an oblique of a verb (or a
//     nominal modifier), not its direct object;
//   - a clause whose subject is a relative pronoun ("X, who heads Y,"), hung on a noun as
//     parataxis, conjunct or apposition, is a relative clause of that noun;
//   - a finite verb without a subject takes the noun phrase right before it that the parser made
//     an apposition across a comma ("During his visit to Oslo, Paul Mensah met ...": English
//     finite clauses have subjects);
//   - a bare singular noun "object" of a passive verb is a predicate ("was elected president of
//     Y": a role, not an argument), and a by-phrase hung on it or on the verb's oblique ("was
//     appointed minister by X", "was sued for libel by X") is the verb's agent;
//   - a capitalised adjective read as a verb's predicative complement right before a noun phrase
//     ("criticized Latvian President X") modifies that noun, which is the verb's object: a proper
//     adjective names a people or place, not a state of the object;
//   - a name hung on the common noun right before it as a nominal modifier without a case marker
//     ("leads the opposition Velmar Party") heads the phrase, the noun modifying it: UD marks
//     every nmod with a case marker;
//   - an age set off by commas after a name ("X, 54, a former banker, was elected") leads the
//     parser to take the apposition after it for the verb's subject and the verb for a
//     parenthetical of the name: the apposition is the name's and the name the verb's subject;
//     a finite verb right after such an age that the parser hung on the name ("X, 54, heads
//     the Y Party") is the main verb and the name its subject;
//   - an adjective after a name that is a verb's object ("held Latvia responsible") is the verb's
//     predicate of it: English adjectives come before the nouns they modify, and names take none
//     after them;
//   - a second subject of one verb, after a preposition the parser made a clause marker right
//     after the first ("X's meeting with Y lasted", "X's support for Y surprised"), is a
//     prepositional modifier of the first: a clause has one subject;
//   - a relative clause without a relative word hung on a name ("said on Sunday it had
//     captured X") is the complement of the verb the name depends on: names take no bare
//     relative clauses;
//   - a name right before an amount that the parser made a compound of the amount's noun ("fined
//     Kestrel Bank 2 million euros") is the verb's indirect object: numbers come before a noun's
//     compound modifiers, never after them;
//   - a name the parser coordinated with a common noun in apposition to another name ("X, the
//     Estonian prime minister, and Y, her counterpart, signed") is coordinated with that name;
//   - a sentence that ends in a comma, a noun phrase and a verb without object ("Latvia attacked
//     Narva, Estonian media reported.") ends in a reporting clause: the verb is in parataxis
//     with the main clause and the noun phrase its subject;
//   - a name right after a verb without an object, which the parser made a compound of a noun
//     after a comma ("attacked Narva, officials said"), is the verb's object: a compound never
//     spans a comma;
//   - a name right after a finite or auxiliated active verb without an object, which the parser
//     made the verb's predicative complement ("said X had threatened Y"), is its object: only
//     passives and reduced relatives ("a group called Y") take a bare name as predicate;
//   - a possessive pronoun right after a verb and before a preposition, which the parser made
//     the possessor of the preposition's noun ("accused her of fraud"), is the verb's object: a
//     possessive comes after the preposition of its noun, never before;
//   - a name before "and" or "or" that the parser made a compound of a singular name after it
//     ("captured Torrin and Port Alder") is coordinated with that name: a singular proper noun
//     names one thing, so two names cannot both modify it (unless a determiner or possessor
//     before them makes them one body's name: "the Bill and Ada Lenz Foundation");
//   - a preposition made an apposition ("met on Monday with X", "with" hung on "Monday") is the
//     case marker of its noun, which stands beside the noun the preposition hung on, and so is
//     one made a modifier with its noun as object ("held talks with X", "with" on "talks", X its
//     object; X then modifies "talks"): a preposition heads no phrase in UD;
//   - a common noun right before a name, both subjects of one verb ("Tarvel Parliament Speaker
//     X resigned"), is the name's title: a clause has one subject;
//   - a verb in a tense that the parser coordinated with an infinitive ("asked the council to
//     wait and met with X") is coordinated with the finite verb above the infinitive:
//     only verbs of one form coordinate, and an infinitive is untensed;
//   - a dependent hung on a word inside a name ("Maria Elena Lopez and Ana Ruiz were arrested",
//     "Ana" a conjunct of "Lopez") depends on the name's head: a flat name's words take no
//     dependents of their own in UD;
//   - a name the parser made the possessor of a verb's object without a possessive marker
//     ("met Greta Hallow last spring", "offered Ivo Lenz a deal") is the verb's object before a
//     time phrase ("last", "next", "this", "every") and its indirect object before another
//     object, and before a prepositional phrase ("charged businessman X with fraud") its object:
//     a proper noun possesses only with 's;
//   - a clause complement whose subject comes right after a verb without object and is set off
//     from the clause by a lone comma ("founded the Y Army, was arrested") is that verb's
//     object, and the clause a conjunct: a lone comma never parts a subject from its verb;
//   - a noun possessed by "whose" that the parser set in apposition to a name, the name the
//     subject of the verb after it ("X, whose father, Y, founded Z, was arrested"), is that
//     verb's subject, the verb a relative clause of the name, and a verb conjoined after it
//     without a conjunction the name's own: "whose" opens a relative clause;
//   - a name with a determiner right after an active verb without object, read as a bare noun
//     adverbial ("told the Halbrook Times", obl:unmarked), is its object: adverbials of time
//     and measure ("Monday", "last year") are no names with "the";
//   - a name after "by" read as the subject of a to-infinitive after a passive verb ("was named
//     by X to lead the inquiry") is the passive's agent: a to-infinitive takes a subject only
//     after "for";
//   - an agent without "by" after its verb ("police killed suspected robber X", the verb read as
//     a participle) is the verb's object: only "by" marks an agent;
//   - a finite verb without subject or marker that the parser hung on a noun it made the root
//     ("Special envoy X, representing Y, arrived in Juba") is the root, the noun its subject:
//     a finite clause has a subject, and a sentence with a finite verb is no noun phrase.
// Heads are 0-based token indices (-1 for the root); relation names view the tokens' strings or
// static literals, so the tokens must outlive the result.
#pragma once

#include <string_view>
#include <vector>

#include "kg/syntax/analyzer.h"

namespace kg {

struct RepairedArcs {
  std::vector<int> heads;
  std::vector<std::string_view> deprels;
};

RepairedArcs RepairArcs(const std::vector<syntax::Token>& tokens);

}  // namespace kg
