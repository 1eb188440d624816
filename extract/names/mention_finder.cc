#include "names/mention_finder.h"

#include <algorithm>

#include "kg/ascii.h"
#include "names/head_words.h"
#include "names/mention_context.h"
#include "names/name_tokens.h"
#include "names/titles.h"
#include "names/web_text_names.h"
#include "names/word_shape.h"

namespace kg {
namespace {

// A proper noun, or a capitalised word the tagger took for a common noun that no dictionary
// knows as one: "Abbas told", "Cécile is a hairdresser" (names the tagger has not seen, which
// look like plurals or open their sentences), a body's head word after the article ("the
// Court ruled") and a known acronym or abbreviation ("the AP", "in the U.S"). Gerunds are no
// names ("Safeguarding").
bool IsNameWord(const DependencyTree& tree, int i, const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  if (IsNameToken(tree, i)) return true;
  const std::string_view form = tree.token(i).form;
  // "Bryan, you're in": a first name the tagger took for an adjective or interjection (not "Per
  // the report", a preposition).
  const std::string_view upos = tree.upos(i);
  if ((upos == "ADJ" || upos == "INTJ" || upos == "X") && IsCapitalisedWord(form) &&
      knowledge.IsGivenName(form) && !knowledge.IsCommonWord(form)) {
    return true;
  }
  // "Trump met with Putin": a known actor's one-word name (the actor dictionaries) may be a name
  // whatever the tagger or WordNet make of the word; the linker keeps it when its capitals say
  // so (entity_linker.cc, CollectNameEvidence).
  if (IsCapitalisedWord(form) && knowledge.KnownActor(form)) return true;
  if (tree.upos(i) != "NOUN" || !IsCapitalised(form)) return false;
  // "from the AP", "in the U.S": a known organisation's acronym or a known abbreviation the
  // tagger took for a noun; not a postal code ("a job in PR", "a tax ID").
  if (IsAllCaps(form)) {
    const ResolvedName name = knowledge.Resolve(form);
    const bool dotted = form.find('.') != std::string_view::npos;
    return !name.demonym && (name.type == EntityType::kOrg || (dotted && name.type));
  }
  if (!IsCapitalisedWord(form)) return false;
  if (IsBodyAfterArticle(words, tree, i)) return true;
  // "the teacher Adz": a capitalised noun after an occupation names the person.
  if (i > 0 && IsOccupation(words, tree.token(i - 1).form) && !IsTitleWord(words, form))
    return true;
  return !form.ends_with("ing") && !knowledge.IsCommonWord(form) &&
         !knowledge.IsCommonWord(tree.token(i).lemma);
}

// Whether the proper nouns from `i` on (through touching hyphens) reach a body head word.
// Body heads are the words of data/lexicon/words/name_heads/after_adjective.txt: "European
// Union", "African Export-Import Bank", "Black Sea".
bool RunReachesBodyHead(const Vocabulary& words, const DependencyTree& tree, int i) {
  for (int k = i; k < tree.size(); ++k) {
    const std::string_view form = tree.token(k).form;
    if (words.heads_after_adjective.Contains(form)) return true;
    const bool hyphen = (form == "-" || form == "\xE2\x80\x93") && k > 0 && Touching(tree, k - 1);
    if (!IsNameToken(tree, k) && !hyphen) return false;
  }
  return false;
}

// Words after a title word that make it the name of a body: "General Assembly".
bool IsBodyWord(const Vocabulary& words, std::string_view form) {
  return words.heads_after_title.Contains(form);
}

// A capitalised adjective or noun that opens a name the tagger split ("United States", "Black
// Sea", "European Union", "International Atomic Energy Agency"): followed, maybe after more such
// words, by a proper noun, and not the first word of the sentence unless the name ends in an
// organisation or place head word ("African Union leaders met") or is a known name ("New South
// Wales is ...").
bool OpensName(const DependencyTree& tree, int i, const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  auto capitalised_word = [&](int k) {
    const std::string_view upos = tree.upos(k);
    const std::string_view form = tree.token(k).form;
    // A title word naming a body opens its name: "Supreme Court".
    const bool title = IsTitleWord(words, form) &&
                       !(k + 1 < tree.size() && IsBodyWord(words, tree.token(k + 1).form));
    return (upos == "ADJ" || upos == "NOUN") && IsCapitalised(form) && !title;
  };
  if (!capitalised_word(i)) return false;
  int next = i + 1;  // "International Atomic Energy Agency": more such words may follow
  while (next < tree.size() && capitalised_word(next))
    ++next;
  if (next >= tree.size() || !IsNameToken(tree, next) || IsTitleWord(words, tree.token(next).form))
    return false;
  if (i > 0 || RunReachesBodyHead(words, tree, next)) return true;
  std::string run(tree.token(i).form);
  for (int k = i + 1; k < tree.size() && (k <= next || IsNameToken(tree, k)); ++k)
    run.append(" ").append(tree.token(k).form);
  return knowledge.Resolve(run).type.has_value();
}

// "Actor Doris Day", "Cosmonaut Alexei Leonov": a capitalised noun for a kind of person before a
// given name and more of a name is the person's occupation, not part of the name; a word that
// is also a name ("Baker Mayfield", "Hunter Biden") is not taken for one.
bool IsOccupationBeforeName(const DependencyTree& tree, std::string_view text, int k, int last,
                            const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  const std::string_view form = tree.token(k).form;
  if (k + 2 > last || !knowledge.IsPersonNoun(form) || knowledge.IsGivenName(form) ||
      knowledge.Resolve(form).type || !knowledge.IsGivenName(tree.token(k + 1).form)) {
    return false;
  }
  // Not a known name, a saint's ("Saint Lucia") or a body's or place's ("Saint Louis
  // University").
  return form != "Saint" && !knowledge.Resolve(TextOf(tree, text, k, last)).type &&
         !HasHeadWord(words, TextOf(tree, text, k + 1, last));
}

// Whether the word after `i` joins more words to a name: "of", "and", "&".
bool EndsWithConnective(const DependencyTree& tree, int i) {
  if (i + 1 >= tree.size()) return false;
  const std::string_view form = tree.token(i + 1).form;
  return form == "of" || form == "and" || form == "&";
}

bool IsPlaceName(const NameKnowledge& knowledge, std::string_view form) {
  const std::optional<EntityType> type = knowledge.Resolve(form).type;
  return type == EntityType::kGpe || type == EntityType::kLoc;
}

// Head words that take an "of" phrase inside one name: "Bank of England", "Gulf of Oman",
// "Ministry of Defence". Other "X of Y" runs are two names ("Muhammadu Buhari of Nigeria").
bool TakesOfInsideName(const Vocabulary& words, std::string_view form) {
  return words.heads_taking_of.Contains(form);
}

// Whether the capitalised words that end at `last`, "and" between them, follow "of" after a
// head word of a body or place that takes it: "Department of Housing", "Department of Housing
// and Urban" (not the title in "Secretary of State").
bool InsideOfPhrase(const Vocabulary& words, const DependencyTree& tree, int last) {
  int k = last;
  while (k > 0 && (IsCapitalised(tree.token(k).form) || tree.token(k).form == "and"))
    --k;
  return k < last && k > 0 && tree.token(k).form == "of" &&
         TakesOfInsideName(words, tree.token(k - 1).form) &&
         !IsTitleWord(words, tree.token(k - 1).form);
}

// How many tokens after `last` continue the name that ends at `last`, or 0: another name token,
// A short lower-case word of letters only ("su", "hao", "yeon").
bool IsLowerCaseSyllable(std::string_view word) {
  return word.size() <= 5 && IsLowerCaseWord(word);
}

// "of" after a head word that takes it ("Bank of England"), a hyphen or en dash between touching
// capitalised words ("Export-Import", "Jean-Yves"), or a particle before a name
// ("al-Assad", "el-Sisi", "van Gogh").
int NameContinuation(const DependencyTree& tree, int last, const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  const int next = last + 1;
  if (next >= tree.size()) return 0;
  const std::string_view form = tree.token(next).form;
  if (IsNameWord(tree, next, knowledge)) return 1;
  // "Robert Bryngelson@AZURIX": a person's Notes address ends the name.
  if (NotesSurnameLength(form) > 0 && IsNameToken(tree, last)) return 1;
  // "the Gaza strip", "the Red sea": a lower-case word that completes a known place's name.
  if (IsLowerCaseWord(form) && tree.upos(next) == "NOUN" && IsNameToken(tree, last)) {
    std::string name = std::string(tree.token(last).form) + " " + std::string(form);
    name[name.size() - form.size()] = static_cast<char>(form[0] - 'a' + 'A');
    // The name itself, not a state it stands for ("US army").
    const ResolvedName place = knowledge.Resolve(name);
    if ((place.type == EntityType::kGpe || place.type == EntityType::kLoc) && place.name == name)
      return 1;
  }
  // "Kurdistan Workers' Party": a plural possessive apostrophe inside a name.
  if ((form == "'" || form == "\xE2\x80\x99") && tree.token(last).form.ends_with('s') &&
      Touching(tree, last) && next + 1 < tree.size() && IsNameToken(tree, next + 1)) {
    return 2;
  }
  // "the Dunmere People's Party": the possessive of a plural without a final "s" is as plural.
  if ((form == "'s" || form == "\xE2\x80\x99s") && Touching(tree, last) &&
      words.unmarked_plurals.Contains(AsciiLower(tree.token(last).form)) &&
      IsCapitalisedWord(tree.token(last).form) && next + 1 < tree.size() &&
      IsNameToken(tree, next + 1)) {
    return 2;
  }
  // "Elon Musk met ...": a capitalised common noun that the proper noun before it modifies as a
  // compound or a flat name part ends the name, unless it is a title ("Tarvel Governor"), the
  // proper noun is a place it describes ("U.S. Securities and Exchange Commission" is another
  // name) or the name goes on with "of" or "and".
  if (tree.upos(next) == "NOUN" && IsCapitalisedWord(form) && IsNameToken(tree, last) &&
      tree.head(last) == next && (tree.deprel(last) == "compound" || tree.deprel(last) == "flat") &&
      !IsTitleWord(words, form) && !EndsWithConnective(tree, next) &&
      !IsPlaceName(knowledge, tree.token(last).form)) {
    return 1;
  }
  // A capitalised adjective or noun inside a name: "Tarvel General Assembly".
  if ((tree.upos(next) == "ADJ" || tree.upos(next) == "NOUN") && IsCapitalised(form) &&
      next + 1 < tree.size() && IsNameToken(tree, next + 1)) {
    return 1;
  }
  if (form == "of" && next + 1 < tree.size() &&
      (IsNameToken(tree, next + 1) || OpensName(tree, next + 1, knowledge)) &&
      TakesOfInsideName(words, tree.token(last).form)) {
    return 2;
  }
  // "the Commission on International Religious Freedom", "the League for the Defence of Human
  // Rights": a body's head word takes "for" and "on" phrases inside its name too (not a title's:
  // "Minister for Trade" is a role; not a date: "the Agency on February 18").
  if ((form == "for" || form == "on") && next + 1 < tree.size() &&
      (IsNameToken(tree, next + 1) || OpensName(tree, next + 1, knowledge)) &&
      !IsCalendarWord(words, tree.token(next + 1).form) &&
      TakesOfInsideName(words, tree.token(last).form) &&
      !IsTitleWord(words, tree.token(last).form)) {
    return 2;
  }
  // "Department of Housing and Urban Development", "Ministry of Culture and Tourism": "and"
  // between capitalised common words inside an of-phrase ("Bank of England and Barclays" are
  // two names).
  if (form == "and" && next + 1 < tree.size() && IsCapitalisedWord(tree.token(next + 1).form) &&
      knowledge.IsCommonWord(tree.token(last).form) &&
      knowledge.IsCommonWord(tree.token(next + 1).form) && InsideOfPhrase(words, tree, last)) {
    return 2;
  }
  // The words after that "and" go on to the end of the name: "Urban Development".
  if (IsCapitalisedWord(form) &&
      (knowledge.IsCommonWord(form) || knowledge.IsCommonWord(tree.lemma(next))) &&
      InsideOfPhrase(words, tree, last) && tree.token(last - 1).form == "and") {
    return 1;
  }
  // "Kim Jong-su", "Lin Chia-hao": a romanised given name's second syllable, in lower case and
  // no English word, is part of the name ("United States-led" is no name: "led" is a verb's).
  const std::string_view syllable =
      next + 1 < tree.size() ? std::string_view(tree.token(next + 1).form) : std::string_view();
  if (IsHyphen(form) && Touching(tree, last) && Touching(tree, next) &&
      IsCapitalisedWord(tree.token(last).form) && IsLowerCaseSyllable(syllable) &&
      !syllable.ends_with("ed") && !knowledge.IsCommonWord(syllable) &&
      !knowledge.IsVerb(syllable) && IsNameToken(tree, last)) {
    return 2;
  }
  if (IsHyphen(form) && Touching(tree, last) && Touching(tree, next) &&
      IsCapitalised(tree.token(next + 1).form) &&
      !(knowledge.Resolve(tree.token(last).form).type &&
        knowledge.Resolve(tree.token(next + 1).form).type)) {  // not "Libya-Turkey relations"
    return 2;
  }
  if (IsNameParticle(words, form) && next + 1 < tree.size()) {
    if (IsCapitalised(tree.token(next + 1).form) && tree.upos(next + 1) == "PROPN") return 2;
    if (IsHyphen(tree.token(next + 1).form) && Touching(tree, next) && Touching(tree, next + 1) &&
        next + 2 < tree.size() && IsCapitalised(tree.token(next + 2).form)) {
      return 3;
    }
  }
  return 0;
}

// The number of particle tokens a name opens with before its first capitalised word: 2 for
// "al-Assad said" (particle and hyphen), 1 for "bin Laden", 2 for initials without periods ("V K
// Choudhry", which the tagger takes for numbers), 0 for other words.
int ParticleOpening(const Vocabulary& words, const DependencyTree& tree, int i) {
  const std::string_view form = tree.token(i).form;
  auto initial = [&](int k) {
    const std::string_view letter = tree.token(k).form;
    return letter.size() == 1 && letter[0] >= 'B' && letter[0] <= 'Z' && letter != "I";
  };
  int initials = 0;
  while (i + initials < tree.size() && initial(i + initials))
    ++initials;
  if (initials >= 2 && i + initials < tree.size() &&
      IsCapitalisedWord(tree.token(i + initials).form)) {
    return initials;
  }
  if ((form == "al" || form == "el") && i + 2 < tree.size() && IsHyphen(tree.token(i + 1).form) &&
      Touching(tree, i) && Touching(tree, i + 1) && IsCapitalised(tree.token(i + 2).form)) {
    return 2;
  }
  return IsOpeningNameParticle(words, form) && i + 1 < tree.size() && IsNameToken(tree, i + 1) ? 1
                                                                                               : 0;
}

// Whether the acronym at `i` heads a phrase opened by "a" or "an": "we have a CPA working
// with us" names an accountant, not the authority; "a NATO summit" still names NATO.
bool IsIndefiniteAcronym(const DependencyTree& tree, int i) {
  if (i == 0 || !IsAcronym(tree.token(i).form)) return false;
  const std::string_view article = tree.token(i - 1).form;
  if (article != "a" && article != "an" && article != "A" && article != "An") return false;
  return i + 1 == tree.size() || (tree.upos(i + 1) != "NOUN" && tree.upos(i + 1) != "PROPN");
}

// Adds the mention of tokens [first, last] unless it is a lone letter or grade ("X", "A+"),
// holds an exclamation ("Soooo") or is an acronym for one of a kind ("a CPA"). A Notes address
// that ends the name gives only its surname ("Robert Bryngelson@AZURIX": "Robert Bryngelson").
void AddMention(const Vocabulary& words, const DependencyTree& tree, std::string_view text,
                int first, int last, std::vector<TokenMention>* out) {
  const std::string_view only = tree.token(first).form;
  const bool has_digit =
      std::any_of(only.begin(), only.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (first == last && LetterCount(only) < 2 && !has_digit) return;  // but "K2", "G7"
  if (first == last && IsIndefiniteAcronym(tree, first)) return;
  for (int i = first; i <= last; ++i) {
    if (HasTripleLetter(tree.token(i).form)) return;
  }
  Span span{tree.token(first).begin, tree.token(last).end};
  if (const std::size_t surname = NotesSurnameLength(tree.token(last).form); surname > 0) {
    if (first == last) return;
    span.end = tree.token(last).begin + static_cast<std::uint32_t>(surname);
  }
  out->push_back({first, last, text.substr(span.begin, span.end - span.begin), span,
                  ContextType(words, tree, first, last), ConjunctOf(tree, first, last)});
}

// "Ambassador to Germany Richard Grenell", "Senator from Vermont Bernie Sanders": a run after a
// role and "to" or "from" that opens with a known
// state and goes on with at least two more words is the destination, then a person. Returns the
// last token of the destination, or -1.
int DestinationEnd(const DependencyTree& tree, std::string_view text, int first, int last,
                   const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  if (first < 2 || (tree.token(first - 1).form != "to" && tree.token(first - 1).form != "from")) {
    return -1;
  }
  const std::string_view role = tree.token(first - 2).form;
  if (!IsTitleWord(words, role) && !RoleOf(words, role)) return -1;
  for (int end = first; end + 2 <= last; ++end) {
    const std::string_view name = TextOf(tree, text, first, end);
    if (knowledge.Resolve(name).type == EntityType::kGpe) return end;
  }
  return -1;
}

// A possessive after a preposition with nothing owned after it names the owner's premises:
// "dinner at Kenneally's", "going to Del Frisco's in November". Only for an owner nothing else
// knows, or an organisation, whose first word is no given name ("to Putin's" stays the person). A
// name the alias table knows with its possessive ("Moody's") always takes it.
bool NamesPremises(const DependencyTree& tree, std::string_view text, int first, int last,
                   const NameKnowledge& knowledge) {
  const int possessive = last + 1;
  if (possessive >= tree.size()) return false;
  const std::string_view form = tree.token(possessive).form;
  // The possessive ending, not "us" ("Let's").
  if ((form != "'s" && form != "\xE2\x80\x99s" && form != "s") ||
      tree.token(possessive).xpos != "POS") {
    return false;
  }
  // A name the alias table knows with its possessive: "Moody's downgraded ...".
  const std::string_view whole = TextOf(tree, text, first, possessive);
  if (knowledge.Resolve(whole).type) return true;
  // Premises are where one goes or is: "at", "to", "from" ... before them. Elsewhere the
  // possessive is mostly a person's ("the choice was Biden's").
  // Not "a bracelet of Navaratnam's" either.
  if (first == 0 || tree.upos(first - 1) != "ADP" || tree.token(first - 1).form == "of")
    return false;
  int after = possessive + 1;
  // "Trump's \"America First\" plan": what is owned may follow a quotation mark.
  while (after < tree.size() && tree.upos(after) == "PUNCT" &&
         (tree.token(after).form == "\"" || tree.token(after).form == "\xE2\x80\x9C" ||
          tree.token(after).form == "'" || tree.token(after).form == "\xE2\x80\x98")) {
    ++after;
  }
  if (after < tree.size()) {
    const std::string_view upos = tree.upos(after);
    if (upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "NUM") return false;
  }
  const std::string_view name = TextOf(tree, text, first, last);
  // An owner of premises is a business nothing else knows, or an organisation; "Joe Biden" is
  // a person by his given name, "Earth" a planet.
  const std::optional<EntityType> type = knowledge.Resolve(name).type;
  return (!type || type == EntityType::kOrg) && !knowledge.IsGivenName(tree.token(first).form);
}

// "ISIS Caliphate", "White House Briefing", "BBC Breaking": an unknown run that opens with the
// known name of an organisation and goes on with common words only, or with a state's name and
// "War" ("Iraq War"), none of them a head word or a
// given name, is the known name followed by ordinary capitalised words. Returns the last token of
// the name.
int KnownNameEnd(const DependencyTree& tree, std::string_view text, int first, int last,
                 const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  if (first == last || knowledge.Resolve(TextOf(tree, text, first, last)).type) return last;
  for (int end = last - 1; end >= first; --end) {
    const ResolvedName prefix = knowledge.Resolve(TextOf(tree, text, first, end));
    // An organisation, or a state a war is named after ("Iran-Iraq War" names Iraq too). A
    // person's name goes on with a surname that may be any word ("Stephen Mold"), and a place's
    // name with another common word names something else ("US Constitution", "Riverside
    // County").
    const bool war =
        prefix.type == EntityType::kGpe && end + 1 == last && tree.token(last).form == "War";
    if ((prefix.type != EntityType::kOrg && !war) ||
        knowledge.IsGivenName(TextOf(tree, text, first, end)))
      continue;
    for (int k = end + 1; k <= last; ++k) {
      const std::string_view form = tree.token(k).form;
      if (!knowledge.IsCommonWord(form) || HasHeadWord(words, form) || knowledge.IsGivenName(form))
        return last;
    }
    return end;
  }
  return last;
}

// "the Democratic and Republican New Hampshire primaries": an unknown run made of a known
// organisation's name and a known state's is those two names (but "US Constitution" and
// "Washington DC" are no such pairs), and so is one made of a known state's name and a name
// opening with a given name ("President of the United States Donald Trump"). Returns the last
// token of the first, or -1.
int KnownPairEnd(const DependencyTree& tree, std::string_view text, int first, int last,
                 const NameKnowledge& knowledge) {
  auto known = [&](int from, int to, EntityType type) {
    const ResolvedName name = knowledge.Resolve(TextOf(tree, text, from, to));
    return name.type == type && !name.demonym;
  };
  if (first == last || knowledge.Resolve(TextOf(tree, text, first, last)).type) return -1;
  for (int end = first; end < last; ++end) {
    if (known(first, end, EntityType::kOrg) && known(end + 1, last, EntityType::kGpe)) return end;
    if (end + 1 < last && known(first, end, EntityType::kGpe) &&
        knowledge.IsGivenName(tree.token(end + 1).form)) {
      return end;
    }
  }
  return -1;
}

// "Marksville, Louisiana." and "Chillicothe, OH": a name followed by a comma and a known state
// or country that ends the phrase names a place in it. ("Ortiz, Ghana's president" does not.)
void TypePlacesBeforeTheirState(const DependencyTree& tree, const NameKnowledge& knowledge,
                                std::vector<TokenMention>* mentions) {
  for (std::size_t m = 0; m + 1 < mentions->size(); ++m) {
    TokenMention& place = (*mentions)[m];
    const TokenMention& state = (*mentions)[m + 1];
    if (place.context_type || state.first != place.last + 2 ||
        tree.token(place.last + 1).form != ",") {
      continue;
    }
    // "Harry Preuss, MD" is a doctor.
    if (place.last > place.first && knowledge.IsGivenName(tree.token(place.first).form)) continue;
    const bool phrase_ends = state.last + 1 == tree.size() || tree.upos(state.last + 1) == "PUNCT";
    const ResolvedName name = knowledge.Resolve(state.text);
    if (phrase_ends && name.type == EntityType::kGpe && !name.demonym)
      place.context_type = EntityType::kGpe;
  }
}

// "Law and Justice Party", "Securities and Exchange Commission": capitalised common words and
// "and" before an organisation's name that opens with common words are part of it, unless they
// hold a head word ("Senate and House of Representatives") or name a body with the same head
// word on their own ("Democratic and Republican Party"). A name before a comma or the "and"
// stays apart ("Phil Collins, and Unity Party").
void JoinCommonWordsBeforeAnd(const DependencyTree& tree, std::string_view text,
                              const NameKnowledge& knowledge, std::vector<TokenMention>* mentions) {
  const Vocabulary& words = knowledge.words();
  auto capitalised_common = [&](int k) {
    const std::string_view form = tree.token(k).form;
    const bool plural = form.size() > 3 && form.ends_with('s');  // "Roses"
    return IsCapitalisedWord(form) && !knowledge.IsGivenName(form) &&
           (knowledge.IsCommonWord(form) || knowledge.IsCommonWord(tree.lemma(k)) ||
            (plural && knowledge.IsCommonWord(form.substr(0, form.size() - 1))));
  };
  for (std::size_t m = 0; m < mentions->size(); ++m) {
    TokenMention& body = (*mentions)[m];
    const int conjunction = body.first - 1;
    if (conjunction < 1 || tree.token(conjunction).form != "and" ||
        TypeOfHeadWords(words, body.text) != EntityType::kOrg || !capitalised_common(body.first) ||
        knowledge.Resolve(tree.token(body.first).form).type) {
      continue;
    }
    int first = conjunction;
    while (first > 0 && capitalised_common(first - 1))
      --first;
    if (first == conjunction) continue;
    // The words before "and" may have been taken for a name of their own ("House Oversight").
    const bool after_mention = m > 0 && (*mentions)[m - 1].last >= first;
    if (after_mention &&
        ((*mentions)[m - 1].first != first || knowledge.Resolve((*mentions)[m - 1].text).type)) {
      continue;
    }
    // "Senate and House of Representatives": a body's name of its own before "and".
    const std::string_view before = TextOf(tree, text, first, conjunction - 1);
    if (HasHeadWord(words, before)) continue;
    const std::string alone = std::string(before) + " " + std::string(tree.token(body.last).form);
    if (knowledge.Resolve(alone).type) continue;
    body.first = first;
    body.span.begin = tree.token(first).begin;
    body.text = text.substr(body.span.begin, body.span.end - body.span.begin);
    if (after_mention) {
      mentions->erase(mentions->begin() + static_cast<std::ptrdiff_t>(m - 1));
      --m;
    }
  }
}

// The last token of a run of two or more capitalised words from `i` on, up to the next word
// that is not capitalised, when the run is a name the alias tables or WordNet know; else -1.
// Finds the names the tagger broke ("Red Hat said": "Red" tagged a verb).
int KnownRunEnd(const DependencyTree& tree, std::string_view text, int i,
                const NameKnowledge& knowledge) {
  int last = i;
  while (last + 1 < tree.size() && IsCapitalised(tree.token(last + 1).form) &&
         LetterCount(tree.token(last + 1).form) > 0) {
    ++last;
  }
  if (last == i || !IsCapitalised(tree.token(i).form)) return -1;
  const ResolvedName name = knowledge.Resolve(TextOf(tree, text, i, last));
  return name.type && !name.demonym ? last : -1;
}

}  // namespace

// "Grateful Dead drummer Mickey Hart", "a Civic Platform member": capitalised common words
// right before a lower-case role or occupation noun name the body the role is held in. The last
// token of that name, or -1. Every word must be capitalised, one of them inside the sentence and
// one no proper noun, none a known word for a people, place or title ("Norwegian", "Senate"),
// and a single word no common word.
int BodyBeforeRoleEnd(const DependencyTree& tree, int first, const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  auto common_capitalised = [&](int k) {
    const std::string_view upos = tree.upos(k);
    return (upos == "ADJ" || upos == "NOUN" || upos == "PROPN") &&
           IsCapitalisedWord(tree.token(k).form) && !IsTitleWord(words, tree.token(k).form) &&
           !knowledge.Resolve(tree.token(k).form).type;
  };
  if (!common_capitalised(first)) return -1;
  int last = first;
  while (last + 1 < tree.size() && common_capitalised(last + 1))
    ++last;
  const int role = last + 1;
  if (role >= tree.size() || (first == 0 && last == 0) || last - first > 3) return -1;
  // A run of proper nouns alone is more likely a person's name ("Lenz adviser X"); one common
  // word alone is a field or kind ("Internet entrepreneur", "Chess player").
  bool common_word = false;
  for (int k = first; k <= last; ++k)
    common_word = common_word || tree.upos(k) != "PROPN";
  if (first == last && knowledge.IsCommonWord(tree.token(first).form)) return -1;
  const std::string_view role_form = tree.token(role).form;
  const bool role_noun =
      common_word && IsLowerCaseWord(role_form) && tree.upos(role) == "NOUN" &&
      (RoleOf(words, role_form).has_value() || words.occupations.Contains(role_form));
  return role_noun ? last : -1;
}

std::vector<TokenMention> FindMentions(const DependencyTree& tree, std::string_view text,
                                       const NameKnowledge& knowledge) {
  const Vocabulary& words = knowledge.words();
  std::vector<TokenMention> mentions;
  int i = 0;
  while (i < tree.size()) {
    const std::string_view form = tree.token(i).form;
    if (const int last = BodyBeforeRoleEnd(tree, i, knowledge); last >= i) {
      AddMention(words, tree, text, i, last, &mentions);
      mentions.back().context_type = EntityType::kOrg;
      i = last + 1;
      continue;
    }
    if (!IsNameWord(tree, i, knowledge) && !OpensName(tree, i, knowledge) &&
        ParticleOpening(words, tree, i) == 0) {
      if (const int known_end = KnownRunEnd(tree, text, i, knowledge); known_end > i) {
        AddMention(words, tree, text, i, known_end, &mentions);
        i = known_end + 1;
        continue;
      }
      const bool people_word =
          (tree.upos(i) == "ADJ" || tree.upos(i) == "NOUN") && IsCapitalised(form);
      // "Republican Senator X": an adjective the alias tables know as an organisation's name is
      // a mention of it, as a word for a people is of its place.
      const bool affiliation = tree.upos(i) == "ADJ" && IsCapitalised(form) &&
                               knowledge.KnownType(form) == EntityType::kOrg;
      if ((people_word && knowledge.Resolve(form).demonym) || affiliation)
        AddMention(words, tree, text, i, i, &mentions);
      if (const int length = LowerCasePlaceLength(tree, text, i, knowledge)) {
        AddMention(words, tree, text, i, i + length - 1, &mentions);
        i += length;
        continue;
      }
      if (const int length = LowerCasePersonLength(tree, i, knowledge)) {
        AddMention(words, tree, text, i, i + length - 1, &mentions);
        mentions.back().context_type = EntityType::kPerson;
        i += length;
        continue;
      }
      ++i;
      continue;
    }
    if (const int length = SurnameFirstLength(tree, i)) {
      AddMention(words, tree, text, i, i + length - 1, &mentions);
      mentions.back().context_type = EntityType::kPerson;
      i += length;
      continue;
    }
    int last = i + ParticleOpening(words, tree, i);
    while (const int more = NameContinuation(tree, last, knowledge))
      last += more;
    // Split the run at title and calendar words; "of" inside a title run ("Secretary of State")
    // is part of the title.
    auto separates = [&](int k) {
      const std::string_view word = tree.token(k).form;
      if (IsHyphen(word)) {  // "Secretary-General"
        return IsTitleWord(words, tree.token(k - 1).form) ||
               IsTitleWord(words, tree.token(k + 1).form);
      }
      // "General Assembly", "Supreme Court": a title word naming a body is part of the name,
      // and so is one inside "Department of Justice".
      if (k < last && IsBodyWord(words, tree.token(k + 1).form)) return false;
      if (k >= 2 && tree.token(k - 1).form == "of" &&
          TakesOfInsideName(words, tree.token(k - 2).form) &&
          !IsTitleWord(words, tree.token(k - 2).form)) {
        return false;
      }
      return IsTitleWord(words, word) || IsCalendarWord(words, word) || IsGreeting(words, word) ||
             (k == i && IsOccupationBeforeName(tree, text, k, last, knowledge));
    };
    // "Prime Minister of Tunisia": a known place after "of" is no department of the title.
    auto names_place = [&](int k) {
      const std::optional<EntityType> type = knowledge.Resolve(tree.token(k).form).type;
      return type == EntityType::kGpe || type == EntityType::kLoc;
    };
    int k = i;
    while (k <= last) {
      while (k <= last &&
             (separates(k) ||
              (tree.token(k).form == "of" && k > i && IsTitleWord(words, tree.token(k - 1).form)) ||
              (k > i + 1 && tree.token(k - 1).form == "of" &&
               IsTitleWord(words, tree.token(k - 2).form) && !names_place(k)))) {
        ++k;
      }
      const int first = k;
      // "Prime Minister of India Narendra Modi": the place ends where it is known to.
      if (first > i + 1 && first <= last && tree.token(first - 1).form == "of" &&
          IsTitleWord(words, tree.token(first - 2).form)) {
        AddMention(words, tree, text, first, first, &mentions);
        k = first + 1;
        continue;
      }
      while (k <= last && !separates(k))
        ++k;
      int end = k - 1;
      while (end >= first && tree.token(end).form == "of")
        --end;
      if (first > end) continue;
      const int place_end = DestinationEnd(tree, text, first, end, knowledge);
      if (end == last && NamesPremises(tree, text, first, last, knowledge)) {
        AddMention(words, tree, text, first, last + 1, &mentions);
        mentions.back().context_type = EntityType::kLoc;
        last += 1;
        k = last + 1;
      } else if (place_end >= first) {
        AddMention(words, tree, text, first, place_end, &mentions);
        AddMention(words, tree, text, place_end + 1, end, &mentions);
      } else if (const int pair_end = KnownPairEnd(tree, text, first, end, knowledge);
                 pair_end >= first) {
        AddMention(words, tree, text, first, pair_end, &mentions);
        AddMention(words, tree, text, pair_end + 1, end, &mentions);
      } else {
        int name_end = KnownNameEnd(tree, text, first, end, knowledge);
        if (name_end == end) name_end = BeforeContactLabel(words, tree, first, end);
        // "CCNG, Inc.": the company form after a comma belongs to the name.
        if (name_end == last && last + 2 < tree.size() && tree.token(last + 1).form == "," &&
            IsCompanyForm(words, tree.token(last + 2).form)) {
          name_end = last + 2;
          last = name_end;
          k = last + 1;
        }
        AddMention(words, tree, text, first, name_end, &mentions);
      }
    }
    i = last + 1;
  }
  TypePlacesBeforeTheirState(tree, knowledge, &mentions);
  JoinCommonWordsBeforeAnd(tree, text, knowledge, &mentions);
  return mentions;
}

}  // namespace kg
