// What a figure measures.
//
// Method. A counted noun does not say what is measured: "12 people" may have been
// killed, injured, arrested or evacuated, and "children" may have died, been infected
// or orphaned. News states the measure with an event word next to the figure, before
// it ("killing 12 people", "amassed 175,000 troops") or after it ("15 people died",
// "90,000 troops have been deployed"). So the measure is the event word nearest to the
// figure: content words are walked outward from both ends of the figure, at most
// kReach of them on each side (stopwords such as "were", "have", "been" are stepped
// over), never across a clause break (; : ( ) or a quote mark), and the nearer of the
// first words found on each side decides ("19 men were wounded, eight seriously, and 26
// others were missing": missing); before wins a tie ("killing 12 and injuring 40").
// The lexicon groups the Snowball stems of words that report one measure ("kill",
// "die", "dead", "death", "toll" are one). It is short and general on purpose: a
// figure whose measure is not in it gets "" and is told apart by its sentence instead.
#include "src/briefing/measure.h"

#include <array>
#include <string>
#include <utility>

namespace dossier::briefing::internal {
namespace {

// Content words looked at on each side of the figure.
constexpr int kReach = 3;
// Tokens after the figure searched for a predicate of state ("remain hospitalized").
constexpr long kStateReach = 8;

struct Entry {
  std::string_view stem;
  std::string_view measure;
};

// Snowball English stems -> the measure's display word.
constexpr std::array<Entry, 50> kLexicon = {{
    {"kill", "killed"},       {"die", "killed"},        {"dead", "killed"},
    {"death", "killed"},      {"toll", "killed"},       {"fatal", "killed"},
    {"perish", "killed"},     {"slain", "killed"},      {"bodi", "killed"},
    {"drown", "killed"},      {"murder", "killed"},     {"injur", "injured"},
    {"injuri", "injured"},    {"wound", "injured"},     {"hurt", "injured"},
    {"hospit", "injured"},    {"hospitalis", "injured"}, {"miss", "missing"},
    {"unaccount", "missing"}, {"arrest", "arrested"},   {"detain", "arrested"},
    {"custodi", "arrested"},  {"jail", "arrested"},     {"imprison", "arrested"},
    {"evacu", "displaced"},   {"fled", "displaced"},    {"flee", "displaced"},
    {"displac", "displaced"}, {"homeless", "displaced"}, {"refuge", "displaced"},
    {"mass", "deployed"},     {"amass", "deployed"},    {"deploy", "deployed"},
    {"gather", "gathered"},   {"station", "deployed"},  {"buildup", "deployed"},
    {"mobil", "deployed"},    {"rescu", "rescued"},     {"surviv", "survived"},
    {"survivor", "survived"}, {"infect", "infected"},   {"diagnos", "infected"},
    {"evacue", "displaced"},  {"sentenc", "sentenced"}, {"releas", "released"},
    {"freed", "released"},    {"free", "released"},     {"approv", "approved"},
    {"reject", "rejected"},   {"oppos", "rejected"},
}};

std::string_view Lookup(const std::vector<Token>& tokens, size_t i) {
  const std::string& stem = tokens[i].stem;
  // "building up 175,000 troops": "build" reports a buildup only with "up".
  if (stem == "build") {
    bool up = i + 1 < tokens.size() && tokens[i + 1].norm == "up";
    return up ? "deployed" : "";
  }
  // "Ten people remained hospitalized", "are still in hospital": a count at one time of
  // those not yet released, a part of the injured, not the injured count itself.
  if (stem == "hospit" || stem == "hospitalis") {
    for (size_t back = 1; back <= 2 && back <= i; ++back) {
      const std::string& w = tokens[i - back].norm;
      if (w == "still" || w == "remain" || w == "remained" || w == "remains") return "hospitalized";
    }
  }
  for (const Entry& e : kLexicon) {
    if (e.stem == stem) return e.measure;
  }
  return "";
}

bool ClauseBreak(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const std::string& n = t.norm;
  return n == ";" || n == ":" || n == "(" || n == ")" || n == "\"" || n == "." || n == "?" ||
         n == "!";
}

// The measure found walking from token `from` by `step` (+1 or -1), or "", and in
// `*distance` the content words stepped over before it.
std::string_view Walk(const std::vector<Token>& tokens, long from, long step, int* distance) {
  int content = 0;
  for (long i = from; i >= 0 && i < static_cast<long>(tokens.size()); i += step) {
    const Token& t = tokens[static_cast<size_t>(i)];
    if (ClauseBreak(t)) return "";
    if (t.kind != TokenKind::kWord) continue;
    std::string_view m = Lookup(tokens, static_cast<size_t>(i));
    if (!m.empty()) {
      *distance = content;
      return m;
    }
    if (!t.stopword && ++content >= kReach) return "";
  }
  return "";
}

}  // namespace

std::string_view MeasureOf(const Sentence& s, Span figure) {
  const std::vector<Token>& tokens = s.tokens;
  long first = -1, last = -1;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].span.begin >= figure.begin && tokens[i].span.end <= figure.end) {
      if (first < 0) first = static_cast<long>(i);
      last = static_cast<long>(i);
    }
  }
  if (first < 0) return "";
  // "10 people injured in the shootings remain hospitalized": the clause's predicate
  // says what is counted (those still in hospital), whatever participle modifies the
  // figure.
  for (long i = last + 1; i < static_cast<long>(tokens.size()) && i <= last + kStateReach; ++i) {
    if (ClauseBreak(tokens[static_cast<size_t>(i)])) break;
    if (Lookup(tokens, static_cast<size_t>(i)) == "hospitalized") return "hospitalized";
  }
  // The figure's own words may say it ("the death toll of 15" is outside; "15 dead"
  // has "dead" inside the counted phrase).
  for (long i = first; i <= last; ++i) {
    std::string_view m = Lookup(tokens, static_cast<size_t>(i));
    if (!m.empty()) return m;
  }
  int before_distance = kReach, after_distance = kReach;
  std::string_view before = Walk(tokens, first - 1, -1, &before_distance);
  std::string_view after = Walk(tokens, last + 1, +1, &after_distance);
  if (after.empty()) return before;
  return before.empty() || after_distance < before_distance ? after : before;
}

