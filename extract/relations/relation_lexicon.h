// RelationLexicon: the trigger frames of every relation, loaded from a JSON lexicon file.
//
// File format (data/lexicon/relations.json, version 2):
//   {"format": "kg-relation-lexicon", "version": 2,
//    "relations": {"met_with": {"symmetric": true, "triggers": [
//        {"lemma": "meet", "object": ["obj", "with"]},
//        {"lemma": "hold", "via": ["talks"], "object": ["with"]},
//        {"lemma": "meeting", "pos": "NOUN", "subject": ["poss"], "object": ["with",
//        "between"]}]}}}
// A user's lexicon extends the built-in one (Extend); a relation there may say "replace": true to
// drop the built-in triggers. A relation may say "reciprocal": true (default: its "symmetric"
// value) when coordinated subjects without an object are each other's arguments ("Trump and Erdogan
// spoke"). A trigger is a lemma heading a verb (default) or a noun ("pos": "NOUN"), optionally with
// a particle ("push back") or a "via" noun the verb takes as its object ("take control of X").
// Argument roles: "nsubj" (active subject, or a passive's by-agent), "obj" (direct object, or a
// passive's subject), "iobj", "poss" (possessor), "xcomp" (an object or prepositional object of
// the verb's infinitive complement: "threatened to expel diplomats from X"), or a preposition
// word ("with", "of", ...).
// Defaults: subject ["nsubj"] for verbs and ["poss"] for nouns; object ["obj"]. "inverse": true
// swaps the arguments ("Pokrovsk fell to Russia"). "requires_object_type" keeps the trigger only
// for objects of the listed entity types. "predicate" lists adjectives the verb must predicate of
// its object ("hold X responsible"); a verb trigger without it never applies to a verb that takes
// an adjective as such a predicate ("held X responsible" is no holding of X). Users load their own
// file with the same schema, with new triggers or new relation names.
//
// Extensions: a file may list other lexicon files, relative to its own folder, in
// "extensions": ["cameo_verbs.json"]. LoadFile loads each (with its own extensions, at most 4
// files deep) and appends it (Append): the extension's new relations are added, and its triggers
// come after the including file's, so the matcher (first frame that applies wins) tries the
// including file's triggers first; the flags of a relation the including file already has stay.
// A missing or malformed extension is the LoadFile's error. Parse reads "extensions" but loads
// nothing.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/extraction.h"
#include "kg/status.h"

namespace kg {

struct RelationInfo {
  std::string name;
  bool symmetric = false;
  // "A and B spoke" (coordinated subjects, no object) gives A -> B. Defaults to `symmetric`.
  bool reciprocal = false;
  // In a user's lexicon: drop the built-in triggers of this relation instead of adding to them.
  bool replace = false;
};

struct TriggerFrame {
  std::size_t relation = 0;  // index into RelationLexicon::relations()
  std::string lemma;
  bool noun = false;
  std::string particle;
  std::vector<std::string> via;
  std::vector<std::string> subject_roles;
  std::vector<std::string> object_roles;
  bool inverse = false;
  std::vector<EntityType> object_types;  // empty: any type
  // Adjectives one of which the verb must take as its object's predicate ("hold X responsible");
  // empty: the verb must take none ("held X" is not "held X responsible").
  std::vector<std::string> predicates;
  // Derived from a verb's frame for its event noun (nominal_frames.h), not written in a lexicon:
  // such a noun never borrows a subject from the clause around it.
  bool derived = false;
};

class RelationLexicon {
 public:
  static Result<RelationLexicon> LoadFile(const std::string& path);
  static Result<RelationLexicon> Parse(std::string_view json, const std::string& origin);

  // The frames triggered by a verb (noun == false) or noun with this lemma, in file order.
  const std::vector<TriggerFrame>& FramesFor(std::string_view lemma, bool noun) const;

  const std::vector<RelationInfo>& relations() const { return relations_; }
  // Whether the lexicon marks `relation` "symmetric" (false for a relation it does not know).
  bool IsSymmetric(std::string_view relation) const;

  // The "extensions" file names as written in the lexicon (relative to its folder).
  const std::vector<std::string>& extensions() const { return extensions_; }

  // Adds a user's lexicon on top of this one: new relations are added; for a known relation the
  // user's triggers come first (they win where both apply to a word), or alone when the user's
  // relation says "replace": true.
  void Extend(const RelationLexicon& user);

  // Adds an extension after this lexicon: new relations are added; the extension's triggers come
  // after this lexicon's for the same word; this lexicon's relation flags stay ("replace" in the
  // extension is ignored).
  void Append(const RelationLexicon& extension);

  // Every verb frame, in lemma order.
  std::vector<const TriggerFrame*> VerbFrames() const;

  // Adds a frame derived from another, unless a lexicon already gives frames for its word.
  void AddDerived(TriggerFrame frame);

 private:
  // The index of the relation named `info.name`; `info` is added when the name is new.
  std::size_t IndexOrAdd(const RelationInfo& info);

  std::vector<RelationInfo> relations_;
  std::vector<std::string> extensions_;
  std::map<std::pair<bool, std::string>, std::vector<TriggerFrame>, std::less<>> frames_;
};

}  // namespace kg
