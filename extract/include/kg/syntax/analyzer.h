// Analyzer: the syntax pipeline behind one call — raw UTF-8 text in, sentences of tokens with
// offsets, lemmas, POS tags and a labelled dependency tree out.
//
//   Result<Analyzer> analyzer = Analyzer::Load("data/models");
//   for (const Sentence& s : analyzer->Analyze(text))
//     for (const Token& t : s.tokens)
//       if (t.deprel == "nsubj") ... s.tokens[t.head - 1] is the verb (t.head == 0: root) ...
//
// Pipeline: Segment (tokenizer + sentence splitter) -> Tagger -> Lemmatizer -> Parser.
// Tokens are UD English EWT syntactic words: "don't" gives "do" [0,2) and "n't" [2,5), so the
// words of a token split this way have adjacent, non-overlapping byte ranges. Every sentence's
// tree has exactly one root token (head 0) and no cycles.
//
// Analyze() is const and thread-safe; an Analyzer is movable, not copyable.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"
#include "kg/syntax/conllu.h"
#include "kg/syntax/lemmatizer.h"
#include "kg/syntax/parser.h"
#include "kg/syntax/tagger.h"

namespace kg::syntax {

struct Token {
  std::uint32_t begin = 0;  // byte offset of the first byte in the analysed text
  std::uint32_t end = 0;    // byte offset one past the last byte
  std::string form;         // the text's bytes [begin, end)
  std::string lemma;        // EWT conventions, see lemmatizer.h
  std::string upos;         // Universal POS tag: NOUN, PROPN, VERB, AUX, ...
  std::string xpos;         // Penn Treebank tag: NN, NNP, VBD, MD, ...
  int head = 0;             // 1-based index of the head token in the sentence; 0 = the root
  std::string deprel;       // UD relation to the head: nsubj, obj, obl, nmod:poss, root, ...
};

struct Sentence {
  std::uint32_t begin = 0;  // byte offset of the first token
  std::uint32_t end = 0;    // byte offset one past the last token
  std::vector<Token> tokens;
};

// Bounds on the work of one Analyze() call, so that its time stays linear in the text whatever the
// text: a sentence longer than `max_sentence_tokens` is analysed as consecutive pieces of at most
// that many tokens (each piece a Sentence), and tokens past `max_document_tokens` are not analysed
// at all. The defaults are far above news prose (EWT's longest sentence has 159 tokens).
struct AnalysisLimits {
  std::uint32_t max_sentence_tokens = 256;
  std::uint64_t max_document_tokens = 100'000;
};

// What the limits cut from one text; all zero when it was analysed whole.
struct AnalysisCuts {
  std::uint32_t long_sentences = 0;      // sentences analysed in pieces
  std::uint64_t skipped_tokens = 0;      // tokens past the document limit, not analysed
  std::uint32_t first_skipped_byte = 0;  // offset of the first of them (when any)
};

// File names of the models inside a model directory.
inline constexpr const char* kTaggerModelFile = "tagger.kgm";
inline constexpr const char* kParserModelFile = "parser.kgm";

class Analyzer {
 public:
  // Loads <model_dir>/tagger.kgm and <model_dir>/parser.kgm, and WordNet from `wordnet_dir`.
  // Fails if a model is missing or corrupt; a missing WordNet only degrades lemmas (see
  // wordnet_status()).
  static Result<Analyzer> Load(const std::filesystem::path& model_dir,
                               const std::filesystem::path& wordnet_dir = kDefaultWordNetDir);
  // The same with WordNet from `wordnet`, which others may read too (the extractor's gazetteer).
  static Result<Analyzer> Load(const std::filesystem::path& model_dir, WordNetFiles& wordnet);

  // Segments, tags, lemmatises and parses `text` (UTF-8; invalid bytes are kept as word
  // characters) within `limits`, and reports in `*cuts` (when given) what the limits cut.
  // Offsets are 32-bit: `text` must be shorter than 4 GiB.
  std::vector<Sentence> Analyze(std::string_view text, const AnalysisLimits& limits = {},
                                AnalysisCuts* cuts = nullptr) const;

  // Fills lemma, upos, xpos, head and deprel of tokens whose form is set (already tokenised
  // input, e.g. gold words).
  void Annotate(Sentence& sentence) const;

  // Ok, or why lemmas come from suffix rules only (WordNet missing or unreadable).
  const Status& wordnet_status() const { return wordnet_status_; }

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }

 private:
  Analyzer() = default;

  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  Status wordnet_status_;
};

// The sentence as CoNLL-U: "# text =" from `text`, SpaceAfter=No where tokens touch, `sent_id`
// as "# sent_id =" when not empty.
ConlluSentence ToConllu(const Sentence& sentence, std::string_view text, std::string_view sent_id);

}  // namespace kg::syntax
