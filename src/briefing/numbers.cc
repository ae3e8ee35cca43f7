// Key numbers and disagreements about them.
//
// Method. Quantities (src/facts) are grouped by what they count: the head noun or unit
// ("troop", "USD", "percent"); a group's label is the most common full counted phrase.
// Bare numbers and quantities with no counted noun are left out. A group is a key number
// when it is stated by at least one source in a sentence the summarizer would consider
// (a unit of the cluster); groups are ranked by independent sources, then mentions.
//
// Two claims of a group disagree when their sentences make the same statement but for
// the figure (StatementIndex::Dice, the "says the same thing" relation of attribution
// without its figure veto, at least kSameStatementDice: "Officials said 120 people were
// injured in the blast" / "Officials said 45 people were injured in the blast"), they
// have no differing qualifiers ("rebel troops" / "government troops"), and the intervals
// they assert do not overlap. Sharing a counted noun and a nearby word was not enough:
// on the blind-labelled dev pairs (tests/data/briefing/disagreements) the disagreements
// that rule reported were different things counted with one noun (seats of two parties,
// people injured and people killed), none of the labelled disagreements. Each
// bound becomes an interval: exact v = [v, v]; approximately v = [0.9v, 1.1v]; "more
// than v" or "v-plus" = [v, 1.25v] (news writers round down to a nearby figure, so "more
// than 90,000" does not cover 175,000); "up to v" = [0.8v, v]; vague plurals ("tens of
// thousands") = [v, 10v); ranges as given. Projections ("could eventually reach") never
// count as disagreeing with a current figure. The assessment says which explanation
// fits: "changed over time" when every disagreeing pair has two different known dates,
// else "conflict".
//
// Referents (issue 12). A false disagreement misleads a reader, so SameReferent first
// rules out what reads as one quantity but is not: different outcomes (killed /
// injured), different years named after a preposition of time, polls by different
// pollsters, distances from different places, figures as of different months, a margin
// ("by 12 seats") against a level, a part against the total it makes with a figure next
// to it, a count of two nouns joined by "and", and men against people in sentences worded
// apart; a figure a source itself gives as an earlier state is superseded everywhere
// (MarkSuperseded). More figures are read as one quantity only where that is sure: a
// bare figure a people's event verb takes ("injuring about 180"), a place's population,
// a small count of people with an outcome (compared, never a key number), a people count
// with no place next to the one placed group of its measure (DisagreementGroups), and a
// bare duration in a sentence naming the one event another claim gives the length of.
// The fourth pass adds a distance in a direction from a place ("about 65 miles west of
// Chicago"), a bare count a predicate says what of ("about 20 were in intensive care"),
// a bare duration with the same things named around it ("for six months the departments
// of State, Justice and Commerce"), and a projection's own past relative clause ("could
// include some 3,000 people who were killed": a current figure). Two estimates 5% apart
// or more differ (Differ); durations and distances never "changed over time" (Fixed).
//
// One quantity of one event (issue 12, fifth pass). A key number shows the claims that
// write its modal figure (OneFigure: a bound no longer chains figures written apart),
// one key number per label (OneFigurePerLabel), and no bare label over two quantities a
// sentence sets side by side (TwoQuantitiesOneLabel: "12 people dead: nine people in
// two offices, plus ..."); figures only ever quoted, comparisons written as compounds
// ("a 12-year low") and counts of times are not key numbers. Two values one source
// states are never rivals (StatedTogether); shares are compared only with what is true
// of them (IsShare); a figure placed where the other source never goes, in a sentence
// naming nothing central to the story, is another event's (ElsewhereThan).
//
// Sixth pass (issue 12). A placed toll (an outcome of people in one place) that three
// independent sources track, none giving two values of it, is one quantity however its
// sentences are worded (OneToll: a word around the figures is enough). The age of a
// person a noun names ("a ranger's three-year-old son", "A 2-year-old toddler") is
// compared across reports of one event that share their topic, only where no source
// gives two such ages (AgeOfPerson). Forces sent to two places are two deployments,
// never one key number nor rival values (DestinationOf, SentApart). Times of day
// ("at about 11:15 p.m.") are compared like ages: one moment per source, reports of one
// event, sentences on one topic (TimesOfDay). Two versions of one report that give a
// figure two values in one sentence disagree, though they are one source (VersionsDiffer).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <iterator>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "src/base/strings.h"
#include "src/briefing/context.h"
#include "src/briefing/measure.h"
#include "src/statements/quality.h"
#include "src/timex/calendar.h"

