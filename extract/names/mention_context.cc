#include "names/mention_context.h"

#include "names/head_words.h"
#include "names/titles.h"
#include "names/word_shape.h"

namespace kg {
namespace {

// The token of a mention whose head lies outside it.
int MentionHead(const DependencyTree& tree, int first, int last) {
  for (int i = first; i <= last; ++i) {
    if (tree.head(i) < first || tree.head(i) > last) return i;
  }
  return last;
}

// A one-word name that opens its sentence and addresses someone ("Ginny, please see ...",
// "Elmira, you are the best", "Priscilla,") or signs a message (a line of its own, "Traci").
bool AddressesOrSigns(const Vocabulary& words, const DependencyTree& tree, int first, int last) {
  if (first != 0 || last != 0 || IsAllCaps(tree.token(0).form)) return false;
  if (tree.size() == 1) return true;
  if (tree.token(1).form != ",") return false;
  if (tree.size() == 2) return true;
  const std::string_view next = tree.token(2).form;
  return words.address_words.Contains(next) || (IsCapitalised(next) && tree.upos(2) != "PROPN");
}

}  // namespace

bool IsOccupation(const Vocabulary& words, std::string_view form) {
  return words.occupations.Contains(form);
}

bool IsGreeting(const Vocabulary& words, std::string_view form) {
  return words.greetings.Contains(form);
}

bool IsBodyAfterArticle(const Vocabulary& words, const DependencyTree& tree, int i) {
  const std::string_view form = tree.token(i).form;
  return i > 0 && !IsAcronym(form) &&
         (tree.token(i - 1).form == "the" || tree.token(i - 1).form == "The") &&
         TypeOfHeadWords(words, form) == EntityType::kOrg;
}

int ConjunctOf(const DependencyTree& tree, int first, int last) {
  const int head = MentionHead(tree, first, last);
  if (tree.deprel(head) == "conj" && tree.head(head) >= 0) return tree.head(head);
  for (int i = 0; i < tree.size(); ++i) {
    if (tree.deprel(i) == "conj" && tree.head(i) == head && (i < first || i > last)) return i;
  }
  return -1;
}

std::optional<EntityType> ContextType(const Vocabulary& words, const DependencyTree& tree,
                                      int first, int last) {
  // "President Trump", "Turkish president Erdogan"
  if (first > 0 && (IsTitleWord(words, tree.token(first - 1).form) ||
                    RoleOf(words, tree.token(first - 1).form))) {
    return EntityType::kPerson;
  }
  // "the teacher Adz", "singer Doris Day".
  if (first > 0 && IsOccupation(words, tree.token(first - 1).form)) return EntityType::kPerson;
  // "Hi Traci", "Thanks Vince", "Dear Ms Ortiz".
  if (first > 0 && IsGreeting(words, tree.token(first - 1).form)) return EntityType::kPerson;
  if (AddressesOrSigns(words, tree, first, last)) return EntityType::kPerson;
  // "Laura and I", "Chuck and me".
  if (const int conjunct = ConjunctOf(tree, first, last);
      conjunct >= 0 && words.personal_pronouns.Contains(tree.token(conjunct).form)) {
    return EntityType::kPerson;
  }
  const bool acronym = first == last && IsAcronym(tree.token(first).form);
  // "the Court ruled", "the Senate voted": a body's head word after the article is the body.
  if (first == last && IsBodyAfterArticle(words, tree, first)) return EntityType::kOrg;
  // "in X" suggests a place; "to X" does not ("proposed it to X", "spoke to X").
  if (first > 0 && !acronym && tree.token(first - 1).form == "in") {
    return EntityType::kGpe;
  }
  // "the West Bank town of Ramallah", "the city of Mariupol".
  if (first > 1 && tree.token(first - 1).form == "of" &&
      words.place_nouns.Contains(tree.token(first - 2).form))
    return EntityType::kGpe;
  // "Marrowby, a town in Ghana", "Selvano, the capital of Varn": a place noun in apposition.
  for (int i = first; i <= last; ++i) {
    for (int child : tree.children(i)) {
      if (child > last && tree.deprel(child) == "appos" &&
          words.place_nouns.Contains(tree.token(child).form)) {
        return EntityType::kGpe;
      }
    }
  }
  // What troops enter or capture is a place: "entered Tell Tamer", "captured X and Tell Tamer".
  // Who says, tells, thinks or writes is a person: "Traci said".
  for (int i = first; i <= last; ++i) {
    const int head = tree.head(i);
    if (head >= first && head <= last) continue;
    const std::string_view lemma = head >= 0 ? tree.lemma(head) : "";
    const int first_conjunct = tree.deprel(i) == "conj" ? head : i;
    const int verb = first_conjunct >= 0 ? tree.head(first_conjunct) : -1;
    if (first_conjunct >= 0 && verb >= 0 && tree.deprel(first_conjunct) == "obj" &&
        words.capture_verbs.Contains(tree.lemma(verb))) {
      return EntityType::kGpe;
    }
    // "NRK later reported": an acronym that acts is an organisation.
    if (acronym && (tree.deprel(i) == "nsubj" || tree.deprel(i) == "nsubj:pass"))
      return EntityType::kOrg;
    if (tree.deprel(i) == "nsubj" && !acronym && words.person_subject_verbs.Contains(lemma))
      return EntityType::kPerson;
    break;
  }
  int next = last + 1;
  if (next < tree.size() && tree.upos(next) == "PART") ++next;  // "Trump's son-in-law"
  if (next < tree.size()) {
    // "Trump envoy", "Putin adviser"; but "Kremlin spokesperson" speaks for an organisation.
    const std::string_view role_word = tree.token(next).form;
    const std::optional<RoleKind> role = RoleOf(words, role_word);
    if ((role == RoleKind::kEnvoy || role == RoleKind::kAdviser || role == RoleKind::kRelative) &&
        !role_word.starts_with("spokes")) {
      return EntityType::kPerson;
    }
    // "the Trump administration": a government named after its head.
    if (role_word == "administration") return EntityType::kPerson;
  }
  return std::nullopt;
}

}  // namespace kg
