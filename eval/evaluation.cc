#include "kg/evaluation.h"

#include <algorithm>
#include <array>
#include <set>

#include "kg/name_key.h"

namespace kg {
namespace {

constexpr std::array<std::string_view, 29> kContractRelations = {
    "met_with",    "visited",    "spoke_to",     "accused",     "criticized", "threatened",
    "attacked",    "captured",   "controls",     "opposed",     "supported",  "pressured",
    "proposed_to", "rejected",   "disputed",     "agreed_with", "sanctioned", "killed",
    "arrested",    "sued",       "investigated", "appointed",   "dismissed",  "leader_of",
    "member_of",   "adviser_of", "envoy_of",     "relative_of", "located_in"};

using NameSet = std::set<std::string>;

bool Intersects(const NameSet& a, const NameSet& b) {
  for (const std::string& name : a) {
    if (b.count(name) > 0) return true;
  }
  return false;
}

// Normalised names each gold entity of one document may be called by.
class GoldNames {
 public:
  void Add(const GoldEntity& entity) {
    NameSet& names = names_[NameKey(entity.name)];
    names.insert(NameKey(entity.name));
    for (const std::string& alias : entity.aliases)
      names.insert(NameKey(alias));
  }
  NameSet Of(const std::string& name) const {
    const auto it = names_.find(NameKey(name));
    return it != names_.end() ? it->second : NameSet{NameKey(name)};
  }