namespace dossier::briefing::internal {

namespace {

constexpr double kMinKeyCount = 10;
// Words on each side of a figure that say what it is about.
constexpr size_t kContextWords = 8;
// A figure is a point of disagreement only when at least this many independent sources
// state one: then it is a figure the coverage tracks (troops massed, people killed), not
// two different things that happen to share a noun, which is what two-source pairs
// mostly were on DUC 2004 (read by hand: 13 of 14 sampled were different referents).
constexpr int kMinDisagreementSources = 2;
// Dice (content stems, idf-weighted, figures aside) from which two sentences state the
// same thing: the support threshold of attribution (SummaryOptions::support_threshold),
// chosen there on labelled pairs.
constexpr double kSameStatementDice = 0.5;
// A figure many outlets track (kWideSources independent sources or more, a counted noun
// more specific than "people": troops massed at a border) may be reported in sentences
// worded apart; there, a content word shared around the figures and sentences that at
// least share their topic (Dice kRelatedDice) are enough.
constexpr int kWideSources = 3;
constexpr double kRelatedDice = 0.15;
// Content words the words around two bare figures must share to name one thing.
constexpr size_t kSharedObjectWords = 3;

struct Interval {
  double lo, hi;
};

bool IsVague(std::string_view text) {
  for (const char* w : {"tens of", "hundreds of", "thousands of", "millions of", "dozens"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

Interval IntervalOf(const facts::Quantity& q, std::string_view text) {
  const double v = q.value;
  if (IsVague(text)) return {v, 10 * v};
  switch (q.bound) {
    case facts::QuantityBound::kExact: return {v, v};
    case facts::QuantityBound::kApprox: return {0.9 * v, 1.1 * v};
    case facts::QuantityBound::kAtLeast: return {v, 1.25 * v};
    case facts::QuantityBound::kAtMost: return {0.8 * v, v};
    case facts::QuantityBound::kRange: return {v, std::max(v, q.value_high)};
  }
  return {v, v};
}

std::string BoundText(facts::QuantityBound b) {
  switch (b) {
    case facts::QuantityBound::kExact: return "exact";
    case facts::QuantityBound::kAtLeast: return "at least";
    case facts::QuantityBound::kAtMost: return "at most";
    case facts::QuantityBound::kApprox: return "approximately";
    case facts::QuantityBound::kRange: return "range";
  }
  return "exact";
}

struct Claim {
  QuantityClaim out;
  Interval interval;
  std::string counted;
  // The counted phrase as the source wrote it ("Russian troops"), or what a compound
  // adjective measures ("rule (years)" for "17-year rule").
  std::string shown;
  std::string unit;   // the counted noun ("troop")
  std::string owner;
  // Whose the figure is when a possessive says so and no place does ("Pinochet" for
  // "Pinochet's 17-year-rule"), "his" for a pronoun ("his 17-year rule"), else "".
  std::string possessor;
  size_t sentence = 0;  // index of the sentence in its article
  size_t unit_index = 0;  // its unit in the story's cluster (Context::unit_of)
  std::string measure;    // what the figure measures ("killed"), "" when unknown
  // Compared with other claims, never a key number: a count under kMinKeyCount, or a
  // bare duration given the event its sentence names.
  bool small = false;
  // The event a duration is the length of ("press conference" for "a 77-minute press
  // conference"), or "".
  std::string event;
  // For a distance, the place it is measured from ("Chicago" in "65 miles west of
  // Chicago"), or "".
  std::string reference;
  // The date the figure is given as of ("july" in "through July", "november" in "As of
  // November 13"), or "".
  std::string as_of;
  // A margin, not a level: the figure follows "by" ("control the House by only 12
  // seats", "trailing by 10 points").
  bool margin = false;
  // Figures of the same kind in its sentence and the ones next to it (other than
  // itself): parts of a total another source may give ("259 people aboard and 11 people
  // on the ground" / "270 people").
  std::vector<double> nearby_values;
  // The noun joined to the counted one ("sympathizer" in "10 members and
  // sympathizers"): the figure counts both together. "" when none.
  std::string joined;
  // The source gives the figure as an earlier state it has moved on from ("Police
  // earlier had reported 65 dead, but backed off that figure").
  bool earlier = false;
  std::vector<double> sentence_values;  // every figure of its sentence (any unit), sorted
  std::vector<std::string> context;  // stems of content words near the figure, sorted
  // For a figure from a poll or survey (its sentence says "poll" or "survey"), the names
  // other than places its sentence gives (the pollster among them), sorted; else empty.
  std::vector<std::string> pollsters;
  // The years named near the figure ("in 2012"), sorted (YearsOf).
  std::vector<std::string> years;
  // A bare figure with nothing else to say what it measures ("for six months"): one
  // quantity with another source's only when their sentences state the same thing but
  // for the figure.
  bool bare = false;
  // For a distance given with a compass direction from a place ("about 65 miles west of
  // Chicago"), that direction ("west"); with `reference`, where the story's place lies.
  std::string direction;
  // For a bare count that is the subject of a predicate saying what it counts ("about 20
  // were in intensive care"), the predicate's content stems ("intens care"), else "".
  std::string predicate;
  // Where the counted were, a part of a toll ("aboard", "ground"; SubsetOf), else "".
  std::string subset;
  // The figure is inside a quotation in its sentence (InsideQuote): someone's words.
  bool quoted = false;
  // Where its sentence says things happened, when it names nothing central to the
  // story: the names right after "in", "at", "near" or "outside" ("In Pelham, Ala., a
  // man shot two people"; Locatives).
  std::vector<std::string> locatives;
  // For forces a state sends (troops, warships), the place they were sent to ("sent
  // 10,000 troops into northern Iraq" -> "Iraq"; DestinationOf), else "".
  std::string destination;
  // The age of a person the sentence names by a noun ("a ranger's three-year-old son",
  // "A 2-year-old toddler"; AgeOfPerson): compared, never a key number.
  bool age = false;
  std::string aged;  // for an age, the noun that names the person ("son", "toddler")
  // A time of day ("at about 11:15 p.m."; TimesOfDay): its value is minutes after
  // midnight; compared, never a key number.
  bool time = false;
  // For a time of day, its article writes another time of day too (any sentence, bounds
  // such as "just before 7:30 p.m." included): the article tells of two moments.
  bool other_times = false;
  // Every name its article mentions (shared by the article's claims).
  std::shared_ptr<const std::set<std::string>> article_names;
};

// Words that accompany figures of every kind and say nothing of what is counted.
bool IsGeneric(const std::string& stem) {
  static const std::set<std::string> kGeneric = {
      "said", "say", "told", "report", "accord", "offici", "year", "month", "week", "day",
      "time", "last", "first", "new", "percent", "million", "billion", "thousand", "hundr",
      "dollar", "dlrs", "total", "least", "more", "than", "about", "nearli", "some"};
  return kGeneric.count(stem) > 0;
}

// Stems of the content words within kContextWords tokens of the quantity, outside it:
// what the figure is about ("massed ... near Ukraine", "deployed along its border").
std::vector<std::string> ContextOf(const Sentence& s, Span q, const std::string& unit) {
  // Words, and the figure's own number tokens: a bare figure ("injuring 155") has no
  // word inside it to measure the distance from.
  std::vector<size_t> words;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    const bool inside = t.span.begin >= q.begin && t.span.end <= q.end;
    if (t.kind == TokenKind::kWord || (inside && t.kind == TokenKind::kNumber)) words.push_back(i);
  }
  std::vector<std::string> out;
  for (size_t w = 0; w < words.size(); ++w) {
    const Token& t = s.tokens[words[w]];
    if (t.span.begin >= q.begin && t.span.end <= q.end) continue;
    bool near = false;
    for (size_t k = w >= kContextWords ? w - kContextWords : 0;
         k < std::min(words.size(), w + kContextWords + 1); ++k) {
      const Token& o = s.tokens[words[k]];
      near = near || (o.span.begin >= q.begin && o.span.end <= q.end);
    }
    if (near && !t.stopword && t.stem != unit && t.stem.size() > 2 && !IsGeneric(t.stem)) {
      out.push_back(t.stem);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The words of the counted phrase besides the counted noun: "rebel" in "rebel troop",
// "campaign" in "month campaign", "russian" in "russian troop" (claims of different
// owners are in different groups already).
std::vector<std::string_view> Modifiers(const Claim& c, const std::string& unit) {
  std::vector<std::string_view> out;
  for (std::string_view w : SplitWords(c.counted)) {
    if (w != unit && w != "of") out.push_back(w);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Two claims qualified by different words count different things: "5,000 government
// troops" and "3,500 rebel troops", a "two-month campaign" and an "eight-month
// rebellion". A claim without a qualifier ("40 troops") may be either.
bool SameQualifiers(const Claim& x, const Claim& y) {
  std::vector<std::string_view> mx = Modifiers(x, x.unit), my = Modifiers(y, y.unit), shared;
  if (mx.empty() || my.empty()) return true;
  std::set_intersection(mx.begin(), mx.end(), my.begin(), my.end(), std::back_inserter(shared));
  return !shared.empty();
}

// Whether two claims of a group (same counted noun, same owner) are about the same thing:
// the same qualifiers, and a content word shared by the words around the figures.
bool ShareContext(const Claim& x, const Claim& y) {
  if (!SameQualifiers(x, y)) return false;
  size_t i = 0, j = 0;
  while (i < x.context.size() && j < y.context.size()) {
    if (x.context[i] == y.context[j]) return true;
    x.context[i] < y.context[j] ? ++i : ++j;
  }
  return false;
}

// How many content words the words around two figures share.
size_t SharedContext(const Claim& x, const Claim& y) {
  std::vector<std::string> shared;
  std::set_intersection(x.context.begin(), x.context.end(), y.context.begin(), y.context.end(),
                        std::back_inserter(shared));
  return shared.size();
}

bool SamePrefix(std::string_view surface, std::string_view normal) {
  size_t n = std::min<size_t>(3, normal.size());
  if (surface.size() < n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(surface[i])) != normal[i]) return false;
  }
  return true;
}

// The counted phrase as written: the last words of the quantity's text, one per word of
// `counted` ("two hours of talks" for "hour of talk"); `counted` itself when the words
// do not line up (the phrase is not at the end, or the text was normalized more).
std::string SurfaceOf(std::string_view text, const std::string& counted) {
  std::vector<std::string_view> words = SplitWords(text), want = SplitWords(counted);
  if (want.empty() || want.size() >= words.size()) return counted;
  std::vector<std::string_view> tail(words.end() - static_cast<long>(want.size()), words.end());
  for (size_t i = 0; i < want.size(); ++i) {
    if (!SamePrefix(tail[i], want[i])) return counted;
  }
  std::string out(tail.front().data(), tail.back().data() + tail.back().size());
  while (!out.empty() && std::ispunct(static_cast<unsigned char>(out.back()))) out.pop_back();
  return out;
}

// "2013 series": a year used as a modifier, not a count.
bool LooksLikeYear(std::string_view text) {
  if (text.size() < 4) return false;
  for (size_t i = 0; i < 4; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  if (text.size() > 4 && text[4] >= '0' && text[4] <= '9') return false;
  int year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  return year >= 1800 && year <= 2100;
}

// The word after "and" right after the figure when it joins a second counted noun to
// the first ("10 members and sympathizers" -> "sympathiz"), as its stem; "" when "and"
// does not follow, or begins another clause or figure ("60 people and injuring 155",
// "5,000 troops and 3,500 rebels").
std::string JoinedNoun(const Sentence& s, Span figure) {
  size_t i = 0;
  while (i < s.tokens.size() && s.tokens[i].span.begin < figure.end) ++i;
  if (i + 1 >= s.tokens.size() || s.tokens[i].norm != "and") return "";
  const Token& next = s.tokens[i + 1];
  if (next.kind != TokenKind::kWord || next.stopword) return "";
  const std::string& w = next.norm;
  if (w.ends_with("ed") || w.ends_with("ing")) return "";
  return next.stem;
}

bool IsDistanceUnit(std::string_view unit) {
  for (std::string_view u : {"mile", "kilometer", "kilometre", "km", "meter", "metre", "foot",
                             "feet", "yard"}) {
    if (unit == u) return true;
  }
  return false;
}

// The place named within a few words after a distance ("65 miles west of Chicago",
// "50 nautical miles off Merimbula"): what it is measured from; "" when none.
std::string ReferenceOf(const Article& a, Span figure,
                        const std::vector<facts::Mention>& mentions) {
  constexpr size_t kReachBytes = 40;
  for (const facts::Mention& m : mentions) {
    if (m.type != facts::EntityType::kPlace || m.span.begin < figure.end) continue;
    if (m.span.begin - figure.end > kReachBytes) break;
    // No clause break between the figure and the place.
    std::string_view between = a.Slice(Span{figure.end, m.span.begin});
    if (between.find_first_of(",;:.") != std::string_view::npos) break;
    return m.name;
  }
  return "";
}

// The compass direction a distance is given in, right after it ("65 miles west of
// Chicago", "20 km north-east of"): "west", "north-east", ...; "" when none, or when
// "of" does not follow (then the place is not the reference).
std::string DirectionAfter(const Sentence& s, Span figure) {
  static const std::set<std::string> kDirections = {
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "north-east", "north-west", "south-east", "south-west"};
  for (size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    if (s.tokens[i].span.begin < figure.end) continue;
    if (!kDirections.contains(s.tokens[i].norm)) return "";
    return s.tokens[i + 1].norm == "of" ? s.tokens[i].norm : "";
  }
  return "";
}

// The word right before the figure in its sentence, lower-cased ("within"), or "".
std::string WordBefore(const Sentence& s, Span figure) {
  std::string out;
  for (const Token& t : s.tokens) {
    if (t.span.end > figure.begin) break;
    out = t.kind == TokenKind::kWord ? t.norm : "";
  }
  return out;
}

// Whether a relative clause in the past follows the figure ("some 3,000 people who were
// killed or disappeared", "homes that had been destroyed"): what it says of them has
// happened, whatever the modal before the figure ("could be broadened to include") says
// of the main clause.
bool PastRelativeAfter(const Sentence& s, Span figure) {
  for (size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    if (s.tokens[i].span.begin < figure.end) continue;
    const std::string& w = s.tokens[i].norm;
    if (w != "who" && w != "that" && w != "which") return false;
    const std::string& v = s.tokens[i + 1].norm;
    return v == "were" || v == "was" || v == "had";
  }
  return false;
}

// Words before a figure within which a proposal noun makes it the proposal's term.
constexpr size_t kTermWords = 5;

// Whether the figure is the term of a proposal its clause names right before it ("would
// accept a deal to finance for six months the departments"): what the deal offers is
// stated as it is, whatever the modal before the proposal says of its fate ("would
// accept"), and another source's "has proposed ... financing ... for five months" is a
// rival term. A proposal noun within kTermWords words before the figure, no clause break
// between.
bool ProposalTermBefore(const Sentence& s, Span figure) {
  static const std::set<std::string, std::less<>> kProposals = {
      "deal", "offer", "proposal", "compromise", "agreement"};
  size_t i = 0;
  while (i < s.tokens.size() && s.tokens[i].span.end <= figure.begin) ++i;
  for (size_t seen = 0; i > 0 && seen < kTermWords; --i) {
    const Token& t = s.tokens[i - 1];
    if (t.kind != TokenKind::kWord) return false;
    if (kProposals.contains(t.norm)) return true;
    ++seen;
  }
  return false;
}

// What a bare count is, from the predicate it is the subject of: "about 20 were in
// intensive care", "at least 57 remained in intensive care" -> "intens care". The words
// right after the figure must be a form of "be" or "remain" and the predicate must hold
// kPredicateWords content words or more before the clause ends: "15 were missing" or
// "60 were killed" say too little of who or what was counted to tie two sources' figures
// to one referent. "" otherwise.
constexpr size_t kPredicateWords = 2;
struct Predicate {
  std::string stems;  // "intens care"
  Span written;       // "were in intensive care"
};
Predicate PredicateAfter(const Sentence& s, Span figure) {
  static const std::set<std::string> kLinks = {"were", "was", "are", "is", "remain",
                                               "remained", "remains"};
  size_t i = 0;
  while (i < s.tokens.size() && s.tokens[i].span.begin < figure.end) ++i;
  if (i >= s.tokens.size() || !kLinks.contains(s.tokens[i].norm)) return {};
  Predicate out{"", Span{s.tokens[i].span.begin, s.tokens[i].span.end}};
  size_t content = 0;
  for (++i; i < s.tokens.size() && s.tokens[i].kind == TokenKind::kWord; ++i) {
    const Token& t = s.tokens[i];
    out.written.end = t.span.end;
    if (t.stopword) continue;
    out.stems += (out.stems.empty() ? "" : " ") + t.stem;
    if (++content == 4) break;
  }
  return content >= kPredicateWords ? out : Predicate{};
}

// The month the figures of a sentence are given as of: "as of", "through" or "since"
// followed by a month name ("As of November 13, CDC had verified 88 cases", "32 new
// cases through July"), as its first three letters; "" when none.
std::string AsOf(const Sentence& s) {
  const std::vector<Token>& t = s.tokens;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const bool marker = t[i].norm == "through" || t[i].norm == "since" ||
                        (t[i].norm == "of" && i > 0 && t[i - 1].norm == "as");
    if (!marker || MonthNumber(t[i + 1].norm) == 0) continue;
    return t[i + 1].norm.substr(0, 3);
  }
  return "";
}

// Whether the figure follows "by" (with "only", "just", "about", "nearly" between): a
// margin or a change ("by only 12 seats", "fell by 5 percent"), not a level.
bool IsMargin(const Sentence& s, Span figure) {
  long i = -1;
  for (size_t k = 0; k < s.tokens.size() && s.tokens[k].span.end <= figure.begin; ++k) {
    i = static_cast<long>(k);
  }
  while (i >= 0) {
    const std::string& w = s.tokens[static_cast<size_t>(i)].norm;
    if (w == "by") return true;
    if (w != "only" && w != "just" && w != "about" && w != "nearly" && w != "some") return false;
    --i;
  }
  return false;
}

bool IsNumberWord(std::string_view w);

// Where the counted people were, when the words after the figure say so before another
// figure or a clause break ("109 people aboard", "four people on the ground", "all 109
// people in the plane"): "aboard" or "ground", else "". A part of a toll with such a
// place is compared only with a part with the same place ("four on the ground" / "five
// on the ground"), never with the total.
std::string SubsetOf(const Sentence& s, Span figure) {
  size_t k = 0;
  while (k < s.tokens.size() && s.tokens[k].span.begin < figure.end) ++k;
  for (size_t n = 0; k < s.tokens.size() && n < 5; ++k, ++n) {
    const Token& t = s.tokens[k];
    const std::string& w = t.norm;
    // Another figure's words begin: "114 people including five on the ground".
    if (t.kind == TokenKind::kNumber || (t.kind == TokenKind::kPunct && w != "-") ||
        IsNumberWord(w) || w == "including" || w == "and" || w == "plus") {
      break;
    }
    auto next = [&](size_t d, std::string_view word) {
      return k + d < s.tokens.size() && s.tokens[k + d].norm == word;
    };
    if (w == "aboard" || w == "onboard" || (w == "on" && next(1, "board")) ||
        ((w == "on" || w == "in") && next(1, "the") && (next(2, "plane") || next(2, "ship")))) {
      return "aboard";
    }
    if (w == "on" && next(1, "the") && next(2, "ground")) return "ground";
  }
  return "";
}

// Whether `x` states a part of the total `y` gives: x's figure and another of its own
// sentence or the ones next to it add up to y's ("259 people aboard and 11 people on
// the ground were killed" / "killed 270 people").
bool PartOf(const Claim& x, const Claim& y) {
  for (double v : x.nearby_values) {
    const double sum = x.out.value + v;
    if (sum >= y.interval.lo && sum <= y.interval.hi) return true;
  }
  return false;
}

bool IsDurationUnit(std::string_view unit) {
  for (std::string_view u : {"second", "minute", "hour", "day", "week", "month"}) {
    if (unit == u) return true;
  }
  return false;
}

// Whether `text` holds `phrase` as whole words.
bool ContainsPhrase(std::string_view text, std::string_view phrase) {
  for (size_t at = text.find(phrase); at != std::string_view::npos;
       at = text.find(phrase, at + 1)) {
    const bool start = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    const size_t end = at + phrase.size();
    // The phrase's last word may be plural ("press conferences").
    size_t stop = end < text.size() && text[end] == 's' ? end + 1 : end;
    if (start && (stop >= text.size() || !std::isalpha(static_cast<unsigned char>(text[stop])))) {
      return true;
    }
  }
  return false;
}

// Measures that exclude each other: what happened to people, how a vote went.
bool IsOutcome(std::string_view measure) {
  for (std::string_view m : {"killed", "injured", "missing", "arrested", "displaced", "rescued",
                             "survived", "infected", "sentenced", "released", "approved",
                             "rejected", "hospitalized"}) {
    if (measure == m) return true;
  }
  return false;
}

std::string CompoundLabel(std::string_view text);

// Whether a figure written as a compound adjective names no thing it measures but a
// comparison: "a 12-year low" (the lowest in 12 years), "a 30-year high", "a
// four-year record", "a 10-year peak". Its label ("low (years)") would count nothing.
bool IsComparisonCompound(std::string_view text) {
  const std::string label = CompoundLabel(text);
  const std::string noun = label.substr(0, label.find(' '));
  for (std::string_view w : {"low", "lows", "high", "highs", "record", "records", "peak",
                             "peaks", "best", "worst", "bottom", "top"}) {
    if (noun == w) return true;
  }
  return false;
}

// Small counts ("two leaders", "three sources") are how prose refers to things, not
// figures a reader tracks. Ages ("a 76-year-old man") describe a person, and a bare
// measure ("40 miles", "five months") says nothing of what it measures, so neither is a
// key number. Measures of something ("two hours of talks"), money and percentages are.
bool IsKeyQuantity(const facts::Quantity& q, std::string_view text) {
  if (q.unit.empty() || q.value <= 0) return false;
  if (IsComparisonCompound(text)) return false;
  if (text.find("year-old") != std::string_view::npos ||
      text.find("years old") != std::string_view::npos ||
      text.find("month-old") != std::string_view::npos) {
    return false;
  }
  // "100-foot-long": a dimension written as an adjective, of whatever noun follows.
  for (std::string_view dim : {"-long", "-wide", "-high", "-tall", "-deep", "-thick"}) {
    if (q.unit.ends_with(dim) || q.counted.ends_with(dim)) return false;
  }
  if (q.kind == facts::QuantityKind::kMeasure) return !q.counted.empty() && q.counted != q.unit;
  if (LooksLikeYear(text)) return false;
  return q.kind != facts::QuantityKind::kCount || q.value >= kMinKeyCount;
}

bool IsPeopleNoun(std::string_view unit);

// Who a figure belongs to when a possessive names it right before the figure
// ("Pinochet's 17-year rule", "the prime minister's 17-year rule"): up to three words
// before "'s" (no stopword); "his" (her, its, their) when a pronoun stands there ("his
// 17-year rule": someone the label cannot name); else "".
std::string PossessorOf(const Sentence& s, std::string_view text, Span q) {
  size_t i = 0;
  while (i < s.tokens.size() && s.tokens[i].span.end <= q.begin) ++i;
  if (i == 0 || s.tokens[i - 1].kind != TokenKind::kWord) return "";
  const Token& last = s.tokens[i - 1];
  const std::string& w = last.norm;
  if (w == "his" || w == "her" || w == "its" || w == "their") return "his";
  // The tokenizer keeps the possessive on its word ("minister's", "Pinochet’s"); the
  // mark's length is read from the text, which the token's normal form may spell
  // otherwise.
  std::string_view word = text.substr(last.span.begin, last.span.end - last.span.begin);
  size_t mark = 0;
  if (word.ends_with("'s")) mark = 2;
  else if (word.ends_with("\u2019s")) mark = 4;
  if (mark == 0 || word.size() <= mark) return "";

  // Words before it join when they are of the same kind: capitalised before a name
  // ("Secret Service's"), lower-case before a common noun ("prime minister's"), never a
  // stopword or a preposition ("dissent among Congo's" is Congo's).
  auto capital = [&](const Token& t) {
    return std::isupper(static_cast<unsigned char>(text[t.span.begin])) != 0;
  };
  static const std::set<std::string, std::less<>> kPrepositions = {
      "among", "amid", "between", "across", "against", "along", "around", "toward",
      "towards", "within", "without", "despite", "beyond", "behind", "beside", "near"};
  size_t first = i - 1;
  while (first > 0 && i - 1 - first < 2) {
    const Token& t = s.tokens[first - 1];
    if (t.kind != TokenKind::kWord || t.stopword || capital(t) != capital(last) ||
        kPrepositions.contains(t.norm)) {
      break;
    }
    --first;
  }
  return std::string(text.substr(s.tokens[first].span.begin,
                                 last.span.end - mark - s.tokens[first].span.begin));
}

// The place a figure goes with: one named inside it ("Russian troops" -> Russia), else
// the last one named before it in its sentence ("Russia has massed 150,000 troops"),
// else "". Figures are grouped by it (keeps U.S. troops and Russian troops apart; the
// same noun near two places is most often two things counted); `shown` says whether a
// label may show it.
std::string OwnerOf(const facts::Quantity& q, const std::vector<facts::Mention>& mentions,
                    bool* shown) {
  std::string owner;
  // Before things that belong to a state (troops, officials, warships) or people (where
  // they were killed), a place says whose or where; before other nouns it is only the
  // setting ("Portugal's Saramago ... in more than 20 languages").
  *shown = facts::IsStateNoun(q.unit) || IsPeopleNoun(q.unit) || !MeasureNoun(q.unit).empty();
  for (const facts::Mention& m : mentions) {
    if (m.type != facts::EntityType::kPlace) continue;
    bool inside = m.span.begin >= q.span.begin && m.span.end <= q.span.end;
    if (inside) {
      *shown = true;
      return m.name;
    }
    if (m.span.end <= q.span.begin) owner = m.name;
  }
  return owner;
}

// Counted nouns that say only "people": figures of them (injured, killed, inside the
// hall) are told apart only by the statement they are in, never by the noun.
bool IsPeopleNoun(std::string_view unit) {
  for (const char* w : {"people", "person", "other", "man", "woman", "resident", "civilian",
                        "victim", "member", "child", "children", "adult", "student", "worker",
                        "passeng", "passenger", "patient", "villager", "citizen", "men",
                        "women",
                        // People named by what they do or are: a count of them, too, says
                        // nothing until it says what happened to them (players locked out,
                        // dissidents who signed, refugees killed). Not a firm's customers,
                        // subscribers or staff: their count is a figure of the firm.
                        "player", "fan", "voter", "dissident", "activist", "protester",
                        "demonstrator", "supporter", "refugee", "immigrant", "migrant",
                        "prisoner", "hostage", "survivor", "pilgrim", "tourist", "visitor",
                        "delegate", "participant", "spectator", "inmate", "detainee",
                        // Peoples named by a noun, not a demonym of a place.
                        "kurd", "arab", "jew", "serb", "croat", "turk", "tamil", "hutu",
                        "tutsi", "uighur", "pashtun", "sikh", "muslim", "christian"}) {
    if (unit == w) return true;
  }
  return facts::IsPeopleName(unit);  // "21 Israelis", "1,500 Kurds"
}

// "others" and "persons" count people ("injuring 162 others"): the noun a count of
// people is compared and grouped by.
std::string PeopleWord(const std::string& unit) {
  return unit == "other" || unit == "person" ? std::string("people") : unit;
}

// A number written in words that can be glued to a unit ("eight-month").
bool IsNumberWord(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred", "thousand"};
  return kWords.contains(AsciiLower(w));
}

// A figure written as a compound adjective ("17-year rule", "49-page indictment",
// "630-nautical-mile race", "55,000-strong army", "eight-month rebellion") measures the
// noun after it in the unit glued to it: its label is that noun with the unit ("rule
// (years)", "indictment (pages)", "race (nautical miles)", "army (strength)"), not "year
// rule". "" when the figure is not written so.
std::string CompoundLabel(std::string_view text) {
  // The number glued to the unit: digits ("17-year") or a number word ("eight-month").
  size_t hyphen = std::string_view::npos;
  for (size_t h = text.find('-'); h != std::string_view::npos; h = text.find('-', h + 1)) {
    size_t start = text.rfind(' ', h);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view number = text.substr(start, h - start);
    const bool digits = !number.empty() && std::isdigit(static_cast<unsigned char>(number.front()));
    if (digits || IsNumberWord(number)) {
      hyphen = h;
      break;
    }
  }
  if (hyphen == std::string_view::npos) return "";
  std::string_view rest = text.substr(hyphen + 1);
  size_t space = rest.find(' ');
  std::string_view unit = rest.substr(0, space);
  std::string_view noun = space == std::string_view::npos ? "" : rest.substr(space + 1);
  if (noun.empty()) {  // "17-year-rule": the last part is the noun
    size_t last = unit.rfind('-');
    if (last == std::string_view::npos) return "";
    noun = unit.substr(last + 1);
    unit = unit.substr(0, last);
  }
  if (unit.empty() || noun.empty() ||
      !std::all_of(unit.begin(), unit.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || ch == '-'; })) {
    return "";
  }
  std::string u = AsciiLower(unit);
  std::replace(u.begin(), u.end(), '-', ' ');
  // "150,000-plus troops", "200-odd players": a bound, not a unit.
  if (u == "plus" || u == "odd" || u == "some" || u == "something") {
    return "";
  }
  if (u == "strong") u = "strength";
  else if (u.ends_with("foot")) u = u.substr(0, u.size() - 4) + "feet";
  else if (!u.ends_with("s")) u += "s";
  return AsciiLower(noun) + " (" + u + ")";
}

// The years named within kContextWords tokens of the figure, outside it, after a
// preposition of time ("Obama won 332 electoral votes in 2012"), sorted: the time the
// figure is of.
std::vector<std::string> YearsOf(const Article& a, const Sentence& s, Span figure) {
  std::vector<std::string> out;
  // Token positions of the figure, to keep years within kContextWords tokens of it.
  long first = -1, last = -1;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].span.begin >= figure.begin && s.tokens[i].span.end <= figure.end) {
      if (first < 0) first = static_cast<long>(i);
      last = static_cast<long>(i);
    }
  }
  if (first < 0) return out;
  const long reach = static_cast<long>(kContextWords);
  for (long i = std::max(0L, first - reach);
       i <= std::min(static_cast<long>(s.tokens.size()) - 1, last + reach); ++i) {
    const Token& t = s.tokens[static_cast<size_t>(i)];
    if (t.kind != TokenKind::kNumber || (i >= first && i <= last) || i == 0) continue;
    std::string_view text = a.Slice(t.span);
    // "in 2012", "since 1995": the time of the figure. A year that modifies a noun
    // ("his 2016 campaign") is not.
    // "in May 1980": a month between the preposition and the year.
    long p = i - 1;
    if (p > 0 && MonthNumber(s.tokens[static_cast<size_t>(p)].norm) > 0) --p;
    const std::string& before = s.tokens[static_cast<size_t>(p)].norm;
    const bool time = before == "in" || before == "since" || before == "of" || before == "by" ||
                      before == "during" || before == "until" || before == "through" ||
                      before == "from" || before == "before" || before == "after";
    if (time && text.size() == 4 && LooksLikeYear(text)) out.emplace_back(text);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The names other than places that a sentence about a poll or survey gives (the
// pollster among them: "Rasmussen", "Pew Research Center"), sorted; empty when the
// sentence is about no poll.
std::vector<std::string> PollstersOf(const Sentence& s, const std::vector<facts::Mention>& mentions) {
  bool poll = false;
  for (const Token& t : s.tokens) poll = poll || t.stem == "poll" || t.stem == "survey";
  std::vector<std::string> out;
  if (!poll) return out;
  for (const facts::Mention& m : mentions) {
    if (m.type != facts::EntityType::kPlace) out.push_back(m.name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether the figure at `figure` is inside a quotation of its sentence `s`: an odd
// number of quotation marks (", “, ”, `` or '') stand between the sentence's start and
// the figure ("``I killed the children to exchange for them five minutes of pain ...,''
// he wrote."). A quotation opened in an earlier sentence is not seen.
bool InsideQuote(const Article& a, const Sentence& s, Span figure) {
  std::string_view before = a.Slice(Span{s.span.begin, figure.begin});
  int marks = 0;
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '"') {
      ++marks;
    } else if ((before[i] == '`' || before[i] == '\'') && i + 1 < before.size() &&
               before[i + 1] == before[i]) {
      ++marks;
      ++i;
    } else if (before.substr(i, 3) == "\u201c" || before.substr(i, 3) == "\u201d") {
      ++marks;
      i += 2;
    }
  }
  return marks % 2 == 1;
}

// Whether a word before the figure in its sentence says the figure was an earlier
// state: "earlier", "initially", "originally", "previously".
bool StatedAsEarlier(const Sentence& s, Span figure) {
  for (const Token& t : s.tokens) {
    if (t.span.end > figure.begin) break;
    if (t.norm == "earlier" || t.norm == "initially" || t.norm == "originally" ||
        t.norm == "previously") {
      return true;
    }
  }
  return false;
}

// Share of a story's articles from which a name is central: named there, a place is
// where the story happens, not another event's.
constexpr double kCentralNameShare = 0.3;

// The names each article mentions, and those central to the story (named by at least
// kCentralNameShare of its articles, and two).
struct StoryNames {
  std::vector<std::shared_ptr<const std::set<std::string>>> of_article;
  std::set<std::string> central;
};

StoryNames NamesOf(const Context& ctx) {
  StoryNames out;
  std::map<std::string, int> articles_naming;
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    auto names = std::make_shared<std::set<std::string>>();
    for (const SentenceFacts& f : ctx.facts[a]) {
      for (const facts::Mention& m : f.mentions) names->insert(m.name);
    }
    for (const std::string& n : *names) ++articles_naming[n];
    out.of_article.push_back(std::move(names));
  }
  const double need = std::max(2.0, kCentralNameShare * static_cast<double>(ctx.articles.size()));
  for (const auto& [name, n] : articles_naming) {
    if (n >= need) out.central.insert(name);
  }
  return out;
}

// The names of sentence `s` right after "in", "at", "near" or "outside", when the
// sentence names nothing central to the story: where it places what it tells ("In
// Pelham, Ala., a man shot two people"). Empty when any name of the sentence is central
// ("more than 90,000 Russian troops ... including on the Crimean Peninsula" is placed
// by Russia and Ukraine, whatever else it names).
std::vector<std::string> Locatives(const Sentence& s, const std::vector<facts::Mention>& mentions,
                                   const std::set<std::string>& central) {
  std::vector<std::string> out;
  for (const facts::Mention& m : mentions) {
    if (central.contains(m.name)) return {};
  }
  for (const facts::Mention& m : mentions) {
    std::string before;
    for (const Token& t : s.tokens) {
      if (t.span.end > m.span.begin) break;
      before = t.kind == TokenKind::kWord ? t.norm : "";
    }
    if (before == "in" || before == "at" || before == "near" || before == "outside") {
      out.push_back(m.name);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether `x` places its figure where `y`'s article never goes: a locative name of x's
// sentence that y's article does not name at all. Then the two figures are of two
// events (a shooting in another state, told in a story about this one).
bool ElsewhereThan(const Claim& x, const Claim& y) {
  if (!y.article_names) return false;
  return std::any_of(x.locatives.begin(), x.locatives.end(),
                     [&](const std::string& n) { return !y.article_names->contains(n); });
}

// Words after a figure within which the place it was sent to is named.
constexpr size_t kDestinationWords = 6;

// The place forces were sent to: the first place named within kDestinationWords words
// after "to", "into" or "toward(s)" that follows the figure within kDestinationWords
// words in its clause ("Turkey has sent 10,000 troops to its southeastern border with
// Syria" -> "Syria", "sent 10,000 troops into northern Iraq" -> "Iraq"); "" when none
// (troops "massed near Ukraine" are where they are, not where they were sent).
std::string DestinationOf(const Sentence& s, Span figure, const std::vector<facts::Mention>& mentions) {
  size_t i = 0;
  while (i < s.tokens.size() && s.tokens[i].span.begin < figure.end) ++i;
  for (const size_t first = i; i < s.tokens.size(); ++i) {
    if (i - first > kDestinationWords) return "";
    const Token& t = s.tokens[i];
    if (t.kind != TokenKind::kWord) return "";  // a clause break: a comma, a dash
    if (t.norm == "to" || t.norm == "into" || t.norm == "toward" || t.norm == "towards") break;
  }
  if (i + 1 >= s.tokens.size()) return "";
  const uint32_t from = s.tokens[i].span.end;
  const size_t last = std::min(s.tokens.size() - 1, i + kDestinationWords);
  const uint32_t to = s.tokens[last].span.end;
  for (const facts::Mention& m : mentions) {
    if (m.type == facts::EntityType::kPlace && m.span.begin >= from && m.span.end <= to) return m.name;
  }
  return "";
}

// Whether two claims give forces sent to two different places: two deployments, even of
// one size ("sent 10,000 troops to its southeastern border with Syria" / "sent 10,000
// troops into northern Iraq").
bool SentApart(const Claim& x, const Claim& y) {
  return !x.destination.empty() && !y.destination.empty() && x.destination != y.destination;
}

// Whether a key number's claims give forces sent to two places: one label over two
// deployments, which the reader cannot tell apart.
bool TwoDestinations(const std::vector<Claim>& claims) {
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (SentApart(claims[i], claims[j])) return true;
    }
  }
  return false;
}

// The noun of a person whose age a figure gives as a compound adjective ("three-year-old
// son" -> "son", "2-year-old toddler" -> "toddler"), or "" when the figure is no such
// age (a "100-year-old building", a bare "20-year-old").
std::string AgeOfPerson(const facts::Quantity& q, std::string_view text) {
  constexpr std::string_view kAged = "year-old ";
  if (q.kind != facts::QuantityKind::kMeasure || q.unit != "year" ||
      !q.counted.starts_with(kAged)) {
    return "";
  }
  const std::string noun = q.counted.substr(q.counted.rfind(' ') + 1);
  // One person: "two 18-year-old students" give the age of a group (the counted noun
  // may be singular; the text says).
  const std::string written = AsciiLower(text.substr(text.rfind(' ') + 1));
  const bool plural = written.size() > 1 && written.back() == 's' &&
                      facts::IsPersonNoun(std::string_view(written).substr(0, written.size() - 1));
  return facts::IsPersonNoun(noun) && !plural ? noun : "";
}

// Whether two nouns that name a person name a man and a woman ("man" / "woman", "son" /
// "daughter"): two persons, whatever their ages.
bool OppositeSexes(const std::string& x, const std::string& y) {
  static const std::set<std::string, std::less<>> kMale = {
      "man", "boy", "son", "father", "husband", "brother", "grandfather", "uncle", "nephew",
      "businessman", "congressman", "actor", "widower", "grandson"};
  static const std::set<std::string, std::less<>> kFemale = {
      "woman", "girl", "daughter", "mother", "wife", "sister", "grandmother", "aunt", "niece",
      "businesswoman", "congresswoman", "actress", "widow", "granddaughter"};
  return (kMale.contains(x) && kFemale.contains(y)) || (kFemale.contains(x) && kMale.contains(y));
}

// A time of day as written ("11:15 p.m.", "10:40 pm", "7:30 a.m."): minutes after
// midnight, where it is written, and whether it is an estimate ("about", "around").
struct TimeOfDay {
  double minutes = 0;
  Span span;  // with the estimate's word ("about 11:15 p.m.")
  bool approx = false;
  bool bound = false;  // "before 7:30 p.m.", "from 9:30 a.m.": a bound or a span's end
};

// Minutes within which an estimated time of day ("at about 11:15 p.m.") is read.
constexpr double kApproxMinutes = 10;

// The word before byte `at` of `text` (not before `begin`), lower-cased ("about" in "at
// about 11:15"), or ""; `*start` is where it begins.
std::string WordBeforeByte(std::string_view text, size_t begin, size_t at, size_t* start) {
  size_t end = at;
  while (end > begin && text[end - 1] == ' ') --end;
  *start = end;
  while (*start > begin && std::isalpha(static_cast<unsigned char>(text[*start - 1]))) --*start;
  return AsciiLower(text.substr(*start, end - *start));
}

// The times of day sentence `s` writes: "H:MM" with "a.m." or "p.m." (with or without
// dots, upper or lower case). A time after "before", "after", "by", "until", "since",
// "from", "to", "between" or "and" is a bound or one end of a span (`bound`), not a time
// something happened at.
std::vector<TimeOfDay> TimesOfDay(const Article& a, const Sentence& s) {
  std::vector<TimeOfDay> out;
  const std::string_view text(a.text);
  const size_t begin = s.span.begin, end = std::min<size_t>(s.span.end, text.size());
  auto digit = [&](size_t i) { return i < end && std::isdigit(static_cast<unsigned char>(text[i])); };
  auto lower = [&](size_t i) {
    return i < end ? static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))) : '\0';
  };
  for (size_t i = begin; i < end; ++i) {
    if (!digit(i) || (i > begin && (digit(i - 1) || text[i - 1] == ':' || text[i - 1] == '.'))) continue;
    size_t j = i;
    int hours = 0;
    while (digit(j) && j - i < 2) hours = hours * 10 + (text[j++] - '0');
    if (j >= end || text[j] != ':' || !digit(j + 1) || !digit(j + 2) || digit(j + 3)) continue;
    const int minutes = (text[j + 1] - '0') * 10 + (text[j + 2] - '0');
    size_t k = j + 3;
    if (k < end && text[k] == ' ') ++k;
    const char half = lower(k);
    if (half != 'a' && half != 'p') continue;
    ++k;
    if (lower(k) == '.') ++k;
    if (lower(k) != 'm') continue;
    ++k;
    if (lower(k) == '.') ++k;
    if (k < end && std::isalpha(static_cast<unsigned char>(text[k]))) continue;
    if (hours < 1 || hours > 12 || minutes > 59) continue;
    size_t word = i;
    const std::string before = WordBeforeByte(text, begin, i, &word);
    static const std::set<std::string, std::less<>> kBounds = {
        "before", "after", "by", "until", "till", "since", "from", "to", "between", "and"};
    TimeOfDay t;
    t.bound = kBounds.contains(before);
    t.minutes = (hours % 12 + (half == 'p' ? 12 : 0)) * 60 + minutes;
    t.approx = before == "about" || before == "around" || before == "approximately" ||
               before == "roughly" || before == "nearly";
    t.span = Span{static_cast<uint32_t>(t.approx ? word : i), static_cast<uint32_t>(k)};
    out.push_back(t);
    i = k;
  }
  return out;
}

// The claim of a time of day `t` of sentence `s` of article `a`: a time something
// happened, compared with other sources' (SameReferent), never a key number.
Claim TimeClaim(const Context& ctx, const StoryNames& names, size_t a, size_t s, const TimeOfDay& t,
                bool other_times) {
  const Article& art = ctx.articles[a];
  const Sentence& sentence = art.sentences[s];
  const SentenceFacts& f = ctx.facts[a][s];
  Claim c;
  const std::string_view written = art.Slice(t.span);
  c.out = {std::string(written), t.minutes, 0,
           BoundText(t.approx ? facts::QuantityBound::kApprox : facts::QuantityBound::kExact),
           false, art.date, {a, sentence.span}};
  c.interval = t.approx ? Interval{t.minutes - kApproxMinutes, t.minutes + kApproxMinutes}
                        : Interval{t.minutes, t.minutes};
  c.sentence = s;
  c.unit_index = static_cast<size_t>(ctx.unit_of[a][s]);
  c.context = ContextOf(sentence, t.span, "");
  c.counted = c.shown = "time of day";
  c.unit = "time of day";
  c.time = c.small = true;
  c.other_times = other_times;
  c.quoted = InsideQuote(art, sentence, t.span);
  c.locatives = Locatives(sentence, f.mentions, names.central);
  c.article_names = names.of_article[a];
  c.years = YearsOf(art, sentence, t.span);
  c.as_of = AsOf(sentence);
  return c;
}

std::map<std::string, std::vector<Claim>> GroupClaims(const Context& ctx) {
  const StoryNames names = NamesOf(ctx);
  std::map<std::string, std::vector<Claim>> groups;
  std::set<std::pair<size_t, std::string>> seen;  // (article, text): repeats count once
  std::vector<std::pair<std::string, Claim>> bare;  // (sentence lower-cased, claim)
  std::map<std::string, std::string> events;  // "minute|press conference" -> group key
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    const Article& art = ctx.articles[a];
    std::vector<std::vector<TimeOfDay>> times(art.sentences.size());
    std::set<double> moments;  // every time of day the article writes
    for (size_t s = 0; s < art.sentences.size(); ++s) {
      times[s] = TimesOfDay(art, art.sentences[s]);
      for (const TimeOfDay& t : times[s]) moments.insert(t.minutes);
    }
    for (size_t s = 0; s < art.sentences.size(); ++s) {
      if (ctx.unit_of[a][s] < 0) continue;
      const SentenceFacts& f = ctx.facts[a][s];
      for (const TimeOfDay& t : times[s]) {
        if (t.bound || !seen.insert({a, std::string(art.Slice(t.span))}).second) continue;
        groups["time|"].push_back(TimeClaim(ctx, names, a, s, t, moments.size() > 1));
      }
      for (const facts::Quantity& q : f.quantities) {
        std::string_view text = art.Slice(q.span);
        const Sentence& sentence = art.sentences[s];
        // A bare figure a people's event verb takes as its object ("killing 60 and
        // injuring about 180") counts people.
        const std::string_view object_of =
            q.unit.empty() && q.kind == facts::QuantityKind::kCount && q.value >= kMinKeyCount
                ? VerbObjectMeasure(sentence, q.span)
                : std::string_view();
        // A small count of people with an outcome ("four people are in custody") is too
        // small for a key number but may be a rival value of another source's.
        const bool small = object_of.empty() && q.kind == facts::QuantityKind::kCount &&
                           q.value >= 2 && q.value < kMinKeyCount && IsPeopleNoun(q.unit) &&
                           IsOutcome(MeasureOf(sentence, q.span));
        // A bare duration ("for 80 minutes") may be the length of an event another
        // claim names ("a 77-minute press conference"): kept aside, see below.
        const bool bare_duration = q.kind == facts::QuantityKind::kMeasure &&
                                   (q.counted.empty() || q.counted == q.unit) &&
                                   IsDurationUnit(q.unit);
        // A bare figure a "population" before it measures ("North Korea's population
        // ... has since fallen to 21.23 million"): compared, never a key number.
        const bool population = object_of.empty() && q.unit.empty() &&
                                q.kind == facts::QuantityKind::kCount &&
                                !PopulationWordBefore(sentence, q.span).empty();
        // A bare distance in a direction from a place ("about 65 miles west of
        // Chicago") says where a place of the story lies: compared, never a key number.
        std::string direction, reference;
        if (q.kind == facts::QuantityKind::kMeasure && IsDistanceUnit(q.unit) &&
            (q.counted.empty() || q.counted == q.unit)) {
          direction = DirectionAfter(sentence, q.span);
          if (!direction.empty()) reference = ReferenceOf(art, q.span, f.mentions);
        }
        const bool located = !reference.empty();
        // A bare count a predicate says what of ("about 20 were in intensive care"):
        // compared with the same predicate's counts, never a key number.
        const Predicate predicate =
            object_of.empty() && !population && q.unit.empty() &&
                    q.kind == facts::QuantityKind::kCount && q.value >= 2
                ? PredicateAfter(sentence, q.span)
                : Predicate{};
        const std::string aged = AgeOfPerson(q, text);
        if ((object_of.empty() && !small && !bare_duration && !population && !located &&
             predicate.stems.empty() && aged.empty() &&
             !IsKeyQuantity(q, text)) ||
            IsRatioBase(sentence, q.span)) {
          continue;
        }
        if (!seen.insert({a, std::string(text)}).second) continue;
        Claim c;
        c.out = {std::string(text), q.value, q.value_high, BoundText(q.bound), q.projection,
                 art.date, {a, sentence.span}};
        c.sentence = s;
        c.small = small || population || located || !predicate.stems.empty();
        // "could be broadened to include some 3,000 people who were killed": the
        // figure's own clause says what has happened; the modal is the main clause's.
        if (c.out.projection && PastRelativeAfter(sentence, q.span)) c.out.projection = false;
        // "would accept a deal to finance for six months": the deal's term.
        if (c.out.projection && ProposalTermBefore(sentence, q.span)) c.out.projection = false;
        if (!q.unit.empty()) c.joined = JoinedNoun(sentence, q.span);
        c.unit_index = static_cast<size_t>(ctx.unit_of[a][s]);
        c.context = ContextOf(sentence, q.span, q.unit);
        c.interval = IntervalOf(q, text);
        // "within five minutes of getting the alarm": at most five, so it covers "four
        // minutes later".
        if (q.bound == facts::QuantityBound::kExact && WordBefore(sentence, q.span) == "within") {
          c.interval = {0, q.value};
          c.out.bound = BoundText(facts::QuantityBound::kAtMost);
        }
        c.counted = q.counted.empty() ? q.unit : q.counted;
        c.unit = q.unit;
        c.measure = std::string(MeasureOf(sentence, q.span));
        c.earlier = StatedAsEarlier(sentence, q.span);
        c.quoted = InsideQuote(art, sentence, q.span);
        c.locatives = Locatives(sentence, f.mentions, names.central);
        c.article_names = names.of_article[a];
        c.pollsters = PollstersOf(sentence, f.mentions);
        c.years = YearsOf(art, sentence, q.span);
        if (IsDistanceUnit(q.unit)) c.reference = ReferenceOf(art, q.span, f.mentions);
        if (facts::IsStateNoun(q.unit)) c.destination = DestinationOf(sentence, q.span, f.mentions);
        c.as_of = AsOf(sentence);
        c.margin = IsMargin(sentence, q.span);
        c.subset = SubsetOf(sentence, q.span);
        for (size_t t = s > 0 ? s - 1 : 0; t <= s + 1 && t < art.sentences.size(); ++t) {
          for (const facts::Quantity& other : ctx.facts[a][t].quantities) {
            const bool self = t == s && other.span.begin == q.span.begin;
            const bool alike = other.unit == q.unit ||
                               (IsPeopleNoun(other.unit) && IsPeopleNoun(q.unit)) ||
                               (other.unit.empty() && !object_of.empty());
            if (!self && alike) c.nearby_values.push_back(other.value);
          }
        }
        if (!object_of.empty()) {
          c.counted = c.unit = "people";
          c.measure = std::string(object_of);
        }
        if (population) c.counted = c.unit = "people";
        for (const facts::Quantity& other : f.quantities) c.sentence_values.push_back(other.value);
        std::sort(c.sentence_values.begin(), c.sentence_values.end());
        c.shown = CompoundLabel(text);
        if (c.shown.empty()) c.shown = q.counted.empty() ? c.counted : SurfaceOf(text, q.counted);
        bool shown = false;
        std::string owner = OwnerOf(q, f.mentions, &shown);
        c.owner = shown ? owner : "";
        // "North Korea's 22 million people", "feed its 23 million people": the place's
        // population, one quantity of that place whatever the sentence is about.
        if (!owner.empty() && (population || !PopulationMeasure(sentence, q.span, q.unit).empty())) {
          c.measure = "population";
        }
        c.possessor = PossessorOf(art.sentences[s], art.text, q.span);
        if (c.possessor == owner) c.possessor.clear();
        // Money and percentages are grouped by what they are of ("military aid"), a
        // count by what it counts ("troop") and whose it is.
        const bool of_something = q.kind == facts::QuantityKind::kMoney ||
                                  q.kind == facts::QuantityKind::kPercent;
        // A count of people is also grouped by what it measures: people killed and
        // people injured are two key numbers, not one "people". Other counted nouns
        // say more themselves ("troops", "seats").
        // "others" and "persons" are people ("injuring 162 others"), and so are "60
        // dead" (people killed).
        std::string noun = PeopleWord(c.unit);
        if (std::string_view m = MeasureNoun(q.unit); !m.empty()) {
          noun = "people";
          c.measure = std::string(m);
          c.unit = "people";
        }
        std::string key = of_something ? c.counted
                                       : noun + "|" + (IsPeopleNoun(c.unit) ? c.measure : "");
        if (bare_duration) {
          bare.push_back({AsciiLower(art.Slice(sentence.span)), std::move(c)});
          continue;
        }
        if (!aged.empty()) {
          c.age = c.small = true;
          c.aged = aged;
          c.counted = "age of a person";
          c.shown = "age of the " + aged + " (years)";
          key = "age|";
          owner.clear();
          c.possessor.clear();  // "a ranger's three-year-old son": the son's age
        }
        if (!predicate.stems.empty()) {
          c.predicate = predicate.stems;
          c.counted = "number that " + predicate.stems;
          c.shown = "number that " + std::string(art.Slice(predicate.written));  // "... were in intensive care"
          key = "predicate|" + predicate.stems;
        }
        if (located) {
          c.direction = direction;
          c.reference = reference;
          c.counted = "distance " + direction + " of " + reference;
          c.shown = c.counted + " (" + q.unit + "s)";
          key = "distance|" + q.unit + "|" + direction + "|" + reference;
        }
        if (q.kind == facts::QuantityKind::kMeasure && IsDurationUnit(q.unit) &&
            c.counted.starts_with(q.unit + " ")) {
          c.event = c.counted.substr(q.unit.size() + 1);
          events[q.unit + "|" + c.event] = key + "|" + owner;
        }
        groups[key + "|" + owner].push_back(std::move(c));
      }
    }
  }
  // A bare duration whose sentence names the one event another claim gives the length
  // of ("held court with reporters for 80 minutes ... his first solo press conference"
  // / "a 77-minute press conference") joins that claim's group as the event's length;
  // it is compared, never a key number.
  for (auto& [sentence, c] : bare) {
    std::string found, into;
    int matches = 0;
    for (const auto& [unit_event, key] : events) {
      const std::string unit = unit_event.substr(0, unit_event.find('|'));
      const std::string event = unit_event.substr(unit.size() + 1);
      if (unit != c.unit || !ContainsPhrase(sentence, event)) continue;
      ++matches;
      found = event;
      into = key;
    }
    if (matches != 1) {
      // No event named: a duration of its own ("finance for six months the departments
      // of State, Justice and Commerce"), compared only with a sentence that states the
      // same thing but for the figure (SameReferent).
      c.bare = true;
      c.small = true;
      c.counted = c.shown = "duration (" + c.unit + "s)";
      groups["duration|" + c.unit].push_back(std::move(c));
      continue;
    }
    c.event = found;
    c.counted = c.unit + " " + found;
    c.shown = found + " (" + c.unit + "s)";
    c.small = true;
    groups[into].push_back(std::move(c));
  }
  return groups;
}

bool Disjoint(const Interval& x, const Interval& y) { return x.hi < y.lo || y.hi < x.lo; }

// Relative difference from which two round estimates ("about 65 miles" / "about 70
// miles") state different figures.
constexpr double kEstimatesApart = 0.05;

// Whether two claims state different figures: their intervals are disjoint, or both are
// estimates ("about 65" / "about 70") of values at least kEstimatesApart apart. Each
// estimate's band covers an exact figure near it ("about 180" / "173"), but two sources
// that each round give two figures, and a reader sees them differ.
bool Differ(const Claim& x, const Claim& y) {
  if (Disjoint(x.interval, y.interval)) return true;
  if (x.out.bound != "approximately" || y.out.bound != "approximately") return false;
  const double hi = std::max(x.out.value, y.out.value), lo = std::min(x.out.value, y.out.value);
  return hi > 0 && (hi - lo) / hi >= kEstimatesApart;
}

// The most common way the sources write what the group counts (the first in text
// order of equals).
std::string Label(const std::vector<Claim>& claims) {
  std::map<std::string, int> counts;
  for (const Claim& c : claims) ++counts[c.shown];
  std::string best;
  int top = 0;
  for (const Claim& c : claims) {
    if (counts[c.shown] > top) top = counts[c.shown], best = c.shown;
  }
  return best;
}

std::vector<size_t> ArticlesOf(const std::vector<Claim>& claims) {
  std::vector<size_t> out;
  for (const Claim& c : claims) out.push_back(c.out.at.article);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Current(const Claim& c) { return !c.out.projection && !c.earlier; }

// Marks as superseded (earlier) every claim whose figure a source gives as an earlier
// state it has moved on from: that source states the figure as earlier and states
// another figure as current ("killing 60 people ... Police earlier had reported 65 dead,
// but backed off that figure" makes every "65 people" an earlier state). A figure
// the coverage itself shows was revised is no rival value.
void MarkSuperseded(std::vector<Claim>* claims) {
  // The earlier-state claims (few) and, per article, its current claims: the cost is
  // earlier claims x claims x one article's claims, not claims cubed.
  std::vector<size_t> earlier;
  std::map<size_t, std::vector<size_t>> current_of;  // article -> current claims
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (c.earlier) earlier.push_back(i);
    if (Current(c)) current_of[c.out.at.article].push_back(i);
  }
  std::vector<bool> superseded(claims->size(), false);
  for (size_t e : earlier) {
    const Claim& old = (*claims)[e];
    const std::vector<size_t>& now = current_of[old.out.at.article];
    for (size_t i = 0; i < claims->size(); ++i) {
      const Claim& c = (*claims)[i];
      if (superseded[i] || Disjoint(old.interval, c.interval)) continue;
      for (size_t f : now) {
        if (Disjoint((*claims)[f].interval, c.interval)) {
          superseded[i] = true;
          break;
        }
      }
    }
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    if (superseded[i]) (*claims)[i].earlier = true;
  }
}

// Two counts of people with different generic nouns ("19 men" / "22 people").
bool SpokenOfApart(const Claim& x, const Claim& y) {
  return IsPeopleNoun(x.unit) && IsPeopleNoun(y.unit) && PeopleWord(x.unit) != PeopleWord(y.unit);
}

// A place's population, one quantity of the story (claims of one group have one owner).
bool BothPopulation(const Claim& x, const Claim& y) {
  return x.measure == "population" && y.measure == "population";
}

// Whether two current claims of different sources disagree: their intervals are
// disjoint and they are about the same thing, which within a group (same counted noun,
// same owning place) means their nearby words share a content word ("troops massed near
// the border" / "troops deployed along its border"), so "12 people were killed" is
// compared with "15 people were killed" but not with "40 people were hospitalized".
// Days between two "YYYY-MM-DD" dates, or -1 when either is not a day.
int DaysApart(const std::string& a, const std::string& b) {
  const std::optional<timex::Date> x = timex::ParseIsoDate(a), y = timex::ParseIsoDate(b);
  if (a.size() != 10 || b.size() != 10 || !x || !y) return -1;
  auto days = [](const timex::Date& d) {
    return std::chrono::sys_days(std::chrono::year_month_day(
                                     std::chrono::year(d.y), std::chrono::month(static_cast<unsigned>(d.m)),
                                     std::chrono::day(static_cast<unsigned>(d.d))))
        .time_since_epoch()
        .count();
  };
  return static_cast<int>(std::abs(days(*x) - days(*y)));
}

// One key number's figures come from reports at most kEventWindowDays apart, or from
// sentences that say the same thing: "11 arrested" in a 1996 report and "11 women"
// arrested in a 1998 one are two events that happen to share a figure, in a story of
// many articles over months. A place's population, a duration and a distance are fixed
// facts of the story, joined whatever the dates. (Disagreements do not use this: a
// toll that grew between two reports months apart is what "changed over time" shows.)
constexpr int kEventWindowDays = 30;
bool TwoEvents(const Claim& x, const Claim& y, double dice) {
  if (dice >= kSameStatementDice || BothPopulation(x, y) || IsDurationUnit(x.unit) ||
      IsDistanceUnit(x.unit)) {
    return false;
  }
  return DaysApart(x.out.date, y.out.date) > kEventWindowDays;
}

// A share of a whole ("percent of children"), not a rate or a bare percentage.
bool IsShare(const Claim& c) {
  return c.unit == "percent" && c.counted.find(" of ") != std::string::npos;
}

// Whether the sentences of `x` and `y` state the same thing but for the figure, or,
// for a `wide` figure, share its topic and a word around the figure.
bool SameReferent(const Context& ctx, const Claim& x, const Claim& y, bool wide) {
  // Two different outcomes are two quantities: people killed and people injured, a
  // share that approved and a share that rejected (troops "deployed" and "gathered"
  // are one buildup worded two ways).
  if (IsOutcome(x.measure) && IsOutcome(y.measure) && x.measure != y.measure) return false;
  // A figure placed where the other source never goes is of another event.
  if (ElsewhereThan(x, y) || ElsewhereThan(y, x)) return false;
  // Figures said of different years are of different times ("Obama won 332 electoral
  // votes in 2012" / "he won 306"): only a sentence naming the same years, or none, may
  // state a rival value.
  if (x.years != y.years) return false;
  // "10 members and sympathizers" counts more than "two dozen members".
  if (x.joined != y.joined) return false;
  // Distances from different places, figures as of different dates, a margin and a
  // level, the people aboard and those on the ground, and a part and its total are
  // different quantities.
  if (x.reference != y.reference || x.as_of != y.as_of || x.margin != y.margin ||
      x.subset != y.subset) {
    return false;
  }
  if (PartOf(x, y) || PartOf(y, x)) return false;
  // Forces sent to two places are two deployments.
  if (SentApart(x, y)) return false;
  // Two polls by different pollsters are two measurements, not rival values of one.
  if (!x.pollsters.empty() && !y.pollsters.empty()) {
    std::vector<std::string> shared;
    std::set_intersection(x.pollsters.begin(), x.pollsters.end(), y.pollsters.begin(),
                          y.pollsters.end(), std::back_inserter(shared));
    if (shared.empty()) return false;
  }
  if (BothPopulation(x, y)) return true;
  // Two persons' ages are one person's when the sentences share their topic, in reports
  // of one event ("snatched and ate a ranger's three-year-old son" / "A 2-year-old
  // toddler was attacked and killed by a leopard"; at most kEventWindowDays apart: a
  // story followed for months meets many persons: "a 79-year-old woman" who died in one
  // outbreak, "a 34-year-old woman" sickened in another). A source giving two ages shows
  // two persons (AddDisagreements).
  if (x.age || y.age) {
    return x.age && y.age && !OppositeSexes(x.aged, y.aged) &&
           DaysApart(x.out.date, y.out.date) <= kEventWindowDays &&
           ctx.statements->Dice(x.unit_index, y.unit_index) >= kRelatedDice;
  }
  // Times of day likewise, and a word around the two times must be shared: the time one
  // event happened at ("trying to take pictures from the hotel scaffolding at about 11:15
  // p.m. when Cummings fell" / "landing hard on the hotel's roof around 10:40 p.m."),
  // where no article writes two times (AddDisagreements).
  if (x.time || y.time) {
    return x.time && y.time && DaysApart(x.out.date, y.out.date) <= kEventWindowDays &&
           ctx.statements->Dice(x.unit_index, y.unit_index) >= kRelatedDice && ShareContext(x, y);
  }
  // Where one place lies from another, in one direction ("about 65 miles west of
  // Chicago" / "about 70 miles west of Chicago"): one quantity of the story.
  if (!x.direction.empty() && x.direction == y.direction) return true;
  // Counts a predicate says what of ("about 20 were in intensive care" / "at least 57
  // were in intensive care"): one quantity when the predicates say the same.
  if (!x.predicate.empty() || !y.predicate.empty()) return x.predicate == y.predicate;
  double dice = ctx.statements->Dice(x.unit_index, y.unit_index);
  // A bare figure says nothing of what it measures but through its sentence.
  // Or, in sentences on one topic, through the things named around it: three content
  // words or more shared within kContextWords of both figures ("finance for six months
  // the departments of State, Justice and Commerce" / "financing the Commerce, State and
  // Justice departments only for five months").
  if (x.bare || y.bare) {
    return dice >= kSameStatementDice ||
           (dice >= kRelatedDice && SharedContext(x, y) >= kSharedObjectWords);
  }
  if (dice >= kSameStatementDice) return true;
  // A share of something ("5 percent of the children") is one quantity only with what
  // is true of that share: met the criteria of a disorder, or took a drug for it? Two
  // shares are one only when their sentences state the same thing, or one outcome.
  if (IsShare(x) || IsShare(y)) return !x.measure.empty() && x.measure == y.measure;
  // Men and people: one count only when the sentences state the same thing.
  if (SpokenOfApart(x, y)) return false;
  // The length of one named event ("press conference"), in sentences on one topic.
  if (!x.event.empty() && x.event == y.event) return dice >= kRelatedDice;
  // For people, who are counted in every story, both a word around the figures and the
  // topic of the sentences (either alone joined "20 people" killed in a 1978 fire with
  // the 60 of this one); a more specific noun ("troops") needs one of them.
  // A `wide` people count is one toll many sources track (OneToll): the word is enough.
  bool related = IsPeopleNoun(x.unit) ? (dice >= kRelatedDice || wide) && ShareContext(x, y)
                                      : dice >= kRelatedDice || ShareContext(x, y);
  if (!x.measure.empty() && x.measure == y.measure) return related && SameQualifiers(x, y);
  return wide && dice >= kRelatedDice && ShareContext(x, y);
}

// A source that states both figures in one sentence shows they are two quantities, not
// rival values of one ("holds 64 seats in the 122-member chamber").
bool Coexist(const Claim& x, const Claim& y) {
  return std::binary_search(x.sentence_values.begin(), x.sentence_values.end(), y.out.value) ||
         std::binary_search(y.sentence_values.begin(), y.sentence_values.end(), x.out.value);
}

// Rival reports of one quantity stay within kMaxRivalRatio of each other (90,000 /
// 175,000 troops, 4,299 / 3,000 dead); figures further apart are of different things
// ("1.7 million items" online / "119 million items" in the collection, "10,000 square
// meters" of classrooms / "540 square meters" of a receiver) unless the two sentences
// say the same thing but for the figure.
constexpr double kMaxRivalRatio = 3;

bool FarApartValues(const Context& ctx, const Claim& x, const Claim& y) {
  const double lo = std::min(x.out.value, y.out.value), hi = std::max(x.out.value, y.out.value);
  return lo > 0 && hi > kMaxRivalRatio * lo &&
         ctx.statements->Dice(x.unit_index, y.unit_index) < kSameStatementDice;
}

// The values each source states of one group (current claims only). A source that
// gives two values of a group shows them to be two quantities ("won only 47 of the 125
// legislative seats, compared to 77" in one article; the Liberals' "48 seats" in
// another; "Twelve people were killed" in another attack, beside "the eleven people who
// were killed" in this crash), so two other sources giving one each are not rival
// values of one. (Comparing a source by the value nearest the other's, too, lost the
// fire's labelled four / six minutes and 190 / 162 injured, whose sources give other
// durations and counts as well: not kept.)
using SourceValues = std::set<std::pair<double, double>>;  // (smaller, larger)

// The pairs of values some source states both of: per source, every pair of its
// values (a source gives few values of one group).
SourceValues ValuesBySource(const std::vector<Claim>& claims) {
  std::map<size_t, std::set<double>> by_article;
  for (const Claim& c : claims) {
    if (Current(c)) by_article[c.out.at.article].insert(c.out.value);
  }
  SourceValues out;
  for (const auto& [article, values] : by_article) {
    for (auto i = values.begin(); i != values.end(); ++i) {
      for (auto j = std::next(i); j != values.end(); ++j) out.insert({*i, *j});
    }
  }
  return out;
}

// Whether one source states both x's and y's values.
bool StatedTogether(const SourceValues& values, const Claim& x, const Claim& y) {
  return values.contains({std::min(x.out.value, y.out.value), std::max(x.out.value, y.out.value)});
}

bool Disagree(const Context& ctx, const Claim& x, const Claim& y, bool wide,
              const SourceValues& together) {
  if (x.out.at.article == y.out.at.article || !Current(x) || !Current(y)) return false;
  if (StatedTogether(together, x, y)) return false;
  if (FarApartValues(ctx, x, y)) return false;
  // An order of magnitude ("thousands of acres") is no rival of a figure: it may speak
  // of anything of that size.
  if (IsVague(x.out.text) || IsVague(y.out.text)) return false;
  if (Coexist(x, y)) return false;
  if (!Differ(x, y) || !SameQualifiers(x, y)) return false;
  return SameReferent(ctx, x, y, wide);
}

// A duration or a distance: a fixed fact of the event or the place ("six minutes after
// the call", "about 65 miles west of Chicago"), not a tally that grows.
bool Fixed(const Claim& c) {
  return c.age || c.time || IsDurationUnit(c.unit) || IsDistanceUnit(c.unit);
}

// "changed over time" when the dated claims disagree only across different dates and
// every undated claim agrees with some dated one (it may be either report); "conflict"
// for any other disagreement; "" when no two current claims of different sources
// disagree.
std::string Assess(const Context& ctx, const std::vector<Claim>& claims, bool wide,
                   const SourceValues& together) {
  bool any = false, explained_by_time = true;
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (!Disagree(ctx, claims[i], claims[j], wide, together)) continue;
      any = true;
      const std::string& di = claims[i].out.date;
      const std::string& dj = claims[j].out.date;
      if (!di.empty() && !dj.empty() && di == dj) explained_by_time = false;
      // How long something took and where a place lies do not change from one day's
      // report to the next: two values are a conflict whatever the dates.
      if (Fixed(claims[i]) || Fixed(claims[j])) explained_by_time = false;
    }
  }
  if (!any) return "";
  bool any_dated = false;
  for (const Claim& c : claims) {
    if (!Current(c)) continue;
    if (!c.out.date.empty()) {
      any_dated = true;
      continue;
    }
    bool fits = false;
    for (const Claim& d : claims) {
      fits = fits || (Current(d) && !d.out.date.empty() && !Differ(c, d));
    }
    explained_by_time = explained_by_time && fits;
  }
  return any_dated && explained_by_time ? "changed over time" : "conflict";
}

// Whether the figures count something specific: money and percentages need what they
// are of ("$1.2 billion in military aid", not "$5 million" next to "$26").
bool Tracked(const std::vector<Claim>& claims) {
  for (const Claim& c : claims) {
    if (c.counted != "USD" && c.counted != "percent" && c.counted.size() > 3) return true;
  }
  return false;
}

// The disagreement's summary; `versions` when the claims come from versions of one
// report (near-copies), which are not two sources.
std::string Describe(const std::string& label, const std::vector<Claim>& claims, bool versions) {
  std::string out = (versions ? "Versions of one report differ on " : "Sources differ on ") + label + ":";
  for (const Claim& c : claims) {
    out += " \"" + c.out.text + "\" [" + std::to_string(c.out.at.article + 1) + "]" +
           (c.out.projection ? " (projection)" : "") + ";";
  }
  out.back() = '.';
  return out;
}

// The claims joined by `linked` (directly or through others), one set per component,
// each in input order, the sets by their first claim.
std::vector<std::vector<Claim>> Components(
    const std::vector<Claim>& claims, const std::function<bool(const Claim&, const Claim&)>& linked) {
  std::vector<size_t> parent(claims.size());
  for (size_t i = 0; i < parent.size(); ++i) parent[i] = i;
  std::function<size_t(size_t)> root = [&](size_t i) {
    return parent[i] == i ? i : parent[i] = root(parent[i]);
  };
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (root(i) != root(j) && linked(claims[i], claims[j])) parent[root(j)] = root(i);
    }
  }
  std::map<size_t, std::vector<Claim>> groups;
  for (size_t i = 0; i < claims.size(); ++i) groups[root(i)].push_back(claims[i]);
  std::vector<std::vector<Claim>> out;
  for (auto& [r, g] : groups) out.push_back(std::move(g));
  return out;
}

