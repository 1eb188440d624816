#include "relations/tree_repair.h"

#include <algorithm>

#include "names/word_shape.h"

namespace kg {
namespace {

// Relations of a modifier that comes before the noun it modifies.
bool IsPremodifier(std::string_view relation) {
  return relation == "compound" || relation == "amod" || relation == "nmod:desc";
}

bool IsFiniteVerb(const syntax::Token& token) {
  return token.upos == "VERB" &&
         (token.xpos == "VBD" || token.xpos == "VBZ" || token.xpos == "VBP");
}

// Whether the verb is in a tense: a past or present form, or a past form the tagger took for a
// base form (its lemma differs from it: "spoke", "met").
bool IsTensedForm(const syntax::Token& token) {
  if (token.upos != "VERB") return false;
  if (IsFiniteVerb(token)) return true;
  return token.xpos == "VB" && IsLowerCaseWord(token.form) && token.form != token.lemma;
}

bool IsNominal(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "PRON";
}

bool IsRelativePronoun(const syntax::Token& token) {
  return token.upos == "PRON" && (token.xpos == "WP" || token.xpos == "WDT") &&
         (token.lemma == "who" || token.lemma == "which");
}

// The arcs of one sentence while they are mended. Dependents are found by scanning the heads:
// the arcs change as the repairs run, and sentences are short.
class ArcRepair {
 public:
  explicit ArcRepair(const std::vector<syntax::Token>& tokens) : tokens_(tokens) {
    arcs_.heads.reserve(tokens.size());
    arcs_.deprels.reserve(tokens.size());
    for (const syntax::Token& token : tokens) {
      arcs_.heads.push_back(token.head - 1);
      arcs_.deprels.emplace_back(token.deprel);
    }
  }

  RepairedArcs Run() && {
    MoveDependentsOffFlatWords();
    GiveNounRootsTheirVerbs();
    MakeStrayPrepositionsCaseMarkers();
    MoveCaseMarkersToTheirNouns();
    MarkRelativeClauses();
    GiveSubjectlessVerbsTheirSubjects();
    MarkPassivePredicates();
    MoveAgentsToPassiveVerbs();
    AttachProperAdjectivesToTheirNouns();
    JoinUnmarkedNamesToTheirNouns();
    GiveNamesBackTheirAppositionsAfterAges();
    GiveVerbsAfterAgesTheirSubjects();
    MakeAdjectivesAfterNamedObjectsPredicates();
    GiveSecondSubjectsBackToTheirNouns();
    MakeBareClausesAfterNamesComplements();
    SplitNamesFromAmountsAfterThem();
    CoordinateNamesAcrossAppositions();
    MakeFinalReportingClausesParataxis();
    CutCompoundsAtCommas();
    MakeNamesAfterActiveVerbsObjects();
    MakePronounsBeforePrepositionsObjects();
    CoordinateNamesBeforeOtherNames();
    JoinTitlesToTheNamesAfterThem();
    CoordinateTensedVerbsWithTheirFiniteVerbs();
    SplitUnmarkedPossessorsFromObjects();
    KeepSubjectsOnTheirSideOfCommas();
    MakeWhoseClausesRelative();
    MakeDeterminedNamesAfterVerbsObjects();
    MakeAgentsOfInfinitivesPassiveAgents();
    MakeUnmarkedAgentsObjects();
    return std::move(arcs_);
  }

