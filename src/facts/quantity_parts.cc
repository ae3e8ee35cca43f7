// quantity_parts.cc: number cores and the filters that reject non-quantities.
//
// Method: a number is a digit token ("150,000", "1.2") optionally followed by a scale
// word ("million", "bn"), or a run of English number words evaluated the usual way
// (small numbers add, "hundred" multiplies the running group, "thousand" and larger
// close a group: "three hundred and fifty thousand" = 350,000), or a vague plural with
// "of" ("tens of thousands of"). The filters follow the conventions of news style
// guides (AP: numerals for dates, times, years; names such as "F-16" or "Group of 20"
// carry numbers that count nothing) and are checked on tokens around the number.
#include "src/facts/quantity_parts.h"

#include <cmath>

namespace dossier::facts::internal {

Sent::Sent(std::string_view t) : text(t), toks(Tokenize(t)), lex(Lexicon::Get()) {
  lower.resize(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].type == TokType::kWord) LowerInto(TokText(text, toks[i]), &lower[i]);
  }
}

std::string Sent::Phrase(size_t i, size_t n) const {
  std::string out;
  for (size_t k = i; k < i + n; ++k) {
    if (!IsWord(k)) return "";
    if (k > i) out.push_back(' ');
    out += lower[k];
  }
  return out;
}