// Claims connected by shared context, or both a population, an age or a time of day: one
// referent each. The
// people aboard, those on the ground and the whole toll are three (SubsetOf).
std::vector<std::vector<Claim>> ByReferent(const std::vector<Claim>& claims) {
  return Components(claims, [](const Claim& x, const Claim& y) {
    return x.subset == y.subset &&
           (BothPopulation(x, y) || (x.age && y.age) || (x.time && y.time) || ShareContext(x, y));
  });
}

// The claims that disagree with another, and those that state the same figure in the
// same statement as one of them (the other sources on either side), in input order.
std::vector<Claim> Disagreeing(const Context& ctx, const std::vector<Claim>& claims,
                               bool wide, const SourceValues& together) {
  std::vector<bool> in(claims.size(), false);
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (Disagree(ctx, claims[i], claims[j], wide, together)) in[i] = in[j] = true;
    }
  }
  std::vector<bool> side = in;
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = 0; j < claims.size() && !side[i]; ++j) {
      side[i] = in[j] && !Differ(claims[i], claims[j]) &&
                Current(claims[i]) && SameReferent(ctx, claims[i], claims[j], wide);
    }
  }
  std::vector<Claim> out;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (side[i]) out.push_back(claims[i]);
  }
  return out;
}

// Whether two versions of one report (near-copies: one source, IndependentCount) give
// one figure two values in a sentence that is otherwise the same ("she is still trailing
// Voinovich by 10 percentage points" / "by 15 percentage points", in two copies of one
// wire story, neither dated): the versions disagree, and a reader of either should
// know. Near-copies still count once everywhere else (support, key numbers).
bool VersionsDiffer(const Context& ctx, const std::vector<Claim>& claims, bool wide,
                    const SourceValues& together) {
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (ctx.statements->Dice(claims[i].unit_index, claims[j].unit_index) >= kSameStatementDice &&
          Disagree(ctx, claims[i], claims[j], wide, together)) {
        return true;
      }
    }
  }
  return false;
}

