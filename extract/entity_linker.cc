#include "entity_linker.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "head_words.h"

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
bool IsCamelCase(std::string_view word) {
  static constexpr std::string_view kPrefixes[] = {"Mc", "Mac", "De", "Di",  "Da",
                                                   "Du", "Le",  "La", "Van", "Von"};
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (!(word[i] >= 'A' && word[i] <= 'Z') || !(word[i - 1] >= 'a' && word[i - 1] <= 'z'))
      continue;
    const std::string_view before = word.substr(0, i);
    if (std::find(std::begin(kPrefixes), std::end(kPrefixes), before) == std::end(kPrefixes))
      return true;
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
    if (IsCamelCase(name)) return EntityType::kOrg;
    if (!context) return EntityType::kGpe;
    return knowledge.name_types().MostLikely(*context).value_or(EntityType::kGpe);
  }
  if (words.size() == 2 && IsRegionWord(words[0])) return EntityType::kGpe;  // "Greater Noida"
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
    if (place_word && !IsRegionWord(words[i]) && !(i == 0 && first_may_be_first_name))
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
std::string GivenNameFirst(std::string_view name) {
  const std::size_t comma = name.find(", ");
  if (comma == std::string_view::npos || comma == 0) return {};
  const std::string_view surname = name.substr(0, comma);
  const std::string_view given = name.substr(comma + 2);
  if (given.empty() || IsCompanyForm(given) || surname.find(' ') != std::string_view::npos ||
      given.find(' ') != std::string_view::npos) {
    return {};
  }
  return std::string(given) + " " + std::string(surname);
}

// "Google, Inc." without its company form ("Google"), or an empty view for other names.
std::string_view WithoutCompanyForm(std::string_view name) {
  const std::size_t comma = name.rfind(", ");
  if (comma == std::string_view::npos || comma == 0 || !IsCompanyForm(name.substr(comma + 2)))
    return {};
  return name.substr(0, comma);
}

// A storm is an event, not an entity: "Hurricane Katrina", "Typhoon Haiyan". Returns the storm's
// own name ("Katrina"), or an empty view for other names.
std::string_view StormName(std::string_view name) {
  static constexpr std::string_view kStormWords[] = {"Hurricane ", "Typhoon ", "Cyclone ",
                                                     "Tropical Storm ", "Storm "};
  for (std::string_view storm : kStormWords) {
    if (name.starts_with(storm) && name.size() > storm.size()) return name.substr(storm.size());
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

// Whether `a` and `b` differ by at most one inserted, deleted or replaced byte: "Sarea" and
// "Saree", "Zelensky" and "Zelenskyy".
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t prefix = 0;
  while (prefix < a.size() && a[prefix] == b[prefix])
    ++prefix;
  const std::size_t skip_a = a.size() == b.size() ? 1 : 0;
  return a.substr(std::min(a.size(), prefix + skip_a)) == b.substr(std::min(b.size(), prefix + 1));
}

// "Eastern Mediterranean" and "East Mediterranean" are one place: the key of a name with its
// opening compass word shortened.
std::string CompassKey(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kLong[] = {
      {"Eastern ", "East "},
      {"Western ", "West "},
      {"Northern ", "North "},
      {"Southern ", "South "}};
  for (const auto& [long_form, short_form] : kLong) {
    if (name.starts_with(long_form))
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
      !IsNameParticle(particle)) {
    return false;
  }
  return std::all_of(before.begin(), before.end(), [&](std::string_view word) {
    if (IsInitial(word) || knowledge.IsGivenName(word)) return true;
    const ResolvedName known = knowledge.Resolve(word);
    return !known.type && !known.demonym && !IsAcronym(word) && !knowledge.IsCommonWord(word);
  });
}

}  // namespace

