// mentions.cc: rule- and lexicon-based named-entity mentions in one sentence.
//
// Method: the classic capitalization-plus-gazetteer recognizer (see Mikheev, Moens &
// Grover, "Named Entity Recognition without Gazetteers", EACL 1999, for the
// sentence-initial problem, and Nadeau & Sekine's 2007 survey for cue words). Left to
// right over capitalized words: (1) a person title from titles.txt ("Vice President",
// "Gen.") is remembered for the name that follows; (2) the longest known name
// (places.txt, orgs.txt, demonyms.txt, ICU country names) becomes a place or
// organization mention, a demonym ("Russian") a place mention flagged `demonym`;
// (3) otherwise a run of capitalized words (with "of" inside organization names, name
// particles and middle initials) is a chunk classified by cue words (org_cues.txt,
// place_cues.txt), a title, or a first given name (given_names.txt); other two- and
// three-word chunks are taken as person names, the common case in news. A lone unknown
// word that starts the sentence is marked tentative (it may be an ordinary word).
// Titles given in lower case before a name ("Kremlin spokesman Dmitry Peskov") or in an
// appositive after it ("Dmitry Peskov, spokesman for the Kremlin,") are attached too.
#include <algorithm>
#include <cctype>
#include <set>

#include "src/facts/facts.h"
#include "src/facts/lexicon.h"
#include "src/facts/mention_parts.h"

namespace dossier::facts {
namespace {

using internal::Chunk;
using internal::MentionScanner;

constexpr size_t kMaxSentenceBytes = 1 << 20;

}  // namespace

std::vector<Mention> ExtractMentions(std::string_view text, Span span) {
  text = text.substr(0, std::min(text.size(), kMaxSentenceBytes));
  MentionScanner scanner(text);
  std::vector<Mention> out = scanner.Run();
  for (Mention& m : out) m.span = {span.begin + m.span.begin, span.begin + m.span.end};
  return out;
}

bool IsStateNoun(std::string_view noun) {
  const auto& nouns = internal::Lexicon::Get().state_nouns;
  return nouns.contains(std::string(noun)) || nouns.contains(std::string(noun) + "s");
}

bool IsPeopleName(std::string_view noun) {
  if (noun.empty()) return false;
  std::string name(noun);
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  const auto& known = internal::Lexicon::Get().known;
  for (const std::string& form : {name, name + "s"}) {  // "israelis" or "israeli"
    auto it = known.find(form);
    if (it != known.end() && it->second.people) return true;
  }
  return false;
}

bool IsPersonNoun(std::string_view noun) {
  static const std::set<std::string, std::less<>> kByAge = {
      "baby", "infant", "toddler", "child", "boy", "girl", "teen", "teenager", "youth",
      "man", "woman", "kid"};
  const auto& nouns = internal::Lexicon::Get().person_nouns;
  auto known = [&](std::string_view w) { return kByAge.contains(w) || nouns.contains(w); };
  if (known(noun)) return true;
  return noun.size() > 1 && noun.back() == 's' && known(noun.substr(0, noun.size() - 1));
}

bool IsGivenName(std::string_view name) {
  return internal::Lexicon::Get().given_names.contains(name);
}

bool IsPastVerbForm(std::string_view lower) {
  return internal::Lexicon::Get().verb_forms.contains(lower) ||
         (lower.size() >= 5 && lower.ends_with("ed"));
}

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kOther: return "other";
  }
  return "other";
}

}  // namespace dossier::facts
