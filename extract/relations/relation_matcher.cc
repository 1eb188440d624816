#include "relations/relation_matcher.h"

#include <algorithm>

#include "names/word_shape.h"
#include "relations/modality.h"

namespace kg {
namespace {

constexpr int kMaxInheritanceDepth = 4;

// The objects and prepositional objects of a complement verb, and those of its object
// ("expel diplomats from X", "cut off supplies to X").
std::vector<int> ComplementArguments(const DependencyTree& tree, int verb) {
  std::vector<int> found;
  for (int child : tree.children(verb)) {
    const std::string_view relation = tree.deprel(child);
    if (relation == "obj" || relation == "iobj" || relation.starts_with("obl")) {
      found.push_back(child);
    }
    if (relation != "obj") continue;
    for (int inner : tree.children(child)) {
      if (tree.deprel(inner).starts_with("nmod") && tree.deprel(inner) != "nmod:poss") {
        found.push_back(inner);
      }
    }
  }
  return found;
}

bool IsObliqueOrModifier(std::string_view relation) {
  return relation == "obl" || relation == "nmod" || relation.starts_with("obl:") ||
         (relation.starts_with("nmod:") && relation != "nmod:poss");
}

// Dependents of `head` that fill `role`.
std::vector<int> RoleTokens(const DependencyTree& tree, int head, std::string_view role) {
  std::vector<int> found;
  const bool passive = tree.IsPassive(head);
  for (int child : tree.children(head)) {
    const std::string_view relation = tree.deprel(child);
    bool fills = false;
    if (role == "nsubj") {
      fills = relation == "nsubj" || relation == "obl:agent" ||
              (passive && relation == "obl" && tree.CaseOf(child) == "by");
    } else if (role == "obj") {
      // A second object read as indirect ("accused Berlin of spying") still counts.
      fills = relation == "obj" || relation == "nsubj:pass" ||
              (relation == "iobj" && tree.Child(head, "obj") < 0);
    } else if (role == "iobj") {
      fills = relation == "iobj";
    } else if (role == "poss") {
      // "Latvian strikes on X" as "Latvia's strikes on X": a proper adjective owns the event.
      fills = relation == "nmod:poss" ||
              (relation == "amod" && child < head && tree.upos(head) == "NOUN" &&
               IsCapitalised(tree.token(child).form));
    } else if (role == "clause") {
      // "demanded that X withdraw": the subject of a clausal complement.
      fills = false;
      if (relation == "ccomp") {
        for (int inner : tree.children(child)) {
          if (tree.deprel(inner) == "nsubj" || tree.deprel(inner) == "nsubj:pass")
            found.push_back(inner);
        }
      }
    } else if (role == "xcomp") {
      fills = false;
      if (tree.IsInfinitiveComplement(child)) {
        for (int argument : ComplementArguments(tree, child))
          found.push_back(argument);
      }
    } else {
      fills = (relation == "obl" || relation == "nmod" || relation.starts_with("obl:") ||
               relation.starts_with("nmod:")) &&
              relation != "nmod:poss" && tree.CaseOf(child) == role;
    }
    if (fills) found.push_back(child);
  }
  // "Ostrin, accused by Wendt of fraud": a reduced passive relative's object is its noun.
  if (role == "obj" && found.empty() && tree.ReducedPassiveHead(head) >= 0) {
    found.push_back(tree.ReducedPassiveHead(head));
  }
  // "arrested and later deported X": coordinated verbs share the object after the last one.
  if (role == "obj" && found.empty() && !passive && tree.upos(head) == "VERB" &&
      tree.Child(head, "xcomp") < 0 && tree.Child(head, "ccomp") < 0) {
    for (int child : tree.children(head)) {
      if (child < head || tree.deprel(child) != "conj" || tree.upos(child) != "VERB") continue;
      const int object = tree.Child(child, "obj");
      if (object > child) found.push_back(object);
      break;
    }
  }
  return found;
}

// The subject a verb takes from the clause it depends on.
// A participle modifying a message noun speaks for the message's author ("posted a message
// blaming Iran": the poster blames); an object-control verb's object is the subject of the clause
// it governs ("urged Kyiv to accept").
std::vector<int> InheritedSubject(const Vocabulary& words, const DependencyTree& tree, int verb,
                                  int depth) {
  const int parent = tree.head(verb);
  if (parent < 0 || depth > kMaxInheritanceDepth) return {};
  const std::string_view relation = tree.deprel(verb);
  if (relation == "acl" && words.message_nouns.Contains(tree.lemma(parent)) &&
      tree.head(parent) >= 0) {
    return RoleTokens(tree, tree.head(parent), "nsubj");
  }
  // "Norway's bid to join": a possessor is the subject of the noun it owns, so of the
  // infinitive the noun takes (also where the tagger took the noun for a verb).
  const int possessor = tree.Child(parent, "nmod:poss");
  if (possessor >= 0 && tree.IsInfinitiveComplement(verb)) return {possessor};
  // "X has no plans to visit Y", "X made an attempt to enter Y": without a possessor, the
  // infinitive of a verb's object noun is the verb's subject's.
  const int governor = tree.head(parent);
  if (relation == "acl" && tree.upos(parent) == "NOUN" && tree.deprel(parent) == "obj" &&
      governor >= 0 && tree.HasToMarker(verb) && tree.Child(governor, "iobj") < 0) {
    return RoleTokens(tree, governor, "nsubj");
  }
  if (relation == "acl:relcl" || relation == "acl") return {parent};
  if (relation != "xcomp" && relation != "conj" && relation != "advcl") return {};
  // Object control: "called on Fox News to fire Griffin", "urged Kyiv to accept".
  const bool to_clause = tree.IsInfinitiveComplement(verb);
  if (to_clause && words.object_control_verbs.Contains(tree.lemma(parent))) {
    for (int child : tree.children(parent)) {
      const std::string_view child_relation = tree.deprel(child);
      if (child_relation == "obj" || child_relation == "iobj" ||
          (child_relation.starts_with("obl") && tree.CaseOf(child) == "on")) {
        return {child};
      }
    }
  }
  // A passive's infinitive, complement or purpose, is its surface subject's, whoever the agent:
  // "X was appointed by Y to head Z", "X was asked by Y to leave".
  if (to_clause && relation != "conj" && tree.IsPassive(parent)) {
    std::vector<int> controller = tree.ChildrenBase(parent, "nsubj");
    if (!controller.empty()) return controller;
  }
  std::vector<int> subject = RoleTokens(tree, parent, "nsubj");
  // A raising passive gives its subject to its complement ("X was expected to present"), and an
  // adverbial clause shares its main clause's surface subject ("X was killed while attacking").
  if (subject.empty() && (relation == "xcomp" || relation == "advcl")) {
    subject = tree.ChildrenBase(parent, "nsubj");
  }
  if (!subject.empty()) return subject;
  return InheritedSubject(words, tree, parent, depth + 1);
}

// "after Turkey began an offensive": the parser often reads "after" as a preposition, hangs the
// subject on the previous clause and makes the verb a conjunct. A name right before a verb
// without a subject, marked by a subordinating preposition, is its subject.
std::vector<int> MisparsedSubject(const DependencyTree& tree, int verb) {
  if (tree.Child(verb, "nsubj") >= 0 || tree.IsPassive(verb)) return {};
  int before = verb - 1;
  while (before >= 0 && tree.head(before) == verb && tree.deprel(before).starts_with("aux")) {
    --before;
  }
  if (before < 0 || tree.upos(before) != "PROPN") return {};
  int head = before;
  while (tree.head(head) >= 0 && tree.head(head) < verb && tree.head(head) > head - 5 &&
         (tree.deprel(head) == "flat" || tree.deprel(head) == "compound")) {
    head = tree.head(head);
  }
  if (!tree.deprel(head).starts_with("obl") && !tree.deprel(head).starts_with("nmod")) return {};
  const std::string_view marker = tree.CaseOf(head);
  if (marker != "after" && marker != "before" && marker != "since" && marker != "until") return {};
  return {head};
}

// "X was the target of Y's attack", "X, the victim of an attack by Y": the tokens naming what
// the event noun `noun` befalls through a target noun it is the of-phrase of (target_nouns).
std::vector<int> TargetBearer(const Vocabulary& words, const DependencyTree& tree, int noun) {
  const int target = tree.head(noun);
  if (target < 0 || !tree.deprel(noun).starts_with("nmod") || tree.CaseOf(noun) != "of" ||
      !words.target_nouns.Contains(tree.lemma(target))) {
    return {};
  }
  if (tree.deprel(target) == "appos" && tree.head(target) >= 0) return {tree.head(target)};
  if (tree.Child(target, "cop") >= 0) return tree.ChildrenBase(target, "nsubj");
  return {};
}

// Whether `verb` and `noun` make a claim of responsibility ("claimed responsibility").
bool ClaimsResponsibility(const Vocabulary& words, const DependencyTree& tree, int verb, int noun) {
  return words.responsibility_claims.Contains(std::string(tree.lemma(verb)) + " " +
                                              std::string(tree.lemma(noun)));
}

// "X carried out an attack on Y", "X claimed responsibility for the attack on Y": the subject
// of a support verb whose object is the event noun `noun`, or of a claim of responsibility with
// the event after "for" (also where the parser hung "for" on the verb).
std::vector<int> SupportVerbSubject(const Vocabulary& words, const DependencyTree& tree, int noun) {
  int verb = tree.head(noun);
  if (verb < 0) return {};
  const std::string_view relation = tree.deprel(noun);
  if (relation == "obj") {
    if (!words.support_verbs.Contains(tree.lemma(verb))) return {};
  } else if (IsObliqueOrModifier(relation) && tree.CaseOf(noun) == "for") {
    if (tree.deprel(verb) == "obj" && tree.head(verb) >= 0 &&
        ClaimsResponsibility(words, tree, tree.head(verb), verb)) {
      verb = tree.head(verb);
    } else if (const int object = tree.Child(verb, "obj");
               object < 0 || !ClaimsResponsibility(words, tree, verb, object)) {
      return {};
    }
  } else {
    return {};
  }
  if (tree.upos(verb) != "VERB" || tree.IsPassive(verb)) return {};
  return RoleTokens(tree, verb, "nsubj");
}

// Whether a nominal trigger attached to a clause is the clause subject's own event: a joint
// event ("after a meeting with X, Y said"), a description of the subject ("Y was more of a critic
// of X"), the time of its act ("during a trip to X, Y refused") or its manner, a bare noun ("in
// support of X"). Not a topic or a cause: the subject of "spoke about the attack on X" or "died
// in the attack on X" attacked nobody.
bool SharesClauseSubject(const DependencyTree& tree, int noun, bool reciprocal) {
  const int clause = tree.head(noun);
  if (clause < 0 || !tree.deprel(noun).starts_with("obl")) return false;
  if (reciprocal || tree.Child(clause, "cop") >= 0) return true;
  const std::string_view marker = tree.CaseOf(noun);
  const bool bare = tree.Child(noun, "det") < 0 && tree.Child(noun, "nmod:poss") < 0;
  return marker == "during" || ((marker == "in" || marker == "on") && bare);
}

// Whether the adjective `verb` predicates of its object ("held X responsible", "found X
// guilty"), if any, is one of `predicates`; with none listed, whether there is none.
bool PredicateFits(const DependencyTree& tree, int verb,
                   const std::vector<std::string>& predicates) {
  int predicate = -1;
  for (int child : tree.children(verb)) {
    if (child > verb && tree.deprel(child) == "xcomp" && tree.upos(child) == "ADJ")
      predicate = child;
  }
  if (predicate < 0) return predicates.empty();
  return std::find(predicates.begin(), predicates.end(), tree.lemma(predicate)) != predicates.end();
}

// Whether coordinated subjects act each on their own: "A and B both spoke", "A and B each
// spoke", "A and B spoke separately", "A and B attended the summit" (distributive_words).
bool IsDistributive(const Vocabulary& words, const DependencyTree& tree, int verb, int subject) {
  if (words.distributive_words.Contains(tree.lemma(verb))) return true;
  for (int head : {verb, subject}) {
    for (int child : tree.children(head)) {
      if (words.distributive_words.Contains(tree.lemma(child))) return true;
    }
  }
  return false;
}

// Whether `verb` has `particle`, also where the parser read it as an adverb right after the verb
// ("hit back at", "pushed back against": particles and adverbs share their words).
bool HasParticle(const DependencyTree& tree, int verb, std::string_view particle) {
  for (int child : tree.children(verb)) {
    const std::string_view relation = tree.deprel(child);
    const bool adverb = relation == "advmod" && child == verb + 1;
    if ((relation == "compound:prt" || adverb) && tree.lemma(child) == particle) return true;
  }
  return false;
}

// The noun a passive `verb` modifies as a reduced or relative clause ("a deal signed by X", "the
// deal, which was signed by X"), or -1.
int PassiveClauseNoun(const DependencyTree& tree, int verb) {
  if (const int noun = tree.ReducedPassiveHead(verb); noun >= 0) return noun;
  const int pronoun = tree.Child(verb, "nsubj:pass");
  if (tree.deprel(verb) != "acl:relcl" || pronoun < 0 || tree.upos(pronoun) != "PRON") return -1;
  return tree.head(verb);
}

int ViaNoun(const DependencyTree& tree, int verb, const std::vector<std::string>& via) {
  std::vector<int> candidates;
  for (int child : tree.children(verb)) {
    const std::string_view relation = tree.deprel(child);
    if (relation == "obj" || relation == "nsubj:pass") candidates.push_back(child);
  }
  if (const int noun = PassiveClauseNoun(tree, verb); noun >= 0) candidates.push_back(noun);
  for (int candidate : candidates) {
    const std::string_view form = tree.token(candidate).form;
    for (const std::string& noun : via) {
      if (tree.lemma(candidate) == noun || form == noun) return candidate;
    }
  }
  return -1;
}

bool IsPrepositionRole(std::string_view role) {
  return role != "nsubj" && role != "obj" && role != "iobj" && role != "poss" && role != "xcomp" &&
         role != "clause";
}

std::vector<int> TokensForRoles(const DependencyTree& tree, const std::vector<int>& anchors,
                                const std::vector<std::string>& roles) {
  for (const std::string& role : roles) {
    for (int anchor : anchors) {
      std::vector<int> found = RoleTokens(tree, anchor, role);
      if (!found.empty()) return found;
    }
  }
  // "proposed a ceasefire to X", "airlifted from the city of Omsk to Berlin": a prepositional
  // object the parser hung on the direct object or on another prepositional phrase.
  for (const std::string& role : roles) {
    if (!IsPrepositionRole(role)) continue;
    for (int anchor : anchors) {
      for (int child : tree.children(anchor)) {
        const std::string_view relation = tree.deprel(child);
        // ... or on a particle read as an adverb ("hit back at X").
        if (relation != "obj" && relation != "advmod" && !IsObliqueOrModifier(relation)) continue;
        std::vector<int> found = RoleTokens(tree, child, role);
        if (!found.empty()) return found;
      }
    }
  }
  return {};
}

std::vector<Argument> ResolveAll(const Vocabulary& words, const DependencyTree& tree,
                                 const ArgumentResolver& arguments,
                                 const std::vector<int>& tokens) {
  std::vector<Argument> resolved;
  for (int token : tokens) {
    for (int conjunct : tree.WithConjuncts(token)) {
      // A conjunct set off by a negation is none: "appointed me, not the party".
      if (conjunct != token && HasNegationAdverb(words, tree, conjunct)) continue;
      std::optional<Argument> argument = arguments.Resolve(conjunct);
      if (!argument) continue;
      // "met officers Ana Ruiz and Ivo Lenz": names coordinated inside the noun's apposition.
      const int named = argument->token;
      resolved.push_back(std::move(*argument));
      if (named == conjunct || tree.head(named) != conjunct) continue;
      for (int inner : tree.WithConjuncts(named)) {
        if (inner == named) continue;
        if (auto other = arguments.Resolve(inner)) resolved.push_back(std::move(*other));
      }
    }
  }
  return resolved;
}

// The parties named before a joint event noun: "Peru-Chile talks", "X and Y's meeting": a
// compound or possessive modifier of the noun coordinated with another name, or two names
// before it joined by a hyphen ("US-China trade talks", "the Egypt–Israel peace treaty"). Two
// modifiers side by side are one name and its parts ("the Free Trade Area (AfCFTA) agreement").
std::vector<int> JointModifiers(const DependencyTree& tree, int noun) {
  for (int modifier : tree.children(noun)) {
    const std::string_view relation = tree.deprel(modifier);
    if (modifier > noun || (relation != "compound" && relation != "nmod:poss")) continue;
    std::vector<int> parties = tree.WithConjuncts(modifier);
    // The name after a hyphen, hung on the first name or beside it on the noun.
    const int after = modifier + 2;
    if (after < noun && IsHyphen(tree.token(modifier + 1).form) && tree.upos(after) == "PROPN" &&
        (tree.head(after) == modifier || tree.head(after) == noun)) {
      parties.push_back(after);
    }
    if (parties.size() >= 2) return parties;
  }
  return {};
}

bool ObjectTypeAllowed(const TriggerFrame& frame, const Entity& object) {
  return frame.object_types.empty() ||
         std::find(frame.object_types.begin(), frame.object_types.end(), object.type) !=
             frame.object_types.end();
}

// Matches of one frame at one trigger token; empty when an argument is missing.
std::vector<RelationMatch> MatchFrame(const Vocabulary& words, const DependencyTree& tree,
                                      const TriggerFrame& frame, bool reciprocal, int trigger,
                                      const ArgumentResolver& arguments,
                                      const std::vector<Entity>& entities) {
  if (!frame.particle.empty() && !HasParticle(tree, trigger, frame.particle)) return {};
  if (!frame.noun && !PredicateFits(tree, trigger, frame.predicates)) return {};
  std::vector<int> anchors = {trigger};
  if (!frame.via.empty()) {
    const int via = ViaNoun(tree, trigger, frame.via);
    if (via < 0) return {};
    anchors.insert(anchors.begin(), via);
  }
  std::vector<Argument> subjects;
  std::vector<Argument> objects;
  std::vector<int> between = TokensForRoles(tree, anchors, {"between"});
  if (between.empty() && frame.noun) between = JointModifiers(tree, trigger);
  const bool wants_between = std::find(frame.object_roles.begin(), frame.object_roles.end(),
                                       "between") != frame.object_roles.end();
  if (wants_between && !between.empty()) {
    std::vector<Argument> sides = ResolveAll(words, tree, arguments, between);
    if (sides.size() < 2) return {};
    subjects = {sides.front()};
    objects.assign(sides.begin() + 1, sides.end());
  } else if (frame.noun && tree.CaseOf(trigger) == "under") {
    // "X is under the control of Y", "X came under attack from Y": the event befalls the
    // clause's subject, and the phrase with of, by or from names who does it.
    const int clause = tree.Child(trigger, "cop") >= 0 ? trigger : tree.head(trigger);
    subjects =
        ResolveAll(words, tree, arguments, TokensForRoles(tree, {trigger}, {"of", "by", "from"}));
    if (clause >= 0)
      objects = ResolveAll(words, tree, arguments, tree.ChildrenBase(clause, "nsubj"));
  } else {
    std::vector<int> subject_tokens = TokensForRoles(tree, {trigger}, frame.subject_roles);
    // A passive's subject is its object; its agent is never borrowed from another clause ("If
    // Trump were removed, the Senate could ...").
    const bool passive = tree.IsPassive(trigger);
    if (subject_tokens.empty() && !frame.noun && !passive) {
      subject_tokens = MisparsedSubject(tree, trigger);
    }
    if (subject_tokens.empty() && !frame.noun && !passive) {
      subject_tokens = InheritedSubject(words, tree, trigger, 0);
    }
    // "X is a critic of Y": a predicate noun takes the copula's subject.
    if (subject_tokens.empty() && frame.noun && tree.Child(trigger, "cop") >= 0) {
      subject_tokens = tree.ChildrenBase(trigger, "nsubj");
    }
    // "X, a critic of Y": a noun in apposition says what its head is.
    if (subject_tokens.empty() && frame.noun && tree.deprel(trigger) == "appos") {
      subject_tokens = {tree.head(trigger)};
    }
    if (subject_tokens.empty() && frame.noun && !frame.derived &&
        SharesClauseSubject(tree, trigger, reciprocal)) {
      subject_tokens = RoleTokens(tree, tree.head(trigger), "nsubj");
    }
    if (subject_tokens.empty() && frame.noun) {
      subject_tokens = SupportVerbSubject(words, tree, trigger);
    }
    std::vector<int> object_tokens = TokensForRoles(tree, anchors, frame.object_roles);
    // "X's arrest by Y": with an agent after "by", an event noun's possessor is what the event
    // befalls, as in "the arrest of X by Y".
    const std::vector<int> agent = RoleTokens(tree, trigger, "by");
    const int possessor = tree.Child(trigger, "nmod:poss");
    const bool takes_of = std::find(frame.object_roles.begin(), frame.object_roles.end(), "of") !=
                          frame.object_roles.end();
    if (frame.noun && takes_of && object_tokens.empty() && !agent.empty() && possessor >= 0) {
      subject_tokens = agent;
      object_tokens = {possessor};
    }
    subjects = ResolveAll(words, tree, arguments, subject_tokens);
    objects = ResolveAll(words, tree, arguments, object_tokens);
    if (frame.noun && objects.empty())
      objects = ResolveAll(words, tree, arguments, TargetBearer(words, tree, trigger));
    // "Trump and Erdogan spoke on the phone": coordinated subjects of an intransitive use.
    // "Peru and Chile signed an agreement": the via noun is no other party.
    const int object = tree.Child(trigger, "obj");
    const bool other_party = object >= 0 && (frame.via.empty() || object != anchors.front());
    if (reciprocal && objects.empty() && subject_tokens.size() == 1 && subjects.size() >= 2 &&
        tree.WithConjuncts(subject_tokens.front()).size() >= 2 && !other_party &&
        !IsDistributive(words, tree, trigger, subject_tokens.front())) {
      objects.assign(subjects.begin() + 1, subjects.end());
      subjects.resize(1);
    }
  }
  std::vector<RelationMatch> matches;
  for (const Argument& subject : subjects) {
    for (const Argument& object : objects) {
      RelationMatch match{&frame, trigger, subject, object,
                          frame.via.empty() ? -1 : anchors.front()};
      if (frame.inverse) std::swap(match.subject, match.object);
      if (match.subject.entity == match.object.entity) continue;
      if (!ObjectTypeAllowed(frame, entities[match.object.entity])) continue;
      matches.push_back(std::move(match));
    }
  }
  return matches;
}

bool SameFact(const RelationMatch& a, const RelationMatch& b) {
  return a.frame->relation == b.frame->relation && a.subject.entity == b.subject.entity &&
         a.object.entity == b.object.entity;
}

// `matches` with each fact kept once per trigger, and without those an event noun gives when the
// verb it depends on already gave the same fact: "carried out an attack on Y" is one attack,
// matched at "carried out" through its via noun and at "attack" through the support verb.
std::vector<RelationMatch> WithoutRestatedEvents(const DependencyTree& tree,
                                                 const std::vector<RelationMatch>& matches) {
  std::vector<RelationMatch> kept;
  for (const RelationMatch& match : matches) {
    const bool restated = std::any_of(matches.begin(), matches.end(), [&](const RelationMatch& m) {
      return m.trigger == tree.head(match.trigger) && SameFact(m, match);
    });
    const bool repeated = std::any_of(kept.begin(), kept.end(), [&](const RelationMatch& m) {
      return m.trigger == match.trigger && SameFact(m, match);
    });
    if (!restated && !repeated) kept.push_back(match);
  }
  return kept;
}

}  // namespace

std::vector<RelationMatch> MatchRelations(const Vocabulary& words, const DependencyTree& tree,
                                          const RelationLexicon& lexicon,
                                          const ArgumentResolver& arguments,
                                          const std::vector<Entity>& entities) {
  std::vector<RelationMatch> matches;
  for (int i = 0; i < tree.size(); ++i) {
    const std::string_view upos = tree.upos(i);
    const bool noun = upos == "NOUN";
    if (!noun && upos != "VERB") continue;
    std::vector<RelationMatch> found;
    // One frame per trigger token: the first that applies, a frame naming its object noun
    // ("dismissed X's plan") before the bare verb's ("dismissed X").
    for (const bool with_noun : {true, false}) {
      for (const TriggerFrame& frame : lexicon.FramesFor(tree.lemma(i), noun)) {
        if (frame.via.empty() == with_noun || !found.empty()) continue;
        const bool reciprocal = lexicon.relations()[frame.relation].reciprocal;
        found = MatchFrame(words, tree, frame, reciprocal, i, arguments, entities);
      }
    }
    matches.insert(matches.end(), found.begin(), found.end());
  }
  return WithoutRestatedEvents(tree, matches);
}

}  // namespace kg