std::vector<Entity> LinkEntities(const std::vector<NameMention>& mentions,
                                 const NameKnowledge& knowledge,
                                 std::vector<std::uint32_t>* entity_of_mention) {
  // What each distinct surface name resolves to on its own. A building that seats a government
  // ("the Kremlin", "the White House") names the state: it is talked about as an actor, not as a
  // place. Capitals stay cities here; they act for their state only in relations (extractor.cc).
  std::map<std::string_view, ResolvedName> resolved;
  for (const NameMention& mention : mentions) {
    if (resolved.contains(mention.text)) continue;
    // "Google, Inc." is Google, an organisation.
    const std::string_view company = WithoutCompanyForm(mention.text);
    ResolvedName name = knowledge.Resolve(company.empty() ? mention.text : company);
    if (!company.empty() && !name.type) name.type = EntityType::kOrg;
    if (std::string person = GivenNameFirst(mention.text); !person.empty()) {
      name = knowledge.Resolve(person);
      name.type = EntityType::kPerson;
    }
    if (name.type == EntityType::kOrg) {
      if (std::optional<std::string> state = knowledge.StateActingFor(name.name)) {
        name.name = std::move(*state);
        name.type = EntityType::kGpe;
      }
    }
    resolved.emplace(mention.text, std::move(name));
  }
  for (const NameMention& mention : mentions) {
    if (mention.defined_by < 0 || resolved.at(mention.text).type) continue;
    resolved.at(mention.text) = resolved.at(mentions[mention.defined_by].text);
  }
  // "Greater Noida" and "East Accra" are no people's names, nor are names with a head word
  // ("Medical University of Gdańsk") unless a type says so.
  auto may_be_person = [](const ResolvedName& name) {
    if (name.demonym || (name.type && name.type != EntityType::kPerson)) return false;
    const std::size_t space = name.name.find(' ');
    if (space == std::string::npos || name.type) return true;
    return !IsRegionWord(name.name.substr(0, space)) && !HasHeadWord(name.name);
  };
  // A one-word name that opens exactly one longer organisation name is that organisation
  // ("Mahan" after "Mahan Air"), even when WordNet knows a person of that name: within one
  // article, the article's own long form wins.
  std::map<std::string, std::vector<std::string>> longer_org_by_first_word;
  for (const auto& [surface, name] : resolved) {
    const std::size_t space = name.name.find(' ');
    if (space == std::string::npos || name.demonym) continue;
    if (name.type ? name.type != EntityType::kOrg : !HasOrgWord(name.name)) continue;
    auto& longer = longer_org_by_first_word[name.name.substr(0, space)];
    if (std::find(longer.begin(), longer.end(), name.name) == longer.end())
      longer.push_back(name.name);
  }
  for (auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos || !may_be_person(name)) continue;
    const auto longer = longer_org_by_first_word.find(name.name);
    if (longer != longer_org_by_first_word.end() && longer->second.size() == 1) {
      name.name = longer->second.front();
      name.type = EntityType::kOrg;
    }
  }
  // A personal name with middle initials is the same name without them when the article uses
  // that too ("John R. Bolton", "John Bolton").
  std::set<std::string> person_names;
  for (const auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos && may_be_person(name))
      person_names.insert(name.name);
  }
  for (auto& [surface, name] : resolved) {
    if (!may_be_person(name)) continue;
    std::string shorter = WithoutMiddleInitials(name.name);
    if (shorter != name.name && person_names.contains(shorter)) name.name = std::move(shorter);
  }
  // A name of several words that ends exactly one longer personal name is that person ("De La
  // Fuente" for "Rocky De La Fuente", "Mohammad Mir-Mohammadi" for "Seyed Mohammad
  // Mir-Mohammadi"); longer names that end one another count as one ("La Fuente" for "De La
  // Fuente" and "Rocky De La Fuente"), others as another person ("Van Halen" beside "Eddie Van
  // Halen" and "Alex Van Halen").
  std::set<std::string> full_names;
  for (const auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos && may_be_person(name))
      full_names.insert(name.name);
  }
  for (auto& [surface, name] : resolved) {
    if (name.name.find(' ') == std::string::npos || !may_be_person(name)) continue;
    const std::string* longest = nullptr;
    std::vector<const std::string*> longer_names;
    for (const std::string& longer : full_names) {
      if (!EndsWithName(longer, name.name) || !IsLongerPersonalName(longer, name.name, knowledge))
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
  // A one-word name that ends exactly one longer personal name is that person ("Witkoff",
  // "Assad" for "Bashar al-Assad", "Erdogan" for "Recep Tayyip Erdoğan").
  std::map<std::string, std::vector<std::string>> longer_by_last_word;
  for (const auto& [surface, name] : resolved) {
    if (name.name.find(' ') == std::string::npos || !may_be_person(name)) continue;
    auto& longer = longer_by_last_word[SurnameKey(LastWord(name.name))];
    if (std::find(longer.begin(), longer.end(), name.name) == longer.end())
      longer.push_back(name.name);
  }
  for (auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos || !may_be_person(name)) continue;
    const auto longer = longer_by_last_word.find(SurnameKey(name.name));
    if (longer != longer_by_last_word.end() && longer->second.size() == 1) {
      name.name = longer->second.front();
      name.type = EntityType::kPerson;
    }
  }
  // A one-word name one letter away from the last word of exactly one longer personal name, and
  // matching nothing exactly, is a spelling variant of it ("Saree" for "Yahya Sarea").
  for (auto& [surface, name] : resolved) {
    if (name.name.find(' ') != std::string::npos || !may_be_person(name) || name.type) continue;
    const std::string key = SurnameKey(name.name);
    if (key.size() < 5 || longer_by_last_word.contains(key)) continue;
    const std::string* match = nullptr;
    int matches = 0;
    for (const auto& [last_word, longer] : longer_by_last_word) {
      if (longer.size() != 1 || last_word.front() != key.front() || !WithinOneEdit(last_word, key))
        continue;
      match = &longer.front();
      ++matches;
    }
    if (matches == 1) {
      name.name = *match;
      name.type = EntityType::kPerson;
    }
  }
  // The long and short compass forms of one place name are one place ("Eastern Mediterranean",
  // "East Mediterranean"); the form the document uses first is the name.
  std::map<std::string, std::string> name_of_compass_key;
  for (const NameMention& mention : mentions) {
    ResolvedName& name = resolved.at(mention.text);
    if (name.demonym || name.type == EntityType::kPerson) continue;
    const auto [it, inserted] = name_of_compass_key.emplace(CompassKey(name.name), name.name);
    if (!inserted) name.name = it->second;
  }
  // A common first name alone that opens exactly one longer personal name is that person
  // ("John" after "John Bolton"); a first name shared by two people stays apart.
  std::map<std::string, std::set<std::string>> longer_by_first_word;
  for (const auto& name : person_names)
    longer_by_first_word[name.substr(0, name.find(' '))].insert(WithoutMiddleInitials(name));
  for (auto& [surface, name] : resolved) {
    // WordNet's senses of a first name may be a river ("Lena") but not a state ("Jordan").
    const bool may_be_first_name =
        !name.demonym && knowledge.IsGivenName(name.name) &&
        (!name.type || name.type == EntityType::kPerson || name.type == EntityType::kLoc);
    if (name.name.find(' ') != std::string::npos || !may_be_first_name) continue;
    const auto longer = longer_by_first_word.find(name.name);
    if (longer != longer_by_first_word.end() && longer->second.size() == 1) {
      name.name = *longer->second.begin();
      name.type = EntityType::kPerson;
    }
  }

  std::vector<Entity> entities;
  std::vector<std::optional<EntityType>> known_types;
  std::vector<std::map<EntityType, int>> context_votes;
  std::map<std::string, std::uint32_t> index_of;
  // A name that is only common words is not a name unless something confirms it: capitals
  // that open a sentence ("Laughter is the best medicine.") or come from a title-case line
  // ("Great Family Fun and Bonding") say nothing, and one-word names capitalised once inside a
  // sentence are mostly terms or emphasis ("How can I get Weed in Auckland?"). A context that
  // types the name confirms it, and so do a known or longer name it is coordinated with ("to
  // Trump and Mike Pence"), mentions inside two ordinary sentences for a one-word name and one
  // for a longer name or one of WordNet's own capitalised nouns ("the Treasury would sell");
  // "Home Depot said" counts only at the start. Head words ("Congress") type names and stay.
  std::set<std::string_view> confirmed;
  std::set<std::string_view> typed_by_context;
  std::set<std::string_view> outside_title_case;
  std::map<std::string_view, std::set<std::uint32_t>> sentences_inside;
  for (const NameMention& mention : mentions) {
    const bool inside = !mention.sentence_initial && !mention.in_title_case;
    const bool one_word =
        mention.text.find(' ') == std::string_view::npos && !knowledge.IsProperNoun(mention.text);
    // "to Trump and Mike Pence": coordinated with a known or longer name.
    const bool beside_name =
        mention.conjoined_with >= 0 &&
        (resolved.at(mentions[mention.conjoined_with].text).type ||
         mentions[mention.conjoined_with].text.find(' ') != std::string_view::npos);
    bool in_two_sentences = false;
    if (inside) {
      std::set<std::uint32_t>& sentences = sentences_inside[mention.text];
      sentences.insert(mention.sentence);
      in_two_sentences = sentences.size() >= 2;
    }
    if (mention.context_type) typed_by_context.insert(mention.text);
    if (mention.context_type || beside_name || (inside && (!one_word || in_two_sentences)))
      confirmed.insert(mention.text);
    if (!mention.in_title_case) outside_title_case.insert(mention.text);
  }
  auto is_common_word = [&](std::string_view surface, const ResolvedName& name) {
    if (name.name != surface || name.type || name.demonym || confirmed.contains(surface) ||
        HasHeadWord(surface)) {
      return false;
    }
    const std::vector<std::string_view> words = WordsOf(surface);
    if (words.size() > 1 && outside_title_case.contains(surface)) return false;
    return std::all_of(words.begin(), words.end(), [&](std::string_view word) {
      return !knowledge.IsGivenName(word) && knowledge.IsCommonWord(word);
    });
  };
  // A kind of person or thing ("Jews", "Methodists", "Coke", "ADHD", "IPO") is no entity unless
  // the alias table or gazetteer makes it one: the alias table keeps "PBS" (a solution in
  // WordNet) and "AFP" (a protein) organisations.
  // A plural nothing knows names a group or kind too ("Neocons", "Sadrists", "Calzones"), not
  // the name of a company or paper ("Times", "RealClearPolitics") or a person ("Jacques";
  // "Tarvas told them").
  auto is_unknown_plural = [&](const NameMention& mention) {
    return mention.plural && !IsCamelCase(mention.text) && !HasHeadWord(mention.text) &&
           !knowledge.IsGivenName(mention.text) && !typed_by_context.contains(mention.text);
  };
  auto is_kind_noun = [&](const NameMention& mention, const ResolvedName& name) {
    return name.name == mention.text && !name.type && !name.demonym &&
           mention.text.find(' ') == std::string_view::npos &&
           (knowledge.IsKindNoun(mention.text, mention.plural) || is_unknown_plural(mention));
  };
  // Addresses and file names are no names unless the alias table knows them ("Amazon.com").
  auto is_address = [&](std::string_view surface, const ResolvedName& name) {
    if (name.type) return false;
    const std::vector<std::string_view> words = WordsOf(surface);
    return std::any_of(words.begin(), words.end(), IsAddressOrFileName);
  };
  // A common word in capitals for emphasis ("the STAR of the family") or a Roman numeral
  // ("under VII") is no acronym.
  auto is_shouted_word = [&](std::string_view surface, const ResolvedName& name) {
    if (name.type || surface.find(' ') != std::string_view::npos) return false;
    const bool capitals = IsAcronym(surface);
    const bool roman = std::all_of(surface.begin(), surface.end(), [](char c) {
      return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
    });
    return capitals && (roman || (surface.size() >= 3 && knowledge.IsCommonWord(surface)));
  };
  std::set<std::string_view> storms;
  for (const NameMention& mention : mentions) {
    if (const std::string_view storm = StormName(mention.text); !storm.empty()) {
      storms.insert(mention.text);
      storms.insert(storm);
    }
  }
  entity_of_mention->clear();
  for (const NameMention& mention : mentions) {
    const ResolvedName& name = resolved.at(mention.text);
    if (is_common_word(mention.text, name) || is_kind_noun(mention, name) ||
        is_address(mention.text, name) || is_shouted_word(mention.text, name) ||
        storms.contains(mention.text)) {
      entity_of_mention->push_back(kNotAName);
      continue;
    }
    auto [it, inserted] = index_of.emplace(name.name, static_cast<std::uint32_t>(entities.size()));
    if (inserted) {
      entities.push_back({name.name, EntityType::kPerson, {}, {}});
      known_types.push_back(name.type);
      context_votes.emplace_back();
    }
    Entity& entity = entities[it->second];
    if (!known_types[it->second]) known_types[it->second] = name.type;
    if (mention.context_type) ++context_votes[it->second][*mention.context_type];
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
  // What the words around each entity's one-word mentions say about its type.
  std::vector<std::optional<NameTypeModel::Scores>> context_scores(entities.size());
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const std::uint32_t entity = (*entity_of_mention)[m];
    if (entity == kNotAName || !mentions[m].type_scores) continue;
    std::optional<NameTypeModel::Scores>& sum = context_scores[entity];
    if (!sum) sum.emplace();
    for (std::size_t t = 0; t < sum->size(); ++t)
      (*sum)[t] += (*mentions[m].type_scores)[t];
  }
  std::vector<bool> guessed(entities.size(), false);
  for (std::size_t i = 0; i < entities.size(); ++i) {
    // "the Court ruled" is the court, though WordNet knows a person called Court.
    const bool body_after_article = known_types[i] == EntityType::kPerson &&
                                    context_votes[i].contains(EntityType::kOrg) &&
                                    entities[i].name.find(' ') == std::string::npos &&
                                    TypeOfHeadWords(entities[i].name) == EntityType::kOrg;
    if (known_types[i] && !body_after_article) {
      entities[i].type = *known_types[i];
    } else if (const std::optional<EntityType> head = TypeOfHeadWords(entities[i].name)) {
      entities[i].type = *head;
    } else if (!context_votes[i].empty()) {
      entities[i].type =
          std::max_element(context_votes[i].begin(), context_votes[i].end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; })
              ->first;
    } else {
      entities[i].type =
          GuessType(entities[i].name, !entities[i].aliases.empty(), context_scores[i], knowledge);
      // A given name is evidence enough to lend its type ("Lena Ortiz and Wolmark").
      guessed[i] = !knowledge.IsGivenName(entities[i].name.substr(0, entities[i].name.find(' ')));
    }
  }
  // The guessed type of a one-word name yields to the type of a name it is coordinated with:
  // "Rumsfeld, Wolfowitz and Feith" once one of them is known, "Noida and Kasna".
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].conjoined_with < 0) continue;
    const std::uint32_t entity = (*entity_of_mention)[m];
    const std::uint32_t other = (*entity_of_mention)[mentions[m].conjoined_with];
    if (entity == kNotAName || other == kNotAName || entity == other) continue;
    const bool one_word = entities[entity].name.find(' ') == std::string::npos;
    if (one_word && guessed[entity] && !guessed[other])
      entities[entity].type = entities[other].type;
  }
  return entities;
}

}  // namespace kg
