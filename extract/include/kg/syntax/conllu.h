// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
//
// A sentence keeps its comment lines verbatim, the value of its "# text =" comment, its syntactic
// words (the 1-based numbered lines) and its multiword tokens ("3-4" range lines). Empty nodes
// ("8.1" lines, enhanced graphs only) are skipped on reading and therefore never written.
// Reading never throws: malformed input yields a Status naming the line.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "kg/status.h"

namespace kg::syntax {

struct ConlluWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = 0;  // 0 = the root (or no tree: "_"), else the 1-based position of the head word
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

// Words first..last (1-based, inclusive) are written together as `form` in the text.
struct ConlluMultiword {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc = "_";
};

struct ConlluSentence {
  std::vector<std::string> comments;  // whole lines, each starting with '#'
  std::string text;                   // from "# text = ...", empty when absent
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
};

// Parses a whole CoNLL-U document.
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view content);

// Reads and parses a CoNLL-U file.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::filesystem::path& path);

// Writes one sentence (comments, multiword ranges before their first word, words) followed by
// the blank line that ends it.
void WriteConllu(std::ostream& out, const ConlluSentence& sentence);

}  // namespace kg::syntax
