#include "relations/static_relations.h"

#include <algorithm>

#include "names/titles.h"
#include "relations/role_frames.h"
#include "relations/role_words.h"

namespace kg {
namespace {

bool IsRoleToken(const Vocabulary& words, const DependencyTree& tree, int i) {
  const std::string_view form = tree.token(i).form;
  return RoleOf(words, form).has_value() || IsTitleWord(words, form) || form == "-" ||
         form == "in" || form == "law" || form == "of" || form == "State" || form == "senior" ||
         form == "top";
}

// A lower-case word that may qualify a role before it: "foreign minister", "military
// spokesperson", "trade and industry commissioner", "national security advisor".
bool IsRoleModifier(const DependencyTree& tree, int i) {
  const std::string_view form = tree.token(i).form;
  if (form.empty() || (form[0] >= 'A' && form[0] <= 'Z')) return false;
  const std::string_view upos = tree.upos(i);
  return upos == "ADJ" || upos == "NOUN" || form == "and";
}

// The first token of the role words that end just before token `end`, or `end` when there are
// none. The word next to the name must be a role or title word; lower-case modifiers may come
// before it ("foreign minister"), and a place after a role is skipped ("Ambassador to Germany
// Richard Grenell", "Senator from Vermont Bernie Sanders").
int RoleStart(const Vocabulary& words, const DependencyTree& tree,
              const std::vector<int>& entity_of_token, int end) {
  int first = end;
  while (first > 0) {
    const int before = first - 1;
    if (entity_of_token[before] < 0 &&
        (IsRoleToken(words, tree, before) || (first != end && IsRoleModifier(tree, before)))) {
      first = before;
      continue;
    }
    if (entity_of_token[before] >= 0) {
      int name = before;
      while (name > 0 && entity_of_token[name - 1] == entity_of_token[before])
        --name;
      const std::string_view preposition =
          name >= 2 ? std::string_view(tree.token(name - 1).form) : std::string_view();
      if ((preposition == "to" || preposition == "from") && IsRoleToken(words, tree, name - 2)) {
        first = name - 2;
        continue;
      }
    }
    break;
  }
  return first;
}

// "Trump ousts national security advisor Bolton": who appoints or dismisses the person named
// with role words in [first, last] - the subject of that verb - or -1.
int Chooser(const Vocabulary& words, const DependencyTree& tree,
            const std::vector<int>& entity_of_token, int first, int last) {
  for (int t = first; t <= last; ++t) {
    const int verb = tree.head(t);
    if ((verb >= first && verb <= last) || verb < 0 || tree.deprel(t) != "obj") continue;
    if (!words.appointment_verbs.Contains(tree.lemma(verb))) return -1;
    for (int subject : tree.children(verb)) {
      if (tree.deprel(subject) == "nsubj" && entity_of_token[subject] >= 0) return subject;
    }
    return -1;
  }
  return -1;
}

// Whether the role word at `i` is plural, so names more than one holder: "Trump envoys Witkoff
// and Kushner", "Presidents A and B"; "President A and B" gives A the role and not B. A role
// noun the tagger took for a verb in -s ("envoys" as VBZ) is plural too.
bool IsPluralRole(const Vocabulary& words, const DependencyTree& tree, int i) {
  const syntax::Token& token = tree.token(i);
  return token.xpos == "NNS" || token.xpos == "NNPS" || token.xpos == "VBZ" ||
         words.plural_titles.Contains(token.form);
}

bool IsDeterminer(std::string_view word) {
  return word == "the" || word == "The";
}

// "Putin accompanied by advisers ...": the token naming who is accompanied, when the role words
// starting at `role_first` follow such a phrase, else `role_first - 1`.
int AccompaniedBy(const DependencyTree& tree, int role_first) {
  int by = role_first - 1;
  if (by >= 0 && (tree.token(by).form == "his" || tree.token(by).form == "her")) --by;
  if (by < 2 || tree.token(by).form != "by") return role_first - 1;
  const std::string_view verb = tree.lemma(by - 1);
  if (verb != "accompany" && verb != "flank" && verb != "join" && verb != "escort") {
    return role_first - 1;
  }
  int named = by - 2;
  if (named > 0 && tree.token(named).form == ",") --named;
  return named;
}

// `matches` with each (relation, person, other) kept once, at its first evidence.
std::vector<StaticMatch> WithoutRepeats(std::vector<StaticMatch> matches) {
  std::vector<StaticMatch> kept;
  for (StaticMatch& match : matches) {
    const bool seen = std::any_of(kept.begin(), kept.end(), [&](const StaticMatch& other) {
      return other.relation == match.relation && other.person == match.person &&
             other.other == match.other;
    });
    if (!seen) kept.push_back(std::move(match));
  }
  return kept;
}

}  // namespace

std::vector<StaticMatch> FindStaticRelations(const Vocabulary& words, const DependencyTree& tree,
                                             const std::vector<TokenMention>& mentions,
                                             const std::vector<std::uint32_t>& entity_of_mention,
                                             const std::vector<int>& entity_of_token,
                                             const std::vector<Entity>& entities) {
  std::vector<StaticMatch> matches;
  auto add = [&](std::uint32_t person, std::uint32_t other, int role_first, int role_last) {
    if (person == other || entities[person].type != EntityType::kPerson) return;
    // The entity named right before the role words, if it is `other`: "Republican Governor P".
    const int before = role_first - 1;
    const int other_token =
        before >= 0 && entity_of_token[before] == static_cast<int>(other) ? before : -1;
    std::string relation =
        RoleRelation(words, tree, role_first, role_last, entities[other].type, other_token);
    if (!relation.empty())
      matches.push_back({std::move(relation), person, other, role_first, role_last});
  };

  // "P ['s] role words M", "P's role, M", and "ORG's M" with no role words ("BBC's Jonathan
  // Marcus").
  auto possessor_before = [&](int token) {
    const bool apostrophe = token >= 0 && (tree.token(token).form.starts_with("'") ||
                                           tree.token(token).form.starts_with("\xE2\x80\x99"));
    return apostrophe && token > 0 && tree.upos(token) == "PART" ? token - 1 : -1;
  };
  // A mention coordinated with the previous matched one shares its role and entity when the
  // role is plural ("Trump envoys Witkoff and Kushner"); `previous_last` is the last token of
  // that mention.
  int previous_last = -1;
  int previous_role_first = 0;
  int previous_role_last = 0;
  std::uint32_t previous_other = 0;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    int end = mentions[k].first;
    const std::string_view separator =
        end > 0 ? std::string_view(tree.token(end - 1).form) : std::string_view();
    if (previous_last >= 0 && end == previous_last + 2 &&
        (separator == "and" || separator == ",") && IsPluralRole(words, tree, previous_role_last)) {
      add(entity_of_mention[k], previous_other, previous_role_first, previous_role_last);
      previous_last = mentions[k].last;
      continue;
    }
    previous_last = -1;
    const bool comma = separator == ",";
    if (comma) --end;
    const int role_first = RoleStart(words, tree, entity_of_token, end);
    int before = role_first - 1;
    if (const int possessor = possessor_before(before); possessor >= 0) {
      before = possessor;
    } else if (comma && !(before > 0 && IsDeterminer(tree.token(before - 1).form))) {
      continue;  // "Ukraine president, M" is not a pattern; "the Italian minister, M" is
    } else if (role_first < end) {
      before = AccompaniedBy(tree, role_first);
      if (before < 0 || entity_of_token[before] < 0) {
        before = Chooser(words, tree, entity_of_token, role_first, mentions[k].last);
      }
    }
    if (before < 0 || entity_of_token[before] < 0) continue;
    const auto other = static_cast<std::uint32_t>(entity_of_token[before]);
    if (role_first < end) {
      add(entity_of_mention[k], other, role_first, end - 1);
      previous_last = mentions[k].last;
      previous_role_first = role_first;
      previous_role_last = end - 1;
      previous_other = other;
    } else if (!comma && before + 1 < end && entities[other].type == EntityType::kOrg &&
               entities[entity_of_mention[k]].type == EntityType::kPerson) {
      matches.push_back({"member_of", entity_of_mention[k], other, before + 1, end - 1});
    }
  }

