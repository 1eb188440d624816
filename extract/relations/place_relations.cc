#include "relations/place_relations.h"

#include "names/titles.h"

namespace kg {
namespace {

bool IsPlace(EntityType type) {
  return type == EntityType::kGpe || type == EntityType::kLoc;
}

bool IsListWord(std::string_view word) {
  return word == "," || word == "and" || word == "or";
}

bool IsPossessive(std::string_view word) {
  return word == "'s" || word == "\xE2\x80\x99s";
}

// Whether the phrase headed by `head` begins with the sentence's first word.
bool OpensSentence(const DependencyTree& tree, int head) {
  int token = 0;
  for (int step = 0; token >= 0 && token != head && step < tree.size(); ++step)
    token = tree.head(token);
  return token == head;
}

// Whether the name spanning [first, last] is the subject of a main clause that the token
// `inner` is in a fronted adverbial of: "After troops captured Tresk, Belgium recalled ...",
// "In Gaza, Israel ...".
bool IsSubjectAfterAdverbialClause(const DependencyTree& tree, int first, int last, int inner) {
  int verb = -1;
  for (int i = first; i <= last; ++i) {
    const int head = tree.head(i);
    if ((head < first || head > last) && tree.deprel(i).starts_with("nsubj")) verb = head;
  }
  if (verb < 0) return false;
  for (int token = inner; token >= 0 && tree.head(token) >= 0; token = tree.head(token)) {
    if (tree.head(token) != verb) continue;
    const std::string_view relation = tree.deprel(token);
    // A prepositional phrase only where it opens the sentence ("In Gaza, Israel ..."; not "the
    // ministry in Munich, Germany confirmed", where the parser took Germany for the subject).
    const bool opens_sentence = relation.starts_with("obl") && OpensSentence(tree, token);
    return token < verb && (relation == "advcl" || opens_sentence);
  }
  return false;
}

}  // namespace

std::vector<StaticMatch> FindPlaceRelations(const DependencyTree& tree,
                                            const std::vector<TokenMention>& mentions,
                                            const std::vector<std::uint32_t>& entity_of_mention,
                                            const std::vector<Entity>& entities,
                                            const NameKnowledge& knowledge) {
  std::vector<StaticMatch> matches;
  auto form = [&](int i) {
    return i >= 0 && i < tree.size() ? tree.token(i).form : std::string_view();
  };
  auto add = [&](std::size_t inner, std::size_t outer, int cue_first, int cue_last) {
    const std::uint32_t a = entity_of_mention[inner];
    const std::uint32_t b = entity_of_mention[outer];
    if (a == b || !IsPlace(entities[a].type) || !IsPlace(entities[b].type)) return;
    if (knowledge.IsState(entities[a].name)) return;
    matches.push_back({"located_in", a, b, cue_first, cue_last});
  };

  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    const TokenMention& inner = mentions[k];
    const TokenMention& outer = mentions[k + 1];
    int cue = inner.last + 1;
    const bool comma = form(cue) == ",";
    if (comma) ++cue;
    if (form(cue) == "in") {
      // "Omsk in Siberia", "Pokrovsk, in the Donetsk region"
      int next = cue + 1;
      if (form(next) == "the") ++next;
      if (next != outer.first) continue;
      if (IsPossessive(form(outer.last + 1))) continue;
      // The inner name must be a known place, named as one ("the city of Omsk"), or inside a
      // region ("Tomsk in Siberia"): not "a platform called Participate in Melbourne".
      const bool named_place = inner.first >= 2 && form(inner.first - 1) == "of" &&
                               knowledge.words().place_nouns.Contains(form(inner.first - 2));
      const bool region = entities[entity_of_mention[k + 1]].type == EntityType::kLoc;  // "Siberia"
      // "Velnitsa, in Varn Province,": set off by commas, the phrase places the name; but
      // "terminals in the Delta, in Damietta and Idku" lists where, one place a member.
      if (!comma && !named_place && !region && !knowledge.Resolve(inner.text).type) continue;
      if (comma && IsListWord(form(outer.last + 1)) && form(outer.last + 1) != ",") continue;
      add(k, k + 1, inner.last + 1, cue);
    } else if (comma && cue == outer.first) {
      if (IsListWord(form(inner.first - 1))) continue;
      int after = outer.last + 1;
      if (IsPossessive(form(after)) && knowledge.words().place_nouns.Contains(form(after + 1))) {
        add(k, k + 1, after, after + 1);  // "Niamey, Niger's capital"
        continue;
      }
      const std::string_view next = form(after);
      if (next == "and" || next == "or" ||
          (next == "," && after + 1 < tree.size() && tree.upos(after + 1) == "PROPN" &&
           !IsCalendarWord(knowledge.words(), tree.token(after + 1).form))) {
        continue;  // "Berlin, Paris and Rome"; not "Caracas, Venezuela, March 3"
      }
      // "After troops captured Tresk, Belgium recalled ...": the comma ends a fronted clause
      // and the state is the subject of the main one.
      if (IsSubjectAfterAdverbialClause(tree, outer.first, outer.last, inner.last)) continue;
      // "In Gaza, Israeli aircraft ...": a demonym names a people, not the larger place.
      const std::string_view word = form(outer.first);
      if (outer.first == outer.last && knowledge.IsDemonym(word) && !knowledge.IsState(word))
        continue;
      if (knowledge.IsState(entities[entity_of_mention[k + 1]].name) ||
          entities[entity_of_mention[k + 1]].type == EntityType::kLoc) {
        add(k, k + 1, inner.last + 1, inner.last + 1);  // "Berlin, Germany"
      }
    }
  }

