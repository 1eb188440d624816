#include "kg/gazetteer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <vector>

#include "kg/ascii.h"
#include "kg/syntax/wordnet_files.h"

namespace kg {
namespace {

using syntax::WordNetData;
using syntax::WordNetFields;
using syntax::WordNetIndex;
using syntax::WordNetIndexEntry;
using syntax::WordNetPos;

// WordNet lexicographer files that hold proper names.
constexpr int kLexArtifact = 6;
constexpr int kLexGroup = 14;
constexpr int kLexLocation = 15;
constexpr int kLexObject = 17;
constexpr int kLexPerson = 18;

struct Pointer {
  std::string_view symbol;
  std::uint32_t target;
  char pos;
  int target_word;  // 1-based; 0 means the whole synset
};

struct Synset {
  int lexfile = 0;
  std::vector<std::string> words;  // underscores replaced by spaces, lex ids dropped
  std::vector<Pointer> pointers;
  std::string_view gloss;
};

std::string WordFromLemma(std::string_view lemma) {
  std::string word(lemma);
  std::replace(word.begin(), word.end(), '_', ' ');
  if (const auto paren = word.find('('); paren != std::string::npos)
    word.resize(paren);  // adj markers
  return word;
}

// Parses one line of a WordNet data file; returns false for licence header lines.
bool ParseSynset(std::string_view line, std::uint32_t* offset, Synset* synset) {
  if (line.empty() || line[0] == ' ') return false;
  const std::size_t bar = line.find(" | ");
  if (bar != std::string_view::npos) synset->gloss = line.substr(bar + 3);
  WordNetFields fields(line.substr(0, bar));
  std::string_view pos, word, lex_id;
  int words = 0;
  if (!fields.NextInt(offset) || !fields.NextInt(&synset->lexfile) || !fields.Next(&pos) ||
      !fields.NextInt(&words, 16)) {
    return false;
  }
  for (int i = 0; i < words && fields.Next(&word) && fields.Next(&lex_id); ++i) {
    synset->words.push_back(WordFromLemma(word));
  }
  int pointers = 0;
  fields.NextInt(&pointers);
  for (int i = 0; i < pointers; ++i) {
    std::string_view symbol, target_pos, source_target;
    std::uint32_t target = 0;
    if (!fields.Next(&symbol) || !fields.NextInt(&target) || !fields.Next(&target_pos) ||
        !fields.Next(&source_target) || source_target.size() != 4) {
      return false;
    }
    constexpr std::array<std::string_view, 6> kKept = {"@i", "@", "#p", "#m", "+", "\\"};
    const auto kept = std::find(kKept.begin(), kKept.end(), symbol);
    if (kept == kKept.end()) continue;
    int target_word = 0;
    std::from_chars(source_target.data() + 2, source_target.data() + 4, target_word, 16);
    synset->pointers.push_back({*kept, target, target_pos[0], target_word});
  }
  return true;
}

// The head (last word) of a class name: "European country" -> "country".
std::string_view Head(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

// The noun synsets of data.noun, parsed on first use. A synset's offset is the byte offset of its
// line in the file, so any synset can be read without indexing the whole file.
class NounSynsets {
 public:
  explicit NounSynsets(WordNetData data) : data_(data) {}

  const Synset* At(std::uint32_t offset) {
    const auto cached = cache_.find(offset);
    if (cached != cache_.end()) return cached->second.get();
    std::unique_ptr<Synset> synset;
    if (const std::string_view line = data_.Record(offset); !line.empty()) {
      std::uint32_t parsed_offset = 0;
      synset = std::make_unique<Synset>();
      if (!ParseSynset(line, &parsed_offset, synset.get()) || parsed_offset != offset)
        synset.reset();
    }
    return cache_.emplace(offset, std::move(synset)).first->second.get();
  }

 private:
  WordNetData data_;
  std::unordered_map<std::uint32_t, std::unique_ptr<Synset>> cache_;
};

// Adds the single lower-case words of a data file's synsets ("laughter", "sector") to `words`.
void AddCommonWords(const WordNetData& data, std::unordered_set<std::string>* words) {
  data.ForEachRecord([&](std::string_view line) {
    WordNetFields fields(line);
    std::string_view field, word, lex_id;
    int count = 0;
    if (!fields.Next(&field) || !fields.Next(&field) || !fields.Next(&field) ||
        !fields.NextInt(&count, 16)) {
      return;
    }
    for (int i = 0; i < count && fields.Next(&word) && fields.Next(&lex_id); ++i) {
      const bool lower = std::all_of(word.begin(), word.end(),
                                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
      if (lower) words->emplace(word);
    }
  });
}

// The name a demonym stands for among its place's names: the first, unless the first shares
// less than three letters with `adjective` and another name is a country's own name sharing
// more. WordNet has "Chinese" pertain to the synset "Taiwan, China, Nationalist China, Republic
// of China", whose "China" is the country the adjective names.
// How many letters `a` and `b` share from their start ("Nigerian", "Nigeria": 7).
std::size_t CommonPrefixLength(std::string_view a, std::string_view b) {
  std::size_t length = 0;
  while (length < a.size() && length < b.size() && a[length] == b[length])
    ++length;
  return length;
}

const std::string& DemonymPlace(std::string_view adjective, const std::vector<std::string>& names,
                                const std::unordered_set<std::string>& country_names) {
  auto shared = [&](std::string_view name) { return CommonPrefixLength(name, adjective); };
  const std::string* best = &names.front();
  std::size_t best_length = shared(*best);
  if (best_length >= 3) return *best;
  for (const std::string& name : names) {
    if (shared(name) >= 3 && shared(name) > best_length && country_names.contains(name)) {
      best = &name;
      best_length = shared(name);
    }
  }
  return *best;
}

// Lexicographer files of nouns for kinds of things that are never entities: acts ("IPO"),
// cognition ("Islam"), communication ("Arabic", "Bible"), food ("Coke"), people ("Jew",
// "Methodist"), states ("ADHD"), substances, times ("Christmas").
bool IsKindLexfile(std::string_view lexfile) {
  static constexpr std::string_view kKindFiles[] = {"04", "09", "10", "13", "18", "26", "27", "28"};
  return std::find(std::begin(kKindFiles), std::end(kKindFiles), lexfile) != std::end(kKindFiles);
}

// The one-word capitalised nouns, split into those that name a kind, not one thing (every
// sense of them is a kind, see IsKindLexfile, or one event, era or text: "Holocaust",
// "Renaissance", "Exodus") and the others. A word WordNet also files as a group ("Treasury",
// "Fed", "FBI") or a person may name an entity and is among the others.
void AddCapitalisedNouns(const WordNetData& nouns, std::unordered_set<std::string>* kinds,
                         std::unordered_set<std::string>* others) {
  std::unordered_map<std::string, bool> only_kinds;
  nouns.ForEachRecord([&](std::string_view line) {
    const bool instance = line.find(" @i ") < line.find(" | ");
    WordNetFields fields(line);
    std::string_view field, lexfile, word, lex_id;
    int count = 0;
    if (!fields.Next(&field) || !fields.Next(&lexfile) || !fields.Next(&field) ||
        !fields.NextInt(&count, 16)) {
      return;
    }
    const bool kind = IsKindLexfile(lexfile) && !(instance && lexfile == "18");  // people
    for (int i = 0; i < count && fields.Next(&word) && fields.Next(&lex_id); ++i) {
      if (!IsCapitalised(word) || word.find('_') != std::string_view::npos) continue;
      auto [it, inserted] = only_kinds.emplace(word, kind);
      if (!inserted) it->second = it->second && kind;
    }
  });
  for (const auto& [word, kind] : only_kinds)
    (kind ? kinds : others)->insert(word);
}

}  // namespace

Result<Gazetteer> Gazetteer::LoadWordNet(syntax::WordNetFiles& wordnet,
                                         const PlaceClasses& classes) {
  Result<WordNetData> noun_data = wordnet.Data(WordNetPos::kNoun);
  if (!noun_data.ok()) return noun_data.status();
  Result<WordNetData> adjective_data = wordnet.Data(WordNetPos::kAdjective);
  if (!adjective_data.ok()) return adjective_data.status();
  Result<WordNetIndex> noun_index = wordnet.Index(WordNetPos::kNoun);
  if (!noun_index.ok()) return noun_index.status();
  Result<WordNetIndex> verb_index = wordnet.Index(WordNetPos::kVerb);
  if (!verb_index.ok()) return verb_index.status();
  Result<syntax::WordNetExceptions> noun_exceptions = wordnet.Exceptions(WordNetPos::kNoun);
  if (!noun_exceptions.ok()) return noun_exceptions.status();

  NounSynsets nouns(*noun_data);
  std::vector<std::uint32_t> instances;
  std::vector<std::uint32_t> kinds_of_person;  // noun.person synsets that are no instances
  noun_data->ForEachRecord([&](std::string_view line) {
    WordNetFields fields(line);
    std::uint32_t offset = 0;
    int lexfile = 0;
    if (!fields.NextInt(&offset) || !fields.NextInt(&lexfile)) return;
    if (line.find(" @i ") != std::string_view::npos && line.find(" | ") > line.find(" @i ")) {
      instances.push_back(offset);
    } else if (lexfile == kLexPerson) {
      kinds_of_person.push_back(offset);
    }
  });

  auto is_instance = [](const Synset& synset) {
    return std::any_of(synset.pointers.begin(), synset.pointers.end(),
                       [](const Pointer& p) { return p.symbol == "@i"; });
  };
  auto class_words = [&](const Synset& synset) {
    std::vector<std::string_view> words;
    for (const Pointer& p : synset.pointers) {
      if (p.symbol != "@i") continue;
      if (const Synset* target = nouns.At(p.target)) {
        words.insert(words.end(), target->words.begin(), target->words.end());
      }
    }
    return words;
  };
  auto is_class = [&](const Synset& synset, const auto& heads) {
    for (std::string_view word : class_words(synset)) {
      if (std::find(heads.begin(), heads.end(), Head(word)) != heads.end()) return true;
    }
    return false;
  };
  // The instances of a class with a government ("European country", "city").
  auto governed = [&](const Synset& synset) {
    return is_class(synset, classes.governed) || is_class(synset, classes.countries);
  };
  auto type_of_synset = [&](const Synset& synset) -> std::optional<EntityType> {
    if (!is_instance(synset)) return std::nullopt;
    switch (synset.lexfile) {
      case kLexPerson:
        return EntityType::kPerson;
      case kLexGroup:
      case kLexArtifact:
        return EntityType::kOrg;
      case kLexLocation:
      case kLexObject:
        return governed(synset) ? EntityType::kGpe : EntityType::kLoc;
      default:
        return std::nullopt;
    }
  };

  Gazetteer gazetteer;
  // Types follow sense frequency: index.noun lists a lemma's synsets most frequent first.
  std::vector<std::uint32_t> offsets;
  noun_index->ForEachEntry([&](const WordNetIndexEntry& entry) {
    const std::string_view lemma = entry.lemma;
    entry.SynsetOffsets(&offsets);
    std::string name_key;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      const std::uint32_t offset = offsets[i];
      if (i == 0 && lemma.find('_') == std::string_view::npos &&
          std::binary_search(kinds_of_person.begin(), kinds_of_person.end(), offset)) {
        gazetteer.person_nouns_.emplace(lemma);
      }
      if (!std::binary_search(instances.begin(), instances.end(), offset)) continue;
      if (name_key.empty()) name_key = WordFromLemma(lemma);
      const Synset* synset = nouns.At(offset);
      if (synset == nullptr) continue;
      // A heavenly body in its most frequent instance sense is no entity: "Venus", not the
      // goddess.
      if (synset->lexfile == kLexObject && is_class(*synset, classes.celestial)) {
        for (const std::string& word : synset->words) {
          if (IsCapitalised(word) && AsciiLower(word) == name_key &&
              !gazetteer.types_.contains(word))
            gazetteer.kind_nouns_.insert(word);
        }
        break;
      }
      const std::optional<EntityType> type = type_of_synset(*synset);
      if (!type) continue;
      for (const std::string& word : synset->words) {
        if (IsCapitalised(word) && AsciiLower(word) == name_key)
          gazetteer.types_.emplace(word, *type);
      }
    }
  });

  std::unordered_set<std::string> country_names;  // each country's first name: "China"
  for (std::uint32_t offset : instances) {
    const Synset& synset = *nouns.At(offset);
    if (synset.lexfile != kLexLocation || synset.gloss.find("capital") == std::string_view::npos) {
      continue;
    }
    for (const Pointer& p : synset.pointers) {
      if (p.symbol != "#p") continue;
      const Synset* country = nouns.At(p.target);
      if (country == nullptr || country->words.empty() || !is_class(*country, classes.countries)) {
        continue;
      }
      for (const std::string& city : synset.words) {
        if (IsCapitalised(city)) gazetteer.capitals_.emplace(city, country->words.front());
      }
      gazetteer.countries_.insert(country->words.begin(), country->words.end());
      country_names.insert(country->words.front());
      break;
    }
  }

  adjective_data->ForEachRecord([&](std::string_view line) {
    const std::string_view head = line.substr(0, line.find(" | "));
    if (std::none_of(head.begin(), head.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return;
    std::uint32_t offset = 0;
    Synset synset;
    if (!ParseSynset(line, &offset, &synset)) return;
    // "Egyptian" points at Egypt and at the Egyptian Empire: prefer a country, then the
    // pertainym ("relating to Nigeria") over a derivation (WordNet derives "Nigerian" from Niger
    // too), then the first.
    const Synset* chosen = nullptr;
    int chosen_rank = -1;
    for (const Pointer& p : synset.pointers) {
      if ((p.symbol != "+" && p.symbol != "\\") || p.pos != 'n') continue;
      const Synset* place = nouns.At(p.target);
      if (place == nullptr || place->words.empty() || !is_instance(*place)) continue;
      if (place->lexfile != kLexLocation && place->lexfile != kLexObject) continue;
      const int rank = (gazetteer.countries_.contains(place->words.front()) ? 2 : 0) +
                       (p.symbol == "\\" ? 1 : 0);
      if (rank > chosen_rank) {
        chosen = place;
        chosen_rank = rank;
      }
    }
    if (chosen == nullptr) return;
    for (const std::string& adjective : synset.words) {
      if (!IsCapitalised(adjective)) continue;
      const std::string& place = DemonymPlace(adjective, chosen->words, country_names);
      auto [it, inserted] = gazetteer.demonyms_.emplace(adjective, place);
      // Two senses naming two countries ("Nigerian": Niger by a derivation, Nigeria by a
      // pertainym): the name the word is made from, the one sharing more of its letters.
      const bool better_country =
          gazetteer.countries_.contains(place) &&
          CommonPrefixLength(adjective, place) > CommonPrefixLength(adjective, it->second);
      if (!inserted && (!gazetteer.countries_.contains(it->second) || better_country))
        it->second = place;
    }
  });
  // A noun for a country's people is a demonym too where no adjective is one ("Slovak": a
  // member of Slovakia's people, WordNet's member holonym; the adjective is "Slovakian").
  for (std::uint32_t offset : kinds_of_person) {
    const Synset* person = nouns.At(offset);
    if (person == nullptr) continue;
    for (const Pointer& p : person->pointers) {
      const Synset* country = p.symbol == "#m" ? nouns.At(p.target) : nullptr;
      if (country == nullptr || country->words.empty() ||
          !gazetteer.countries_.contains(country->words.front())) {
        continue;
      }
      for (const std::string& word : person->words) {
        if (IsCapitalised(word) && word.find('_') == std::string::npos)
          gazetteer.demonyms_.emplace(word, country->words.front());
      }
    }
  }
  AddCommonWords(*noun_data, &gazetteer.common_words_);
  AddCommonWords(*adjective_data, &gazetteer.common_words_);
  // Irregular plurals of common nouns are common words too ("gunmen", "women").
  noun_exceptions->ForEachException([&](std::string_view plural, std::string_view base) {
    if (gazetteer.common_words_.contains(std::string(base)))
      gazetteer.common_words_.emplace(plural);
  });
  AddCapitalisedNouns(*noun_data, &gazetteer.kind_nouns_, &gazetteer.proper_nouns_);
  verb_index->ForEachEntry(
      [&](const WordNetIndexEntry& entry) { gazetteer.verbs_.emplace(entry.lemma); });
  return gazetteer;
}

bool Gazetteer::IsCommonWord(std::string_view word) const {
  const std::string lower = AsciiLower(word);
  if (common_words_.contains(lower)) return true;
  // WordNet's detachment rules for noun plurals ("gunmen" -> "gunman", "ashes" -> "ash"), but for
  // the plain "-s", which callers weigh themselves ("Keys", "Times" may be names).
  for (const syntax::WordNetDetachment& rule :
       syntax::WordNetDetachmentRules(syntax::WordNetPos::kNoun)) {
    const std::string_view ending = rule.suffix;
    if (ending == "s" || lower.size() <= ending.size() + 1 || !lower.ends_with(ending)) continue;
    std::string base = lower.substr(0, lower.size() - ending.size());
    base += rule.replacement;
    if (common_words_.contains(base)) return true;
  }
  return false;
}

std::optional<EntityType> Gazetteer::TypeOf(std::string_view name) const {
  const auto it = types_.find(std::string(name));
  if (it == types_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string_view> Gazetteer::PlaceOfDemonym(std::string_view adjective) const {
  const auto it = demonyms_.find(std::string(adjective));
  if (it == demonyms_.end()) return std::nullopt;
  return it->second;
}

bool Gazetteer::IsVerb(std::string_view word) const {
  return verbs_.contains(std::string(word));
}

bool Gazetteer::IsKindNoun(std::string_view word, bool plural) const {
  if (kind_nouns_.contains(std::string(word))) return true;
  if (!plural || !word.ends_with('s')) return false;
  word.remove_suffix(1);  // "Jews"
  if (kind_nouns_.contains(std::string(word))) return true;
  return word.ends_with('e') && kind_nouns_.contains(std::string(word.substr(0, word.size() - 1)));
}

bool Gazetteer::IsProperNoun(std::string_view word) const {
  return proper_nouns_.contains(std::string(word));
}

bool Gazetteer::IsPersonNoun(std::string_view word) const {
  return person_nouns_.contains(AsciiLower(word));
}

bool Gazetteer::IsCountry(std::string_view name) const {
  return countries_.contains(std::string(name));
}

std::optional<std::string_view> Gazetteer::CountryOfCapital(std::string_view city) const {
  const auto it = capitals_.find(std::string(city));
  if (it == capitals_.end()) return std::nullopt;
  return it->second;
}

}  // namespace kg