 private:
  std::map<std::string, NameSet> names_;
};

NameSet PredictedNames(const Entity& entity) {
  NameSet names = {NameKey(entity.name)};
  for (const std::string& alias : entity.aliases)
    names.insert(NameKey(alias));
  return names;
}

struct Prediction {
  const Fact* fact;
  NameSet subject;
  NameSet object;
  std::string subject_name;
  std::string object_name;
};

bool Matches(const Prediction& p, const GoldFact& g, const GoldNames& names) {
  if (p.fact->relation != g.relation) return false;
  const NameSet gold_subject = names.Of(g.subject);
  const NameSet gold_object = names.Of(g.object);
  if (Intersects(p.subject, gold_subject) && Intersects(p.object, gold_object)) return true;
  return p.fact->symmetric && Intersects(p.subject, gold_object) &&
         Intersects(p.object, gold_subject);
}

// One document's predictions, de-duplicated by (subject, relation, object).
std::vector<Prediction> DistinctPredictions(const Extraction& extraction) {
  std::vector<Prediction> predictions;
  std::set<std::tuple<std::uint32_t, std::string, std::uint32_t>> seen;
  for (const Fact& fact : extraction.facts) {
    if (!IsContractRelation(fact.relation)) continue;
    std::uint32_t subject = fact.subject;
    std::uint32_t object = fact.object;
    if (fact.symmetric && subject > object) std::swap(subject, object);
    if (!seen.insert({subject, fact.relation, object}).second) continue;
    const Entity& s = extraction.entities[fact.subject];
    const Entity& o = extraction.entities[fact.object];
    predictions.push_back({&fact, PredictedNames(s), PredictedNames(o), s.name, o.name});
  }
  return predictions;
}

void ScoreEntities(const std::vector<GoldEntity>& gold, const Extraction* extraction,
                   const StateOfSeat& state_of_seat, EvaluationReport* report) {
  for (const GoldEntity& entity : gold) {
    NameSet names = {NameKey(entity.name)};
    for (const std::string& alias : entity.aliases)
      names.insert(NameKey(alias));
    std::size_t nodes = 0;
    std::string node_names;
    if (extraction != nullptr) {
      for (const Entity& predicted : extraction->entities) {
        if (!Intersects(PredictedNames(predicted), names)) continue;
        const std::string node =
            predicted.name + " (" + std::string(EntityTypeName(predicted.type)) + ")";
        // The city the state's capital is, kept as a place by the contract.
        const std::optional<std::string> state = state_of_seat && predicted.type == EntityType::kGpe
                                                     ? state_of_seat(predicted.name)
                                                     : std::nullopt;
        if (state && names.contains(NameKey(*state))) {
          report->capitals_apart.push_back(entity.doc + ": " + entity.name + " = " + node);
          continue;
        }
        ++nodes;
        node_names += (node_names.empty() ? "" : " | ") + node;
      }
    }
    ++report->gold_entities;
    if (nodes > 0) {
      ++report->entities_found;
    } else {
      report->missed_entities.push_back(entity.doc + ": " + entity.name);
    }
    if (nodes > 1) {
      ++report->entities_split;
      report->split_entities.push_back(entity.doc + ": " + entity.name + " = " + node_names);
    }
  }
}

void ScoreDocument(const std::string& doc, const std::vector<const GoldFact*>& gold_facts,
                   const GoldNames& names, const Extraction* extraction, EvaluationReport* report) {
  const std::vector<Prediction> predictions =
      extraction != nullptr ? DistinctPredictions(*extraction) : std::vector<Prediction>{};
  for (const Prediction& p : predictions) {
    RelationScore& score = report->relations[p.fact->relation];
    ++score.predicted;
    const GoldFact* matched = nullptr;
    for (const GoldFact* g : gold_facts) {
      if (Matches(p, *g, names) && (matched == nullptr || (g->required && !matched->required))) {
        matched = g;
      }
    }
    ScoredFact scored{doc, p.subject_name,       p.fact->relation, p.object_name, p.fact->modality,
                      "",  p.fact->sentence_text};
    if (matched == nullptr) {
      report->false_positives.push_back(std::move(scored));
      continue;
    }
    ++score.correct;
    if (!matched->modality.empty()) {
      ++report->modality_checked;
      if (matched->modality == p.fact->modality) {
        ++report->modality_correct;
      } else {
        scored.expected_modality = matched->modality;
        report->modality_errors.push_back(std::move(scored));
      }
    }
  }
  for (const GoldFact* g : gold_facts) {
    if (!g->required) continue;
    RelationScore& score = report->relations[g->relation];
    ++score.required;
    const bool found = std::any_of(predictions.begin(), predictions.end(),
                                   [&](const Prediction& p) { return Matches(p, *g, names); });
    if (found) {
      ++score.found;
    } else {
      report->misses.push_back({doc, g->subject, g->relation, g->object, g->modality, "", g->cue});
    }
  }
}

}  // namespace

bool IsContractRelation(std::string_view relation) {
  return std::find(kContractRelations.begin(), kContractRelations.end(), relation) !=
         kContractRelations.end();
}

EvaluationReport Evaluate(const GoldSet& gold, const std::vector<Extraction>& extractions,
                          const StateOfSeat& state_of_seat) {
  std::map<std::string, const Extraction*> extraction_of;
  for (const Extraction& extraction : extractions)
    extraction_of[extraction.doc_id] = &extraction;

  std::map<std::string, GoldNames> names_of;
  std::map<std::string, std::vector<GoldEntity>> entities_of;
  std::map<std::string, std::vector<const GoldFact*>> facts_of;
  for (const GoldEntity& entity : gold.entities) {
    names_of[entity.doc].Add(entity);
    entities_of[entity.doc].push_back(entity);
  }
  for (const GoldFact& fact : gold.facts)
    facts_of[fact.doc].push_back(&fact);
  std::set<std::string> docs;
  for (const auto& [doc, unused] : entities_of)
    docs.insert(doc);
  for (const auto& [doc, unused] : facts_of)
    docs.insert(doc);

  EvaluationReport report;
  for (const std::string& doc : docs) {
    const auto it = extraction_of.find(doc);
    const Extraction* extraction = it != extraction_of.end() ? it->second : nullptr;
    if (extraction == nullptr) report.documents_without_prediction.push_back(doc);
    ScoreEntities(entities_of[doc], extraction, state_of_seat, &report);
    ScoreDocument(doc, facts_of[doc], names_of[doc], extraction, &report);
  }
  for (const auto& [relation, score] : report.relations) {
    report.total.predicted += score.predicted;
    report.total.correct += score.correct;
    report.total.required += score.required;
    report.total.found += score.found;
  }
  return report;
}

double Precision(const RelationScore& score) {
  return score.predicted == 0
             ? 0.0
             : static_cast<double>(score.correct) / static_cast<double>(score.predicted);
}

double Recall(const RelationScore& score) {
  return score.required == 0
             ? 0.0
             : static_cast<double>(score.found) / static_cast<double>(score.required);
}

double F1(const RelationScore& score) {
  const double p = Precision(score);
  const double r = Recall(score);
  return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace kg