// Whether people counts of one referent are one toll the coverage tracks: what happened
// to them is an outcome (killed, injured), they are placed (the group names where), and
// no source gives two values of it (a source that does shows two quantities: two
// attacks, two periods). Three independent sources tracking one placed toll may word
// their sentences apart ("4,299 people were killed or vanished" under the military
// regime / "killing at least 4,000 people"): a word around the figures is enough.
bool OneValuePerSource(const std::vector<Claim>& claims) {
  std::map<size_t, double> value_of;  // article -> its one current value
  for (const Claim& c : claims) {
    if (!Current(c)) continue;
    auto [it, added] = value_of.emplace(c.out.at.article, c.out.value);
    if (!added && it->second != c.out.value) return false;
  }
  return true;
}

bool OneToll(const std::vector<Claim>& claims) {
  const Claim& first = claims.front();
  return IsOutcome(first.measure) && !first.owner.empty() && OneValuePerSource(claims);
}

void AddDisagreements(const Context& ctx, const std::string& label,
                      const std::vector<Claim>& claims, Briefing* out) {
  std::vector<Claim> marked = claims;
  MarkSuperseded(&marked);
  const SourceValues together = ValuesBySource(marked);
  for (const std::vector<Claim>& referent : ByReferent(marked)) {
    const bool tracked = ctx.IndependentCount(ArticlesOf(referent)) >= kWideSources;
    bool wide = tracked && (!IsPeopleNoun(referent.front().unit) || OneToll(referent));
    // Ages of persons named by a noun are one person's only where no source gives two
    // (then the story has one person whose age the sources state).
    // So are times of day one event's.
    if ((referent.front().age || referent.front().time) && !OneValuePerSource(referent)) continue;
    if (std::any_of(referent.begin(), referent.end(), [](const Claim& c) { return c.other_times; })) {
      continue;
    }
    std::vector<Claim> shown_claims = Disagreeing(ctx, referent, wide, together);
    const bool versions = ctx.IndependentCount(ArticlesOf(shown_claims)) < kMinDisagreementSources;
    if (versions && !VersionsDiffer(ctx, shown_claims, wide, together)) continue;
    std::string assessment = Assess(ctx, shown_claims, wide, together);
    if (assessment.empty()) continue;
    std::vector<QuantityClaim> shown;
    for (const Claim& c : shown_claims) shown.push_back(c.out);
    const std::string& subset = referent.front().subset;
    const std::string where = subset.empty()       ? label
                              : subset == "ground" ? label + " (on the ground)"
                                                   : label + " (aboard)";
    out->disagreements.push_back({"quantity", where, Describe(where, shown_claims, versions), assessment,
                                  std::move(shown), {}});
  }
}

