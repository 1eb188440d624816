#include "kg/syntax/lemmatizer.h"

#include <algorithm>

#include "kg/ascii.h"
#include "kg/syntax/wordnet_files.h"
#include "suffix_rules.h"
#include "wordnet_morphology.h"

namespace kg::syntax {
namespace {

struct ClosedClassLemma {
  std::string_view lower;
  std::string_view tags;  // UPOS or XPOS tags it applies to, space-separated; empty: any
  std::string_view lemma;
};

bool HasTag(std::string_view tags, std::string_view tag) {
  std::size_t pos = 0;
  while (pos < tags.size()) {
    std::size_t end = tags.find(' ', pos);
    if (end == std::string_view::npos) end = tags.size();
    if (tags.substr(pos, end - pos) == tag) return true;
    pos = end + 1;
  }
  return false;
}

// Function words whose lemma is not their lower-cased form.
constexpr ClosedClassLemma kClosedClass[] = {
    {"i", "PRON", "I"},          {"me", "PRON", "I"},         {"us", "PRON", "we"},
    {"them", "PRON", "they"},    {"him", "PRON", "he"},       {"her", "PRP", "she"},
    {"mine", "PRON", "my"},      {"yours", "PRON", "your"},   {"ours", "PRON", "our"},
    {"theirs", "PRON", "their"}, {"hers", "PRON", "her"},     {"u", "PRON", "you"},
    {"an", "DET", "a"},          {"these", "", "this"},       {"those", "", "that"},
    {"is", "AUX VERB", "be"},    {"was", "AUX VERB", "be"},   {"are", "AUX VERB", "be"},
    {"were", "AUX VERB", "be"},  {"been", "AUX VERB", "be"},  {"being", "AUX VERB", "be"},
    {"am", "AUX VERB", "be"},    {"'m", "AUX VERB", "be"},    {"’m", "AUX VERB", "be"},
    {"'re", "AUX VERB", "be"},   {"’re", "AUX VERB", "be"},   {"'s", "AUX VERB", "be"},
    {"’s", "AUX VERB", "be"},    {"`s", "AUX VERB", "be"},    {"s", "AUX", "be"},
    {"ai", "AUX", "be"},         {"m", "AUX", "be"},          {"re", "AUX", "be"},
    {"has", "AUX VERB", "have"}, {"had", "AUX VERB", "have"}, {"having", "AUX VERB", "have"},
    {"'ve", "AUX VERB", "have"}, {"’ve", "AUX VERB", "have"}, {"ve", "AUX", "have"},
    {"did", "AUX VERB", "do"},   {"does", "AUX VERB", "do"},  {"doing", "AUX VERB", "do"},
    {"done", "AUX VERB", "do"},  {"ca", "AUX", "can"},        {"wo", "AUX", "will"},
    {"'ll", "AUX", "will"},      {"’ll", "AUX", "will"},      {"ll", "AUX", "will"},
    {"'d", "AUX", "would"},      {"’d", "AUX", "would"},      {"sha", "AUX", "shall"},
    {"n't", "PART", "not"},      {"n’t", "PART", "not"},      {"nt", "PART", "not"},
    {"'s", "PART", "'s"},        {"’s", "PART", "'s"},        {"`s", "PART", "'s"},
    {"s", "PART", "'s"},         {"'", "PART", "'s"},         {"’", "PART", "'s"},
    {"na", "PART", "to"},        {"ta", "PART", "to"},        {"pm", "NOUN", "p.m."},
    {"am", "NOUN", "a.m."},      {"m", "NUM", "million"},     {"k", "NUM", "thousand"},
    {"b", "NUM", "billion"},     {"bn", "NUM", "billion"},    {"mn", "NUM", "million"},
};

// Abbreviated months are lemmatised to the full name.
constexpr std::pair<std::string_view, std::string_view> kMonths[] = {
    {"Jan", "January"},    {"Feb", "February"}, {"Mar", "March"},    {"Apr", "April"},
    {"Jun", "June"},       {"Jul", "July"},     {"Aug", "August"},   {"Sep", "September"},
    {"Sept", "September"}, {"Oct", "October"},  {"Nov", "November"}, {"Dec", "December"}};

std::string NormalisePunctuation(std::string_view form) {
  if (form == "\u201C" || form == "\u201D" || form == "\u201E") return "\"";
  if (form == "\u2018" || form == "\u2019") return "'";
  if (form == "\u2019\u2019" || form == "\u2018\u2019" || form == "\u2018\u2018") return "''";
  if (form == "\u2013" || form == "\u2014" || form == "\u2015") return "-";
  if (form == "\u2026") return "...";
  return std::string(form);
}

// "Palestinian", not "PALESTINIAN".
bool IsCapitalised(std::string_view form) {
  return form.size() > 1 && form[0] >= 'A' && form[0] <= 'Z' && form[1] >= 'a' && form[1] <= 'z';
}

bool IsInflectedTag(std::string_view xpos) {
  return xpos == "NNS" || xpos == "VBD" || xpos == "VBN" || xpos == "VBG" || xpos == "VBZ" ||
         xpos == "JJR" || xpos == "JJS" || xpos == "RBR" || xpos == "RBS";
}

// "1,000" -> "1000"; other numbers are lower-cased.
std::string NumberLemma(std::string_view form) {
  const bool numeric = std::all_of(form.begin(), form.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
  if (!numeric) return AsciiLower(form);
  std::string lemma;
  for (char c : form) {
    if (c != ',') lemma += c;
  }
  return lemma;
}

std::string ProperNounLemma(std::string_view form, std::string_view xpos) {
  std::string_view bare = form;
  if (bare.size() > 1 && bare.back() == '.') bare.remove_suffix(1);
  for (const auto& [abbreviation, month] : kMonths) {
    if (bare == abbreviation) return std::string(month);
  }
  if (xpos == "NNPS") return SingularProperNoun(form);
  return std::string(form);
}

}  // namespace

Lemmatizer::Lemmatizer() = default;
Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;

Status Lemmatizer::LoadWordNet(WordNetFiles& wordnet) {
  Result<WordNetMorphology> loaded = WordNetMorphology::Load(wordnet);
  if (!loaded.ok()) {
    wordnet_.reset();
    return Status(loaded.status().code() == Status::Code::kNotFound
                      ? Status::NotFound("WordNet not available (" + loaded.status().message() +
                                         "); lemmatizing with suffix rules only")
                      : Status::Corruption("WordNet unusable (" + loaded.status().message() +
                                           "); lemmatizing with suffix rules only"));
  }
  wordnet_ = std::make_unique<WordNetMorphology>(std::move(loaded).value());
  return Status::Ok();
}

std::string Lemmatizer::InflectedBase(const std::string& lower, std::string_view xpos) const {
  if (wordnet_) {
    WordNetPos pos = WordNetPos::kNoun;
    if (xpos.starts_with("VB")) pos = WordNetPos::kVerb;
    if (xpos.starts_with("JJ")) pos = WordNetPos::kAdjective;
    if (xpos.starts_with("RB")) pos = WordNetPos::kAdverb;
    if (std::optional<std::string> base = wordnet_->BaseForm(lower, pos)) return *std::move(base);
    // WordNet has no adverb rules: "later" and "faster" inflect like adjectives.
    if (xpos.starts_with("RB")) {
      if (auto base = wordnet_->BaseForm(lower, WordNetPos::kAdverb)) return *std::move(base);
      if (auto base = wordnet_->BaseForm(lower, WordNetPos::kAdjective)) return *std::move(base);
    }
  }
  return SuffixRuleBase(lower, xpos);
}

std::string Lemmatizer::Lemmatize(std::string_view form, std::string_view upos,
                                  std::string_view xpos, bool sentence_initial) const {
  if (upos == "PUNCT") return NormalisePunctuation(form);
  if (upos == "PROPN") return ProperNounLemma(form, xpos);
  if (upos == "ADJ" && (xpos == "NNP" || (!sentence_initial && IsCapitalised(form)))) {
    return std::string(form);  // "New" (York), "Palestinian"
  }
  const std::string lower = AsciiLower(form);
  for (const ClosedClassLemma& entry : kClosedClass) {
    if (entry.lower == lower &&
        (entry.tags.empty() || HasTag(entry.tags, upos) || HasTag(entry.tags, xpos))) {
      return std::string(entry.lemma);
    }
  }
  if (upos == "NUM") return NumberLemma(form);
  if (IsInflectedTag(xpos)) return InflectedBase(lower, xpos);
  // A verb tagged as a present that is no verb lemma but an inflected form WordNet knows: the
  // tag was wrong, the word was not ("Nigerien troops retook Dabaga", tagged VBP).
  if (upos == "VERB" && wordnet_ && !wordnet_->Contains(lower, WordNetPos::kVerb)) {
    if (std::optional<std::string> base = wordnet_->BaseForm(lower, WordNetPos::kVerb))
      return *std::move(base);
  }
  return lower;
}

}  // namespace kg::syntax
