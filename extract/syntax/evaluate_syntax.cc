#include "kg/syntax/evaluate.h"
#include "kg/syntax/lemmatizer.h"
#include "kg/syntax/parser.h"
#include "kg/syntax/tagger.h"

namespace kg::syntax {

SyntaxScores EvaluateSyntax(const Tagger& tagger, const Lemmatizer* lemmatizer,
                            const Parser* parser, std::span<const ConlluSentence> gold) {
  SyntaxScores scores;
  std::vector<std::string_view> forms;
  std::vector<TagId> tags;
  std::vector<ParserInputWord> words;
  std::vector<int> heads, labels;
  for (const ConlluSentence& sentence : gold) {
    const std::size_t n = sentence.words.size();
    if (n == 0) continue;
    forms.clear();
    for (const ConlluWord& w : sentence.words)
      forms.push_back(w.form);
    tags.assign(n, 0);
    tagger.Tag(forms, tags);
    words.clear();
    for (std::size_t i = 0; i < n; ++i) {
      const ConlluWord& g = sentence.words[i];
      const std::string& upos = tagger.upos(tags[i]);
      const std::string& xpos = tagger.xpos(tags[i]);
      scores.upos += upos == g.upos;
      scores.xpos += xpos == g.xpos;
      if (lemmatizer) scores.lemma += lemmatizer->Lemmatize(g.form, upos, xpos, i == 0) == g.lemma;
      words.push_back({g.form, upos, xpos});
    }
    scores.words += n;
    if (!parser) continue;
    heads.assign(n, 0);
    labels.assign(n, 0);
    parser->Parse(words, heads, labels);
    for (std::size_t i = 0; i < n; ++i) {
      if (heads[i] != sentence.words[i].head) continue;
      ++scores.head;
      scores.label += parser->label(labels[i]) == sentence.words[i].deprel;
    }
  }
  return scores;
}

}  // namespace kg::syntax