 private:
  int size() const { return static_cast<int>(tokens_.size()); }
  std::string_view Upos(int i) const { return tokens_[i].upos; }
  void MoveCaseMarkersToTheirNouns();
  void MarkRelativeClauses();
  void GiveSubjectlessVerbsTheirSubjects();
  void MarkPassivePredicates();
  void MoveAgentsToPassiveVerbs();
  void AttachProperAdjectivesToTheirNouns();
  void JoinUnmarkedNamesToTheirNouns();
  void GiveNamesBackTheirAppositionsAfterAges();
  void GiveVerbsAfterAgesTheirSubjects();
  void MakeAdjectivesAfterNamedObjectsPredicates();
  void GiveSecondSubjectsBackToTheirNouns();
  void MakeBareClausesAfterNamesComplements();
  void SplitNamesFromAmountsAfterThem();
  void CoordinateNamesAcrossAppositions();
  void MakeFinalReportingClausesParataxis();
  void CutCompoundsAtCommas();
  void MakeNamesAfterActiveVerbsObjects();
  void MakePronounsBeforePrepositionsObjects();
  void CoordinateNamesBeforeOtherNames();
  void MakeStrayPrepositionsCaseMarkers();
  void JoinTitlesToTheNamesAfterThem();
  void CoordinateTensedVerbsWithTheirFiniteVerbs();
  void MoveDependentsOffFlatWords();
  void SplitUnmarkedPossessorsFromObjects();
  void MakeWhoseClausesRelative();
  void KeepSubjectsOnTheirSideOfCommas();
  void MakeDeterminedNamesAfterVerbsObjects();
  void MakeAgentsOfInfinitivesPassiveAgents();
  void MakeUnmarkedAgentsObjects();
  void GiveNounRootsTheirVerbs();
  int NameHead(int last) const;
  // Hangs `token` on `head` with `relation`.
  void Attach(int token, int head, std::string_view relation) {
    arcs_.heads[token] = head;
    arcs_.deprels[token] = relation;
  }
  bool HasSubject(int verb) const;
  // Whether `token` has a marker before it with the lemma: a case marker, or with `relation`
  // "mark" a clause marker.
  bool HasCaseMarker(int token, std::string_view lemma, std::string_view relation = "case") const;
  bool HasDependent(int token, std::string_view relation) const;
  bool HasPassiveMarker(int verb) const;

