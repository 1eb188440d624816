#include "vocabulary.h"

#include <algorithm>
#include <fstream>

namespace kg {
namespace {

struct ListFile {
  WordList Vocabulary::*list;
  const char* file;  // under the words folder
};

constexpr ListFile kListFiles[] = {
    {&Vocabulary::titles, "titles.txt"},
    {&Vocabulary::plural_titles, "plural_titles.txt"},
    {&Vocabulary::unmarked_plurals, "unmarked_plurals.txt"},
    {&Vocabulary::role_leaders, "roles/leaders.txt"},
    {&Vocabulary::role_members, "roles/members.txt"},
    {&Vocabulary::role_advisers, "roles/advisers.txt"},
    {&Vocabulary::role_envoys, "roles/envoys.txt"},
    {&Vocabulary::role_relatives, "roles/relatives.txt"},
    {&Vocabulary::role_workers, "roles/workers.txt"},
    {&Vocabulary::role_counsels, "roles/counsels.txt"},
    {&Vocabulary::role_presiding, "roles/presiding.txt"},
    {&Vocabulary::general_offices, "roles/general_offices.txt"},
    {&Vocabulary::role_units, "roles/units.txt"},
    {&Vocabulary::chief_role_words, "roles/chief_words.txt"},
    {&Vocabulary::opposing_role_words, "roles/opposing_words.txt"},
    {&Vocabulary::deputy_words, "roles/deputy_words.txt"},
    {&Vocabulary::months, "months.txt"},
    {&Vocabulary::weekdays, "weekdays.txt"},
    {&Vocabulary::calendar_abbreviations, "calendar_abbreviations.txt"},
    {&Vocabulary::time_zones, "time_zones.txt"},
    {&Vocabulary::organisation_head_words, "head_words/organisation.txt"},
    {&Vocabulary::business_head_words, "head_words/business.txt"},
    {&Vocabulary::state_suffixes, "head_words/state_suffixes.txt"},
    {&Vocabulary::company_descriptions, "descriptions/company_nouns.txt"},
    {&Vocabulary::company_heads, "descriptions/company_heads.txt"},
    {&Vocabulary::group_descriptions, "descriptions/group_nouns.txt"},
    {&Vocabulary::group_heads, "descriptions/group_heads.txt"},
    {&Vocabulary::backing_participles, "hyphen_participles/backing.txt"},
    {&Vocabulary::leading_participles, "hyphen_participles/leading.txt"},
    {&Vocabulary::company_forms, "head_words/company_forms.txt"},
    {&Vocabulary::place_head_words, "head_words/place.txt"},
    {&Vocabulary::state_head_words, "head_words/state.txt"},
    {&Vocabulary::region_words, "head_words/region.txt"},
    {&Vocabulary::inner_name_particles, "name_particles/inner.txt"},
    {&Vocabulary::opening_name_particles, "name_particles/opening.txt"},
    {&Vocabulary::place_nouns, "place_nouns.txt"},
    {&Vocabulary::personal_pronouns, "personal_pronouns.txt"},
    {&Vocabulary::occupations, "occupations.txt"},
    {&Vocabulary::greetings, "greetings.txt"},
    {&Vocabulary::address_words, "address_words.txt"},
    {&Vocabulary::capture_verbs, "capture_verbs.txt"},
    {&Vocabulary::person_subject_verbs, "person_subject_verbs.txt"},
    {&Vocabulary::heads_after_adjective, "name_heads/after_adjective.txt"},
    {&Vocabulary::heads_after_title, "name_heads/after_title.txt"},
    {&Vocabulary::heads_taking_of, "name_heads/of_phrase.txt"},
    {&Vocabulary::function_words, "function_words.txt"},
    {&Vocabulary::contact_labels, "contact_labels.txt"},
    {&Vocabulary::surname_prefixes, "surname_prefixes.txt"},
    {&Vocabulary::storm_words, "storm_words.txt"},
    {&Vocabulary::armed_services, "armed_services.txt"},
    {&Vocabulary::governed_place_classes, "place_classes/governed.txt"},
    {&Vocabulary::country_classes, "place_classes/country.txt"},
    {&Vocabulary::celestial_classes, "place_classes/celestial.txt"},
    {&Vocabulary::negations, "modality/negations.txt"},
    {&Vocabulary::future_auxiliaries, "modality/future_auxiliaries.txt"},
    {&Vocabulary::possibility_auxiliaries, "modality/possibility_auxiliaries.txt"},
    {&Vocabulary::attempt_verbs, "modality/attempt_verbs.txt"},
    {&Vocabulary::implicative_verbs, "modality/implicative_verbs.txt"},
    {&Vocabulary::plan_verbs, "modality/plan_verbs.txt"},
    {&Vocabulary::plan_adjectives, "modality/plan_adjectives.txt"},
    {&Vocabulary::pending_adverbs, "modality/pending_adverbs.txt"},
    {&Vocabulary::claim_verbs, "modality/claim_verbs.txt"},
    {&Vocabulary::speech_verbs, "modality/speech_verbs.txt"},
    {&Vocabulary::negative_implicative_verbs, "modality/negative_implicative_verbs.txt"},
    {&Vocabulary::ending_verbs, "modality/ending_verbs.txt"},
    {&Vocabulary::deferring_verbs, "modality/deferring_verbs.txt"},
    {&Vocabulary::claim_adverbs, "modality/claim_adverbs.txt"},
    {&Vocabulary::claim_nouns, "modality/claim_nouns.txt"},
    {&Vocabulary::report_adverbs, "modality/report_adverbs.txt"},
    {&Vocabulary::holding_verbs, "holding_verbs.txt"},
    {&Vocabulary::local_groups, "local_groups.txt"},
    {&Vocabulary::installation_nouns, "installation_nouns.txt"},
    {&Vocabulary::partitive_words, "partitive_words.txt"},
    {&Vocabulary::support_verbs, "support_verbs.txt"},
    {&Vocabulary::distributive_words, "distributive_words.txt"},
    {&Vocabulary::first_person_pronouns, "first_person_pronouns.txt"},
    {&Vocabulary::responsibility_claims, "responsibility_claims.txt"},
    {&Vocabulary::conduct_nouns, "conduct_nouns.txt"},
    {&Vocabulary::classifier_nouns, "classifier_nouns.txt"},
    {&Vocabulary::message_nouns, "message_nouns.txt"},
    {&Vocabulary::target_nouns, "target_nouns.txt"},
    {&Vocabulary::object_control_verbs, "object_control_verbs.txt"},
    {&Vocabulary::appointment_verbs, "appointment_verbs.txt"},
    {&Vocabulary::currency_markers, "junk_names/currency_markers.txt"},
    {&Vocabulary::section_labels, "junk_names/section_labels.txt"},
    {&Vocabulary::sentence_adverbs, "junk_names/sentence_adverbs.txt"},
    {&Vocabulary::leading_titles, "junk_names/leading_titles.txt"},
};

// The agents a group may act as, each the name of its file under group_agents/. They are values
// of a fact's "agent" qualifier (docs/relations.md), not vocabulary.
constexpr const char* kGroupAgents[] = {"government", "officials",   "military",    "police",
                                        "delegation", "prosecutors", "legislature", "members",
                                        "judiciary",  "intelligence"};

// The group nouns of `path`, a line "word<TAB>agent" each ('#' opens a comment), added to their
// agent's list: group_agents/phoenix.tsv, converted from the Phoenix agents dictionary by
// scripts/phoenix_to_actors.py --agents.
Status AddAgentTable(const std::string& path,
                     std::vector<std::pair<std::string, WordList>>* group_agents) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read agent table " + path);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string agent = tab == std::string::npos ? "" : line.substr(tab + 1);
    const auto list = std::find_if(group_agents->begin(), group_agents->end(),
                                   [&](const auto& entry) { return entry.first == agent; });
    if (tab == 0 || list == group_agents->end()) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) +
                                     ": expected a word, a tab and an agent (a file name under "
                                     "group_agents/)");
    }
    list->second.Add(line.substr(0, tab));
  }
  if (in.bad()) return Status::IOError("cannot read agent table " + path);
  return Status::Ok();
}

}  // namespace

Result<Vocabulary> Vocabulary::Load(const std::string& words_dir) {
  Vocabulary vocabulary;
  for (const ListFile& list_file : kListFiles) {
    Result<WordList> list = WordList::LoadFile(words_dir + "/" + list_file.file);
    if (!list.ok()) return list.status();
    vocabulary.*list_file.list = std::move(list).value();
  }
  for (const char* agent : kGroupAgents) {
    Result<WordList> list =
        WordList::LoadFile(words_dir + "/group_agents/" + std::string(agent) + ".txt");
    if (!list.ok()) return list.status();
    vocabulary.group_agents.emplace_back(agent, std::move(list).value());
  }
  if (Status status =
          AddAgentTable(words_dir + "/group_agents/phoenix.tsv", &vocabulary.group_agents);
      !status.ok()) {
    return status;
  }
  // The date resolver reads a month's number and a weekday's from their lines.
  if (vocabulary.months.size() != 12)
    return Status::InvalidArgument(words_dir + "/months.txt must list the 12 months in order");
  if (vocabulary.weekdays.size() != 7)
    return Status::InvalidArgument(words_dir + "/weekdays.txt must list the 7 days from Sunday");
  return vocabulary;
}

}  // namespace kg
