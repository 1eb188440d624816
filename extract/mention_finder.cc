#include "mention_finder.h"

#include "titles.h"

namespace kg {
namespace {

bool IsCapitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool IsNameToken(const DependencyTree& tree, int i) {
  return tree.upos(i) == "PROPN" && IsCapitalised(tree.token(i).form);
}

// A capitalised adjective or noun that opens a name the tagger split ("United States", "Black
// Sea", "European Union"): followed by a proper noun, and not the first word of the sentence.
bool OpensName(const DependencyTree& tree, int i) {
  if (i == 0 || i + 1 >= tree.size() || !IsNameToken(tree, i + 1)) return false;
  const std::string_view upos = tree.upos(i);
  const std::string_view form = tree.token(i).form;
  return (upos == "ADJ" || upos == "NOUN") && IsCapitalised(form) && !IsTitleWord(form) &&
         !IsTitleWord(tree.token(i + 1).form);
}

std::optional<EntityType> ContextType(const DependencyTree& tree, int first, int last) {
  if (first > 0 && IsTitleWord(tree.token(first - 1).form)) return EntityType::kPerson;
  if (first > 0 && (tree.token(first - 1).form == "in" || tree.token(first - 1).form == "to")) {
    return EntityType::kGpe;
  }
  int next = last + 1;
  if (next < tree.size() && tree.upos(next) == "PART") ++next;  // "Trump's son-in-law"
  if (next < tree.size()) {
    const std::optional<RoleKind> role = RoleOf(tree.token(next).form);
    if (role == RoleKind::kEnvoy || role == RoleKind::kAdviser || role == RoleKind::kRelative) {
      return EntityType::kPerson;
    }
  }
  return std::nullopt;
}

void AddMention(const DependencyTree& tree, std::string_view text, int first, int last,
                std::vector<TokenMention>* out) {
  const Span span{tree.token(first).begin, tree.token(last).end};
  out->push_back({first, last, text.substr(span.begin, span.end - span.begin), span,
                  ContextType(tree, first, last)});
}

}  // namespace

std::vector<TokenMention> FindMentions(const DependencyTree& tree, std::string_view text,
                                       const NameKnowledge& knowledge) {
  std::vector<TokenMention> mentions;
  int i = 0;
  while (i < tree.size()) {
    const std::string_view form = tree.token(i).form;
    if (!IsNameToken(tree, i) && !OpensName(tree, i)) {
      const bool people_word =
          (tree.upos(i) == "ADJ" || tree.upos(i) == "NOUN") && IsCapitalised(form);
      if (people_word && knowledge.Resolve(form).demonym) AddMention(tree, text, i, i, &mentions);
      ++i;
      continue;
    }
    int last = i;
    while (last + 1 < tree.size()) {
      if (IsNameToken(tree, last + 1)) {
        ++last;
      } else if (last + 2 < tree.size() && tree.token(last + 1).form == "of" &&
                 IsNameToken(tree, last + 2)) {
        last += 2;
      } else {
        break;
      }
    }
    // Split the run at title and calendar words; "of" inside a title run ("Secretary of State")
    // is part of the title.
    auto separates = [&](int k) {
      return IsTitleWord(tree.token(k).form) || IsCalendarWord(tree.token(k).form);
    };
    int k = i;
    while (k <= last) {
      while (
          k <= last &&
          (separates(k) ||
           (tree.token(k).form == "of" && k > i && IsTitleWord(tree.token(k - 1).form)) ||
           (k > i + 1 && tree.token(k - 1).form == "of" && IsTitleWord(tree.token(k - 2).form)))) {
        ++k;
      }
      const int first = k;
      while (k <= last && !separates(k))
        ++k;
      int end = k - 1;
      while (end >= first && tree.token(end).form == "of")
        --end;
      if (first <= end) AddMention(tree, text, first, end, &mentions);
    }
    i = last + 1;
  }
  return mentions;
}

}  // namespace kg
