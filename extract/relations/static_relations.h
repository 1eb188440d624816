// Static relations: who someone is, read from titles, roles and appositions.
//
//   "Ukrainian President Volodymyr Zelenskyy"  leader_of(Zelenskyy, Ukraine)
//   "U.S. Secretary of State Marco Rubio"      member_of(Rubio, United States)
//   "Kremlin spokesperson Dmitry Peskov"        member_of(Peskov, Kremlin)
//   "Trump envoy Steve Witkoff"                 envoy_of(Witkoff, Trump)
//   "Trump's son-in-law Jared Kushner"          relative_of(Kushner, Trump)
//   "Peskov, the spokesman of the Kremlin"      member_of(Peskov, Kremlin)
//   "Merkel's spokesperson, Steffen Seibert"    adviser_of(Seibert, Merkel)
//   "Presidents Amara Keita of Mali"            leader_of(Keita, Mali)
//   "Varga accompanied by advisers Paul Mensah and Omar Haddad"
//                                               adviser_of(Mensah, Varga), adviser_of(Haddad,
//                                               ...)
// Names coordinated after a matched one share its role ("Trump envoys Witkoff and Kushner").
// A role word between two mentions (with an optional possessive) or an apposition with a role
// noun and an "of" or possessive dependent relates the person to the entity. Advisers of a state
// or organisation are its members. Role, title and appointment words are lists of
// data/lexicon/words/ (roles/, titles.txt, appointment_verbs.txt); a deputy's role makes a
// member, an opposing one ("opposition leader") no relation.
#pragma once

#include <string>
#include <vector>

#include "kg/extraction.h"
#include "names/mention_finder.h"
#include "relations/dependency_tree.h"
#include "vocabulary.h"

namespace kg {

struct StaticMatch {
  std::string relation;
  std::uint32_t person = 0;  // entity indices
  std::uint32_t other = 0;
  int role_first = 0;  // token range of the role words
  int role_last = 0;
};

// `entity_of_mention[k]` is the entity of `mentions[k]`; `entity_of_token` maps tokens likewise.
std::vector<StaticMatch> FindStaticRelations(const Vocabulary& words, const DependencyTree& tree,
                                             const std::vector<TokenMention>& mentions,
                                             const std::vector<std::uint32_t>& entity_of_mention,
                                             const std::vector<int>& entity_of_token,
                                             const std::vector<Entity>& entities);

}  // namespace kg