  const std::vector<syntax::Token>& tokens_;
  RepairedArcs arcs_;
};

void ArcRepair::MoveCaseMarkersToTheirNouns() {
  for (int marker = 0; marker < size(); ++marker) {
    if (arcs_.deprels[marker] != "case" || arcs_.heads[marker] <= marker) continue;
    int noun = arcs_.heads[marker];
    while (IsPremodifier(arcs_.deprels[noun]) && arcs_.heads[noun] > noun &&
           arcs_.heads[noun] < size())
      noun = arcs_.heads[noun];
    if (noun == arcs_.heads[marker]) continue;
    arcs_.heads[marker] = noun;
    if (arcs_.deprels[noun] == "obj" || arcs_.deprels[noun] == "iobj") {
      const int governor = arcs_.heads[noun];
      arcs_.deprels[noun] = governor >= 0 && Upos(governor) == "VERB" ? "obl" : "nmod";
    }
  }
}

void ArcRepair::MarkRelativeClauses() {
  for (int pronoun = 0; pronoun < size(); ++pronoun) {
    if (!IsRelativePronoun(tokens_[pronoun]) || !arcs_.deprels[pronoun].starts_with("nsubj"))
      continue;
    const int clause = arcs_.heads[pronoun];
    if (clause <= pronoun || clause >= size()) continue;
    const int noun = arcs_.heads[clause];
    const std::string_view relation = arcs_.deprels[clause];
    if (noun < 0 || noun >= pronoun || !IsNominal(Upos(noun))) continue;
    if (relation == "parataxis" || relation == "conj" || relation == "appos" || relation == "dep")
      arcs_.deprels[clause] = "acl:relcl";
  }
}

void ArcRepair::GiveSubjectlessVerbsTheirSubjects() {
  for (int verb = 1; verb < size(); ++verb) {
    if (!IsFiniteVerb(tokens_[verb]) || HasSubject(verb)) continue;
    // The noun phrase right before the verb, past its auxiliaries: its head and first token.
    int last = verb - 1;
    while (last > 0 && arcs_.heads[last] == verb && arcs_.deprels[last].starts_with("aux"))
      --last;
    int phrase = last;
    for (int step = 0;
         step < size() && (arcs_.deprels[phrase] == "flat" || arcs_.deprels[phrase] == "compound");
         ++step) {
      if (arcs_.heads[phrase] < 0 || arcs_.heads[phrase] > last) break;
      phrase = arcs_.heads[phrase];
    }
    int first = std::min(phrase, last);
    while (first > 0 && arcs_.heads[first - 1] >= first && arcs_.heads[first - 1] <= last &&
           arcs_.deprels[first - 1] != "punct")
      --first;
    const bool apposition_after_comma = arcs_.deprels[phrase] == "appos" &&
                                        arcs_.heads[phrase] < first && first > 0 &&
                                        tokens_[first - 1].form == ",";
    if (!apposition_after_comma || !IsNominal(Upos(phrase))) continue;
    Attach(phrase, verb, "nsubj");
  }
}

void ArcRepair::MarkPassivePredicates() {
  for (int noun = 0; noun < size(); ++noun) {
    const int verb = arcs_.heads[noun];
    if (verb < 0 || arcs_.deprels[noun] != "obj" || tokens_[noun].xpos != "NN") continue;
    if (!HasPassiveMarker(verb) || HasDependent(noun, "det") || HasDependent(noun, "nmod:poss"))
      continue;
    arcs_.deprels[noun] = "xcomp";
  }
}

void ArcRepair::MoveAgentsToPassiveVerbs() {
  for (int agent = 0; agent < size(); ++agent) {
    const int noun = arcs_.heads[agent];
    if (noun < 0 || arcs_.deprels[agent] != "nmod" || !HasCaseMarker(agent, "by")) continue;
    const int verb = arcs_.heads[noun];
    const std::string_view relation = verb >= 0 ? arcs_.deprels[noun] : "";
    if (relation != "obj" && relation != "xcomp" && relation != "obl") continue;
    if (Upos(verb) != "VERB" || !HasPassiveMarker(verb) || HasDependent(verb, "obl:agent"))
      continue;
    Attach(agent, verb, "obl:agent");
  }
}

void ArcRepair::AttachProperAdjectivesToTheirNouns() {
  for (int adjective = 0; adjective + 1 < size(); ++adjective) {
    const std::string_view form = tokens_[adjective].form;
    const int verb = arcs_.heads[adjective];
    if (Upos(adjective) != "ADJ" || arcs_.deprels[adjective] != "xcomp" || !IsCapitalised(form) ||
        verb < 0 || Upos(verb) != "VERB") {
      continue;
    }
    // The noun phrase right after the adjective, and its head: the last of its words whose
    // head lies outside it.
    int last = adjective;
    while (last + 1 < size() && (Upos(last + 1) == "PROPN" || Upos(last + 1) == "NOUN"))
      ++last;
    int noun = -1;
    for (int word = adjective + 1; word <= last; ++word) {
      if (arcs_.heads[word] <= adjective || arcs_.heads[word] > last) noun = word;
    }
    if (noun < 0) continue;
    bool other_object = false;
    for (int i = 0; i < size(); ++i) {
      if (i != noun && arcs_.heads[i] == verb && arcs_.deprels[i] == "obj") other_object = true;
    }
    if (other_object) continue;
    Attach(noun, verb, "obj");
    Attach(adjective, noun, "amod");
  }
}

void ArcRepair::JoinUnmarkedNamesToTheirNouns() {
  for (int name = 1; name < size(); ++name) {
    const int noun = arcs_.heads[name];
    if (arcs_.deprels[name] != "nmod" || Upos(name) != "PROPN" || noun < 0 || noun >= name ||
        Upos(noun) != "NOUN" || HasDependent(name, "case") || HasDependent(noun, "nmod:poss")) {
      continue;
    }
    bool adjacent = true;  // every word between the noun and the name belongs to the name
    for (int i = noun + 1; i < name; ++i) {
      if (arcs_.heads[i] != name) adjacent = false;
    }
    if (!adjacent) continue;
    Attach(name, arcs_.heads[noun], arcs_.deprels[noun]);
    Attach(noun, name, "compound");
    for (int i = 0; i < noun; ++i) {  // the noun's determiner and adjectives
      if (arcs_.heads[i] == noun) arcs_.heads[i] = name;
    }
  }
}

void ArcRepair::GiveNamesBackTheirAppositionsAfterAges() {
  for (int age = 2; age + 2 < size(); ++age) {
    if (Upos(age) != "NUM" || tokens_[age - 1].form != "," || tokens_[age + 1].form != "," ||
        Upos(age - 2) != "PROPN") {
      continue;
    }
    const int name = NameHead(age - 2);
    for (int noun = age + 2; noun < size(); ++noun) {
      const int verb = arcs_.heads[noun];
      if (!arcs_.deprels[noun].starts_with("nsubj") || Upos(noun) != "NOUN" || verb <= noun ||
          arcs_.heads[verb] != name) {
        continue;
      }
      Attach(verb, arcs_.heads[name], arcs_.deprels[name]);
      Attach(name, verb, arcs_.deprels[noun]);
      Attach(noun, name, "appos");
      break;
    }
  }
}

void ArcRepair::GiveVerbsAfterAgesTheirSubjects() {
  for (int age = 1; age + 2 < size(); ++age) {
    const int name = arcs_.heads[age];
    const int verb = age + 2;
    if (Upos(age) != "NUM" || tokens_[age - 1].form != "," || tokens_[age + 1].form != "," ||
        name < 0 || name >= age || Upos(name) != "PROPN" || arcs_.heads[verb] != name ||
        !IsFiniteVerb(tokens_[verb]) || HasSubject(verb)) {
      continue;
    }
    Attach(verb, arcs_.heads[name], arcs_.deprels[name]);
    Attach(name, verb, "nsubj");
  }
}

void ArcRepair::MakeAdjectivesAfterNamedObjectsPredicates() {
  for (int adjective = 1; adjective < size(); ++adjective) {
    const int name = arcs_.heads[adjective];
    if (Upos(adjective) != "ADJ" || arcs_.deprels[adjective] != "amod" || name < 0 ||
        name >= adjective || Upos(name) != "PROPN" || arcs_.deprels[name] != "obj") {
      continue;
    }
    Attach(adjective, arcs_.heads[name], "xcomp");
  }
}

void ArcRepair::GiveSecondSubjectsBackToTheirNouns() {
  for (int marker = 1; marker + 1 < size(); ++marker) {
    const int noun = marker - 1;
    const int verb = arcs_.heads[marker];
    if (arcs_.deprels[marker] != "mark" || Upos(marker) != "ADP" || verb < 0 ||
        arcs_.heads[noun] != verb || !arcs_.deprels[noun].starts_with("nsubj") ||
        Upos(noun) != "NOUN") {
      continue;
    }
    for (int second = marker + 1; second < verb; ++second) {
      if (arcs_.heads[second] != verb || !arcs_.deprels[second].starts_with("nsubj")) continue;
      Attach(second, noun, "nmod");
      Attach(marker, second, "case");
      break;
    }
  }
}

void ArcRepair::MakeBareClausesAfterNamesComplements() {
  for (int clause = 0; clause < size(); ++clause) {
    const int name = arcs_.heads[clause];
    if (arcs_.deprels[clause] != "acl:relcl" || name < 0 || Upos(name) != "PROPN") continue;
    const int verb = arcs_.heads[name];
    if (verb < 0 || Upos(verb) != "VERB" || HasDependent(verb, "ccomp")) continue;
    bool relative_word = false;  // "who", "which", "that", "when", "where"
    for (int i = 0; i < size(); ++i) {
      const std::string_view xpos = tokens_[i].xpos;
      if (arcs_.heads[i] == clause && (xpos == "WP" || xpos == "WDT" || xpos == "WRB" ||
                                       xpos == "WP$" || tokens_[i].lemma == "that")) {
        relative_word = true;
      }
    }
    if (relative_word) continue;
    Attach(clause, verb, "ccomp");
  }
}

void ArcRepair::SplitNamesFromAmountsAfterThem() {
  for (int name = 0; name + 2 < size(); ++name) {
    const int amount = arcs_.heads[name];
    if (Upos(name) != "PROPN" || arcs_.deprels[name] != "compound" || amount <= name + 1 ||
        Upos(name + 1) != "NUM" || arcs_.deprels[amount] != "obj") {
      continue;
    }
    Attach(name, arcs_.heads[amount], "iobj");
  }
}

void ArcRepair::CoordinateNamesAcrossAppositions() {
  for (int name = 0; name < size(); ++name) {
    const int apposition = arcs_.heads[name];
    if (arcs_.deprels[name] != "conj" || Upos(name) != "PROPN" || apposition < 0 ||
        Upos(apposition) != "NOUN" || arcs_.deprels[apposition] != "appos") {
      continue;
    }
    const int described = arcs_.heads[apposition];
    if (described < 0 || Upos(described) != "PROPN") continue;
    arcs_.heads[name] = described;
  }
}

void ArcRepair::MakeFinalReportingClausesParataxis() {
  int verb = size() - 1;
  while (verb > 0 && Upos(verb) == "PUNCT")
    --verb;
  // "..., a French official told reporters.": the hearers may end the clause.
  int hearer = -1;
  if (verb > 1 && Upos(verb) == "NOUN" && arcs_.heads[verb] == verb - 1 &&
      (arcs_.deprels[verb] == "obj" || arcs_.deprels[verb] == "iobj")) {
    hearer = verb;
    --verb;
  }
  const int noun = verb - 1;
  bool other_object = false;
  for (int i = 0; i < size(); ++i) {
    other_object = other_object || (i != hearer && arcs_.heads[i] == verb &&
                                    (arcs_.deprels[i] == "obj" || arcs_.deprels[i] == "iobj"));
  }
  if (noun < 1 || Upos(verb) != "VERB" || !IsNominal(Upos(noun)) || other_object ||
      HasDependent(verb, "ccomp") || arcs_.heads[verb] < 0) {
    return;
  }
  int first = noun;  // the noun phrase's first word: its modifiers before it
  while (first > 0 && arcs_.heads[first - 1] == noun && tokens_[first - 1].form != ",")
    --first;
  if (first < 2 || tokens_[first - 1].form != ",") return;
  int root = 0;
  while (root < size() && arcs_.heads[root] >= 0)
    ++root;
  if (root >= first) return;
  Attach(verb, root, "parataxis");
  Attach(noun, verb, "nsubj");
}

void ArcRepair::CutCompoundsAtCommas() {
  for (int name = 1; name + 2 < size(); ++name) {
    const int head = arcs_.heads[name];
    const int verb = name - 1;
    if ((arcs_.deprels[name] != "compound" && arcs_.deprels[name] != "flat") || head <= name + 1 ||
        tokens_[name + 1].form != "," || Upos(verb) != "VERB" || HasDependent(verb, "obj")) {
      continue;
    }
    Attach(name, verb, "obj");
  }
}

void ArcRepair::MakeNamesAfterActiveVerbsObjects() {
  for (int name = 1; name < size(); ++name) {
    const int verb = name - 1;
    if (arcs_.deprels[name] != "xcomp" || Upos(name) != "PROPN" || arcs_.heads[name] != verb ||
        Upos(verb) != "VERB" || HasDependent(verb, "obj") || HasPassiveMarker(verb)) {
      continue;
    }
    const bool finite = IsFiniteVerb(tokens_[verb]) || HasDependent(verb, "aux");
    if (!finite || arcs_.deprels[verb].starts_with("acl")) continue;
    Attach(name, verb, "obj");
  }
}

void ArcRepair::MakePronounsBeforePrepositionsObjects() {
  for (int pronoun = 1; pronoun + 2 < size(); ++pronoun) {
    const int noun = arcs_.heads[pronoun];
    if (arcs_.deprels[pronoun] != "nmod:poss" || Upos(pronoun) != "PRON" || noun <= pronoun + 1 ||
        arcs_.heads[pronoun + 1] != noun || arcs_.deprels[pronoun + 1] != "case") {
      continue;
    }
    const int verb = arcs_.heads[noun];
    if (verb != pronoun - 1 || Upos(verb) != "VERB" || HasDependent(verb, "obj")) continue;
    Attach(pronoun, verb, "obj");
  }
}

void ArcRepair::CoordinateNamesBeforeOtherNames() {
  for (int conjunction = 1; conjunction + 2 < size(); ++conjunction) {
    const int last = conjunction - 1;  // the first name's last word
    const int head = arcs_.heads[last];
    if (Upos(conjunction) != "CCONJ" || Upos(last) != "PROPN" ||
        arcs_.deprels[last] != "compound" || head <= conjunction + 1 || Upos(head) != "PROPN" ||
        tokens_[head].xpos != "NNP") {
      continue;
    }
    // The second name runs from right after the conjunction to the head, every word its part.
    bool one_name = true;
    for (int word = conjunction + 1; word < head; ++word) {
      one_name = one_name && Upos(word) == "PROPN" && arcs_.heads[word] == head &&
                 (arcs_.deprels[word] == "compound" || arcs_.deprels[word] == "flat");
    }
    if (!one_name) continue;
    int first = last;
    while (first > 0 && Upos(first - 1) == "PROPN" && arcs_.heads[first - 1] == head &&
           arcs_.deprels[first - 1] == "compound")
      --first;
    // A determiner or possessor before both names makes them one body's name: "the Bill and
    // Ada Lenz Foundation", "the army's Research and Referral Hospital".
    bool determined = false;
    for (int dependent = 0; dependent < first; ++dependent) {
      const int governor = arcs_.heads[dependent];
      determined = determined ||
                   ((governor == head || (governor >= first && governor <= last)) &&
                    (arcs_.deprels[dependent] == "det" || arcs_.deprels[dependent] == "nmod:poss"));
    }
    if (determined) continue;
    for (int word = first; word < last; ++word)
      Attach(word, last, "compound");
    for (int dependent = 0; dependent < first; ++dependent) {  // "northern"
      if (arcs_.heads[dependent] == head) arcs_.heads[dependent] = last;
    }
    Attach(last, arcs_.heads[head], arcs_.deprels[head]);
    Attach(head, last, "conj");
    Attach(conjunction, head, "cc");
  }
}

void ArcRepair::MakeStrayPrepositionsCaseMarkers() {
  for (int preposition = 1; preposition + 1 < size(); ++preposition) {
    const int governor = arcs_.heads[preposition];
    if (Upos(preposition) != "ADP" || governor < 0) continue;
    int noun = -1;  // the preposition's nominal dependent after it
    for (int i = preposition + 1; i < size() && noun < 0; ++i) {
      if (arcs_.heads[i] == preposition && IsNominal(Upos(i))) noun = i;
    }
    // An apposition, or a modifier with an object ("talks with" hung on "talks", the name its
    // object): either way the preposition heads what its noun should.
    const std::string_view relation = arcs_.deprels[preposition];
    const bool headed = relation == "appos" || ((relation == "nmod" || relation == "obl") &&
                                                noun >= 0 && arcs_.deprels[noun] == "obj");
    if (noun < 0 || !headed) continue;
    // The noun stands beside the one the preposition hung on: an oblique of the same verb
    // ("met on Monday with X") or a modifier of that noun.
    const int verb = arcs_.heads[governor];
    if (relation != "appos") {
      Attach(noun, governor, relation);
    } else if (arcs_.deprels[governor].starts_with("obl") && verb >= 0) {
      Attach(noun, verb, "obl");
    } else {
      Attach(noun, governor, "nmod");
    }
    for (int i = 0; i < size(); ++i) {
      if (arcs_.heads[i] == preposition) arcs_.heads[i] = noun;
    }
    Attach(preposition, noun, "case");
  }
}

void ArcRepair::JoinTitlesToTheNamesAfterThem() {
  for (int title = 0; title + 1 < size(); ++title) {
    const int verb = arcs_.heads[title];
    const int name = title + 1;
    if (arcs_.deprels[title] != "nsubj" || Upos(title) != "NOUN" || Upos(name) != "PROPN" ||
        arcs_.heads[name] != verb || arcs_.deprels[name] != "nsubj") {
      continue;
    }
    Attach(title, name, "compound");
    for (int i = 0; i < title; ++i) {
      if (arcs_.heads[i] == title && arcs_.deprels[i] == "det") arcs_.heads[i] = name;
    }
  }
}

void ArcRepair::CoordinateTensedVerbsWithTheirFiniteVerbs() {
  for (int verb = 1; verb < size(); ++verb) {
    const int infinitive = arcs_.heads[verb];
    if (arcs_.deprels[verb] != "conj" || !IsTensedForm(tokens_[verb]) || infinitive < 0 ||
        infinitive >= verb || !HasCaseMarker(infinitive, "to", "mark")) {
      continue;
    }
    int finite = arcs_.heads[infinitive];
    while (finite >= 0 && !IsFiniteVerb(tokens_[finite]) && !HasDependent(finite, "aux"))
      finite = arcs_.heads[finite];
    if (finite >= 0) Attach(verb, finite, "conj");
  }
}

void ArcRepair::MoveDependentsOffFlatWords() {
  for (int dependent = 0; dependent < size(); ++dependent) {
    const int word = arcs_.heads[dependent];
    if (word < 0 || arcs_.deprels[word] != "flat" || arcs_.deprels[dependent] == "flat" ||
        arcs_.deprels[dependent] == "punct") {
      continue;
    }
    const int name = arcs_.heads[word];
    if (name >= 0) arcs_.heads[dependent] = name;
  }
}

void ArcRepair::SplitUnmarkedPossessorsFromObjects() {
  for (int name = 1; name < size(); ++name) {
    const int noun = arcs_.heads[name];
    if (arcs_.deprels[name] != "nmod:poss" || Upos(name) != "PROPN" || noun <= name ||
        HasDependent(name, "case")) {
      continue;
    }
    const bool oblique = arcs_.deprels[noun].starts_with("obl");
    if (arcs_.deprels[noun] != "obj" && !oblique) continue;
    const int verb = arcs_.heads[noun];
    if (verb < 0 || verb > name || Upos(verb) != "VERB") continue;
    // "charged businessman X with fraud": the name is the object the prepositional noun follows.
    if (oblique) {
      if (!HasDependent(verb, "obj")) Attach(name, verb, "obj");
      continue;
    }
    // "met X last spring": a time phrase; "offered X a deal": two objects.
    bool time = false;
    for (int i = name + 1; i < noun; ++i) {
      const std::string_view lemma = tokens_[i].lemma;
      time = time || (arcs_.heads[i] == noun &&
                      (lemma == "last" || lemma == "next" || lemma == "this" || lemma == "every"));
    }
    Attach(name, verb, time ? "obj" : "iobj");
    if (time) Attach(noun, verb, "obl:tmod");
  }
}

void ArcRepair::KeepSubjectsOnTheirSideOfCommas() {
  for (int clause = 2; clause < size(); ++clause) {
    const int verb = arcs_.heads[clause];
    if (arcs_.deprels[clause] != "ccomp" || verb < 0 || verb > clause || Upos(verb) != "VERB" ||
        HasDependent(verb, "obj")) {
      continue;
    }
    // The clause's words before it: its auxiliaries, then a lone comma, then its subject.
    int before = clause - 1;
    while (before > verb && arcs_.heads[before] == clause &&
           arcs_.deprels[before].starts_with("aux"))
      --before;
    if (before <= verb || tokens_[before].form != "," || arcs_.heads[before] != clause) continue;
    int subject = -1;
    for (int i = verb + 1; i < before; ++i) {
      if (arcs_.heads[i] == clause && arcs_.deprels[i].starts_with("nsubj")) subject = i;
    }
    if (subject < 0) continue;
    Attach(subject, verb, "obj");
    Attach(clause, verb, "conj");
  }
}

void ArcRepair::MakeDeterminedNamesAfterVerbsObjects() {
  for (int name = 2; name < size(); ++name) {
    const int verb = arcs_.heads[name];
    const std::string_view relation = arcs_.deprels[name];
    if ((relation != "obl:unmarked" && relation != "obl:npmod") || Upos(name) != "PROPN" ||
        verb < 0 || verb >= name || Upos(verb) != "VERB" || HasDependent(verb, "obj") ||
        HasPassiveMarker(verb) || !HasDependent(name, "det")) {
      continue;
    }
    // Every word between the verb and the name is the name's own ("told the Halbrook Times").
    bool adjacent = true;
    for (int i = verb + 1; i < name; ++i)
      adjacent = adjacent && arcs_.heads[i] == name;
    if (adjacent) Attach(name, verb, "obj");
  }
}

void ArcRepair::MakeAgentsOfInfinitivesPassiveAgents() {
  for (int by = 1; by + 2 < size(); ++by) {
    const int infinitive = arcs_.heads[by];
    if (tokens_[by].lemma != "by" || arcs_.deprels[by] != "mark" || infinitive <= by ||
        !HasCaseMarker(infinitive, "to", "mark")) {
      continue;
    }
    int subject = -1;
    for (int i = by + 1; i < infinitive; ++i) {
      if (arcs_.heads[i] == infinitive && arcs_.deprels[i] == "nsubj") subject = i;
    }
    const int passive = arcs_.heads[infinitive];
    if (subject < 0 || passive < 0 || !HasPassiveMarker(passive)) continue;
    Attach(subject, passive, "obl:agent");
    Attach(by, subject, "case");
  }
}

void ArcRepair::MakeUnmarkedAgentsObjects() {
  for (int agent = 1; agent < size(); ++agent) {
    const int verb = arcs_.heads[agent];
    if (arcs_.deprels[agent] != "obl:agent" || verb < 0 || verb > agent ||
        HasCaseMarker(agent, "by") || HasDependent(verb, "obj")) {
      continue;
    }
    Attach(agent, verb, "obj");
  }
}

void ArcRepair::GiveNounRootsTheirVerbs() {
  for (int noun = 0; noun < size(); ++noun) {
    if (arcs_.heads[noun] >= 0 || !IsNominal(Upos(noun))) continue;
    for (int verb = noun + 1; verb < size(); ++verb) {
      if (arcs_.heads[verb] != noun || arcs_.deprels[verb] != "acl" ||
          !IsFiniteVerb(tokens_[verb]) || HasSubject(verb) || HasDependent(verb, "mark")) {
        continue;
      }
      Attach(verb, -1, "root");
      Attach(noun, verb, "nsubj");
      for (int i = 0; i < size(); ++i) {  // the sentence's final punctuation and the like
        if (arcs_.heads[i] == noun && arcs_.deprels[i] == "punct" && i > verb)
          arcs_.heads[i] = verb;
      }
      break;
    }
  }
}

void ArcRepair::MakeWhoseClausesRelative() {
  for (int whose = 1; whose + 2 < size(); ++whose) {
    const int noun = arcs_.heads[whose];  // "father" in "X, whose father, Y, founded Z, was ..."
    if (tokens_[whose].xpos != "WP$" || arcs_.deprels[whose] != "nmod:poss" || noun <= whose ||
        arcs_.deprels[noun] != "appos") {
      continue;
    }
    const int antecedent = arcs_.heads[noun];
    const int verb = antecedent >= 0 ? arcs_.heads[antecedent] : -1;
    if (verb <= noun || Upos(verb) != "VERB" || !arcs_.deprels[antecedent].starts_with("nsubj"))
      continue;
    // The antecedent is the subject of the verb conjoined after the relative clause, if any.
    int main_verb = -1;
    for (int i = verb + 1; i < size() && main_verb < 0; ++i) {
      if (arcs_.heads[i] == verb && arcs_.deprels[i] == "conj" && Upos(i) == "VERB" &&
          !HasDependent(i, "cc")) {
        main_verb = i;
      }
    }
    if (main_verb >= 0) {
      Attach(main_verb, arcs_.heads[verb], arcs_.deprels[verb]);
      Attach(antecedent, main_verb, HasPassiveMarker(main_verb) ? "nsubj:pass" : "nsubj");
    } else {
      Attach(antecedent, arcs_.heads[verb], arcs_.deprels[verb]);
    }
    Attach(noun, verb, "nsubj");
    Attach(verb, antecedent, "acl:relcl");
  }
}

// The head of the name whose last token is `last`: up its flat and compound arcs.
int ArcRepair::NameHead(int last) const {
  int head = last;
  while ((arcs_.deprels[head] == "flat" || arcs_.deprels[head] == "compound") &&
         arcs_.heads[head] >= 0 && arcs_.heads[head] < head && Upos(arcs_.heads[head]) == "PROPN")
    head = arcs_.heads[head];
  return head;
}

bool ArcRepair::HasSubject(int verb) const {
  for (int i = 0; i < size(); ++i) {
    if (arcs_.heads[i] == verb && arcs_.deprels[i].starts_with("nsubj")) return true;
  }
  return false;
}

bool ArcRepair::HasCaseMarker(int token, std::string_view lemma, std::string_view relation) const {
  for (int i = 0; i < token; ++i) {
    if (arcs_.heads[i] == token && arcs_.deprels[i] == relation && tokens_[i].lemma == lemma)
      return true;
  }
  return false;
}

bool ArcRepair::HasDependent(int token, std::string_view relation) const {
  for (int i = 0; i < size(); ++i) {
    if (arcs_.heads[i] == token && arcs_.deprels[i] == relation) return true;
  }
  return false;
}

bool ArcRepair::HasPassiveMarker(int verb) const {
  return HasDependent(verb, "aux:pass") || HasDependent(verb, "nsubj:pass");
}

}  // namespace

RepairedArcs RepairArcs(const std::vector<syntax::Token>& tokens) {
  return ArcRepair(tokens).Run();
}

}  // namespace kg