std::string_view MeasureNoun(std::string_view unit) {
  struct Noun {
    std::string_view word, measure;
  };
  static constexpr std::array<Noun, 7> kNouns = {{{"dead", "killed"},
                                                  {"wounded", "injured"},
                                                  {"injured", "injured"},
                                                  {"missing", "missing"},
                                                  {"homeless", "displaced"},
                                                  {"evacuee", "displaced"},
                                                  {"survivor", "survived"}}};
  for (const Noun& n : kNouns) {
    if (n.word == unit) return n.measure;
  }
  return "";
}

namespace {

// The index of the last token that ends at or before `figure` begins, or -1.
long TokenBefore(const std::vector<Token>& tokens, Span figure) {
  long out = -1;
  for (size_t i = 0; i < tokens.size() && tokens[i].span.end <= figure.begin; ++i) {
    out = static_cast<long>(i);
  }
  return out;
}

}  // namespace

std::string_view VerbObjectMeasure(const Sentence& s, Span figure) {
  const std::vector<Token>& tokens = s.tokens;
  long i = TokenBefore(tokens, figure);
  if (i < 0 || tokens[static_cast<size_t>(i)].kind != TokenKind::kWord) return "";
  const std::string& w = tokens[static_cast<size_t>(i)].norm;
  const bool verb_form = w.ends_with("ing") || w.ends_with("ed") || w == "hurt";
  if (!verb_form) return "";
  std::string_view m = Lookup(tokens, static_cast<size_t>(i));
  for (std::string_view people : {"killed", "injured", "arrested", "displaced", "rescued",
                                  "infected"}) {
    if (m == people) return m;
  }
  return "";
}

std::string_view PopulationMeasure(const Sentence& s, Span figure, std::string_view unit) {
  if (unit != "people" && unit != "inhabit" && unit != "inhabitant" && unit != "resident") {
    return "";
  }
  const std::vector<Token>& tokens = s.tokens;
  long i = TokenBefore(tokens, figure);
  if (i < 0) return "";
  const std::string& w = tokens[static_cast<size_t>(i)].norm;
  return w == "its" || w.ends_with("'s") || w.ends_with("\u2019s") ? "population" : "";
}

std::string_view PopulationWordBefore(const Sentence& s, Span figure) {
  constexpr int kTokens = 12;
  const std::vector<Token>& tokens = s.tokens;
  long i = TokenBefore(tokens, figure);
  for (int seen = 0; i >= 0 && seen < kTokens; --i, ++seen) {
    const Token& t = tokens[static_cast<size_t>(i)];
    if (ClauseBreak(t) || t.norm == ",") return "";
    if (t.stem == "popul") return "population";
  }
  return "";
}

bool IsRatioBase(const Sentence& s, Span figure) {
  const std::vector<Token>& tokens = s.tokens;
  size_t i = 0;
  while (i < tokens.size() && tokens[i].span.end <= figure.begin) ++i;
  // The two words before the figure: "out of", "in every", "of every", "one in".
  auto word = [&](size_t back) -> std::string_view {
    return i >= back && tokens[i - back].kind == TokenKind::kWord ? tokens[i - back].norm
                                                                   : std::string_view();
  };
  std::string_view w1 = word(1), w2 = word(2);
  if (w1 == "every" || w1 == "each") return true;
  if (w1 == "of" && w2 == "out") return true;
  if (w1 == "in" || w1 == "of") {
    // "one in 10", "two of 10" (but not "hundreds of" or "in 12 states": the word
    // before must be a small number written out or as digits).
    static const std::array<std::string_view, 10> kSmall = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    for (std::string_view n : kSmall) {
      if (w2 == n) return true;
    }
    return !w2.empty() && w2.find_first_not_of("0123456789") == std::string_view::npos;
  }
  return false;
}

}  // namespace dossier::briefing::internal
