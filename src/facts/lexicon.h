// lexicon.h: the word lists of resources/facts/ (compiled in), parsed once.
//
//   const Lexicon& lex = Lexicon::Get();
//   if (lex.stopwords.contains("however")) ...
//
// Thread safety: Get() builds the lexicon on first use (thread-safe static) and the
// result is immutable.
#ifndef DOSSIER_SRC_FACTS_LEXICON_H_
#define DOSSIER_SRC_FACTS_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "src/facts/facts.h"

namespace dossier::facts::internal {

// Hash and equality that let the maps be searched with a string_view (no allocation).
struct SvHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
using WordSet = std::unordered_set<std::string, SvHash, std::equal_to<>>;
template <typename V>
using WordMap = std::unordered_map<std::string, V, SvHash, std::equal_to<>>;

struct KnownName {
  EntityType type = EntityType::kOther;
  std::string canonical;
  bool demonym = false;  // "Russian" -> Russia: an adjective of the place
  bool people = false;   // "Russians": the people of the place (a plural demonym)
};

struct Lexicon {
  // Quantities; keys are lower case, words joined by one space.
  WordMap<QuantityBound> qualifiers;
  WordMap<double> number_words;  // "seven" -> 7, "dozen" -> 12
  WordMap<double> scales;        // "million" -> 1e6
  WordMap<double> vague;         // "thousands" -> 1000, "tens of thousands" -> 10000
  WordMap<std::string> currency_symbols, currency_words, percent_words, measures;
  WordSet time_words, months, year_cues, projection_cues, address_words;
  // Entities.
  WordSet stopwords;          // lower case
  WordSet verb_forms;         // lower case: irregular past tenses ("drew"), verb_forms.txt
  // Lower case, periods removed ("lt gen", "vice president") -> whether the title is an
  // abbreviation that must be followed by its period ("Sen.").
  WordMap<bool> titles;
  WordSet title_words;        // lower-case role nouns: "spokesman", "press secretary"
  WordSet org_cues;           // case-sensitive: "Ministry", "Inc"
  WordSet place_cues;         // case-sensitive: "County", "Plaza"
  WordSet state_nouns;        // lower case: "troops", "officials" (state_nouns.txt)
  WordSet given_names;        // case-sensitive
  // Lower-case nouns that say what an unknown name is (kind_nouns.txt): "chemist" a
  // person, "company" an organization; org_after: those that count after the name too.
  WordSet person_nouns, org_nouns, org_after_nouns;
  WordSet place_after_nouns;  // "airport": the name right before it is a place's
  WordMap<KnownName> known;   // case-sensitive surface -> place/org/demonym
  // Lower-case descriptions ("alliance", "world body") -> the canonical names they can
  // stand for after "the" (descriptions.txt), sorted.
  WordMap<std::vector<std::string>> descriptions;
  int max_description_words = 1;
  int max_known_tokens = 1;   // longest known surface, in tokens
  // First tokens of `known` and first words of `titles`: a cheap test before building
  // longer keys.
  WordSet known_first, title_first;
  // Lower-case words that can start a spelled-out number ("two", "a", "tens", "half").
  WordSet number_starts;

  static const Lexicon& Get();
};

}  // namespace dossier::facts::internal

#endif  // DOSSIER_SRC_FACTS_LEXICON_H_
