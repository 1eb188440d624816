#include "names/name_type_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

#include "kg/ascii.h"
#include "kg/file_contents.h"
#include "names/name_knowledge.h"
#include "names/word_shape.h"

namespace kg {
namespace {

constexpr std::string_view kHeader = "kg-name-types 1";  // format version 1
constexpr double kSmoothing = 0.1;  // added to every count, so that unseen features cost little

// The index in kTypes of `type`, or nothing for organisations, which the model leaves alone.
std::optional<std::size_t> TypeIndex(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kGpe:
    case EntityType::kLoc:
      return 1;
    case EntityType::kOrg:
      return std::nullopt;
  }
  return std::nullopt;
}

// Splits `line` at tabs.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool ParseCount(std::string_view field, std::uint32_t* count) {
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), *count);
  return error == std::errc() && end == field.data() + field.size();
}

}  // namespace

std::vector<std::string> NameContextFeatures(const DependencyTree& tree, int token) {
  const std::string_view deprel = tree.deprel(token);
  const std::string relation(deprel.substr(0, deprel.find(':')));
  const int head = tree.head(token);
  const std::string head_lemma = head < 0 ? "<root>" : AsciiLower(tree.lemma(head));
  std::vector<std::string> features = {"d:" + relation, "h:" + head_lemma + ":" + relation};
  if (const std::string_view preposition = tree.CaseOf(token); !preposition.empty())
    features.push_back("c:" + std::string(preposition));
  features.push_back("p:" + (token > 0 ? AsciiLower(tree.token(token - 1).form) : "<s>"));
  features.push_back("n:" +
                     (token + 1 < tree.size() ? AsciiLower(tree.token(token + 1).form) : "</s>"));
  const std::string form = AsciiLower(tree.token(token).form);
  for (std::size_t length : {3, 2}) {
    if (form.size() <= length) continue;
    std::string suffix = "s";
    suffix.append(form, form.size() - length, length);
    features.push_back(std::move(suffix));
  }
  return features;
}

void NameTypeModel::Learn(const DependencyTree& tree, int token, EntityType type) {
  const std::optional<std::size_t> t = TypeIndex(type);
  if (!t) return;
  ++names_[*t];
  for (std::string& feature : NameContextFeatures(tree, token)) {
    ++counts_[std::move(feature)][*t];
    ++feature_totals_[*t];
  }
}

NameTypeModel::Scores NameTypeModel::ContextScores(const DependencyTree& tree, int token) const {
  Scores scores{};
  if (empty()) return scores;
  const double vocabulary = static_cast<double>(counts_.size());
  for (const std::string& feature : NameContextFeatures(tree, token)) {
    const auto it = counts_.find(feature);
    for (std::size_t t = 0; t < kTypes.size(); ++t) {
      const double count = it == counts_.end() ? 0.0 : it->second[t];
      scores[t] += std::log((count + kSmoothing) /
                            (static_cast<double>(feature_totals_[t]) + kSmoothing * vocabulary));
    }
  }
  return scores;
}

std::optional<EntityType> NameTypeModel::MostLikely(const Scores& context) const {
  if (empty()) return std::nullopt;
  std::size_t best = 0;
  double best_score = -INFINITY;
  for (std::size_t t = 0; t < kTypes.size(); ++t) {
    const double prior = std::log((names_[t] + kSmoothing) / (names_total() + kSmoothing));
    if (prior + context[t] > best_score) {
      best = t;
      best_score = prior + context[t];
    }
  }
  return kTypes[best];
}

std::uint32_t NameTypeModel::names_total() const {
  return names_[0] + names_[1];
}

std::string NameTypeModel::ToText() const {
  std::vector<const std::pair<const std::string, Counts>*> sorted;
  for (const auto& entry : counts_)
    sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::ostringstream out;
  out << kHeader << "\nnames\t" << names_[0] << '\t' << names_[1] << '\n';
  for (const auto* entry : sorted)
    out << entry->first << '\t' << entry->second[0] << '\t' << entry->second[1] << '\n';
  return out.str();
}

Result<NameTypeModel> NameTypeModel::Parse(std::string_view text) {
  NameTypeModel model;
  int line_number = 0;
  bool names_seen = false;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_number;
    if (line_number == 1) {
      if (line != kHeader) return Status::Corruption("not a kg name-type model (no header)");
      continue;
    }
    const std::vector<std::string_view> fields = Fields(line);
    Counts counts{};
    bool ok = fields.size() == 1 + kTypes.size() && !fields[0].empty();
    for (std::size_t t = 0; ok && t < kTypes.size(); ++t)
      ok = ParseCount(fields[t + 1], &counts[t]);
    if (!ok) {
      return Status::Corruption("name-type model line " + std::to_string(line_number) +
                                ": expected a name and two counts");
    }
    if (line_number == 2) {
      if (fields[0] != "names") return Status::Corruption("name-type model: no names line");
      model.names_ = counts;
      names_seen = true;
      continue;
    }
    for (std::size_t t = 0; t < kTypes.size(); ++t)
      model.feature_totals_[t] += counts[t];
    model.counts_.emplace(std::string(fields[0]), counts);
  }
  if (!names_seen) return Status::Corruption("name-type model: empty");
  return model;
}

NameTypeModel LearnNameTypeModel(const std::vector<syntax::ConlluSentence>& treebank,
                                 const NameKnowledge& knowledge) {
  NameTypeModel model;
  for (const syntax::ConlluSentence& conllu : treebank) {
    syntax::Sentence sentence;
    for (const syntax::ConlluWord& word : conllu.words) {
      syntax::Token token;
      token.form = word.form;
      token.lemma = word.lemma;
      token.upos = word.upos;
      token.xpos = word.xpos;
      token.head = word.head;
      token.deprel = word.deprel;
      sentence.tokens.push_back(std::move(token));
    }
    const DependencyTree tree(sentence);
    auto proper_noun = [&](int i) { return i >= 0 && i < tree.size() && tree.upos(i) == "PROPN"; };
    for (int i = 0; i < tree.size(); ++i) {
      const std::string_view form = tree.token(i).form;
      if (!proper_noun(i) || !IsCapitalised(form) || proper_noun(i - 1) || proper_noun(i + 1))
        continue;
      const ResolvedName name = knowledge.Resolve(form);
      const bool given_name = knowledge.IsGivenName(form);
      // A given name that also names a place or body ("Lena", a river) says nothing sure.
      if (name.demonym || (name.type && given_name && name.type != EntityType::kPerson)) continue;
      if (name.type) {
        model.Learn(tree, i, *name.type);
      } else if (given_name) {
        model.Learn(tree, i, EntityType::kPerson);
      }
    }
  }
  return model;
}

Result<NameTypeModel> NameTypeModel::LoadFile(const std::string& path) {
  Result<std::string> content = ReadFileContents(path, "name-type model");
  if (!content.ok()) return content.status();
  Result<NameTypeModel> model = Parse(*content);
  if (!model.ok()) return Status::Corruption(path + ": " + model.status().message());
  return model;
}

}  // namespace kg
