#include "kg/syntax/analyzer.h"

#include "kg/syntax/sentence_splitter.h"

namespace kg::syntax {

Result<Analyzer> Analyzer::Load(const std::filesystem::path& model_dir,
                                const std::filesystem::path& wordnet_dir) {
  Analyzer analyzer;
  Result<Tagger> tagger = Tagger::Load(model_dir / kTaggerModelFile);
  if (!tagger.ok()) return tagger.status();
  Result<Parser> parser = Parser::Load(model_dir / kParserModelFile);
  if (!parser.ok()) return parser.status();
  analyzer.tagger_ = std::move(tagger).value();
  analyzer.parser_ = std::move(parser).value();
  analyzer.wordnet_status_ = analyzer.lemmatizer_.LoadWordNet(wordnet_dir);
  return analyzer;
}

void Analyzer::Annotate(Sentence& sentence) const {
  std::vector<Token>& tokens = sentence.tokens;
  const std::size_t n = tokens.size();
  std::vector<std::string_view> forms(n);
  for (std::size_t i = 0; i < n; ++i)
    forms[i] = tokens[i].form;
  std::vector<TagId> tags(n);
  tagger_.Tag(forms, tags);
  std::vector<ParserInputWord> words(n);
  for (std::size_t i = 0; i < n; ++i) {
    Token& token = tokens[i];
    token.upos = tagger_.upos(tags[i]);
    token.xpos = tagger_.xpos(tags[i]);
    token.lemma = lemmatizer_.Lemmatize(token.form, token.upos, token.xpos, i == 0);
    words[i] = {token.form, token.upos, token.xpos};
  }
  std::vector<int> heads(n), labels(n);
  parser_.Parse(words, heads, labels);
  for (std::size_t i = 0; i < n; ++i) {
    tokens[i].head = heads[i];
    tokens[i].deprel = parser_.label(labels[i]);
  }
}

std::vector<Sentence> Analyzer::Analyze(std::string_view text) const {
  const Segmentation segmentation = Segment(text);
  std::vector<Sentence> sentences;
  sentences.reserve(segmentation.sentences.size());
  for (const SentenceRange& range : segmentation.sentences) {
    Sentence& sentence = sentences.emplace_back();
    sentence.begin = segmentation.tokens[range.first].begin;
    sentence.end = segmentation.tokens[range.end - 1].end;
    for (std::uint32_t k = range.first; k < range.end; ++k) {
      const TokenSpan& span = segmentation.tokens[k];
      Token& token = sentence.tokens.emplace_back();
      token.begin = span.begin;
      token.end = span.end;
      token.form = text.substr(span.begin, span.end - span.begin);
    }
    Annotate(sentence);
  }
  return sentences;
}

ConlluSentence ToConllu(const Sentence& sentence, std::string_view text, std::string_view sent_id) {
  ConlluSentence out;
  if (!sent_id.empty()) out.comments.push_back("# sent_id = " + std::string(sent_id));
  std::string sentence_text(text.substr(sentence.begin, sentence.end - sentence.begin));
  for (char& c : sentence_text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  out.comments.push_back("# text = " + sentence_text);
  out.text = sentence_text;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& t = sentence.tokens[i];
    ConlluWord word;
    word.form = t.form;
    word.lemma = t.lemma;
    word.upos = t.upos;
    word.xpos = t.xpos;
    word.head = t.head;
    word.deprel = t.deprel;
    const bool touches_next =
        i + 1 < sentence.tokens.size() && sentence.tokens[i + 1].begin == t.end;
    word.misc = touches_next ? "SpaceAfter=No" : "_";
    out.words.push_back(std::move(word));
  }
  return out;
}

}  // namespace kg::syntax