// The value most of the claims state (the first of equals): "nearly 800" in a group whose
// first source said "more than 750".
double ModalValue(const std::vector<Claim>& claims) {
  std::map<double, int> counts;
  double best = claims.front().out.value;
  for (const Claim& c : claims) {
    if (++counts[c.out.value] > counts[best]) best = c.out.value;
  }
  return best;
}

// The name most of the group's claims give in a possessive before the figure
// ("Pinochet's 17-year-rule"; the first of equals), or "".
std::string NamedPossessor(const std::vector<Claim>& claims) {
  std::map<std::string, int> counts;
  std::string best;
  for (const Claim& c : claims) {
    if (c.possessor.empty() || c.possessor == "his") continue;
    if (++counts[c.possessor] > counts[best] || best.empty()) best = c.possessor;
  }
  return best;
}

// The group's label: the counted phrase as most sources write it, with what happened
// to people ("people killed") and whose it is when the phrase does not say
// ("troops (Russia)", "Mahathir's rule (years)").
std::string KeyLabel(const std::vector<Claim>& claims, bool with_owner = true) {
  std::string label = Label(claims);
  if (label == "others" || label == "other") label = "people";  // "injuring 162 others"
  if (label == "aboard" || label == "on board") label = "people aboard";  // "all 217 aboard"
  if (claims.front().measure == "population") label = "population";
  const bool bare = label.find(' ') == std::string::npos;
  const std::string& measure = claims.front().measure;
  if (IsPeopleNoun(claims.front().unit) && !measure.empty() &&
      label.find(measure) == std::string::npos) {
    label += " " + measure;
  }
  // "ETA's" before "ETA prisoners" adds nothing.
  if (std::string possessor = NamedPossessor(claims);
      !possessor.empty() && !ContainsPhrase(label, possessor)) {
    return possessor + "'s " + label;
  }
  if (with_owner && !claims.front().owner.empty() && bare) {
    label += " (" + claims.front().owner + ")";
  }
  return label;
}

