// quantities.cc: rule-based extraction of quantities from one sentence.
//
// Method (in the spirit of rule-based quantity taggers such as Roy, Vieira & Roth,
// "Reasoning about Quantities in Natural Language", TACL 2015, and the CoreNLP
// QuantifiableEntityNormalizer): find a number core (quantity_parts.cc), then read
// outward with small word tables from resources/facts/quantity_words.txt: a currency
// sign and a bound qualifier before it ("more than", "up to", "about", "between"), a
// range, "-plus", a percent sign or currency word after it, and the counted noun phrase
// (modifiers up to the first plural noun, stop word, verb-like "-ed"/"-ing" word or
// punctuation). A modal or planning word within the clause ("could", "expected",
// "plans") marks the quantity as a projection. Everything is table lookups on tokens:
// no regular expressions, no per-character allocation.
#include <algorithm>
#include <set>

#include "src/facts/facts.h"
#include "src/facts/quantity_parts.h"

namespace dossier::facts {
namespace {

using internal::NumberCore;
using internal::Sent;

// A sentence longer than this is junk (a table or binary): only its start is read.
constexpr size_t kMaxSentenceBytes = 1 << 20;
constexpr size_t kMaxNounPhraseWords = 4;
constexpr size_t kProjectionWindowBefore = 8;
constexpr size_t kProjectionWindowAfter = 3;

struct Draft {
  size_t start = 0;  // first token of the expression
  size_t end = 0;    // one past its last token
  Quantity q;
  bool between = false;  // the qualifier was "between"/"from": a range may follow
};

// Currency sign or code right before the core ("$", "US$", "USD"): moves d->start.
void ReadCurrencyPrefix(const Sent& s, Draft* d) {
  size_t i = d->start;
  if (i == 0) return;
  const auto& syms = s.lex.currency_symbols;
  std::string_view prev = s.toks[i - 1].type == internal::TokType::kSymbol
                              ? internal::TokText(s.text, s.toks[i - 1])
                              : std::string_view(s.lower[i - 1]);
  auto it = syms.find(prev);
  if (it == syms.end()) return;
  d->q.unit = it->second;
  d->q.kind = QuantityKind::kMoney;
  d->start = i - 1;
  if (d->start > 0 && s.Glued(d->start) && s.Is(d->start - 1, "us")) --d->start;
}

// Bound qualifier ending right before d->start ("more than", "up to", "between").
void ReadQualifier(const Sent& s, Draft* d) {
  for (size_t n = 3; n >= 1; --n) {
    if (d->start < n) continue;
    auto it = s.lex.qualifiers.find(s.Phrase(d->start - n, n));
    if (it == s.lex.qualifiers.end()) continue;
    d->start -= n;
    if (it->second == QuantityBound::kRange) {
      d->between = true;
    } else {
      d->q.bound = it->second;
    }
    return;
  }
}

// A second number after "-", "to", "and" (after "between") or "or": a range.
size_t ReadRange(const Sent& s, const NumberCore& low, size_t k, Draft* d) {
  bool dash = s.IsDash(k) && s.Glued(k) && s.IsNumber(k + 1) && s.Glued(k + 1);
  bool word = s.Is(k, "to") || s.Is(k, "or") || (d->between && s.Is(k, "and"));
  if (!dash && !word) return k;
  size_t h = k + 1;
  bool currency = h < s.size() && s.toks[h].type == internal::TokType::kSymbol &&
                  s.lex.currency_symbols.contains(internal::TokText(s.text, s.toks[h]));
  if (currency) ++h;
  std::optional<NumberCore> high = internal::ParseCore(s, h, currency);
  if (!high || high->vague || high->from_words != low.from_words) return k;
  double lo = d->q.value, hi = high->value;
  if (!low.has_scale && high->has_scale) lo *= high->scale;  // "5 to 10 million"
  if (hi <= lo) return k;
  d->q.value = lo;
  d->q.value_high = hi;
  d->q.bound = QuantityBound::kRange;
  return high->last + 1;
}

bool IsPercentSign(const Sent& s, size_t k) {
  return k < s.size() && s.toks[k].type == internal::TokType::kSymbol && s.toks[k].cp == '%';
}

// "%", "percent", "percentage points", "dollars", "euros", "pounds sterling".
size_t ReadUnitWord(const Sent& s, size_t k, Draft* d) {
  if (IsPercentSign(s, k)) {
    d->q.unit = "percent";
    d->q.kind = QuantityKind::kPercent;
    return k + 1;
  }
  for (size_t n = 3; n >= 1; --n) {  // "Hong Kong dollars"
    std::string p = s.Phrase(k, n);
    if (p.empty()) continue;
    if (auto it = s.lex.percent_words.find(p); it != s.lex.percent_words.end()) {
      d->q.unit = it->second;
      d->q.kind = QuantityKind::kPercent;
      return k + n;
    }
    if (auto it = s.lex.currency_words.find(p);
        it != s.lex.currency_words.end() && d->q.kind != QuantityKind::kMoney) {
      d->q.unit = it->second;
      d->q.kind = QuantityKind::kMoney;
      return k + n;
    }
  }
  return k;
}

// Participles that stand for the people they describe after a count ("40 wounded").
bool IsPeopleParticiple(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "wounded", "injured", "killed", "dead", "arrested", "detained", "displaced",
      "affected", "infected", "evacuated", "hospitalized", "hospitalised", "rescued",
      "trapped", "unemployed", "employed", "insured", "uninsured", "registered",
      "enrolled", "imprisoned", "jailed", "deported", "executed", "kidnapped", "abducted",
      "murdered", "stranded", "homeless", "confirmed", "suspected", "vaccinated"};
  return kWords.contains(w);
}

// `first_is_compound`: the first word was glued to the number ("12-day"), so it may be
// any word.
bool EndsNounPhrase(const Sent& s, size_t k, size_t taken, bool first_is_compound) {
  const std::string& w = s.lower[k];
  if (taken == 0 && first_is_compound) return false;
  if (s.lex.stopwords.contains(w) || s.lex.number_words.contains(w)) return true;
  if (s.lex.months.contains(w)) return true;
  // Right after the number, a participle counts people ("40 wounded", "12 missing") or
  // qualifies a noun ("40 armed men", "in guaranteed contracts"); another past form
  // before a function word is the verb of a figure that names a thing ("another 767
  // crashed in Thailand").
  if (taken == 0) {
    const bool verb = w.ends_with("ed") && !IsPeopleParticiple(w) &&
                      (k + 1 >= s.size() || !s.IsWord(k + 1) ||
                       s.lex.stopwords.contains(s.lower[k + 1]));
    return w.ends_with("ly") || w.ends_with("ing") || verb;
  }
  if (s.toks[k].cap && !s.toks[k - 1].cap) return true;  // "troops Monday"
  if (s.lex.verb_forms.contains(w)) return true;           // "rule drew near"
  return w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly");
}

bool IsPluralNoun(std::string_view w) {
  if (w == "people" || w == "men" || w == "women" || w == "children" || w == "police") return true;
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
         !w.ends_with("is");
}

// Words of the noun phrase starting at token k (hyphenated words kept whole).
// Returns one past the last token used; fills `words` with lower-case words.
size_t CollectNounPhrase(const Sent& s, size_t k, std::vector<std::string>* words,
                         bool first_is_compound = false) {
  while (k < s.size() && words->size() < kMaxNounPhraseWords && s.IsWord(k) &&
         !EndsNounPhrase(s, k, words->size(), first_is_compound)) {
    std::string w = s.lower[k++];
    while (s.IsDash(k) && s.Glued(k) && s.IsWord(k + 1) && s.Glued(k + 1)) {
      w += "-" + s.lower[k + 1];  // "Russian-backed", "year-old"
      k += 2;
    }
    words->push_back(std::move(w));
    if (IsPluralNoun(words->back())) break;  // the head: "troops remain" stops here
  }
  return k;
}

std::string Join(const std::vector<std::string>& words, size_t from) {
  std::string out;
  for (size_t i = from; i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

// Singular head, lower-case modifiers: {"russian", "troops"} -> "russian troop".
std::string CountedText(std::vector<std::string> words) {
  if (words.empty()) return "";
  words.back() = internal::Singular(words.back());
  return Join(words, 0);
}

// "of the vote" after a measure or percent: appended as "percent of vote".
size_t ReadOfPhrase(const Sent& s, size_t k, std::string* counted) {
  if (!s.Is(k, "of")) return k;
  size_t j = k + 1;
  if (s.Is(j, "the") || s.Is(j, "a") || s.Is(j, "an") || s.Is(j, "its") || s.Is(j, "their")) ++j;
  std::vector<std::string> words;
  size_t end = CollectNounPhrase(s, j, &words);
  if (words.empty()) return k;
  *counted += " of " + CountedText(std::move(words));
  return end;
}

// The counted noun phrase after the number and unit words; sets unit and counted.
size_t ReadCounted(const Sent& s, const NumberCore& core, size_t k, Draft* d) {
  Quantity& q = d->q;
  if (core.vague && s.Is(k, "of")) ++k;
  size_t before_dash = k;
  bool compound = s.IsDash(k) && s.Glued(k) && s.IsWord(k + 1) && s.Glued(k + 1);
  if (compound) ++k;  // "two-hour", "12-day mission", "17-year-old"
  if ((s.Is(k, "more") || s.Is(k, "additional") || s.Is(k, "extra")) && !s.Is(k + 1, "than")) ++k;
  if (!core.glued_unit.empty()) {
    q.unit = q.counted = core.glued_unit;
    q.kind = QuantityKind::kMeasure;
    return k;
  }
  if (q.kind == QuantityKind::kMoney && s.Is(k, "in")) ++k;  // "$1.2 billion in aid"
  if (q.kind == QuantityKind::kPercent) {
    q.counted = q.unit;
    return ReadOfPhrase(s, k, &q.counted);
  }
  if (!compound && s.IsWord(k) && q.kind == QuantityKind::kCount && !(s.IsDash(k + 1) && s.Glued(k + 1))) {
    if (auto m = s.lex.measures.find(s.lower[k]); m != s.lex.measures.end()) {
      q.unit = q.counted = m->second;  // "400 mm long": the unit ends the phrase
      q.kind = QuantityKind::kMeasure;
      return ReadOfPhrase(s, k + 1, &q.counted);
    }
  }
  std::vector<std::string> words;
  size_t end = CollectNounPhrase(s, k, &words, compound);
  if (words.empty()) return compound ? before_dash : k;
  std::string first = words.front().substr(0, words.front().find('-'));
  auto measure = s.lex.measures.find(first);
  if (measure != s.lex.measures.end() && q.kind == QuantityKind::kCount) {
    q.unit = measure->second;
    q.kind = QuantityKind::kMeasure;
    q.counted = words.size() == 1 && !compound ? q.unit : CountedText(words);
    return words.size() == 1 && !compound ? ReadOfPhrase(s, end, &q.counted) : end;
  }
  q.counted = CountedText(words);
  if (q.kind == QuantityKind::kCount) q.unit = internal::Singular(words.back());
  return end;
}

bool IsClauseBreak(const Sent& s, size_t k) {
  const internal::Tok& t = s.toks[k];
  if (t.type != internal::TokType::kPunct) return false;
  return t.cp == ',' || t.cp == ';' || t.cp == ':' || t.cp == '.' || t.cp == '!' || t.cp == '?';
}

// "may have killed", not "will have to pay": a modal at k - 1 speaking of the past.
bool ModalPerfect(const Sent& s, size_t k) {
  return k + 1 < s.size() && s.lower[k] == "have" && s.lower[k + 1] != "to";
}

// Whether the figure starting at token `start` is the whole a part is taken of: a number
// (or "one") then "of" and at most kBaseOfWords words before it ("77 of the provincial
// assembly's 125 seats", "one of the 12 people he would kill"). What the sentence
// projects is the part; the whole is stated as it is.
constexpr size_t kBaseOfWords = 5;
bool IsBaseOfPart(const Sent& s, size_t start) {
  static const std::set<std::string, std::less<>> kPartWords = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "all", "most", "none", "half"};
  for (size_t k = start; k > 0 && start - k <= kBaseOfWords; --k) {
    const size_t i = k - 1;
    if (s.IsNumber(i) || IsClauseBreak(s, i)) return false;
    if (!s.Is(i, "of")) continue;
    return i > 0 && (s.IsNumber(i - 1) || kPartWords.contains(s.lower[i - 1]));
  }
  return false;
}

// Whether token k is a projection cue: a word of the lexicon's list, but not the month
// "May" (capitalized inside the sentence: "killed 300 people in May 1980").
bool IsCue(const Sent& s, size_t k) {
  if (!s.lex.projection_cues.contains(s.lower[k])) return false;
  return !(s.lower[k] == "may" && k > 0 && s.toks[k].cap);
}

// Whether a figure is projected ("could reach 175,000 troops", "plans to hire 500"): a
// cue word shortly before it in its clause, or shortly after. A relative pronoun ends the
// clause looking back ("may have triggered the crash that killed 113 people": the
// relative clause's past tense is the figure's), and a modal with "have" speaks of the
// past ("may have killed 40"), not of what is to come.
bool IsProjection(const Sent& s, size_t start, size_t end) {
  if (IsBaseOfPart(s, start)) return false;
  for (size_t k = start; k > 0 && start - k < kProjectionWindowBefore; --k) {
    if (IsClauseBreak(s, k - 1)) break;
    const std::string& w = s.lower[k - 1];
    if (w == "that" || w == "which" || w == "who") break;
    if (IsCue(s, k - 1) && !ModalPerfect(s, k)) return true;
  }
  for (size_t k = end; k < s.size() && k - end < kProjectionWindowAfter; ++k) {
    if (IsClauseBreak(s, k)) break;
    if (IsCue(s, k)) return true;
  }
  return false;
}

// "3-2", "223-211": a dash between two numbers where the second is not larger is a
// score or vote tally, not a range.
bool IsScore(const Sent& s, const NumberCore& low, size_t k) {
  if (low.from_words || !s.IsDash(k) || !s.Glued(k) || !s.IsNumber(k + 1) || !s.Glued(k + 1)) {
    return false;
  }
  std::optional<NumberCore> high = internal::ParseCore(s, k + 1, false);
  return high && high->value <= low.value;
}

// Skips a rejected number and any "-1234" groups glued to it (phone numbers, scores).
size_t SkipGluedNumbers(const Sent& s, size_t k) {
  while (s.IsDash(k) && s.Glued(k) && s.IsNumber(k + 1) && s.Glued(k + 1)) k += 2;
  return k;
}

std::optional<Quantity> QuantityAt(const Sent& s, size_t i, size_t* next) {
  *next = i + 1;
  bool after_symbol = i > 0 && s.toks[i - 1].type == internal::TokType::kSymbol;
  std::optional<NumberCore> core = internal::ParseCore(s, i, after_symbol);
  if (!core) return std::nullopt;
  Draft d;
  d.start = i;
  d.q.value = core->value;
  ReadCurrencyPrefix(s, &d);
  bool currency = d.start != i;
  if (!currency && i > 0 && s.Glued(i) && s.IsPunct(i - 1, '.') && s.toks[i - 1].space_before) {
    d.start = i - 1;  // ".229" (the value was scaled in ParseCore)
  }
  ReadQualifier(s, &d);
  if (d.start == i && i > 0 && s.Glued(i) && s.IsPunct(i - 1, '~')) {
    d.q.bound = QuantityBound::kApprox;  // "~400 mm"
    d.start = i - 1;
  }
  bool has_prefix = currency || (d.start != i && !d.between);
  if (internal::IsNotQuantity(s, *core, has_prefix)) {
    *next = SkipGluedNumbers(s, core->last + 1);
    return std::nullopt;
  }
  if (core->vague) d.q.bound = QuantityBound::kAtLeast;
  size_t k = core->last + 1;
  if (IsScore(s, *core, k)) {
    *next = SkipGluedNumbers(s, k);
    return std::nullopt;
  }
  if (s.IsDash(k) && s.Glued(k) && s.Is(k + 1, "plus")) {
    d.q.bound = QuantityBound::kAtLeast;
    k += 2;
  } else if (s.IsPunct(k, '+') || (k < s.size() && s.toks[k].cp == '+' && s.Glued(k))) {
    d.q.bound = QuantityBound::kAtLeast;
    ++k;
  } else if (IsPercentSign(s, k) && k + 1 < s.size()) {
    size_t after = ReadRange(s, *core, k + 1, &d);  // "20% to 30%"
    if (after != k + 1) k = after;
  } else {
    k = ReadRange(s, *core, k, &d);
  }
  if (core->vague && s.Is(k, "of") && d.q.kind == QuantityKind::kCount && s.IsWord(k + 1)) {
    if (auto it = s.lex.currency_words.find(s.lower[k + 1]); it != s.lex.currency_words.end()) {
      d.q.unit = it->second;  // "billions of dollars"
      d.q.kind = QuantityKind::kMoney;
      k += 2;
    }
  }
  k = ReadUnitWord(s, k, &d);
  k = ReadCounted(s, *core, k, &d);
  if (s.Is(k, "or") && s.Is(k + 1, "so")) {
    d.q.bound = QuantityBound::kApprox;
    k += 2;
  }
  d.end = std::max(k, core->last + 1);
  d.q.projection = IsProjection(s, d.start, d.end);
  d.q.span = {s.toks[d.start].begin, s.toks[d.end - 1].end};
  *next = d.end;
  return d.q;
}

}  // namespace

const char* BoundName(QuantityBound bound) {
  switch (bound) {
    case QuantityBound::kExact: return "exact";
    case QuantityBound::kAtLeast: return "at_least";
    case QuantityBound::kAtMost: return "at_most";
    case QuantityBound::kApprox: return "approx";
    case QuantityBound::kRange: return "range";
  }
  return "exact";
}

const char* KindName(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kCount: return "count";
    case QuantityKind::kMoney: return "money";
    case QuantityKind::kPercent: return "percent";
    case QuantityKind::kMeasure: return "measure";
  }
  return "count";
}

std::vector<Quantity> ExtractQuantities(std::string_view text, Span span) {
  text = text.substr(0, std::min(text.size(), kMaxSentenceBytes));
  Sent s(text);
  std::vector<Quantity> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t next = i + 1;
    if (std::optional<Quantity> q = QuantityAt(s, i, &next)) {
      q->span = {span.begin + q->span.begin, span.begin + q->span.end};
      out.push_back(std::move(*q));
    }
    i = std::max(next, i + 1);
  }
  return out;
}

}  // namespace dossier::facts
