// facts.h: the fact extractors: numbers (quantities) and named entities.
//
// Both work on one sentence's raw text and return spans into the article:
//
//   for (const Sentence& s : article.sentences) {
//     for (const facts::Quantity& q : facts::ExtractQuantities(article.Slice(s.span), s.span))
//       ...;  // q.value, q.bound, q.unit, q.counted, article.Slice(q.span)
//     auto m = facts::ExtractMentions(article.Slice(s.span), s.span);
//   }
//   std::vector<facts::Entity> people = facts::MergeEntities(mentions_per_article);
//
// `text` is the sentence and `span` where it lies in Article::text: returned spans are
// span.begin + offset in `text`. Rules and lexicons (resources/facts/, compiled in) are
// described in quantities.cc and mentions.cc.
//
// Thread safety: all functions are pure and may be called concurrently.
#ifndef DOSSIER_SRC_FACTS_FACTS_H_
#define DOSSIER_SRC_FACTS_FACTS_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"

namespace dossier::facts {

// ---- Numbers ---------------------------------------------------------------------------

enum class QuantityBound {
  kExact,
  kAtLeast,  // more than, -plus, over, at least, and vague plurals ("thousands of")
  kAtMost,   // up to, fewer than, under, as many as
  kApprox,   // about, nearly, some, roughly, an estimated
  kRange,    // between 5 and 10, 5 to 10, 5-10: value .. value_high
};

enum class QuantityKind {
  kCount,    // a number of things: "90,000 troops", "two sources", or a bare number
  kMoney,    // unit is an ISO 4217 code: "USD"
  kPercent,  // unit is "percent" or "percentage point"
  kMeasure,  // a unit of time, length, mass, ...: "two hours", "5 km"
};

struct Quantity {
  Span span;  // the whole expression: "more than 90,000 Russian troops"
  // Normalized value: "$1.2 billion" -> 1.2e9, "three hundred" -> 300, "half a dozen" ->
  // 6. Vague plurals take the smallest value they can mean with bound kAtLeast:
  // "dozens" 12, "hundreds" 100, "thousands" 1000, "tens of thousands" 10000.
  double value = 0;
  double value_high = 0;  // kRange only: the upper end ("between 5 and 10" -> 10)
  QuantityBound bound = QuantityBound::kExact;
  QuantityKind kind = QuantityKind::kCount;
  // What is counted, singular and lower case ("troop", "people", "hour"), a currency code
  // for money ("USD"), "percent" for percentages; empty when nothing follows the number.
  std::string unit;
  // The counted noun phrase with its modifiers, lower case, head singular: "russian
  // troop"; "hour of talk" for "two hours of talks"; "military aid" for "$1.2 billion in
  // military aid". Empty when nothing follows the number.
  std::string counted;
  // "could eventually reach", "is expected to", "plans to", "would": a projection or
  // plan, not a current fact.
  bool projection = false;
};

// Quantities in one sentence, in text order. Years, dates ("December 7"), times ("5
// p.m.", "10:30"), ordinals, decades ("1990s"), phone numbers and numbers that are part
// of a name ("F-16", "COVID-19", "Group of 20", "Boeing 737") are not returned.
// Never fails; invalid UTF-8 is skipped over.
std::vector<Quantity> ExtractQuantities(std::string_view text, Span span);

const char* BoundName(QuantityBound bound);  // "exact", "at_least", ...
const char* KindName(QuantityKind kind);      // "count", "money", ...

// ---- Entities --------------------------------------------------------------------------

enum class EntityType { kPerson, kOrganization, kPlace, kOther };

struct Mention {
  Span span;  // the name without its title: "Joe Biden" in "President Joe Biden"
  EntityType type = EntityType::kOther;
  // Canonical name without title: the lexicon's name for known places and
  // organizations ("U.S." -> "United States"), else the surface.
  std::string name;
  // The title the text gives, as written: "President", "Vice President", "Gen.",
  // "former President", "spokesman for the Kremlin", "White House press secretary".
  std::string title;
  std::string surface;     // the name as written, without title or possessive 's
  bool demonym = false;    // "Russian" in "Russian troops": type kPlace, name "Russia"
  // A capitalized word at the start of a sentence that no lexicon knows ("Putin said").
  // MergeEntities keeps it only if the same name occurs elsewhere not tentatively.
  bool tentative = false;
  // "the alliance", "the world body": a description (descriptions.txt) that may stand
  // for a named organization; `name` is the description in lower case. MergeEntities
  // joins it to the one entity of the story it can describe, or drops it.
  bool description = false;
};

// Mentions in one sentence, in text order. Never fails.
std::vector<Mention> ExtractMentions(std::string_view text, Span span);

struct EntityRef {
  size_t article = 0;
  Mention mention;
};

struct Entity {
  std::string name;  // the fullest name used: "Joe Biden", "North Atlantic Treaty Organization"
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;  // other surfaces, sorted: "Biden", "NATO"
  std::vector<EntityRef> mentions;   // by article, then position
  std::map<std::string, int> titles; // title -> number of articles using it
  int article_count = 0;             // articles that mention the entity
  bool demonym_only = false;         // every mention is an adjective ("Russian")
};

// Merges mentions across a story's articles: same canonical name; an acronym with the
// name it abbreviates ("NATO" = "North Atlantic Treaty Organization"); a single name
// with the one person in the story whose last name it is ("Biden" = "Joe Biden").
// Sorted by article_count descending, then name. Deterministic.
std::vector<Entity> MergeEntities(const std::vector<std::vector<Mention>>& mentions_per_article);

const char* EntityTypeName(EntityType type);  // "person", "organization", "place", "other"

// Whether a lower-case counted noun belongs to a state ("troop", "soldiers", "official",
// "warship": resources/facts/state_nouns.txt, singular or plural): a place named before
// a count of it is whose it is ("Russia has massed 150,000 troops").
bool IsStateNoun(std::string_view noun);

// Whether a lower-case counted noun is a people's name ("israelis" of "21 Israelis", or
// "israeli"): the plural demonyms of resources/facts/demonyms.txt.
bool IsPeopleName(std::string_view noun);

// Whether a lower-case noun names a person by what they are ("son", "doctor", "victim":
// the `person|` nouns of resources/facts/kind_nouns.txt) or by their age ("boy", "girl",
// "toddler", "baby", "teenager"), singular or plural.
bool IsPersonNoun(std::string_view noun);

// Whether `name` is a common given name ("John", "Oscar"; resources/facts/given_names.txt,
// case-sensitive): alone, it does not say who.
bool IsGivenName(std::string_view name);

// Whether `lower` (a lower-case word) reads as a verb in the past: an irregular past
// tense of verb_forms.txt ("drew", "won") or a word of five letters or more ending in
// "-ed" ("arrested", "invaded"; participles used as adjectives pass too).
bool IsPastVerbForm(std::string_view lower);

}  // namespace dossier::facts

#endif  // DOSSIER_SRC_FACTS_FACTS_H_
