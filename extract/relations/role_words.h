// RoleWords: the static relation a run of role words implies between a person and an entity.
//
// The words in [first, last] of a sentence name a role ("President", "deputy health minister",
// "Chief Executive", "spokesman"); the first word with a role kind (titles.h RoleOf) decides,
// a deputy word ("Vice", "deputy") or a unit's noun before the role ("police chief") makes a
// leader a member, "Secretary General" leads, and an
// opposing word ("opposition", "rebel") says nothing about the state it is named with. The relation
// then depends on the other entity's type: a leader or member of a state or organisation, an
// adviser of a person (of a state or organisation: a member), an envoy of a person or state, a
// relative of a person. "" when the words imply nothing for that type. An organisation named by
// an adjective at `other_token` ("Republican Governor P") is the person's party or employer, not
// where the role is held: member_of, whatever the role.
#pragma once

#include <string>

#include "kg/extraction.h"
#include "relations/dependency_tree.h"
#include "vocabulary.h"

namespace kg {

std::string RoleRelation(const Vocabulary& words, const DependencyTree& tree, int first, int last,
                         EntityType other, int other_token);

// Whether an entity of `type` can hold or give a role as a body: a state or organisation.
bool IsActor(EntityType type);

// Whether the word at `i` names a role by itself ("spokesman", "Minister", "envoys").
bool IsRoleNoun(const Vocabulary& words, const DependencyTree& tree, int i);

}  // namespace kg
