// Vocabulary: the English word lists the extraction rules read, one list per concept.
//
// Each list is a file under data/lexicon/words/ (see data/lexicon/README.md for every list and
// the code that reads it), loaded once by Extractor::Create and passed by const reference to the
// rules that need it. A list that cannot be read fails the load with a Status naming its file;
// no rule ever sees an empty list for want of its file.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kg/status.h"
#include "word_list.h"

namespace kg {

struct Vocabulary {
  // Names: titles, roles, calendar words (names/titles).
  WordList titles;
  WordList plural_titles;
  WordList unmarked_plurals;
  WordList role_leaders;
  WordList role_members;
  WordList role_advisers;
  WordList role_envoys;
  WordList role_relatives;
  WordList role_workers;
  WordList role_counsels;
  WordList role_presiding;
  WordList general_offices;  // "Secretary General"
  WordList role_units;  // parts of organisations, read by relations/role_frames
  WordList chief_role_words;
  WordList opposing_role_words;  // roles read by relations/static_relations
  WordList deputy_words;         // likewise
  WordList months;               // in calendar order
  WordList weekdays;             // Sunday first
  WordList calendar_abbreviations;
  WordList time_zones;
  // Names: the words inside a name that say what it names (names/head_words).
  WordList organisation_head_words;
  WordList business_head_words;
  WordList state_suffixes;        // "Kano State"
  WordList company_descriptions;  // "the carmaker"
  WordList company_heads;
  WordList group_descriptions;  // "the group"
  WordList group_heads;
  WordList backing_participles;  // "Iran-backed"
  WordList leading_participles;  // "Saudi-led"
  WordList company_forms;
  WordList place_head_words;
  WordList state_head_words;
  WordList region_words;
  WordList inner_name_particles;
  WordList opening_name_particles;
  // Places: nouns for a kind of place, around a name (names/mention_context) and as a relation
  // argument (relations/argument_resolver, place_relations).
  WordList place_nouns;
  // Names: the words around a name (names/mention_context, mention_finder, web_text_names).
  WordList personal_pronouns;
  WordList occupations;
  WordList greetings;
  WordList address_words;
  WordList capture_verbs;
  WordList person_subject_verbs;
  WordList heads_after_adjective;
  WordList heads_after_title;
  WordList heads_taking_of;
  WordList function_words;
  WordList contact_labels;
  // Names: linking and resolving (names/entity_linker, name_knowledge).
  WordList surname_prefixes;
  WordList storm_words;
  WordList armed_services;
  // WordNet's class names (names/gazetteer).
  WordList governed_place_classes;
  WordList country_classes;
  WordList celestial_classes;
  // Relations: modality (relations/modality).
  WordList negations;
  WordList future_auxiliaries;
  WordList possibility_auxiliaries;
  WordList attempt_verbs;
  WordList implicative_verbs;
  WordList plan_verbs;
  WordList plan_adjectives;
  WordList pending_adverbs;
  WordList claim_verbs;
  WordList speech_verbs;
  WordList negative_implicative_verbs;
  WordList ending_verbs;
  WordList deferring_verbs;
  WordList claim_adverbs;
  WordList claim_nouns;
  WordList report_adverbs;
  // What no entity is named by (entity_cleanup): amounts' currency signs, section labels,
  // sentence adverbs, and titles beyond `titles` that never stay in a person's name.
  WordList currency_markers;
  WordList section_labels;
  WordList sentence_adverbs;
  WordList leading_titles;
  // Relations: arguments and static relations.
  WordList holding_verbs;
  WordList local_groups;
  WordList installation_nouns;
  WordList partitive_words;
  WordList support_verbs;
  WordList distributive_words;
  WordList first_person_pronouns;
  WordList responsibility_claims;
  WordList conduct_nouns;
  WordList classifier_nouns;
  WordList message_nouns;
  WordList target_nouns;
  WordList object_control_verbs;
  WordList appointment_verbs;
  // The groups that act for a place ("Russian troops": military), by agent; the agent is the
  // name of the group's file under group_agents/, whose words come first, then those
  // group_agents/phoenix.tsv gives it.
  std::vector<std::pair<std::string, WordList>> group_agents;

  // Every list under `words_dir` (data/lexicon/words), or the error of the first list that
  // cannot be read.
  static Result<Vocabulary> Load(const std::string& words_dir);
};

}  // namespace kg
