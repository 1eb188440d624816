// Role frames: the roles a sentence's dependency tree gives people, whatever the word order.
//
// A role noun ("spokesman", "mayor", "members", "Minister") takes its holder and the entity it
// is held in from the tree:
//   holder   "P, a spokesman for Y"          the role is an apposition of the person
//            "the president of Y, P"         the person is an apposition of the role
//            "P is the chairman of Y"        a predicate noun takes the copula's subject
//            "P became / was named mayor of Y", "P served as envoy to Y", "P was named Y's
//                                            ambassador" (a passive verb's "object")
//                                            a predicative complement describes the subject,
//                                            or the object when the verb has one ("named P
//                                            its coach")
//            "P, the Prime Minister of Y, arrived"
//                                            an apposition the parser read as a second subject
//                                            or, after a fronted adverbial ("On Friday, P, the
//                                            Prime Minister of Y, signed"), as a list
//   entity   "of Y", "for Y", "at Y", "to Y" a prepositional dependent of the role, also
//                                            through a place noun ("mayor of the city of Y")
//            "Y's spokesman", "a Y spokesman", "the Polish president"
//                                            a possessor, compound or adjective naming it
//            "Y appointed P as chief executive", "P was named ambassador by Y"
//                                            with none of those, the state or organisation
//                                            an appointment verb's subject or agent names
// A person's name with an of-phrase naming an organisation is a member of it ("Martin Smith of
// PBS"), with "of" as the evidence's trigger, and so is one right after an organisation's
// adjective ("Republican Jonas Tervo").
// A unit noun (data/lexicon/words/roles/units.txt: "subsidiary", "wing", "agency") is held the
// same ways by an organisation, which is a member of the organisation or state it is part of
// ("X, a subsidiary of Y", "Y's armed wing, X", "X, a US government agency").
// A role predicated of its holder and denied ("X is not a member of Y", "was never named
// ambassador") gives nothing.
// Coordinated holders and entities each get the role when the role is predicated of them or
// plural ("P1 and P2 are members of Y", "advisers P1 and P2", "P1 and P2, both members of Y").
#pragma once

#include <vector>

#include "relations/dependency_tree.h"
#include "relations/static_relations.h"

namespace kg {

std::vector<StaticMatch> FindRoleFrames(const Vocabulary& words, const DependencyTree& tree,
                                        const std::vector<int>& entity_of_token,
                                        const std::vector<Entity>& entities);

}  // namespace kg
