// tagger.cc: left-to-right longest-match tagging, tense detection, document dates.
//
// At each token the grammar's longest match is normalized (the next longest is tried
// if normalization rejects it, e.g. "Feb. 31"); tagging then resumes after the match.
// Tense is read from cue words (resources/timex/cue.txt) and "-ed" verb forms in the
// same sentence, nearest first — a light stand-in for HeidelTime's POS-based tense.
#include "src/timex/timex.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "src/timex/anaphora.h"
#include "src/timex/calendar.h"
#include "src/timex/grammar.h"
#include "src/timex/matcher.h"
#include "src/timex/normalize.h"

namespace dossier::timex {
namespace {

// Abbreviations that a full stop follows inside a sentence ("Mr. Bush said").
bool IsAbbreviation(const std::string& w) {
  static constexpr std::string_view kAbbrev[] = {
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt",
      "sgt", "prof", "corp", "inc", "co", "ltd", "bros", "vs", "no", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') return true;  // "U.S.", "J. Smith"
  for (std::string_view a : kAbbrev) {
    if (a == w) return true;
  }
  return false;
}

// toks[k] ends a sentence: not a point inside a number ("2596.72"), after an
// abbreviation, or before a lower-case word.
bool EndsSentence(const std::vector<Tok>& toks, size_t k) {
  const std::string& w = toks[k].lower;
  if (w != ".") return w == "!" || w == "?" || w == ";";
  if (k == 0 || k + 1 >= toks.size()) return true;
  bool glued = toks[k - 1].end == toks[k].begin;
  if (glued && toks[k].end == toks[k + 1].begin) return false;
  if (glued && IsAbbreviation(toks[k - 1].lower)) return false;
  char next = toks[k + 1].lower[0];
  return toks[k + 1].capitalized || next < 'a' || next > 'z';
}

// A tense cue: its tense, and whether it is a reporting verb ("said"), whose tense is
// that of the report rather than of the reported event.
struct Cue {
  Tense tense = Tense::kNone;
  bool report = false;
};

// "had been scheduled to", "had planned to": a future seen from a past that is itself
// over (past perfect), so the event lies before the DCT; so is a plan said to be the
// original one ("were originally set to end on Sunday": the plan changed, the day has
// passed).
bool AfterPastPerfect(const std::vector<Tok>& toks, size_t k) {
  if (k >= 1 && (toks[k - 1].lower == "had" || toks[k - 1].lower == "originally" ||
                 toks[k - 1].lower == "initially")) {
    return true;
  }
  return k >= 2 && toks[k - 1].lower == "been" && toks[k - 2].lower == "had";
}

// Tense cue of toks[k], if any; the longest cue phrase starting there wins ("next to"
// is not "next").
Cue CueAt(const Grammar& g, const std::vector<Tok>& toks, size_t k) {
  auto cues = MatchClass(g, "CUE", toks, k);
  if (!cues.empty()) {
    auto longest = std::max_element(cues.begin(), cues.end(),
                                    [](const auto& a, const auto& b) { return a.first < b.first; });
    const std::string& v = longest->second;
    if (v == "FUTURE") return {AfterPastPerfect(toks, k) ? Tense::kPast : Tense::kFuture, false};
    if (v == "PAST") return {Tense::kPast, false};
    if (v == "REPORT") return {Tense::kPast, true};
    return {};
  }
  // A past participle or past tense form; capitalized words ("United", "Ahmed") are
  // mostly names.
  const std::string& w = toks[k].lower;
  if (w.size() >= 5 && w.ends_with("ed") && !toks[k].capitalized) return {Tense::kPast, false};
  return {};
}

// The tense of the sentence around toks[first, end): the nearest cue, looking both ways
// and stopping at the sentence's ends. A reporting verb counts only next to the
// expression ("said Friday", "said on Friday"); farther away ("will leave Thursday,
// Castro said") it is a fallback when the sentence has no other cue.
Tense SentenceTense(const Grammar& g, const std::vector<Tok>& toks, size_t first, size_t end) {
  constexpr size_t kWindow = 40;
  constexpr size_t kReportReach = 2;
  bool left = true, right = true;
  Tense reported = Tense::kNone;
  auto take = [&](Cue c, size_t d) {
    if (c.report && d > kReportReach) {
      if (reported == Tense::kNone) reported = c.tense;
      return Tense::kNone;
    }
    return c.tense;
  };
  for (size_t d = 1; d <= kWindow && (left || right); ++d) {
    left = left && first >= d && !EndsSentence(toks, first - d);
    if (left) {
      if (Tense t = take(CueAt(g, toks, first - d), d); t != Tense::kNone) return t;
    }
    right = right && end + d - 1 < toks.size() && !EndsSentence(toks, end + d - 1);
    if (right) {
      if (Tense t = take(CueAt(g, toks, end + d - 1), d); t != Tense::kNone) return t;
    }
  }
  if (reported != Tense::kNone) return reported;
  // No cue in the sentence: news tells a story in one tense, so take the nearest cue of
  // the sentences before it (still within the window).
  for (size_t d = 1; d <= kWindow && first >= d; ++d) {
    if (Tense t = CueAt(g, toks, first - d).tense; t != Tense::kNone) return t;
  }
  return Tense::kNone;
}

TimexType ToType(const std::string& s) {
  if (s == "TIME") return TimexType::kTime;
  if (s == "DURATION") return TimexType::kDuration;
  if (s == "SET") return TimexType::kSet;
  return TimexType::kDate;
}

std::optional<Anchored> TryMatches(const Grammar& g, const std::vector<Tok>& toks, size_t pos,
                                   const std::optional<Date>& dct) {
  for (const RuleMatch& m : MatchAt(g, toks, pos)) {
    Tense tense = SentenceTense(g, toks, pos, m.end);
    std::optional<Resolution> r = Normalize(m, dct, tense);
    if (!r) continue;
    Span span{toks[pos].begin, toks[m.end - 1].end};
    return Anchored{Timex{span, ToType(r->type), r->value, r->mod, r->anchored}, r->anaphor,
                    r->relative};
  }
  return std::nullopt;
}

// Token index after the match that ends at byte `end`.
size_t NextToken(const std::vector<Tok>& toks, size_t pos, uint32_t end) {
  while (pos < toks.size() && toks[pos].begin < end) ++pos;
  return pos;
}

}  // namespace

const char* TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::vector<Timex> TagTimex(std::string_view text, Span span, const TimexContext& ctx) {
  uint32_t end = static_cast<uint32_t>(std::min<size_t>(span.end, text.size()));
  uint32_t begin = std::min(span.begin, end);
  const Grammar& g = DefaultGrammar();
  std::vector<Tok> toks = Tokenize(text, begin, end);
  std::optional<Date> dct = ParseIsoDate(ctx.document_date);
  std::vector<Anchored> tagged;
  size_t pos = 0;
  while (pos < toks.size()) {
    std::optional<Anchored> t = TryMatches(g, toks, pos, dct);
    if (!t) {
      ++pos;
      continue;
    }
    pos = NextToken(toks, pos + 1, t->timex.span.end);
    tagged.push_back(std::move(*t));
  }
  if (dct) ResolveAnaphora(&tagged);
  std::vector<Timex> out;
  out.reserve(tagged.size());
  for (Anchored& a : tagged) out.push_back(std::move(a.timex));
  return out;
}

std::string FindDocumentDate(std::string_view text, int max_lines) {
  size_t start = 0;
  int lines = 0;
  while (start < text.size() && lines < max_lines) {
    size_t nl = text.find('\n', start);
    size_t stop = nl == std::string_view::npos ? text.size() : nl;
    Span line{static_cast<uint32_t>(start), static_cast<uint32_t>(stop)};
    start = stop + 1;
    std::vector<Tok> toks = Tokenize(text, line.begin, line.end);
    if (toks.empty()) continue;
    ++lines;
    uint32_t words = toks.back().end - toks.front().begin;
    for (const Timex& t : TagTimex(text, line, TimexContext{})) {
      bool full_date = t.value.size() >= 10 && ParseIsoDate(t.value).has_value();
      if (full_date && t.span.size() * 2 >= words) return t.value.substr(0, 10);
    }
  }
  return "";
}

}  // namespace dossier::timex
