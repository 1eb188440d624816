// Scoring extractions against gold annotations, as the extraction contract defines it.
//
// A predicted fact matches a gold fact of the same document when the relation is equal and each
// argument's canonical name or one of its aliases equals the gold entity or one of its gold
// aliases, case-insensitively (either order when the predicted fact's relation is symmetric, as
// the relation lexicon says through Fact::symmetric). Predicted facts are
// de-duplicated per document by (subject, relation, object) before scoring. Precision counts
// predicted facts of the contract's relation types that match no required or acceptable gold fact
// as wrong; recall counts required gold facts found. Modality accuracy is measured over matched
// facts whose gold line names a modality. Entity recall counts gold entities that some predicted
// entity of the same document names (canonical name or alias); a gold entity named by two or
// more predicted entities counts as split, except that a capital's city node is not a split of
// its state: the contract keeps a capital used as a place as its own node ("arrived in Moscow"
// is `Moscow`) even where the gold lists the capital among the state's aliases for its uses as
// an actor. Such nodes are listed apart.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kg/extraction.h"
#include "kg/gold.h"

namespace kg {

struct RelationScore {
  std::size_t predicted = 0;  // de-duplicated predicted facts of this relation
  std::size_t correct = 0;    // ... that match a required or acceptable gold fact
  std::size_t required = 0;   // required gold facts
  std::size_t found = 0;      // ... matched by some prediction
};

struct ScoredFact {
  std::string doc;
  std::string subject;
  std::string relation;
  std::string object;
  std::string modality;
  std::string expected_modality;  // set on modality errors
  std::string evidence;           // sentence for predictions, cue for gold facts
};

struct EvaluationReport {
  std::map<std::string, RelationScore> relations;
  RelationScore total;
  std::size_t modality_checked = 0;
  std::size_t modality_correct = 0;
  std::size_t gold_entities = 0;
  std::size_t entities_found = 0;
  std::size_t entities_split = 0;
  std::vector<ScoredFact> misses;           // required gold facts not found
  std::vector<ScoredFact> false_positives;  // predictions that match no gold fact
  std::vector<ScoredFact> modality_errors;
  std::vector<std::string> missed_entities;  // "doc: name"
  std::vector<std::string> split_entities;   // "doc: name = node | node ..."
  std::vector<std::string> capitals_apart;   // "doc: state = city (GPE)", not counted as split
  std::vector<std::string> documents_without_prediction;
};

// True for the relation types the contract defines (and gold files use).
bool IsContractRelation(std::string_view relation);

// The state a capital or seat of government acts for ("Moscow" -> "Russia"), if any.
using StateOfSeat = std::function<std::optional<std::string>(std::string_view name)>;

// Scores the extractions of the documents that appear in `gold`. An extraction whose document has
// no gold line is ignored; a gold document without an extraction is reported and scored as empty.
// `state_of_seat` tells capitals' city nodes apart (see above); without it every node counts.
EvaluationReport Evaluate(const GoldSet& gold, const std::vector<Extraction>& extractions,
                          const StateOfSeat& state_of_seat = nullptr);

double Precision(const RelationScore& score);
double Recall(const RelationScore& score);
double F1(const RelationScore& score);

}  // namespace kg