namespace {

// "7th", "1990s", "10km", "5bn", "5m": what follows the digits decides.
bool ApplySuffix(const Sent& s, std::string_view suffix, bool after_currency, NumberCore* c) {
  std::string low;
  LowerInto(suffix, &low);
  if (auto it = s.lex.scales.find(low); it != s.lex.scales.end()) {
    c->value *= it->second;
    c->scale = it->second;
    c->has_scale = true;
    return true;
  }
  if (after_currency && (low == "m" || low == "k" || low == "b")) {
    c->scale = low == "m" ? 1e6 : low == "k" ? 1e3 : 1e9;
    c->value *= c->scale;
    c->has_scale = true;
    return true;
  }
  if (auto it = s.lex.measures.find(low); it != s.lex.measures.end() && low.size() <= 3) {
    c->glued_unit = it->second;
    return true;
  }
  return false;  // ordinal, decade, or a code such as "5G"
}

std::optional<NumberCore> ParseDigitCore(const Sent& s, size_t i, bool after_currency) {
  const Tok& t = s.toks[i];
  NumberCore c;
  c.first = c.last = i;
  std::string_view digits = s.text.substr(t.begin, t.digits_end - t.begin);
  if (!ParseDigits(digits, &c.value)) return std::nullopt;  // "10:30", "1.2.3"
  if (i > 0 && s.Glued(i) && s.IsPunct(i - 1, '.') && s.toks[i - 1].space_before) {
    double scale = 1;  // ".229": a leading decimal point
    for (uint32_t k = t.begin; k < t.digits_end; ++k) scale *= 10;
    c.value /= scale;
  }
  if (t.digits_end < t.end &&
      !ApplySuffix(s, s.text.substr(t.digits_end, t.end - t.digits_end), after_currency, &c)) {
    return std::nullopt;
  }
  if (!c.has_scale && s.IsWord(i + 1)) {
    if (auto it = s.lex.scales.find(s.lower[i + 1]); it != s.lex.scales.end()) {
      c.value *= it->second;
      c.scale = it->second;
      c.has_scale = true;
      c.last = i + 1;
    }
  }
  return c;
}

// "tens of thousands of", "hundreds of", "dozens of": needs the trailing "of".
std::optional<NumberCore> ParseVague(const Sent& s, size_t i) {
  for (size_t n : {3, 1}) {
    auto it = s.lex.vague.find(s.Phrase(i, n));
    if (it == s.lex.vague.end() || !s.Is(i + n, "of")) continue;
    NumberCore c;
    c.first = i;
    c.last = i + n - 1;
    c.value = it->second;
    c.vague = c.from_words = true;
    return c;
  }
  return std::nullopt;
}

// Adds word `w` to the running total; false if it is not a number word.
bool AddNumberWord(const Sent& s, std::string_view w, double* total, double* group) {
  if (auto it = s.lex.number_words.find(w); it != s.lex.number_words.end()) {
    if (w == "dozen") {
      *group = (*group == 0 ? 1 : *group) * 12;
    } else {
      *group += it->second;
    }
    return true;
  }
  auto it = s.lex.scales.find(w);
  if (it == s.lex.scales.end() || w.size() < 5) return false;  // not "bn" spelled alone
  if (it->second == 100) {
    *group = (*group == 0 ? 1 : *group) * 100;
  } else {
    *total += (*group == 0 ? 1 : *group) * it->second;
    *group = 0;
  }
  return true;
}

std::optional<NumberCore> ParseWordCore(const Sent& s, size_t i) {
  if (!s.lex.number_starts.contains(s.lower[i])) return std::nullopt;
  if (auto v = ParseVague(s, i)) return v;
  NumberCore c;
  c.first = i;
  c.from_words = true;
  double total = 0, group = 0;
  size_t k = i;
  if (s.Is(k, "half") && s.Is(k + 1, "a") && s.Is(k + 2, "dozen")) {
    group = 6;
    c.last = k + 2;
    k += 3;
  } else if (s.Is(k, "a") && (s.Is(k + 1, "dozen") || s.Is(k + 1, "hundred") ||
                               s.Is(k + 1, "thousand") || s.Is(k + 1, "million") ||
                               s.Is(k + 1, "billion"))) {
    ++k;
  }
  size_t words = 0;
  while (k < s.size()) {
    if (s.IsWord(k) && AddNumberWord(s, s.lower[k], &total, &group)) {
      ++words;
      c.last = k++;
    } else if ((s.IsDash(k) && s.Glued(k) && s.Glued(k + 1) && s.IsWord(k + 1) &&
                s.lex.number_words.contains(s.lower[k + 1])) ||
               (s.Is(k, "and") && words > 0 && s.IsWord(k + 1) &&
                s.lex.number_words.contains(s.lower[k + 1]))) {
      ++k;  // "twenty-five", "three hundred and fifty"
    } else {
      break;
    }
  }
  if (words == 0 && group == 0) return std::nullopt;
  c.value = total + group;
  c.has_scale = c.value >= 100;
  if (c.last < c.first) c.last = c.first;
  if (words == 1 && s.Is(c.first, "one")) return std::nullopt;  // "one of", "no one"
  if (s.IsDash(c.last + 1) && s.Glued(c.last + 1) && s.IsWord(c.last + 2) &&
      (s.lower[c.last + 2].starts_with("third") || s.lower[c.last + 2].starts_with("quarter") ||
       s.lower[c.last + 2].starts_with("fifth") || s.lower[c.last + 2].starts_with("half"))) {
    return std::nullopt;  // "two-thirds": a fraction, not a count
  }
  return c;
}

bool IsYear(const Sent& s, const NumberCore& c, bool has_prefix) {
  const Tok& t = s.toks[c.first];
  if (c.from_words || c.has_scale || t.digits_end - t.begin != 4 || has_prefix) return false;
  if (c.value < 1000 || c.value > 2100 || c.value != std::floor(c.value)) return false;
  size_t next = c.last + 1;
  bool plural_noun_follows = s.IsWord(next) && !s.toks[next].cap &&
                             s.lower[next].ends_with("s") && !s.lex.stopwords.contains(s.lower[next]);
  bool year_cue_before = c.first > 0 && s.IsWord(c.first - 1) &&
                         s.lex.year_cues.contains(s.lower[c.first - 1]);
  return !plural_noun_follows || year_cue_before;
}

bool IsDateOrTime(const Sent& s, const NumberCore& c) {
  size_t f = c.first, l = c.last;
  std::string_view digits = s.text.substr(s.toks[f].begin, s.toks[f].end - s.toks[f].begin);
  if (digits.find(':') != std::string_view::npos) return true;  // "10:30", "3:2"
  if (s.IsWord(l + 1) && (s.lex.months.contains(s.lower[l + 1]) ||
                          s.lex.time_words.contains(s.lower[l + 1]))) {
    return true;  // "7 December", "5 p.m."
  }
  if (f > 0 && s.IsWord(f - 1) && s.toks[f - 1].cap && s.lex.months.contains(s.lower[f - 1])) {
    return true;  // "December 7"
  }
  if (f > 1 && s.IsPunct(f - 1, '.') && s.IsWord(f - 2) && s.lex.months.contains(s.lower[f - 2])) {
    return true;  // "Dec. 7"
  }
  if (f > 0 && s.IsPunct(f - 1, '[') && s.IsPunct(l + 1, ']')) return true;  // "[47]" citation
  if (s.IsPunct(l + 1, ',') && s.IsNumber(l + 2) && c.value >= 1 && c.value <= 31 &&
      s.toks[l + 2].end - s.toks[l + 2].begin == 4) {
    return true;  // "19, 2011": the tail of a date
  }
  if (s.Glued(l + 1) && (s.IsPunct(l + 1, '\'') || s.IsPunct(l + 1, 0x2019) ||
                         s.IsPunct(l + 1, 0x2032))) {
    return true;  // 4'9" (feet and inches)
  }
  if (f > 1 && s.Glued(f) && s.Glued(f - 1) && s.IsNumber(f - 2) &&
      (s.IsPunct(f - 1, '\'') || s.IsPunct(f - 1, 0x2019) || s.IsPunct(f - 1, 0x2032))) {
    return true;  // the inches of 4'9"
  }
  return (s.IsPunct(l + 1, '/') && s.Glued(l + 1)) || (f > 0 && s.IsPunct(f - 1, '/') && s.Glued(f));
}

// "F-16", "COVID-19", "Boeing 737", "Group of 20", "No. 10", "#1", "top 10".
bool IsNamePart(const Sent& s, const NumberCore& c, bool has_prefix) {
  size_t f = c.first;
  if (has_prefix) return false;
  if (s.IsPunct(c.last + 1, '(') && s.Glued(c.last + 1)) return true;  // "clause 11(g)"
  if (f == 0) return c.from_words && s.toks[f].cap && s.IsWord(c.last + 1) && s.toks[c.last + 1].cap;
  if (s.Glued(f) && (s.IsDash(f - 1) || s.IsWord(f - 1)) && f > 1 && s.Glued(f - 1) &&
      s.IsWord(f - 2)) {
    return true;
  }
  if (s.IsPunct(f - 1, '#') || (s.IsPunct(f - 1, '.') && f > 1 && s.Is(f - 2, "no"))) return true;
  if (s.Is(f - 1, "top")) return true;  // a rank: "Hong Kong's top 10 tycoons", "top 5 finish"
  if (s.Glued(f) && s.IsWord(f - 1)) return true;  // footnote or code glued to a word
  if (s.IsDash(c.last + 1) && s.Glued(c.last + 1) && s.IsWord(c.last + 2) && s.Glued(c.last + 2) &&
      s.toks[c.last + 2].cap) {
    return true;  // "4-Digit Code", "737-MAX"
  }
  if (c.from_words && s.toks[f].cap && (s.IsWord(f - 1) || (s.IsWord(c.last + 1) && s.toks[c.last + 1].cap))) {
    return true;  // "Planet Nine", "Two Fat Ladies", "the Ten Commandments"
  }
  auto capitalized_name_word = [&](size_t k) {
    return s.IsWord(k) && s.toks[k].cap && !s.toks[k].possessive &&
           !s.lex.stopwords.contains(s.lower[k]) && !s.lex.qualifiers.contains(s.lower[k]) &&
           !s.lex.currency_symbols.contains(s.lower[k]);
  };
  if (!c.from_words && capitalized_name_word(f - 1)) return true;
  return f > 1 && s.Is(f - 1, "of") && capitalized_name_word(f - 2);
}

bool IsPhoneNumber(const Sent& s, const NumberCore& c) {
  if (c.from_words || c.first != c.last) return false;
  auto digits = [&](size_t k) { return s.toks[k].end - s.toks[k].begin; };
  size_t f = c.first;
  bool dashed_next = s.IsDash(f + 1) && s.Glued(f + 1) && s.IsNumber(f + 2) && s.Glued(f + 2);
  if (dashed_next && digits(f) == 3 && digits(f + 2) == 4) return true;  // 456-1111
  if (dashed_next && s.IsDash(f + 3) && s.Glued(f + 3)) return true;  // 432-333-TIPS
  if (s.IsPunct(f + 1, '/') && s.IsNumber(f + 2)) return true;  // "1 / 47" (gallery count)
  if (f > 1 && s.IsPunct(f - 1, '/') && s.IsNumber(f - 2)) return true;
  if (f > 1 && s.IsPunct(f - 1, ')') && s.IsNumber(f - 2) && digits(f) == 3) return true;
  return f > 0 && s.IsPunct(f - 1, '(') && s.IsPunct(f + 1, ')') && s.IsNumber(f + 2);  // (202)
}

}  // namespace

