// RelationMatcher: relation triggers and their arguments in one sentence's dependency tree.
//
// For every token whose lemma and part of speech trigger a frame of the lexicon, finds the
// subject and object through the frame's roles: the active subject or a passive's by-agent
// ("nsubj"), the direct object or a passive's subject ("obj"), prepositional dependents by their
// preposition, possessors. The object roles of a "via" frame are looked up on the via noun and
// on the verb ("launched strikes on Kyiv"); the via noun is the verb's object, or the noun a
// passive verb modifies ("a deal signed by X and Y", "the deal, which was signed by X and Y").
// A verb without a subject of its own takes it from
// the clause it depends on: controlled verbs ("attempting to take"), coordinated verbs,
// participial clauses ("after meeting officials"; a passive main clause gives its surface
// subject), relative clauses (the modified noun), and participles modifying a message noun (its
// author: "posted a message blaming Iran"). A predicate noun takes the copula's subject ("X is a
// critic of Y"), a noun in apposition its head ("X, a critic of Y"); coordinated subjects of a
// reciprocal relation without an object are each other's arguments ("Trump and Erdogan spoke"),
// unless a distributive word says they acted each alone ("both spoke", "spoke separately").
// A nominal trigger attached to a clause without a possessor takes the clause's subject when it
// is the subject's own event: a joint one ("after a meeting with Witkoff, Ushakov said"), a
// description ("X was more of a critic of Y"), its time ("during a trip to Y") or manner ("in
// support of Y"); not a topic ("spoke about the attack on Y"), and an event noun a support verb
// takes as object the verb's subject ("X carried out an attack on Y", "X claimed responsibility for
// the attack on Y"; support_verbs, responsibility_claims). Coordinated arguments give one match
// each ("Witkoff and Kushner arrived in Moscow"). "between X and Y" gives X and Y as the two
// arguments. An event noun after "under" befalls the clause's subject, and its of-, by- or
// from-phrase is the actor ("X is under the control of Y", "X came under attack from Y"), and one
// after a target noun befalls that noun's subject or the name it is in apposition to ("X was the
// target of Y's attack", "X, the victim of an attack by Y").
// A token triggers one frame, the first in lexicon order that finds its arguments, where a frame
// naming the verb's object noun ("via": "dismissed X's plan") outranks the bare verb's
// ("dismissed X"). Message nouns and object-control verbs are the lists of data/lexicon/words/.
#pragma once

#include <vector>

#include "relations/argument_resolver.h"
#include "relations/dependency_tree.h"
#include "relations/relation_lexicon.h"
#include "vocabulary.h"

namespace kg {

struct RelationMatch {
  const TriggerFrame* frame = nullptr;
  int trigger = 0;  // the trigger token
  Argument subject;
  Argument object;
  int via = -1;  // the object noun a "via" frame matched ("reached no deal with"), or -1
};

std::vector<RelationMatch> MatchRelations(const Vocabulary& words, const DependencyTree& tree,
                                          const RelationLexicon& lexicon,
                                          const ArgumentResolver& arguments,
                                          const std::vector<Entity>& entities);

}  // namespace kg