  // "Marrowby, a town in Ghana", "Selvano, the capital of Varn Province": a place noun in
  // apposition, with the larger place after "in" or "of".
  auto mention_at = [&](int token) {
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].first <= token && token <= mentions[m].last) return static_cast<int>(m);
    }
    return -1;
  };
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    for (int i = mentions[k].first; i <= mentions[k].last; ++i) {
      for (int noun : tree.children(i)) {
        if (tree.deprel(noun) != "appos" || !knowledge.words().place_nouns.Contains(form(noun)))
          continue;
        for (int place : tree.children(noun)) {
          const std::string_view preposition = tree.CaseOf(place);
          const int outer = mention_at(place);
          if (tree.deprel(place).starts_with("nmod") && outer >= 0 &&
              (preposition == "in" || preposition == "of")) {
            add(k, static_cast<std::size_t>(outer), noun, noun);
          }
        }
      }
    }
  }

  // "the Romanian city of Valdora" (a place noun named by its state's demonym, then "of" and
  // the place), "Moldova's Tarnita region" (the state's possessive, the place, its noun).
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    const int after = mentions[k].last + 1;
    const int inner = mentions[k + 1].first;
    const auto& place_nouns = knowledge.words().place_nouns;
    const bool named_of =
        inner == after + 2 && place_nouns.Contains(form(after)) && form(after + 1) == "of";
    const bool possessed = inner == after + 1 && IsPossessive(form(after)) &&
                           place_nouns.Contains(form(mentions[k + 1].last + 1));
    if (!named_of && !possessed) continue;
    const std::uint32_t state = entity_of_mention[k];
    if (!knowledge.IsState(entities[state].name)) continue;
    add(k + 1, k, after, inner - 1);
  }

  // "the Yemen-based Houthi movement"
  for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
    const int hyphen = mentions[k].last + 1;
    if (form(hyphen) != "-" || form(hyphen + 1) != "based") continue;
    const std::uint32_t place = entity_of_mention[k];
    const std::uint32_t based = entity_of_mention[k + 1];
    if (mentions[k + 1].first > hyphen + 4 || !IsPlace(entities[place].type)) continue;
    if (entities[based].type != EntityType::kOrg || place == based) continue;
    matches.push_back({"located_in", based, place, hyphen, hyphen + 1});
  }
  return matches;
}

}  // namespace kg