std::optional<NumberCore> ParseCore(const Sent& s, size_t i, bool after_currency) {
  if (s.IsNumber(i)) return ParseDigitCore(s, i, after_currency);
  if (s.IsWord(i)) return ParseWordCore(s, i);
  return std::nullopt;
}

// "3633 Level Village Road", "6801 East Highway 80": a street number; and "the 5000
// block of Queen Victoria Road", the police way of giving an address.
bool IsAddress(const Sent& s, const NumberCore& c) {
  if (c.from_words || !s.IsWord(c.last + 1)) return false;
  if (s.lower[c.last + 1] == "block" && s.IsWord(c.last + 2) && s.lower[c.last + 2] == "of" &&
      s.IsWord(c.last + 3) && s.toks[c.last + 3].cap) {
    return true;
  }
  if (!s.toks[c.last + 1].cap) return false;
  for (size_t k = c.last + 1; k < c.last + 5 && s.IsWord(k) && s.toks[k].cap; ++k) {
    if (s.lex.address_words.contains(s.lower[k])) return true;
  }
  return false;
}

bool IsNotQuantity(const Sent& s, const NumberCore& c, bool has_prefix) {
  if (IsDateOrTime(s, c) || IsPhoneNumber(s, c) || IsAddress(s, c)) return true;
  return IsYear(s, c, has_prefix) || IsNamePart(s, c, has_prefix);
}

}  // namespace dossier::facts::internal
