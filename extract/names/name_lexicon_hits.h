// NameLexiconHits: what kg's name lexicons say of each word of a sentence, as the bit set the
// name tagger reads (name_tagger.h) — its gazetteer features.
//
// Word bits come from the word alone: a common first name, a common word in WordNet, a title, a
// head word of an organisation's or a place's name ("Authority", "Mountains"), a company form
// ("Inc"), a month or weekday, a word for a people ("Norwegian"). Known-name bits mark the
// longest run of capitalised words (with "of" and hyphens inside) that the alias tables, the
// actor dictionaries or WordNet's gazetteer know as a name, with its class and each word's
// position in it (B, I, L, U), so "Vladimir Putin" and "New South Wales" are seen whole.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "names/name_knowledge.h"

namespace kg {

struct NameLexiconHits {
  enum WordBit : std::uint32_t {
    kGivenName = 1,
    kCommonWord = 2,
    kTitleWord = 4,
    kOrganisationHead = 8,
    kPlaceHead = 16,
    kCompanyForm = 32,
    kCalendarWord = 64,
    kDemonym = 128,
  };
  static constexpr std::uint32_t kWordBits = 0xff;
  // Known names: (class + 1) << kKnownClassShift | position << kKnownPositionShift.
  static constexpr int kKnownClassShift = 8;
  static constexpr int kKnownPositionShift = 10;
  // The document's other sentences (document_case.h).
  enum DocumentBit : std::uint32_t {
    kCapitalisedElsewhere = 1 << 12,
    kLowerCaseElsewhere = 1 << 13,
  };
  static constexpr std::uint32_t kDocumentBits = kCapitalisedElsewhere | kLowerCaseElsewhere;
};

// out[i] = the bits of forms[i]; out.size() == forms.size().
void FindNameLexiconHits(std::span<const std::string_view> forms, const NameKnowledge& knowledge,
                         std::span<std::uint32_t> out);

}  // namespace kg