// Whether a possessor is a role, not a name ("prime minister", "president").
bool IsRole(std::string_view possessor) {
  if (possessor.empty() || std::isupper(static_cast<unsigned char>(possessor[0]))) return false;
  const size_t space = possessor.rfind(' ');
  return statements::IsPersonRole(
      AsciiLower(space == std::string_view::npos ? possessor : possessor.substr(space + 1)));
}

// Whether a group's label can say what it counts: a count of people needs what happened
// to them or whose they are ("players" alone is every player of a lockout, while the
// figure was the players with guaranteed contracts), and so does a share of anything
// ("percent of children": malnourished? stunted?); a figure a pronoun or a role owns
// ("his 17-year rule", "the prime minister's") is someone's the label cannot name.
bool SaysWhatItCounts(const std::vector<Claim>& claims) {
  const Claim& c = claims.front();
  // "his 17-year rule" or "the prime minister's" in every source: whose, the label
  // cannot say (a story has several leaders).
  if (std::all_of(claims.begin(), claims.end(),
                  [](const Claim& x) { return x.possessor == "his" || IsRole(x.possessor); })) {
    return false;
  }
  if (!c.measure.empty() || !NamedPossessor(claims).empty()) return true;
  if (IsPeopleNoun(c.unit)) return false;
  // A share of something ("90 percent of personal computers") says nothing without what
  // is true of that share (run Windows? sold today?).
  return c.unit != "percent" || c.counted.find(" of ") == std::string::npos;
}

