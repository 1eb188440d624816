#include "kg/syntax/analyzer.h"

#include <algorithm>

#include "kg/syntax/sentence_splitter.h"
#include "kg/syntax/wordnet_files.h"

namespace kg::syntax {

Result<Analyzer> Analyzer::Load(const std::filesystem::path& model_dir,
                                const std::filesystem::path& wordnet_dir) {
  WordNetFiles wordnet(wordnet_dir);
  return Load(model_dir, wordnet);
}

Result<Analyzer> Analyzer::Load(const std::filesystem::path& model_dir, WordNetFiles& wordnet) {
  Analyzer analyzer;
  Result<Tagger> tagger = Tagger::Load(model_dir / kTaggerModelFile);
  if (!tagger.ok()) return tagger.status();
  Result<Parser> parser = Parser::Load(model_dir / kParserModelFile);
  if (!parser.ok()) return parser.status();
  analyzer.tagger_ = std::move(tagger).value();
  analyzer.parser_ = std::move(parser).value();
  analyzer.wordnet_status_ = analyzer.lemmatizer_.LoadWordNet(wordnet);
  return analyzer;
}

void Analyzer::Annotate(Sentence& sentence) const {
  std::vector<Token>& tokens = sentence.tokens;
  const std::size_t n = tokens.size();
  std::vector<std::string_view> forms(n);
  std::vector<std::uint8_t> spaced_before(n);
  for (std::size_t i = 0; i < n; ++i) {
    forms[i] = tokens[i].form;
    spaced_before[i] = i == 0 || tokens[i].begin != tokens[i - 1].end;
  }
  std::vector<TagId> tags(n);
  tagger_.Tag(forms, tags, spaced_before);
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

std::vector<Sentence> Analyzer::Analyze(std::string_view text, const AnalysisLimits& limits,
                                        AnalysisCuts* cuts) const {
  const Segmentation segmentation = Segment(text);
  const std::uint32_t piece = std::max<std::uint32_t>(limits.max_sentence_tokens, 1);
  const std::uint64_t analysed =
      std::min<std::uint64_t>(segmentation.tokens.size(), limits.max_document_tokens);
  AnalysisCuts local_cuts;
  local_cuts.skipped_tokens = segmentation.tokens.size() - analysed;
  if (local_cuts.skipped_tokens > 0)
    local_cuts.first_skipped_byte = segmentation.tokens[analysed].begin;
  std::vector<Sentence> sentences;
  sentences.reserve(segmentation.sentences.size());
  for (const SentenceRange& range : segmentation.sentences) {
    if (range.first >= analysed) break;
    const std::uint32_t end =
        static_cast<std::uint32_t>(std::min<std::uint64_t>(range.end, analysed));
    if (end - range.first > piece) ++local_cuts.long_sentences;
    for (std::uint32_t first = range.first; first < end; first += piece) {
      const std::uint32_t last = std::min(end, first + piece);
      Sentence& sentence = sentences.emplace_back();
      sentence.begin = segmentation.tokens[first].begin;
      sentence.end = segmentation.tokens[last - 1].end;
      for (std::uint32_t k = first; k < last; ++k) {
        const TokenSpan& span = segmentation.tokens[k];
        Token& token = sentence.tokens.emplace_back();
        token.begin = span.begin;
        token.end = span.end;
        token.form = text.substr(span.begin, span.end - span.begin);
      }
      Annotate(sentence);
    }
  }
  if (cuts != nullptr) *cuts = local_cuts;
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