  // "role words M of P", with coordinated pairs sharing the role: "Presidents Amara Keita of
  // Mali and Jonas Varga of Hungary".
  int shared_role_first = -1;
  int shared_role_last = -1;
  int chain_end = -1;  // last token of the previous pair's P
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const int first = mentions[k].first;
    const int after = mentions[k].last + 1;
    if (after + 1 >= tree.size() || tree.token(after).form != "of" ||
        entity_of_token[after + 1] < 0) {
      continue;
    }
    int role_first = -1;
    int role_last = -1;
    if (first > 0 && IsRoleToken(words, tree, first - 1)) {
      role_first = RoleStart(words, tree, entity_of_token, first);
      role_last = first - 1;
    } else if (first >= 2 && chain_end == first - 2 &&
               (tree.token(first - 1).form == "and" || tree.token(first - 1).form == ",")) {
      role_first = shared_role_first;
      role_last = shared_role_last;
    }
    if (role_first < 0) continue;
    const auto other = static_cast<std::uint32_t>(entity_of_token[after + 1]);
    add(entity_of_mention[k], other, role_first, role_last);
    shared_role_first = role_first;
    shared_role_last = role_last;
    chain_end = after + 1;
    while (chain_end + 1 < tree.size() && entity_of_token[chain_end + 1] == static_cast<int>(other))
      ++chain_end;
  }

  for (StaticMatch& match : FindRoleFrames(words, tree, entity_of_token, entities)) {
    matches.push_back(std::move(match));
  }
  return WithoutRepeats(std::move(matches));
}

}  // namespace kg