// "10 times faster", "hit 18 times": a multiplier or a count of occurrences, whose
// label ("times") names nothing; the figure may still be a rival value of another
// source's ("hit 18 times" / "more than 20 times"), so only the key number is left out.
bool CountsTimes(const std::vector<Claim>& claims) {
  return claims.front().unit == "time" || claims.front().unit == "times";
}

// Every claim of the group is inside a quotation: the figure is someone's words ("five
// minutes of pain for a lifetime of pain", from a letter), which the reporting itself
// never states as a figure of the story.
bool OnlyQuoted(const std::vector<Claim>& claims) {
  return std::all_of(claims.begin(), claims.end(), [](const Claim& c) { return c.quoted; });
}

// Every claim of the group gives an order of magnitude, not a figure ("hundreds of
// refugees", "thousands of users").
bool OnlyVague(const std::vector<Claim>& claims) {
  return std::all_of(claims.begin(), claims.end(),
                     [](const Claim& c) { return IsVague(c.out.text); });
}

// The claims that state the group's main figure: of the sets of claims joined
// (directly or through others) by stating one figure (their intervals overlap) about
// one thing (the same qualifiers, and a nearby word or the topic shared), the one the
// most independent sources state (the earliest of equals), in input order. Figures
// that differ are not joined here: they are the disagreements' business.
std::vector<Claim> MainFigure(const Context& ctx, const std::vector<Claim>& claims) {
  std::vector<std::vector<Claim>> sets = Components(claims, [&](const Claim& x, const Claim& y) {
    if (Disjoint(x.interval, y.interval) || !SameQualifiers(x, y)) return false;
    const double dice = ctx.statements->Dice(x.unit_index, y.unit_index);
    if (TwoEvents(x, y, dice)) return false;
    return ShareContext(x, y) || dice >= kRelatedDice;
  });
  const std::vector<Claim>* best = nullptr;
  int best_sources = -1;
  for (const std::vector<Claim>& set : sets) {
    int n = ctx.IndependentCount(ArticlesOf(set));
    if (n > best_sources) best = &set, best_sources = n;
  }
  return *best;
}

// Relative difference from which two figures as written are two figures for a reader,
// whatever their bounds: "more than 300,000" and "335,435", "within 559 miles" and
// "within 380 miles". News rounds a figure it bounds to a round number near it (within
// 10%: "more than 30 volcanoes" / "at least 32").
constexpr double kWrittenApart = 0.1;

// Whether two claims write different figures: two exact values that are not equal, or
// any two values more than kWrittenApart apart. A key number shows one figure; its
// claims are joined when their intervals overlap, and a bound ("more than 300,000",
// "within 559 miles") overlaps figures that are not one ("335,435 Napster users" on a
// list and the "317,377" banned; flybys within 559, 380 and 220 miles).
bool WrittenApart(const Claim& x, const Claim& y) {
  const double a = x.out.value, b = y.out.value;
  if (a == b) return false;
  // "8,000 to 10,000 deaths" writes every figure in its range ("about 10,000 deaths").
  auto covers = [](const Claim& r, double v) {
    return r.out.bound == "range" && v >= r.out.value && v <= r.out.value_high;
  };
  if (covers(x, b) || covers(y, a)) return false;
  if (x.out.bound == "exact" && y.out.bound == "exact") return true;
  const double hi = std::max(a, b), lo = std::min(a, b);
  return hi > 0 && (hi - lo) / hi > kWrittenApart;
}

