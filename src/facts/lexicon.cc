// lexicon.cc: parses the compiled-in resources/facts/*.txt files (formats in their
// headers and resources/facts/README.md) and adds English country names from ICU's
// locale data (icu::Locale::getISOCountries + getDisplayCountry), so the gazetteer
// covers every ISO 3166 country without a hand-kept list.
#include "src/facts/lexicon.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <span>
#include <vector>

#include "src/base/embedded.h"
#include "src/base/strings.h"
#include "src/facts/scan.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> FactsData();
}  // namespace dossier::embedded

namespace dossier::facts::internal {
namespace {

// Calls fn(line) for each non-blank line that is not a "#" comment.
template <typename Fn>
void ForEachLine(std::string_view name, Fn fn) {
  for (std::string_view line : ResourceLines(embedded::Find(embedded::FactsData(), name))) {
    fn(line);
  }
}

// Calls fn(word) for each whitespace-separated word of the file's lines.
template <typename Fn>
void ForEachWord(std::string_view name, Fn fn) {
  ForEachLine(name, [&](std::string_view line) {
    for (std::string_view w : Split(line, ' ')) {
      if (!w.empty()) fn(w);
    }
  });
}

std::string Lower(std::string_view s) {
  std::string out;
  LowerInto(s, &out);
  return out;
}

// Lower case without periods: "Lt. Gen." -> "lt gen".
std::string TitleKey(std::string_view s) {
  std::string out;
  for (char c : Lower(s)) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

QuantityBound ParseBound(std::string_view s) {
  if (s == "at_least") return QuantityBound::kAtLeast;
  if (s == "at_most") return QuantityBound::kAtMost;
  if (s == "approx") return QuantityBound::kApprox;
  if (s == "range") return QuantityBound::kRange;
  return QuantityBound::kExact;
}

void AddQuantityLine(std::string_view line, Lexicon* lex) {
  std::vector<std::string_view> f = Split(line, '|');
  if (f.size() < 2) return;
  std::string key(f[1]);
  std::string_view v = f.size() > 2 ? f[2] : std::string_view();
  double num = v.empty() ? 0 : std::strtod(std::string(v).c_str(), nullptr);
  std::string_view cat = f[0];
  if (cat == "qualifier") lex->qualifiers[key] = ParseBound(v);
  else if (cat == "small") lex->number_words[key] = num;
  else if (cat == "scale") lex->scales[key] = num;
  else if (cat == "vague") lex->vague[key] = num;
  else if (cat == "currency_symbol") lex->currency_symbols[key] = std::string(v);
  else if (cat == "currency_word") lex->currency_words[key] = std::string(v);
  else if (cat == "percent") lex->percent_words[key] = std::string(v);
  else if (cat == "measure") lex->measures[key] = std::string(v);
  else if (cat == "time") lex->time_words.insert(key);
  else if (cat == "month") lex->months.insert(key);
  else if (cat == "year_cue") lex->year_cues.insert(key);
  else if (cat == "projection") lex->projection_cues.insert(key);
  else if (cat == "address") lex->address_words.insert(key);
}

void AddKnown(std::string_view surface, KnownName name, Lexicon* lex) {
  std::vector<Tok> toks = Tokenize(surface);
  if (toks.empty()) return;
  lex->known_first.insert(std::string(TokText(surface, toks[0])));
  int tokens = static_cast<int>(toks.size());
  lex->max_known_tokens = std::max(lex->max_known_tokens, tokens);
  lex->known.try_emplace(std::string(surface), std::move(name));
}

// "canonical|alias|alias" lines of places.txt and orgs.txt.
void AddNameFile(std::string_view file, EntityType type, Lexicon* lex) {
  ForEachLine(file, [&](std::string_view line) {
    std::vector<std::string_view> f = Split(line, '|');
    for (std::string_view s : f) AddKnown(s, {type, std::string(f[0]), false}, lex);
  });
}

void AddDescriptions(Lexicon* lex) {
  ForEachLine("descriptions.txt", [&](std::string_view line) {
    std::vector<std::string_view> f = Split(line, '|');
    if (f.size() != 2 || f[0].empty() || f[1].empty()) return;
    std::vector<std::string>& names = lex->descriptions[Lower(f[0])];
    names.emplace_back(f[1]);
    std::sort(names.begin(), names.end());
    int words = static_cast<int>(std::count(f[0].begin(), f[0].end(), ' ')) + 1;
    lex->max_description_words = std::max(lex->max_description_words, words);
  });
}

void AddDemonyms(Lexicon* lex) {
  ForEachLine("demonyms.txt", [&](std::string_view line) {
    std::vector<std::string_view> f = Split(line, '|');
    if (f.size() != 2) return;
    AddKnown(f[0], {EntityType::kPlace, std::string(f[1]), true}, lex);
    bool invariant = f[0].ends_with("sh") || f[0].ends_with("ch") || f[0].ends_with("ese") ||
                     f[0].ends_with("s") || f[0].ends_with("Thai");
    if (!invariant) {  // "Russians", "Americans": the people of the place
      AddKnown(StrCat(f[0], "s"), {EntityType::kPlace, std::string(f[1]), true, true}, lex);
    }
  });
}

// English names of all ISO 3166 countries from ICU, skipping ICU's disambiguated forms
// ("Congo - Kinshasa") and keeping the plain part of "Myanmar (Burma)".
void AddIcuCountries(Lexicon* lex) {
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    icu::UnicodeString display;
    icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    if (size_t paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
    if (name.empty() || name.find(" - ") != std::string::npos ||
        name.find(" SAR ") != std::string::npos || name == *code) {
      continue;
    }
    AddKnown(name, {EntityType::kPlace, name, false}, lex);
  }
}

void AddEntityLists(Lexicon* lex) {
  ForEachWord("stopwords.txt", [&](std::string_view w) { lex->stopwords.insert(Lower(w)); });
  ForEachWord("verb_forms.txt", [&](std::string_view w) { lex->verb_forms.insert(Lower(w)); });
  ForEachLine("titles.txt", [&](std::string_view l) { lex->titles[TitleKey(l)] = l.ends_with("."); });
  ForEachLine("title_words.txt", [&](std::string_view l) { lex->title_words.insert(Lower(l)); });
  ForEachLine("org_cues.txt", [&](std::string_view l) { lex->org_cues.insert(std::string(l)); });
  ForEachLine("place_cues.txt", [&](std::string_view l) { lex->place_cues.insert(std::string(l)); });
  ForEachLine("state_nouns.txt", [&](std::string_view l) { lex->state_nouns.insert(Lower(l)); });
  ForEachWord("given_names.txt", [&](std::string_view w) { lex->given_names.insert(std::string(w)); });
  ForEachLine("kind_nouns.txt", [&](std::string_view l) {
    std::vector<std::string_view> f = Split(l, '|');
    if (f.size() < 2) return;
    std::string noun = Lower(f[1]);
    if (f[0] == "person") lex->person_nouns.insert(noun);
    if (f[0] == "organization") lex->org_nouns.insert(noun);
    if (f[0] == "organization" && f.size() >= 3 && f[2] == "after") lex->org_after_nouns.insert(noun);
    if (f[0] == "place" && f.size() >= 3 && f[2] == "after") lex->place_after_nouns.insert(noun);
  });
  AddNameFile("orgs.txt", EntityType::kOrganization, lex);
  AddNameFile("others.txt", EntityType::kOther, lex);  // awards: never a person
  AddNameFile("places.txt", EntityType::kPlace, lex);
  AddDemonyms(lex);
  AddDescriptions(lex);
  AddIcuCountries(lex);
}

}  // namespace

const Lexicon& Lexicon::Get() {
  static const Lexicon* const lex = [] {
    auto* l = new Lexicon();
    ForEachLine("quantity_words.txt", [&](std::string_view line) { AddQuantityLine(line, l); });
    for (const auto& [plural, single] : std::vector<std::pair<std::string, std::string>>(
             l->measures.begin(), l->measures.end())) {
      l->measures.try_emplace(single, single);  // "hour" as well as "hours"
    }
    AddEntityLists(l);
    for (const auto& [title, unused] : l->titles) l->title_first.insert(title.substr(0, title.find(' ')));
    for (const auto* m : {&l->number_words, &l->scales, &l->vague}) {
      for (const auto& [w, unused] : *m) l->number_starts.insert(w.substr(0, w.find(' ')));
    }
    l->number_starts.insert("a");
    l->number_starts.insert("half");
    return l;
  }();
  return *lex;
}

}  // namespace dossier::facts::internal
