#include "names/entity_linker.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "kg/edit_distance.h"
#include "names/head_words.h"

namespace kg {
namespace {

std::string_view LastWord(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

std::vector<std::string_view> WordsOf(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start <= name.size();) {
    std::size_t space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    words.push_back(name.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

// Whether a one-word name has a capital after a lower-case letter, as brands and companies do
// ("NiMo", "WashPost"), other than after a surname prefix ("McDonald", "DeSantis", "LeBron").
bool IsCamelCase(const Vocabulary& vocabulary, std::string_view word) {
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (!(word[i] >= 'A' && word[i] <= 'Z') || !(word[i - 1] >= 'a' && word[i - 1] <= 'z'))
      continue;
    const std::string_view before = word.substr(0, i);
    if (!vocabulary.surname_prefixes.Contains(before)) return true;
  }
  return false;
}

// The type of a name nothing else types. One opening with a common first name, or linked to a
// longer personal name, is a person's. A compass or size word before one other word makes a
// part of a state ("East Jerusalem", "Greater Noida": GPE). A multi-word name holding a known
// organisation's name is an organisation ("CNN Philippines"); one holding a known place is a
// place ("Florida Keys", "Hyatt Regency Houston": LOC); one made of common words only, or of
// three or more words all common after the first and none a given name, names a business or
// body ("Home Depot", "Ashdown Horse Transport": ORG); other multi-word names are people's
// ("Sadiq Khan"). A one-word name in camel case is a company's ("NiMo"), other one-word names
// are places with a government unless the words around their mentions (`context`) make
// another type likelier.
EntityType GuessType(std::string_view name, bool linked_to_longer_name,
                     const std::optional<NameTypeModel::Scores>& context,
                     const NameKnowledge& knowledge) {
  const std::vector<std::string_view> words = WordsOf(name);
  if (linked_to_longer_name || knowledge.IsGivenName(words.front())) return EntityType::kPerson;
  if (words.size() == 1) {
    if (IsCamelCase(knowledge.words(), name)) return EntityType::kOrg;
    if (!context) return EntityType::kGpe;
    return knowledge.name_types().MostLikely(*context).value_or(EntityType::kGpe);
  }
  if (words.size() == 2 && IsRegionWord(knowledge.words(), words[0]))
    return EntityType::kGpe;  // "Greater Noida"
  // A common word, also in the plural ("Keys", "Fabrics").
  auto common = [&](std::string_view word) {
    return knowledge.IsCommonWord(word) ||
           (word.size() > 3 && word.ends_with('s') &&
            knowledge.IsCommonWord(word.substr(0, word.size() - 1)));
  };
  // "Hunter Biden", "Lincoln Chafee": a first word that names a place, before a word that is
  // no common word, is a first name.
  const bool first_may_be_first_name = words.size() == 2 && !common(words[1]);
  bool holds_place = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::optional<EntityType> type = knowledge.Resolve(words[i]).type;
    if (type == EntityType::kOrg) return EntityType::kOrg;  // "CNN Philippines"
    const bool place_word = type == EntityType::kGpe || type == EntityType::kLoc;
    if (place_word && !IsRegionWord(knowledge.words(), words[i]) &&
        !(i == 0 && first_may_be_first_name))
      holds_place = true;
  }
  if (holds_place) return EntityType::kLoc;
  const bool common_after_first = std::all_of(words.begin() + 1, words.end(), common);
  const bool organisation =
      common_after_first &&
      (common(words.front()) ||
       (words.size() >= 3 && std::none_of(words.begin(), words.end(), [&](std::string_view word) {
          return knowledge.IsGivenName(word);
        })));
  return organisation ? EntityType::kOrg : EntityType::kPerson;
}

// Web and e-mail addresses and file names: "Goldstar.com", "jo@example.org", "Outlook.jpg".
bool IsAddressOrFileName(std::string_view form) {
  if (form.find('@') != std::string_view::npos || form.find("://") != std::string_view::npos ||
      form.starts_with("www.")) {
    return true;
  }
  for (std::size_t i = 1; i + 1 < form.size(); ++i) {
    const bool letter_after =
        (form[i + 1] >= 'a' && form[i + 1] <= 'z') || (form[i + 1] >= 'A' && form[i + 1] <= 'Z');
    if (form[i] == '.' && form[i - 1] >= 'a' && form[i - 1] <= 'z' && letter_after) return true;
  }
  return false;
}

// "Lenhart, Matthew" (an address book's display name) in the usual order, "Matthew Lenhart"; an
// empty string for other names ("Google, Inc." among them).
std::string GivenNameFirst(const Vocabulary& vocabulary, std::string_view name) {
  const std::size_t comma = name.find(", ");
  if (comma == std::string_view::npos || comma == 0) return {};
  const std::string_view surname = name.substr(0, comma);
  const std::string_view given = name.substr(comma + 2);
  if (given.empty() || IsCompanyForm(vocabulary, given) ||
      surname.find(' ') != std::string_view::npos || given.find(' ') != std::string_view::npos) {
    return {};
  }
  return std::string(given) + " " + std::string(surname);
}

// "Google, Inc." without its company form ("Google"), or an empty view for other names.
std::string_view WithoutCompanyForm(const Vocabulary& vocabulary, std::string_view name) {
  const std::size_t comma = name.rfind(", ");
  if (comma == std::string_view::npos || comma == 0 ||
      !IsCompanyForm(vocabulary, name.substr(comma + 2)))
    return {};
  return name.substr(0, comma);
}

// A storm is an event, not an entity: "Hurricane Katrina", "Typhoon Haiyan". Returns the storm's
// own name ("Katrina"), or an empty view for other names.
std::string_view StormName(const Vocabulary& vocabulary, std::string_view name) {
  for (std::string_view storm : vocabulary.storm_words.words()) {
    // The storm word and a space before the storm's own name.
    if (name.size() > storm.size() + 1 && name.starts_with(storm) && name[storm.size()] == ' ')
      return name.substr(storm.size() + 1);
  }
  return {};
}

// The form under which a surname is matched: without a leading lower-case particle ("al-Assad"
// -> "Assad") and without accents ("Erdoğan" -> "Erdogan"), so that the spellings of one article
// meet.
std::string SurnameKey(std::string_view word) {
  const std::size_t hyphen = word.find('-');
  if (hyphen != std::string_view::npos && hyphen <= 3 && word.front() >= 'a' &&
      word.front() <= 'z' && hyphen + 1 < word.size()) {
    word.remove_prefix(hyphen + 1);
  }
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t size =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &folded,
                   static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
  if (size < 0) return std::string(word);
  std::string key(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(size));
  std::free(folded);
  return key;
}

// "Eastern Mediterranean" and "East Mediterranean" are one place: the key of a name with its
// opening compass word shortened.
std::string CompassKey(const Vocabulary& vocabulary, std::string_view name) {
  // The long forms are the region words that end in "ern" after another region word ("Eastern",
  // "East").
  for (std::string_view long_form : vocabulary.region_words.words()) {
    if (!long_form.ends_with("ern") || name.size() <= long_form.size() ||
        !name.starts_with(long_form) || name[long_form.size()] != ' ')
      continue;
    const std::string_view short_form = long_form.substr(0, long_form.size() - 3);
    if (vocabulary.region_words.Contains(short_form))
      return std::string(short_form) + std::string(name.substr(long_form.size()));
  }
  return std::string(name);
}

// Whether `word` is an initial such as "R." or "R".
bool IsInitial(std::string_view word) {
  return (word.size() == 2 && word[1] == '.' && word[0] >= 'A' && word[0] <= 'Z') ||
         (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z');
}

// "John R. Bolton" without its middle initials: "John Bolton"; other names unchanged.
std::string WithoutMiddleInitials(std::string_view name) {
  const std::vector<std::string_view> words = WordsOf(name);
  std::string result;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && i + 1 < words.size() && IsInitial(words[i])) continue;
    if (!result.empty()) result += ' ';
    result += words[i];
  }
  return result;
}

// Whether the last words of `longer` are the words of `name`: "Rocky De La Fuente", "La Fuente".
bool EndsWithName(std::string_view longer, std::string_view name) {
  return longer.size() > name.size() && longer.ends_with(name) &&
         longer[longer.size() - name.size() - 1] == ' ';
}

// Whether `longer`, a name ending with the several words of `name`, is one person's fuller name:
// one of the two opens with a given name ("Pedro R. Pierluisi Urrutia", "Mohammad
// Mir-Mohammadi") or `name` with a particle ("De La Fuente", "van Biljon"), and the words before
// `name` are given names, initials or words no dictionary knows ("Seyed"), not common words,
// known names or acronyms ("Roman Catholic Bishop X", "NPR Hamza bin Laden", "Nobel Peace
// Prize").
bool IsLongerPersonalName(std::string_view longer, std::string_view name,
                          const NameKnowledge& knowledge) {
  const std::vector<std::string_view> words = WordsOf(name);
  const std::vector<std::string_view> before =
      WordsOf(longer.substr(0, longer.size() - name.size() - 1));
  std::string particle(words.front());
  particle[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(particle[0])));
  if (!knowledge.IsGivenName(words.front()) && !knowledge.IsGivenName(before.front()) &&
      !IsNameParticle(knowledge.words(), particle)) {
    return false;
  }
  return std::all_of(before.begin(), before.end(), [&](std::string_view word) {
    if (IsInitial(word) || knowledge.IsGivenName(word)) return true;
    const ResolvedName known = knowledge.Resolve(word);
    return !known.type && !known.demonym && !IsAcronym(word) && !knowledge.IsCommonWord(word);
  });
}

// "Greater Noida" and "East Accra" are no people's names, nor are names with a head word
// ("Medical University of Gdańsk") unless a type says so.
bool MayBePerson(const Vocabulary& vocabulary, const ResolvedName& name) {
  if (name.demonym || (name.type && name.type != EntityType::kPerson)) return false;
  const std::size_t space = name.name.find(' ');
  if (space == std::string::npos || name.type) return true;
  return !IsRegionWord(vocabulary, name.name.substr(0, space)) &&
         !HasHeadWord(vocabulary, name.name);
}

EntityType MostVoted(const std::map<EntityType, int>& votes) {
  return std::max_element(votes.begin(), votes.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

bool IsOneWord(std::string_view name) {
  return name.find(' ') == std::string_view::npos;
}

// One document's name mentions on their way to entities. The passes run in the order Run()
// calls them: first each distinct surface name is resolved on its own, then names are joined
// with the longer or other forms the document uses for the same entity, then what is no name
// after all is left out, and last the entities are built and typed.
class EntityLinking {
 public:
  EntityLinking(const std::vector<NameMention>& mentions, const NameKnowledge& knowledge)
      : mentions_(mentions), knowledge_(knowledge) {}

  std::vector<Entity> Run(std::vector<std::uint32_t>* entity_of_mention) {
    ResolveSurfaceNames();
    PreferDocumentNames();
    JoinShortOrganisationNames();
    DropMiddleInitials();
    JoinEndsOfPersonalNames();
    JoinSurnames();
    JoinCompassForms();
    JoinFirstNames();
    CollectNameEvidence();
    BuildEntities(entity_of_mention);
    TypeEntities(*entity_of_mention);
    LendCoordinatedTypes(*entity_of_mention);
    return std::move(entities_);
  }

 private:
  void ResolveSurfaceNames();
  void PreferDocumentNames();
  void JoinShortOrganisationNames();
  void DropMiddleInitials();
  void JoinEndsOfPersonalNames();
  void JoinSurnames();
  void JoinCompassForms();
  void JoinFirstNames();
  void CollectNameEvidence();
  bool IsCommonWord(std::string_view surface, const ResolvedName& name) const;
  bool IsKindNoun(const NameMention& mention, const ResolvedName& name) const;
  bool IsShoutedWord(std::string_view surface, const ResolvedName& name) const;
  bool IsNoName(const NameMention& mention, const ResolvedName& name) const;
  void BuildEntities(std::vector<std::uint32_t>* entity_of_mention);
  void TypeEntities(const std::vector<std::uint32_t>& entity_of_mention);
  void LendCoordinatedTypes(const std::vector<std::uint32_t>& entity_of_mention);

  const std::vector<NameMention>& mentions_;
  const NameKnowledge& knowledge_;
  // What each distinct surface name stands for, as the passes decide it.
  std::map<std::string_view, ResolvedName> resolved_;
  // The names of several words that may be people's, before middle initials were dropped.
  std::set<std::string> person_names_;
  // Evidence that a surface name is a name (CollectNameEvidence).
  std::set<std::string_view> confirmed_;
  std::set<std::string_view> typed_by_context_;
  std::set<std::string_view> outside_title_case_;
  std::set<std::string_view> storms_;
  // The entities, and for each the type knowledge gives it and the types its contexts vote for.
  std::vector<Entity> entities_;
  std::vector<std::optional<EntityType>> known_types_;
  std::vector<std::map<EntityType, int>> context_votes_;
  // Entities whose type was guessed, for want of any evidence.
  std::vector<bool> guessed_;
};

// What each distinct surface name resolves to on its own. A building that seats a government
// ("the Kremlin", "the White House") names the state: it is talked about as an actor, not as a
// place. Capitals stay cities here; they act for their state only in relations (extractor.cc).
// An unknown acronym in brackets after a name ("Kurdistan Workers' Party (PKK)") is that name.
void EntityLinking::ResolveSurfaceNames() {
  for (const NameMention& mention : mentions_) {
    if (resolved_.contains(mention.text)) continue;
    // "Google, Inc." is Google, an organisation.
    const std::string_view company = WithoutCompanyForm(knowledge_.words(), mention.text);
    ResolvedName name = knowledge_.Resolve(company.empty() ? mention.text : company);
    if (!company.empty() && !name.type) name.type = EntityType::kOrg;
    if (std::string person = GivenNameFirst(knowledge_.words(), mention.text); !person.empty()) {
      name = knowledge_.Resolve(person);
      name.type = EntityType::kPerson;
    }
    if (name.type == EntityType::kOrg) {
      if (std::optional<std::string> state = knowledge_.StateActingFor(name.name)) {
        name.name = std::move(*state);
        name.type = EntityType::kGpe;
      }
    }
    resolved_.emplace(mention.text, std::move(name));
  }
  for (const NameMention& mention : mentions_) {
    if (mention.defined_by < 0 || resolved_.at(mention.text).type) continue;
    resolved_.at(mention.text) = resolved_.at(mentions_[mention.defined_by].text);
  }
}

// A one-word name that opens exactly one longer organisation name is that organisation
// ("Mahan" after "Mahan Air"), even when WordNet knows a person of that name: within one
// article, the article's own long form wins. So is an organisation's head word alone that ends
// exactly one ("the Front" after "the Kivu Patriotic Front").
void EntityLinking::JoinShortOrganisationNames() {
  std::map<std::string, std::vector<std::string>> longer_org_by_first_word;
  std::map<std::string, std::vector<std::string>> longer_org_by_head_word;
  for (const auto& [surface, name] : resolved_) {
    const std::size_t space = name.name.find(' ');
    if (space == std::string::npos || name.demonym) continue;
    if (name.type ? name.type != EntityType::kOrg : !HasOrgWord(knowledge_.words(), name.name))
      continue;
    auto& longer = longer_org_by_first_word[name.name.substr(0, space)];
    if (std::find(longer.begin(), longer.end(), name.name) == longer.end())
      longer.push_back(name.name);
    // "the Front said", "Union president X": an organisation's head word alone, once the
    // document has named exactly one organisation with it.
    auto& by_head = longer_org_by_head_word[name.name.substr(name.name.rfind(' ') + 1)];
    if (std::find(by_head.begin(), by_head.end(), name.name) == by_head.end())
      by_head.push_back(name.name);
  }
  for (auto& [surface, name] : resolved_) {
    if (!IsOneWord(name.name) || name.demonym || (name.type && name.type != EntityType::kOrg))
      continue;
    if (TypeOfHeadWords(knowledge_.words(), name.name) != EntityType::kOrg) continue;
    const auto longer = longer_org_by_head_word.find(name.name);
    if (longer != longer_org_by_head_word.end() && longer->second.size() == 1) {
      name.name = longer->second.front();
      name.type = EntityType::kOrg;
    }
  }
  for (auto& [surface, name] : resolved_) {
    if (!IsOneWord(name.name) || !MayBePerson(knowledge_.words(), name)) continue;
    const auto longer = longer_org_by_first_word.find(name.name);
    if (longer != longer_org_by_first_word.end() && longer->second.size() == 1) {
      name.name = longer->second.front();
      name.type = EntityType::kOrg;
    }
  }
}

// A personal name with middle initials is the same name without them when the article uses
// that too ("John R. Bolton", "John Bolton").
void EntityLinking::DropMiddleInitials() {
  for (const auto& [surface, name] : resolved_) {
    if (!IsOneWord(name.name) && MayBePerson(knowledge_.words(), name))
      person_names_.insert(name.name);
  }
  for (auto& [surface, name] : resolved_) {
    if (!MayBePerson(knowledge_.words(), name)) continue;
    std::string shorter = WithoutMiddleInitials(name.name);
    if (shorter != name.name && person_names_.contains(shorter)) name.name = std::move(shorter);
  }
}

// A name of several words that ends exactly one longer personal name is that person ("De La
// Fuente" for "Rocky De La Fuente", "Mohammad Mir-Mohammadi" for "Seyed Mohammad
// Mir-Mohammadi"); longer names that end one another count as one ("La Fuente" for "De La
// Fuente" and "Rocky De La Fuente"), others as another person ("Van Halen" beside "Eddie Van
// Halen" and "Alex Van Halen").
void EntityLinking::JoinEndsOfPersonalNames() {
  std::set<std::string> full_names;
  for (const auto& [surface, name] : resolved_) {
    if (!IsOneWord(name.name) && MayBePerson(knowledge_.words(), name))
      full_names.insert(name.name);
  }
  for (auto& [surface, name] : resolved_) {
    if (IsOneWord(name.name) || !MayBePerson(knowledge_.words(), name)) continue;
    const std::string* longest = nullptr;
    std::vector<const std::string*> longer_names;
    for (const std::string& longer : full_names) {
      if (!EndsWithName(longer, name.name) || !IsLongerPersonalName(longer, name.name, knowledge_))
        continue;
      longer_names.push_back(&longer);
      if (longest == nullptr || longer.size() > longest->size()) longest = &longer;
    }
    if (longest == nullptr) continue;
    const bool one_person =
        std::all_of(longer_names.begin(), longer_names.end(), [&](const std::string* longer) {
          return longer == longest || EndsWithName(*longest, *longer);
        });
    if (!one_person) continue;
    name.name = *longest;
    name.type = EntityType::kPerson;
  }
}

// The document's own names come before the actor dictionaries': a one-word name the
// dictionaries give a longer name ("Johnson" for one known Johnson) is left to the passes below
// when the document has a longer name of its own that opens or ends with the word, across
// accents ("Boris Johnson", "Johnson Controls"; "Erdogan" in "Recep Tayyip Erdoğan"), and is not
// the dictionaries' name for it.
void EntityLinking::PreferDocumentNames() {
  for (auto& [surface, name] : resolved_) {
    if (!name.known_actor || !IsOneWord(surface) || IsOneWord(name.name)) continue;
    const std::string key = SurnameKey(surface);
    const std::string& known_name = name.name;  // lambdas cannot capture structured bindings
    const bool document_name =
        std::any_of(resolved_.begin(), resolved_.end(), [&](const auto& other) {
          const std::vector<std::string_view> words = WordsOf(other.first);
          const bool holds = words.size() > 1 &&
                             (SurnameKey(words.back()) == key || SurnameKey(words.front()) == key);
          return holds && other.second.name != known_name;
        });
    if (document_name) name = ResolvedName{std::string(surface), std::nullopt};
  }
}

// A one-word name that ends a longer personal name is that person ("Witkoff", "Assad" for
// "Bashar al-Assad", "Erdogan" for "Recep Tayyip Erdoğan"). When it ends several, it is the one
// the document introduced first: news writing names its main person first and refers to a
// relative or namesake who comes later by full name or first name. Failing that, a one-word name
// one letter away from the last word of exactly one longer personal name, and matching nothing
// exactly, is a spelling variant of it ("Saree" for "Yahya Sarea").
void EntityLinking::JoinSurnames() {
  // The longer personal names by surname, each list in the order the document first uses them.
  std::map<std::string, std::vector<std::string>> longer_by_last_word;
  for (const NameMention& mention : mentions_) {
    const ResolvedName& name = resolved_.at(mention.text);
    if (IsOneWord(name.name) || !MayBePerson(knowledge_.words(), name)) continue;
    auto& longer = longer_by_last_word[SurnameKey(LastWord(name.name))];
    if (std::find(longer.begin(), longer.end(), name.name) == longer.end())
      longer.push_back(name.name);
  }
  for (auto& [surface, name] : resolved_) {
    if (!IsOneWord(name.name) || !MayBePerson(knowledge_.words(), name)) continue;
    const auto longer = longer_by_last_word.find(SurnameKey(name.name));
    if (longer != longer_by_last_word.end()) {
      name.name = longer->second.front();
      name.type = EntityType::kPerson;
    }
  }
  for (auto& [surface, name] : resolved_) {
    if (!IsOneWord(name.name) || !MayBePerson(knowledge_.words(), name) || name.type) continue;
    const std::string key = SurnameKey(name.name);
    if (key.size() < 5 || longer_by_last_word.contains(key)) continue;
    const std::string* match = nullptr;
    int matches = 0;
    for (const auto& [last_word, longer] : longer_by_last_word) {
      if (longer.size() != 1 || last_word.front() != key.front() ||
          EditDistance(last_word, key) > 1)
        continue;
      match = &longer.front();
      ++matches;
    }
    if (matches == 1) {
      name.name = *match;
      name.type = EntityType::kPerson;
    }
  }
}

// The long and short compass forms of one place name are one place ("Eastern Mediterranean",
// "East Mediterranean"); the form the document uses first is the name.
void EntityLinking::JoinCompassForms() {
  std::map<std::string, std::string> name_of_compass_key;
  for (const NameMention& mention : mentions_) {
    ResolvedName& name = resolved_.at(mention.text);
    if (name.demonym || name.type == EntityType::kPerson) continue;
    const auto [it, inserted] =
        name_of_compass_key.emplace(CompassKey(knowledge_.words(), name.name), name.name);
    if (!inserted) name.name = it->second;
  }
}

// A common first name alone that opens exactly one longer personal name is that person
// ("John" after "John Bolton"); a first name shared by two people stays apart.
void EntityLinking::JoinFirstNames() {
  std::map<std::string, std::set<std::string>> longer_by_first_word;
  for (const auto& name : person_names_)
    longer_by_first_word[name.substr(0, name.find(' '))].insert(WithoutMiddleInitials(name));
  for (auto& [surface, name] : resolved_) {
    // WordNet's senses of a first name may be a river ("Lena") but not a state ("Jordan").
    const bool may_be_first_name =
        !name.demonym && knowledge_.IsGivenName(name.name) &&
        (!name.type || name.type == EntityType::kPerson || name.type == EntityType::kLoc);
    if (!IsOneWord(name.name) || !may_be_first_name) continue;
    const auto longer = longer_by_first_word.find(name.name);
    if (longer != longer_by_first_word.end() && longer->second.size() == 1) {
      name.name = *longer->second.begin();
      name.type = EntityType::kPerson;
    }
  }
}

// A name that is only common words is not a name unless something confirms it: capitals
// that open a sentence ("Laughter is the best medicine.") or come from a title-case line
// ("Great Family Fun and Bonding") say nothing, and one-word names capitalised once inside a
// sentence are mostly terms or emphasis ("How can I get Weed in Auckland?"). A context that
// types the name confirms it, and so do a known or longer name it is coordinated with ("to
// Trump and Mike Pence"), mentions inside two ordinary sentences for a one-word name and one
// for a longer name or one of WordNet's own capitalised nouns ("the Treasury would sell");
// "Home Depot said" counts only at the start. Head words ("Congress") type names and stay. A
// known actor's name (the actor dictionaries) needs the same evidence, but less of it: capitals
// once inside a sentence, or opening one before a verb ("Bramble met ...", not "Bramble bushes
// covered ..." for a known Bramble).
// Storms ("Hurricane Katrina", and "Katrina" later) are no entities.
void EntityLinking::CollectNameEvidence() {
  std::map<std::string_view, std::set<std::uint32_t>> sentences_inside;
  for (const NameMention& mention : mentions_) {
    const bool inside = !mention.sentence_initial && !mention.in_title_case;
    const bool one_word = IsOneWord(mention.text) && !knowledge_.IsProperNoun(mention.text);
    // "to Trump and Mike Pence": coordinated with a known or longer name.
    const bool beside_name =
        mention.conjoined_with >= 0 && (resolved_.at(mentions_[mention.conjoined_with].text).type ||
                                        !IsOneWord(mentions_[mention.conjoined_with].text));
    bool in_two_sentences = false;
    if (inside) {
      std::set<std::uint32_t>& sentences = sentences_inside[mention.text];
      sentences.insert(mention.sentence);
      in_two_sentences = sentences.size() >= 2;
    }
    if (mention.context_type) typed_by_context_.insert(mention.text);
    const bool known_actor = resolved_.at(mention.text).known_actor;
    if (mention.context_type || beside_name || mention.subject_beside_name ||
        (inside && (!one_word || in_two_sentences)) ||
        (known_actor && (inside || mention.before_verb))) {
      confirmed_.insert(mention.text);
    }
    if (!mention.in_title_case) outside_title_case_.insert(mention.text);
    if (const std::string_view storm = StormName(knowledge_.words(), mention.text);
        !storm.empty()) {
      storms_.insert(mention.text);
      storms_.insert(storm);
    }
  }
}

bool EntityLinking::IsCommonWord(std::string_view surface, const ResolvedName& name) const {
  // A known actor's name is a name only on evidence, as the name of no entity is.
  const bool named = !name.known_actor && (name.name != surface || name.type);
  if (named || name.demonym || confirmed_.contains(surface) ||
      HasHeadWord(knowledge_.words(), surface)) {
    return false;
  }
  const std::vector<std::string_view> words = WordsOf(surface);
  if (words.size() > 1 && outside_title_case_.contains(surface)) return false;
  return std::all_of(words.begin(), words.end(), [&](std::string_view word) {
    return !knowledge_.IsGivenName(word) && knowledge_.IsCommonWord(word);
  });
}

// A kind of person or thing ("Jews", "Methodists", "Coke", "ADHD", "IPO") is no entity unless
// the alias table or gazetteer makes it one: the alias table keeps "PBS" (a solution in
// WordNet) and "AFP" (a protein) organisations. A plural nothing knows names a group or kind
// too ("Neocons", "Sadrists", "Calzones"), not the name of a company or paper ("Times",
// "RealClearPolitics") or a person ("Jacques"; "Tarvas told them").
bool EntityLinking::IsKindNoun(const NameMention& mention, const ResolvedName& name) const {
  if (name.name != mention.text || name.type || name.demonym || !IsOneWord(mention.text))
    return false;
  const bool unknown_plural = mention.plural && !IsCamelCase(knowledge_.words(), mention.text) &&
                              !HasHeadWord(knowledge_.words(), mention.text) &&
                              !knowledge_.IsGivenName(mention.text) &&
                              !typed_by_context_.contains(mention.text);
  return knowledge_.IsKindNoun(mention.text, mention.plural) || unknown_plural;
}

// A common word in capitals for emphasis ("the STAR of the family") or a Roman numeral
// ("under VII") is no acronym.
bool EntityLinking::IsShoutedWord(std::string_view surface, const ResolvedName& name) const {
  if (name.type || !IsOneWord(surface)) return false;
  const bool capitals = IsAcronym(surface);
  const bool roman = std::all_of(surface.begin(), surface.end(), [](char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
  });
  return capitals && (roman || (surface.size() >= 3 && knowledge_.IsCommonWord(surface)));
}

// Addresses and file names are no names unless the alias table knows them ("Amazon.com").
bool IsAddress(std::string_view surface, const ResolvedName& name) {
  if (name.type) return false;
  const std::vector<std::string_view> words = WordsOf(surface);
  return std::any_of(words.begin(), words.end(), IsAddressOrFileName);
}

bool EntityLinking::IsNoName(const NameMention& mention, const ResolvedName& name) const {
  return IsCommonWord(mention.text, name) || IsKindNoun(mention, name) ||
         IsAddress(mention.text, name) || IsShoutedWord(mention.text, name) ||
         storms_.contains(mention.text);
}

// One entity a resolved name, with the surface forms as aliases and every mention.
void EntityLinking::BuildEntities(std::vector<std::uint32_t>* entity_of_mention) {
  std::map<std::string, std::uint32_t> index_of;
  entity_of_mention->clear();
  for (const NameMention& mention : mentions_) {
    const ResolvedName& name = resolved_.at(mention.text);
    if (IsNoName(mention, name)) {
      entity_of_mention->push_back(kNotAName);
      continue;
    }
    auto [it, inserted] = index_of.emplace(name.name, static_cast<std::uint32_t>(entities_.size()));
    if (inserted) {
      entities_.push_back({name.name, EntityType::kPerson, {}, {}});
      known_types_.push_back(name.type);
      context_votes_.emplace_back();
    }
    Entity& entity = entities_[it->second];
    if (!known_types_[it->second]) known_types_[it->second] = name.type;
    if (mention.context_type) ++context_votes_[it->second][*mention.context_type];
    if (mention.text != name.name && std::find(entity.aliases.begin(), entity.aliases.end(),
                                               mention.text) == entity.aliases.end()) {
      entity.aliases.emplace_back(mention.text);
    }
    entity.mentions.push_back({std::string(mention.text), mention.sentence, mention.span,
                               name.service   ? MentionKind::kService
                               : name.demonym ? MentionKind::kDemonym
                                              : MentionKind::kName});
    entity_of_mention->push_back(it->second);
  }
}

// Each entity's type: the one knowledge gives it, else its head words', else the one most of its
// contexts vote for, else a guess (GuessType) helped by what the words around its one-word
// mentions say.
void EntityLinking::TypeEntities(const std::vector<std::uint32_t>& entity_of_mention) {
  std::vector<std::optional<NameTypeModel::Scores>> context_scores(entities_.size());
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const std::uint32_t entity = entity_of_mention[m];
    if (entity == kNotAName || !mentions_[m].type_scores) continue;
    std::optional<NameTypeModel::Scores>& sum = context_scores[entity];
    if (!sum) sum.emplace();
    for (std::size_t t = 0; t < sum->size(); ++t)
      (*sum)[t] += (*mentions_[m].type_scores)[t];
  }
  guessed_.assign(entities_.size(), false);
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    Entity& entity = entities_[i];
    // "the Court ruled" is the court, though WordNet knows a person called Court.
    const bool body_after_article =
        known_types_[i] == EntityType::kPerson && context_votes_[i].contains(EntityType::kOrg) &&
        IsOneWord(entity.name) &&
        TypeOfHeadWords(knowledge_.words(), entity.name) == EntityType::kOrg;
    if (known_types_[i] && !body_after_article) {
      entity.type = *known_types_[i];
    } else if (const std::optional<EntityType> head =
                   TypeOfHeadWords(knowledge_.words(), entity.name)) {
      entity.type = *head;
    } else if (!context_votes_[i].empty()) {
      entity.type = MostVoted(context_votes_[i]);
    } else {
      entity.type = GuessType(entity.name, !entity.aliases.empty(), context_scores[i], knowledge_);
      // A given name is evidence enough to lend its type ("Lena Ortiz and Wolmark").
      guessed_[i] = !knowledge_.IsGivenName(entity.name.substr(0, entity.name.find(' ')));
    }
  }
}

// The guessed type of a one-word name yields to the type of a name it is coordinated with:
// "Rumsfeld, Wolfowitz and Feith" once one of them is known, "Noida and Kasna".
void EntityLinking::LendCoordinatedTypes(const std::vector<std::uint32_t>& entity_of_mention) {
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    if (mentions_[m].conjoined_with < 0) continue;
    const std::uint32_t entity = entity_of_mention[m];
    const std::uint32_t other = entity_of_mention[mentions_[m].conjoined_with];
    if (entity == kNotAName || other == kNotAName || entity == other) continue;
    if (IsOneWord(entities_[entity].name) && guessed_[entity] && !guessed_[other])
      entities_[entity].type = entities_[other].type;
  }
}

}  // namespace

std::vector<Entity> LinkEntities(const std::vector<NameMention>& mentions,
                                 const NameKnowledge& knowledge,
                                 std::vector<std::uint32_t>* entity_of_mention) {
  return EntityLinking(mentions, knowledge).Run(entity_of_mention);
}

}  // namespace kg