// Whether the claims of a key number write more than one figure (WrittenApart): then
// they are two quantities joined through a bound, or one the sources do not agree on,
// and either way not one figure a reader can take.
bool MoreThanOneFigure(const std::vector<Claim>& claims) {
  // Two different exact values, or the smallest and largest written apart: one pass,
  // so a big story's thousands of claims are not compared pairwise.
  const Claim* exact = nullptr;
  const Claim *lo = nullptr, *hi = nullptr;
  for (const Claim& c : claims) {
    if (c.out.bound == "exact") {
      if (exact != nullptr && exact->out.value != c.out.value) return true;
      exact = &c;
    }
    if (lo == nullptr || c.out.value < lo->out.value) lo = &c;
    if (hi == nullptr || c.out.value > hi->out.value) hi = &c;
  }
  return lo != nullptr && WrittenApart(*lo, *hi);
}

// The claims of `claims` that write its figure: the value most claims write (ModalValue;
// of the claims that give a figure, not an order of magnitude), as an exact claim
// writes it when one does, and the claims not WrittenApart from it ("at least 60" and
// "60 people" beside "65 people" and "67": the 65 and 67 are the disagreements'
// business). Empty when every claim is an order of magnitude.
std::vector<Claim> OneFigure(const std::vector<Claim>& claims) {
  std::vector<Claim> figures;
  for (const Claim& c : claims) {
    if (!IsVague(c.out.text)) figures.push_back(c);
  }
  if (figures.empty()) return {};
  const double modal = ModalValue(figures);
  const Claim* anchor = nullptr;
  for (const Claim& c : figures) {
    if (c.out.value != modal) continue;
    if (anchor == nullptr || (c.out.bound == "exact" && anchor->out.bound != "exact")) anchor = &c;
  }
  std::vector<Claim> out;
  for (const Claim& c : figures) {
    if (!WrittenApart(c, *anchor)) out.push_back(c);
  }
  return out;
}

// Nouns for people that say nothing else of them.
bool IsGenericPeople(std::string_view noun) {
  for (std::string_view w : {"people", "person", "other", "man", "men", "woman", "women"}) {
    if (noun == w) return true;
  }
  return false;
}

// The groups disagreements are looked for in: GroupClaims's, except that a count of
// people named with no place joins the one group of its measure that names a place
// ("Four people are in custody" / "Malaysia has three people in custody"); with two
// places or more it stays apart (it may be either).
std::map<std::string, std::vector<Claim>> DisagreementGroups(
    const std::map<std::string, std::vector<Claim>>& groups) {
  std::map<std::string, std::vector<Claim>> out;
  std::map<std::string, std::vector<std::string>> owned;  // key without owner -> full keys
  // "19 men were wounded" / "22 people were injured": counts of men, women, persons,
  // others and people with one outcome are compared as one group (SameReferent then
  // asks their sentences to state the same thing).
  std::map<std::string, std::vector<Claim>> generic;
  for (const auto& [key, claims] : groups) {
    const std::string noun = key.substr(0, key.find('|'));
    const std::string rest = key.substr(key.find('|'));
    const bool merge = IsGenericPeople(noun) && IsOutcome(claims.front().measure);
    std::vector<Claim>& into = generic[merge ? "people" + rest : key];
    into.insert(into.end(), claims.begin(), claims.end());
  }
  for (const auto& [key, claims] : generic) {
    const std::string base = key.substr(0, key.rfind('|'));
    if (!key.ends_with("|") && IsPeopleNoun(claims.front().unit)) owned[base].push_back(key);
  }
  for (const auto& [key, claims] : generic) {
    const std::string base = key.substr(0, key.rfind('|'));
    auto it = owned.find(base);
    const bool join = key.ends_with("|") && IsPeopleNoun(claims.front().unit) &&
                      it != owned.end() && it->second.size() == 1;
    std::vector<Claim>& into = out[join ? it->second.front() : key];
    into.insert(into.end(), claims.begin(), claims.end());
  }
  return out;
}

// The part of a group key before its owner: "people|killed" for "people|killed|Atlanta".
std::string WithoutOwner(const std::string& key) { return key.substr(0, key.rfind('|')); }

// Whether a key number's label stands for two quantities: another figure of its kind
// (the same noun and measure, any place: `kind`), WrittenApart from the key figure,
// that a sentence states beside it (so the two are two quantities, a total and its
// part: "left 12 people dead: nine people in two trading offices, plus his two children
// and his second wife"), and that at least as many independent sources state as
// current. Then "people killed: 12" does not say which of the two it is, and a reader
// takes it for the one most sources give. Rival values no sentence states together
// (13 / 12 injured) are a disagreement, not this; a figure fewer sources give beside
// the key one (a past fire's toll beside this one's) leaves the label to the key one.
bool TwoQuantitiesOneLabel(const Context& ctx, const std::vector<Claim>& main,
                           const std::vector<Claim>& kind) {
  const Claim& anchor = main.front();
  std::vector<size_t> key_articles;
  std::set<double> beside;  // values the key figure's sentences also state
  for (const Claim& c : kind) {
    if (WrittenApart(c, anchor)) continue;
    key_articles.push_back(c.out.at.article);
    beside.insert(c.sentence_values.begin(), c.sentence_values.end());
  }
  std::sort(key_articles.begin(), key_articles.end());
  key_articles.erase(std::unique(key_articles.begin(), key_articles.end()), key_articles.end());
  const int key_sources = ctx.IndependentCount(key_articles);
  std::map<double, std::vector<size_t>> rivals;  // value -> articles stating it
  // Counts of people share the label of their measure ("people killed"); other figures
  // only the label they are written with ("five years" is not "15-year forecast").
  const bool people = IsPeopleNoun(anchor.unit);
  for (const Claim& c : kind) {
    if (!Current(c) || !WrittenApart(c, anchor)) continue;
    if (!people && c.shown != anchor.shown) continue;
    if (!beside.contains(c.out.value)) continue;
    rivals[c.out.value].push_back(c.out.at.article);
  }
  for (auto& [value, articles] : rivals) {
    std::sort(articles.begin(), articles.end());
    articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
    const int n = ctx.IndependentCount(articles);
    if (n >= 2 && n >= key_sources) {
      return true;
    }
  }
  return false;
}

// A key number as shown: its label, what it is joined by (`base`), its claims.
struct Figure {
  std::string label, base;
  std::vector<Claim> claims;
};

// One key number per label: a reader cannot tell two key numbers with one label apart.
// Two that write one figure (OneFigure keeps every claim of both: "at least 32
// volcanoes" and "more than 30 volcanoes", near different places) are one key number;
// two that write different figures ("deaths" of two wars) are two quantities the label
// does not tell apart, and neither is shown.
std::vector<Figure> OneFigurePerLabel(std::vector<Figure> figures) {
  std::vector<bool> gone(figures.size(), false);
  for (size_t i = 0; i < figures.size(); ++i) {
    for (size_t j = i + 1; j < figures.size() && !gone[i]; ++j) {
      if (gone[j] || AsciiLower(figures[i].label) != AsciiLower(figures[j].label)) continue;
      std::vector<Claim> both = figures[i].claims;
      both.insert(both.end(), figures[j].claims.begin(), figures[j].claims.end());
      gone[j] = true;
      if (OneFigure(both).size() == both.size() && !MoreThanOneFigure(both)) {
        std::stable_sort(both.begin(), both.end(), [](const Claim& x, const Claim& y) {
          return x.out.at.article < y.out.at.article;
        });
        figures[i].claims = std::move(both);
      } else {
        gone[i] = true;
      }
    }
  }
  std::vector<Figure> out;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (!gone[i]) out.push_back(std::move(figures[i]));
  }
  return out;
}

}  // namespace

void AddNumbers(const Context& ctx, Briefing* out) {
  std::vector<size_t> all(ctx.articles.size());
  for (size_t a = 0; a < all.size(); ++a) all[a] = a;
  const int min_sources = ctx.IndependentCount(all) >= 2 ? 2 : 1;
  // Each group's main figure, labelled; groups apart only by a place are then joined when
  // they state one figure: for a count of people that place is where it happened, not
  // whose they are ("270 people" killed after "Libya" in one sentence and after
  // "Lockerbie" in another), and other figures whose labels show no place are one
  // ("eight-month rebellion" near two places). Troops and seats keep their owner
  // ("troops (Russia)" and "troops (Ukraine)" are two numbers). Disagreements are found
  // per group, before this.
  // Two counts of people with one measure and one value are one figure when they count
  // the same noun or one of them says only "people" ("21 Israelis" and "21 injured");
  // "ten dissidents" detained and "10 members" arrested may be two groups.
  auto one_noun = [](const Claim& x, const Claim& y) {
    return x.unit == y.unit || PeopleWord(x.unit) == "people" || PeopleWord(y.unit) == "people";
  };
  std::vector<Figure> figures;
  std::map<std::string, std::vector<Claim>> groups = GroupClaims(ctx);
  auto by_article = [](const Claim& x, const Claim& y) {
    return x.out.at.article < y.out.at.article;
  };
  for (auto& [key, claims] : DisagreementGroups(groups)) {
    std::stable_sort(claims.begin(), claims.end(), by_article);
    if (Tracked(claims)) AddDisagreements(ctx, KeyLabel(claims), claims, out);
  }
  // Every claim of a kind (noun and measure, any place), small counts too, for
  // TwoQuantitiesOneLabel.
  std::map<std::string, std::vector<Claim>> kinds;
  for (const auto& [key, claims] : groups) {
    std::vector<Claim>& into = kinds[WithoutOwner(key)];
    into.insert(into.end(), claims.begin(), claims.end());
  }
  for (auto& [unit, claims] : groups) {
    std::stable_sort(claims.begin(), claims.end(), by_article);
    const std::vector<Claim>& kind = kinds[WithoutOwner(unit)];
    claims.erase(std::remove_if(claims.begin(), claims.end(), [](const Claim& c) { return c.small; }),
                 claims.end());
    if (claims.empty()) continue;
    std::vector<Claim> main = OneFigure(MainFigure(ctx, claims));
    if (main.empty()) continue;
    // A key number is of something specific (not "$5 million" alone, not "people"
    // without what happened to them, unless whose they are is said: "AOL's
    // subscribers"), and it is a figure (not "thousands of users" alone).
    const bool people = IsPeopleNoun(main.front().unit);
    if (!Tracked(main) || !SaysWhatItCounts(main) || OnlyVague(main) || OnlyQuoted(main) || CountsTimes(main) ||
        MoreThanOneFigure(main) || TwoDestinations(main) || TwoQuantitiesOneLabel(ctx, main, kind)) {
      continue;
    }
    // People counted by what happened to them ("others injured" and "people injured");
    // other figures by their label (groups apart by a place the label does not show).
    std::string label = KeyLabel(main);
    std::string base = people ? "people|" + main.front().measure : label;
    auto same = std::find_if(figures.begin(), figures.end(), [&](const Figure& f) {
      const Claim& x = f.claims.front();
      return f.base == base && ModalValue(f.claims) == ModalValue(main) &&
             (!people || one_noun(x, main.front())) &&
             !TwoEvents(x, main.front(), ctx.statements->Dice(x.unit_index, main.front().unit_index));
    });
    if (same == figures.end()) {
      figures.push_back({std::move(label), std::move(base), std::move(main)});
      continue;
    }
    // People: their places differ, so the label has none, worded as the larger group
    // words it. Other figures: one label already.
    if (people) same->label = KeyLabel(main.size() > same->claims.size() ? main : same->claims, false);
    for (Claim& c : main) same->claims.push_back(std::move(c));
    std::stable_sort(same->claims.begin(), same->claims.end(), by_article);
  }
  // ... stated by min_sources independent sources, and labelled by more than the counted
  // noun: "19 states", "70 models", "60 cents" say how many of what, not of which or what
  // happened to them (blind reviewers of new stories judged such groups wrong, 8 of 8);
  // "people killed", "troops (Turkey)", "robot arm (feet)" do.
  std::vector<Figure> kept;
  for (Figure& f : figures) {
    if (f.label.find(' ') == std::string::npos) continue;
    if (ctx.IndependentCount(ArticlesOf(f.claims)) >= min_sources) kept.push_back(std::move(f));
  }
  figures = OneFigurePerLabel(std::move(kept));
  std::vector<KeyNumber> numbers;
  for (const Figure& f : figures) {
    KeyNumber k;
    k.counted = f.label;
    k.source_count = ctx.IndependentCount(ArticlesOf(f.claims));
    for (const Claim& c : f.claims) k.claims.push_back(c.out);
    numbers.push_back(std::move(k));
  }
  std::stable_sort(numbers.begin(), numbers.end(), [](const KeyNumber& x, const KeyNumber& y) {
    if (x.source_count != y.source_count) return x.source_count > y.source_count;
    return x.claims.size() > y.claims.size();
  });
  if (numbers.size() > ctx.options.max_numbers) numbers.resize(ctx.options.max_numbers);
  out->numbers = std::move(numbers);
}

}  // namespace dossier::briefing::internal
