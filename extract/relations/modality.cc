#include "relations/modality.h"

namespace kg {
namespace {

constexpr int kMaxClimb = 6;

bool IsNegated(const Vocabulary& words, const DependencyTree& tree, int token) {
  if (token < 0) return false;
  for (int child : tree.children(token)) {
    const std::string_view relation = tree.deprel(child);
    if ((relation == "advmod" || relation == "det" || relation == "neg") &&
        words.negations.Contains(tree.lemma(child))) {
      return true;
    }
    // "no longer controls", "not yet signed": a negation on the adverb.
    if (relation == "advmod" && IsNegated(words, tree, child)) return true;
  }
  return false;
}

// Whether the clause of `verb` says none of its subject did it: "No Norwegian troops attacked
// X", "Neither Norway nor Kenya signed", "None of the ministers met X".
bool HasNegatedSubject(const Vocabulary& words, const DependencyTree& tree, int verb) {
  for (int subject : tree.children(verb)) {
    const std::string_view relation = tree.deprel(subject);
    if (relation != "nsubj" && relation != "nsubj:pass") continue;
    if (tree.lemma(subject) == "none") return true;
    for (int word : tree.children(subject)) {
      const std::string_view lemma = tree.lemma(word);
      if ((tree.deprel(word) == "det" && words.negations.Contains(lemma)) || lemma == "neither")
        return true;
    }
  }
  return false;
}

// Whether the clause of `verb` is marked "without" ("left without meeting X").
bool IsWithoutClause(const DependencyTree& tree, int verb) {
  for (int child : tree.children(verb)) {
    const std::string_view relation = tree.deprel(child);
    if ((relation == "mark" || relation == "case") && tree.lemma(child) == "without") return true;
  }
  return false;
}

// Whether `token` has a dependent by `relation` whose lemma is in `lemmas`.
bool HasChildFrom(const WordList& lemmas, const DependencyTree& tree, int token,
                  std::string_view relation) {
  for (int child : tree.children(token)) {
    if (tree.deprel(child) == relation && lemmas.Contains(tree.lemma(child))) return true;
  }
  return false;
}

// Whether `verb` is an infinitive the parser made the head of "is yet to" or "has yet to"
// ("X is yet to visit Y", with "is" its copula).
bool IsPendingInfinitive(const Vocabulary& words, const DependencyTree& tree, int verb) {
  if (!tree.HasToMarker(verb) || !HasChildFrom(words.pending_adverbs, tree, verb, "advmod"))
    return false;
  for (int child : tree.children(verb)) {
    const std::string_view relation = tree.deprel(child);
    const std::string_view lemma = tree.lemma(child);
    if ((relation == "cop" || relation == "aux") && (lemma == "be" || lemma == "have")) return true;
  }
  return false;
}

bool HasConditionMarker(const DependencyTree& tree, int token) {
  return tree.HasMarker(token, "if") || tree.HasMarker(token, "unless");
}

// Whether the clause of `token` has a condition of its own: "will attack X if talks fail",
// "will impose sanctions unless Y releases them"; not "even if" or "as if".
bool HasConditionClause(const DependencyTree& tree, int token) {
  for (int clause : tree.children(token)) {
    if (tree.deprel(clause) != "advcl" || !HasConditionMarker(tree, clause)) continue;
    bool concessive = false;
    for (int word : tree.children(clause)) {
      concessive = concessive || tree.lemma(word) == "even" || tree.lemma(word) == "as";
    }
    if (!concessive) return true;
  }
  return false;
}

int SubjectOf(const DependencyTree& tree, int verb) {
  const int subject = tree.Child(verb, "nsubj");
  return subject >= 0 ? subject : tree.Child(verb, "obl:agent");
}

// "according to X" anywhere on the path: X.
int AccordingTo(const DependencyTree& tree, int token) {
  // The lemmatiser may read "according" as the participle of "accord".
  auto according = [](std::string_view lemma) { return lemma == "according" || lemma == "accord"; };
  for (int child : tree.children(token)) {
    if (tree.deprel(child).starts_with("obl") && according(tree.CaseOf(child))) return child;
    for (int grandchild : tree.children(child)) {
      if (tree.deprel(grandchild) == "case" && according(tree.lemma(grandchild))) return child;
    }
  }
  return -1;
}

// The modality a hedging adverb on `token` gives its clause ("allegedly met"), or "".
ModalityReading HedgedBy(const Vocabulary& words, const DependencyTree& tree, int token) {
  for (int child : tree.children(token)) {
    if (tree.deprel(child) != "advmod") continue;
    if (words.claim_adverbs.Contains(tree.lemma(child))) return {"claimed", -1};
    if (words.report_adverbs.Contains(tree.lemma(child))) return {"reported", -1};
  }
  return {"", -1};
}

// Whether the complement `token` of `parent` did not happen: "refused to meet", "denied that it
// attacked", "did not try to take", "has no plans to visit".
// A gerund clause governed by the verb or adjective before it: "avoided criticizing X",
// "refrained from condemning X", "stopped short of condemning X".
bool IsGerundComplement(const DependencyTree& tree, int token) {
  const std::string_view relation = tree.deprel(token);
  return tree.token(token).xpos == "VBG" && (relation == "xcomp" || relation == "advcl");
}

bool UnrealisedComplement(const Vocabulary& words, const DependencyTree& tree, int token,
                          int parent) {
  const bool complement = tree.IsInfinitiveComplement(token);
  if ((complement || IsGerundComplement(tree, token) || tree.deprel(token) == "ccomp") &&
      words.negative_implicative_verbs.Contains(tree.lemma(parent))) {
    return true;
  }
  // "denied reports that he met X": the content of a noun the denial is about.
  const int denier = tree.head(parent);
  if ((tree.deprel(token) == "acl" || tree.deprel(token) == "ccomp") &&
      tree.upos(parent) == "NOUN" && tree.deprel(parent) == "obj" && denier >= 0 &&
      words.negative_implicative_verbs.Contains(tree.lemma(denier))) {
    return true;
  }
  // "has yet to meet X", "is yet to sign": not done so far.
  const std::string_view lemma = tree.lemma(parent);
  if (complement && (lemma == "have" || lemma == "be") &&
      HasChildFrom(words.pending_adverbs, tree, parent, "advmod")) {
    return true;
  }
  // "did not sign the statement criticising X": a participle on a noun the negated verb takes.
  if (tree.deprel(token) == "acl" && tree.upos(parent) == "NOUN" && denier >= 0 &&
      tree.deprel(parent) == "obj" && IsNegated(words, tree, denier)) {
    return true;
  }
  return (complement || tree.deprel(token) == "acl") && IsNegated(words, tree, parent);
}

// Whether the to-infinitive complement `token` of `parent` is only wanted, asked, allowed or
// needed ("allowed him to visit X", "asked Y to support X", "needs to meet X"): its verb is no
// implicative one ("managed to meet X") and none whose complement has a modality of its own.
bool IsUnassertedInfinitive(const Vocabulary& words, const DependencyTree& tree, int token,
                            int parent) {
  // A complement ("agreed to meet") or a purpose ("picked X to lead Y"): an aim, not an event.
  const int marker = tree.Child(token, "mark");
  const std::string_view relation = tree.deprel(token);
  if ((relation != "xcomp" && relation != "advcl") || marker < 0 || tree.lemma(marker) != "to")
    return false;
  const std::string_view verb = tree.lemma(parent);
  return tree.upos(parent) == "VERB" && !words.implicative_verbs.Contains(verb) &&
         !words.speech_verbs.Contains(verb) && !words.claim_verbs.Contains(verb) &&
         !words.negative_implicative_verbs.Contains(verb);
}

// A report of a plan or an attempt stays a plan or an attempt ("papers said the minister was
// expected to sign"), keeping the reporter as its source.
ModalityReading Reported(ModalityReading inner, int source) {
  if (inner.modality == "asserted") inner.modality = "reported";
  inner.source_token = source;
  return inner;
}

}  // namespace

bool HasNegationAdverb(const Vocabulary& words, const DependencyTree& tree, int token) {
  for (int child : tree.children(token)) {
    const std::string_view relation = tree.deprel(child);
    // "not only X but also Y" affirms X.
    const bool not_only = child + 1 < tree.size() && tree.lemma(child + 1) == "only";
    if ((relation == "advmod" || relation == "neg") &&
        words.negations.Contains(tree.lemma(child)) && !not_only) {
      return true;
    }
    // "is not yet a member" ("no longer a member" was one: as "former", the role held).
    const std::string_view form = tree.token(child).form;
    if (relation == "advmod" && form == "yet" && HasNegationAdverb(words, tree, child)) {
      return true;
    }
  }
  return false;
}

ModalityReading ReadModality(const Vocabulary& words, const DependencyTree& tree, int trigger,
                             int via_noun) {
  if (IsNegated(words, tree, trigger) || IsNegated(words, tree, via_noun) ||
      HasNegatedSubject(words, tree, trigger) || IsWithoutClause(tree, trigger) ||
      IsPendingInfinitive(words, tree, trigger)) {
    return {"negated", -1};
  }
  // "withdrew its support for X", "X's trip was cancelled": a verb that ends what its object
  // noun names.
  const std::string_view role = tree.deprel(trigger);
  if (tree.upos(trigger) == "NOUN" && (role == "obj" || role == "nsubj:pass") &&
      tree.head(trigger) >= 0 && words.ending_verbs.Contains(tree.lemma(tree.head(trigger)))) {
    return {"negated", -1};
  }
  // "postponed talks with X", "X's visit was delayed": put off, still meant to happen.
  if (tree.upos(trigger) == "NOUN" && (role == "obj" || role == "nsubj:pass") &&
      tree.head(trigger) >= 0 && words.deferring_verbs.Contains(tree.lemma(tree.head(trigger)))) {
    return {"planned", -1};
  }
  // A nominal trigger takes the modality of the clause it is an argument of ("a summit ... was
  // not expected").
  bool inner_plan = false;
  int token = trigger;
  if (tree.upos(trigger) == "NOUN" && tree.head(trigger) >= 0 &&
      (tree.deprel(trigger).starts_with("nsubj") || tree.deprel(trigger) == "obj")) {
    token = tree.head(trigger);
    if (IsNegated(words, tree, token)) return {"negated", -1};
    // "Talks are scheduled to resume": an event noun raised to the subject of a plan.
    if (tree.deprel(trigger).starts_with("nsubj") && words.plan_verbs.Contains(tree.lemma(token)) &&
        tree.Child(token, "xcomp") >= 0) {
      inner_plan = true;
    }
  } else if (tree.upos(trigger) == "NOUN" && tree.head(trigger) >= 0 &&
             tree.deprel(trigger).starts_with("obl")) {
    token = tree.head(trigger);  // "sent troops to the border in support of the rebels"
  }
  // Climb through the clauses that embed the trigger. What a speaker says or claims outranks the
  // intent or attempt inside it ("X said Y tried to ...").
  ModalityReading inner;
  if (inner_plan) inner = {"planned", -1};
  // "a future settlement between X and Y": an event noun not yet realised.
  if (tree.upos(trigger) == "NOUN" && HasChildFrom(words.plan_adjectives, tree, trigger, "amod"))
    inner = {"planned", -1};
  // Whether `token` is still the trigger's own clause or one it is the infinitive of.
  bool own_clause = true;
  int climbed_from = -1;  // the clause below `token` that the climb came from
  for (int step = 0; step < kMaxClimb && token >= 0; ++step) {
    // "unclear whether X met Y": an open question, as a condition is.
    if (HasConditionMarker(tree, token) || HasConditionClause(tree, token) ||
        tree.HasMarker(token, "whether")) {
      return {"conditional", -1};
    }
    const int parent = tree.head(token);
    const std::string_view relation = tree.deprel(token);
    // A future covers the complements of its clause too ("would take over guarding X").
    if (inner.modality == "asserted" &&
        HasChildFrom(words.future_auxiliaries, tree, token, "aux")) {
      inner = {"planned", -1};
    }
    // "could attack", "may meet", "might have urged X to investigate": a possibility is no
    // event. It covers the clause it is said of and that clause's infinitives only.
    if (inner.modality == "asserted" && own_clause &&
        HasChildFrom(words.possibility_auxiliaries, tree, token, "aux")) {
      inner = {"conditional", -1};
    }
    if (parent >= 0 && UnrealisedComplement(words, tree, token, parent)) return {"negated", -1};
    // "an allegation he assaulted X": the clause of a claim noun is claimed.
    if (parent >= 0 && tree.upos(parent) == "NOUN" &&
        (relation.starts_with("acl") || relation == "ccomp") &&
        words.claim_nouns.Contains(tree.lemma(parent))) {
      return {"claimed", -1};
    }
    if (const ModalityReading hedge = HedgedBy(words, tree, token); !hedge.modality.empty()) {
      return hedge.modality == "reported" ? Reported(inner, -1) : hedge;
    }
    // "plans to attack X", "an attempt to enter X": a noun's infinitive is a plan or attempt as
    // the verb's would be.
    const bool noun_infinitive = parent >= 0 && relation == "acl" && tree.HasToMarker(token) &&
                                 tree.upos(parent) == "NOUN" && inner.modality == "asserted";
    if (noun_infinitive && words.attempt_verbs.Contains(tree.lemma(parent)))
      inner = {"attempted", -1};
    if (noun_infinitive && words.plan_verbs.Contains(tree.lemma(parent))) inner = {"planned", -1};
    // "X appears to have backed Y", "X claimed to have met Y": a claim or appearance only.
    if (parent >= 0 && tree.IsInfinitiveComplement(token) && !tree.IsPassive(parent) &&
        words.claim_verbs.Contains(tree.lemma(parent))) {
      return {"claimed", -1};
    }
    if (parent >= 0 && tree.IsInfinitiveComplement(token) && inner.modality == "asserted") {
      if (words.attempt_verbs.Contains(tree.lemma(parent))) inner = {"attempted", -1};
      if (words.plan_verbs.Contains(tree.lemma(parent))) inner = {"planned", -1};
      if (inner.modality == "asserted" && IsUnassertedInfinitive(words, tree, token, parent))
        inner = {"planned", -1};
      // "is alleged to have killed", "is said to have met": a passive verb of claim or speech.
      if (tree.IsPassive(parent) && words.claim_verbs.Contains(tree.lemma(parent))) {
        return {"claimed", -1};
      }
      if (tree.IsPassive(parent) && words.speech_verbs.Contains(tree.lemma(parent))) {
        return Reported(inner, -1);
      }
    }
    if (parent >= 0 && (relation == "ccomp" || relation == "parataxis")) {
      if (words.claim_verbs.Contains(tree.lemma(parent)))
        return {"claimed", SubjectOf(tree, parent)};
      if (words.speech_verbs.Contains(tree.lemma(parent)))
        return Reported(inner, SubjectOf(tree, parent));
    }
    // A speech verb in parataxis with the trigger's clause: "“X is preventing Y,” Putin declared";
    // not the trigger's own clause, climbed from ("“...,” X told Y" reports nothing of X telling).
    for (int child : tree.children(token)) {
      if (tree.deprel(child) != "parataxis" || child == climbed_from) continue;
      if (words.claim_verbs.Contains(tree.lemma(child))) return {"claimed", SubjectOf(tree, child)};
      if (words.speech_verbs.Contains(tree.lemma(child)))
        return Reported(inner, SubjectOf(tree, child));
    }
    if (const int source = AccordingTo(tree, token); source >= 0) return Reported(inner, source);
    if (relation != "xcomp" && relation != "conj" && relation != "ccomp" &&
        relation != "parataxis" && relation != "advcl" && relation != "acl") {
      break;
    }
    own_clause = own_clause && relation == "xcomp";
    climbed_from = token;
    token = parent;
  }
  // "According to the BBC, the SDF is made up of militia which support the PKK": an attribution
  // on the main clause covers what its relative clauses say.
  if (inner.modality == "asserted") {
    for (int i = 0; i + 2 < tree.size(); ++i) {
      const std::string_view form = tree.token(i).form;
      if ((form == "According" || form == "according") && tree.token(i + 1).form == "to") {
        return {"reported", i + 2};
      }
    }
  }
  return inner;
}

}  // namespace kg
