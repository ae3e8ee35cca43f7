// The timeline: the story's dated events, one entry per event, in date order.
//
// Method. Every sentence is tagged with the time tagger (src/timex) against its
// article's publication date; the first calendar date in it (a day, month, quarter,
// season or year, resolved to an absolute value) that is not mentioned in passing dates
// the sentence. In passing: a bare year or month that modifies a noun ("the 1991 Nobel
// Peace Prize winner", "a July election"), a date inside a relative clause ("Crimea,
// which Russia seized in 2014", "floods that started in 1995"), a comparison or
// background phrase ("as Major League Baseball did in 1994", "following the 1986
// revolt", "after the opening on Sep. 24"), a decade ("the mid-1990's"), parentheses,
// the start or end of a span ("since 2014", "until 1998"), a date inside a passive
// participle phrase ("the luxury tax proposed by the union in 1995"), and a past date in
// a sentence about the future ("Ranariddh will become president ... resulting from
// elections in July"): none of them is when the sentence's own event happened. Nor is a
// date after a day the article's date cannot resolve ("In Friday's explosion ... near
// the site of a suicide bombing in July 1997", undated): that day is the event's, so
// the sentence is left out (a range's first end, "From Jan. 1 to Aug. 31, 2016", is no
// such day). The lead
// sentence of a dated article that names no date of its own is dated by publication
// ("reported"); such an entry is less sure (wire copy often reports the day before's
// events), so it ranks below every entry dated by its text and only fills room they
// leave.
// Dated sentences with the same value that say the same thing (the attribution
// similarity) are merged into one entry citing every source. Entries are ranked by the
// number of independent sources, then by centrality (cosine with the story centroid);
// an entry on a close date (equal, nested or the next day) that shares a verb of what
// happened with a better-ranked one tells its event again in other words and is dropped
// (WithoutRepeats); the best `max_timeline_entries` are shown in date order. Relative expressions of an
// undated article stay unresolved and are left out, never guessed.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "src/base/strings.h"
#include "src/briefing/context.h"
#include "src/facts/facts.h"
#include "src/statements/quality.h"
#include "src/timex/calendar.h"
#include "src/timex/timex.h"

namespace dossier::briefing::internal {

namespace {

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "day", "month", "quarter", "season", "year" for an absolute calendar value, else "".
std::string PrecisionOf(const std::string& v) {
  if (v.size() < 4 || !IsDigits(v.substr(0, 4))) return "";
  if (v.size() == 4) return "year";
  if (v.size() >= 7 && v[4] == '-' && v[5] == 'Q') return "quarter";
  if (v.size() == 7 && v[4] == '-' && (v.substr(5) == "SP" || v.substr(5) == "SU" ||
                                       v.substr(5) == "FA" || v.substr(5) == "WI")) {
    return "season";
  }
  if (v.size() == 7 && v[4] == '-' && IsDigits(v.substr(5, 2))) return "month";
  if (v.size() >= 10 && v[4] == '-' && v[7] == '-' && IsDigits(v.substr(8, 2))) return "day";
  return "";
}

struct Candidate {
  std::string date;
  std::string precision;
  std::string basis;
  size_t article;
  size_t sentence;
  double centrality;
  bool eligible;  // passes the summarizer's sentence quality filters
};

// A timeline line must stand on its own: at least six words and not opening with a
// pronoun or connective ("On Sunday, she warned ...", "But ..."). Quotes are fine here:
// "X told reporters on December 6 that ..." dates an event.
bool Standalone(const Context& ctx, size_t article, const statements::Unit& u) {
  if (u.words < 6) return false;
  std::string_view text = ctx.articles[article].Slice(u.span);
  // A headline, a caption without a stop, an embedded post's signature ("Alyssa Milano
  // (@Alyssa_Milano) December 16, 2017") or page furniture is no event.
  if (!statements::IsFinishedProse(text) || statements::NeedsContext(text)) return false;
  // The same after a short opening phrase: "On Sunday, she warned ...".
  size_t comma = text.find(',');
  if (comma == std::string_view::npos ||
      statements::CountWords(text.substr(0, comma)) > 4) {
    return true;
  }
  std::string_view rest = text.substr(comma + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return !statements::StartsWithConnective(rest);
}

bool IsWord(const Token& t, std::initializer_list<std::string_view> words) {
  if (t.kind != TokenKind::kWord) return false;
  for (std::string_view w : words) {
    if (t.norm == w) return true;
  }
  return false;
}

// A hyphen breaks a clause only as a dash, with a space before it ("the talks - held in
// 1995 -"); inside a word ("a 7-year-old girl") it joins.
bool IsClauseBreak(const Token& t, std::string_view text) {
  if (t.norm == "_") return true;  // the wire's dash: "El Salvador _ where 140 died _ declared"
  if (t.kind != TokenKind::kPunct) return false;
  if (t.norm == "-") return t.span.begin > 0 && text[t.span.begin - 1] == ' ';
  return t.norm == "," || t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")" ||
         t.norm == "--" || t.norm == "\u2014";
}

// Whether time expression `t` of sentence `s` is mentioned in passing (see the file
// comment) rather than dating the sentence's event.
bool IsMonthName(std::string_view w) {
  for (std::string_view m : {"january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"}) {
    if (w == m) return true;
  }
  return false;
}

// "that" opens a relative clause ("floods that started in 1995"), unless a verb of
// saying or thinking governs it ("officials said that on Monday ...").
bool RelativeThat(const std::vector<Token>& tokens, size_t i) {
  if (!IsWord(tokens[i], {"that"})) return false;
  return i == 0 || !IsWord(tokens[i - 1], {"said", "says", "say", "told", "announced",
                                            "reported", "added", "believe", "believed",
                                            "think", "thought", "expected", "hoped", "know",
                                            "knew", "noted", "warned", "claimed", "argued",
                                            "insisted", "suggested", "so", "now", "such"});
}

// Whether tokens[i] is a past participle that opens a passive phrase after a noun and
// the date at `date` lies inside that phrase: "proposed by" with no auxiliary before it
// ("the tax proposed by the union in 1995"; not "was proposed by"), and no verb between
// "by" and the date ("troops backed by tanks attacked on Monday": the date is the
// attack's).
bool PassiveParticiple(const std::vector<Token>& tokens, size_t i, size_t date) {
  if (i == 0 || i + 1 >= date || !IsWord(tokens[i + 1], {"by"})) return false;
  auto past = [](const Token& t) {
    return t.kind == TokenKind::kWord && t.norm.size() >= 4 && t.norm.ends_with("ed");
  };
  if (!past(tokens[i])) return false;
  const Token& before = tokens[i - 1];
  if (before.kind != TokenKind::kWord || before.stopword ||
      IsWord(before, {"is", "was", "were", "are", "be", "been", "being", "has", "have", "had",
                      "not", "also", "then", "later", "reportedly", "allegedly"})) {
    return false;
  }
  for (size_t k = i + 2; k < date; ++k) {
    if (past(tokens[k]) || IsWord(tokens[k], {"is", "was", "were", "are", "has", "have", "had",
                                              "will", "would", "said", "says"})) {
      return false;
    }
  }
  return true;
}

// Whether a sentence speaks of the future before token `date` ("Ranariddh will become
// president ... in July"), outside quotes and not reported speech in between ("'We will
// win,' he said on Monday" is dated by the saying).
bool FutureBefore(const std::vector<Token>& tokens, size_t date) {
  bool future = false;
  for (size_t i = 0; i < date; ++i) {
    const std::string& n = tokens[i].norm;
    if (n == "\"" || n == "``" || n == "''" || n == "\u201c" || n == "\u201d") return false;
    if (IsWord(tokens[i], {"will"})) future = true;
    if (future && IsWord(tokens[i], {"said", "says", "told", "announced", "added"})) return false;
  }
  return future;
}

// Whether an opening parenthesis before token `date` is still open there ("(Jossey-Bass
// Publishers, 1996)": the comma inside is no clause break for this).
bool InsideParentheses(const std::vector<Token>& tokens, size_t date) {
  int depth = 0;
  for (size_t i = 0; i < date; ++i) {
    if (tokens[i].norm == "(") ++depth;
    if (tokens[i].norm == ")" && depth > 0) --depth;
  }
  return depth > 0;
}

// "should have moved forward ... two years ago": what should, would, could or might have
// happened did not, so its date is no event's.
bool Counterfactual(const std::vector<Token>& tokens, size_t i) {
  return IsWord(tokens[i], {"have"}) && i > 0 &&
         IsWord(tokens[i - 1], {"should", "would", "could", "might", "must"});
}

// Whether tokens[i] is the "to" of an infinitive governed, a few words before, by a verb
// of urging, warning, promising or agreeing ("urging the council not to postpone the
// declaration on May 4", "vowed to resign on Friday"): the date is the demanded or
// promised act's, a target, not when the urging happened.
bool DirectiveInfinitive(const std::vector<Token>& tokens, size_t i) {
  if (!IsWord(tokens[i], {"to"})) return false;
  for (size_t k = i, steps = 0; k-- > 0 && steps < 6; ++steps) {
    const std::string& w = tokens[k].norm;
    if (tokens[k].kind != TokenKind::kWord) return false;
    for (std::string_view stem : {"urg", "warn", "ask", "press", "appeal", "demand", "order",
                                  "pledg", "promis", "vow", "threaten", "agree", "decid",
                                  "call", "told", "tell", "persuad", "pressur", "invit"}) {
      if (w.starts_with(stem) && w.size() <= stem.size() + 3) return true;
    }
  }
  return false;
}

// Whether the date at token `date` ends a participle phrase after a noun, "<det> <noun>
// <X-ed> [early|late] <date>" (or a participle of origin and "in": "the organization
// founded in 1978"), whose noun is the object of a preposition that does not
// place the event in it (beyond, of, about, ... not in, at, during) or the subject of a
// verb that follows ("beyond a statement issued Monday", "said the agreement signed
// early last year stipulates ..."): the date is the statement's or the agreement's, the
// sentence's event is another. "The Dow closed Monday at ..." (a main verb: nothing
// before the determiner) stays dated.
bool ParticipleAfterNoun(const std::vector<Token>& tokens, size_t date, size_t after) {
  size_t p = date;
  if (p > 0 && IsWord(tokens[p - 1], {"early", "late", "earlier", "later"})) --p;
  // "the nationwide organization founded in 1978 that raises ...": a participle of
  // origin takes its date through "in" or "on", and with a noun and a determiner before
  // it cannot be a main verb (that would need an object: "the group founded a paper in
  // 1978"), so the date is the thing's, whatever comes around the phrase.
  if (p >= 4 && IsWord(tokens[p - 1], {"in", "on"}) &&
      IsWord(tokens[p - 2], {"founded", "established", "created", "formed", "built",
                             "launched", "opened", "started", "begun", "born"}) &&
      tokens[p - 3].kind == TokenKind::kWord && !tokens[p - 3].stopword) {
    for (size_t det = p - 3; det-- > 0 && p - 3 - det <= 3;) {
      if (IsWord(tokens[det], {"the", "a", "an", "its", "his", "her", "their", "this"})) return true;
      if (tokens[det].kind != TokenKind::kWord) break;
    }
  }
  if (p < 3) return false;
  const Token& verb = tokens[p - 1];
  if (verb.kind != TokenKind::kWord || verb.norm.size() < 5 || !verb.norm.ends_with("ed")) {
    return false;
  }
  const Token& noun = tokens[p - 2];
  if (noun.kind != TokenKind::kWord || noun.stopword) return false;
  // The determiner opens the noun phrase within three words before the participle.
  size_t det = p - 2;
  while (det > 0 && p - 2 - det < 3 &&
         !IsWord(tokens[det], {"the", "a", "an", "its", "his", "her", "their", "this"})) {
    --det;
  }
  if (!IsWord(tokens[det], {"the", "a", "an", "its", "his", "her", "their", "this"}) ||
      det == 0) {
    return false;
  }
  const Token& before = tokens[det - 1];
  // Not "in", "at", "during": "in a statement released Friday, the party accused ..."
  // and "died in the attack carried out Monday" happen in the thing the date is of.
  const bool object = IsWord(before, {"of", "beyond", "by", "for", "from", "to", "about",
                                      "under", "over", "against", "despite", "without"});
  const bool subject = after < tokens.size() && tokens[after].kind == TokenKind::kWord &&
                       (IsWord(tokens[after], {"is", "was", "were", "are", "has", "have",
                                               "had", "will", "would", "could", "can",
                                               "should", "must", "may", "might"}) ||
                        !tokens[after].stopword);
  return object || (subject && before.kind == TokenKind::kWord);
}

// Time nouns an "of" date may close without modifying some other thing ("the night of
// July 4", "the end of 1998").
bool IsTimeNoun(const Token& t) {
  return IsWord(t, {"night", "morning", "evening", "afternoon", "day", "days", "week", "weeks",
                    "weekend", "end", "beginning", "start", "middle", "summer", "spring",
                    "autumn", "fall", "winter", "month", "months", "year", "years", "part",
                    "half", "quarter", "rest", "course", "eve", "first", "last", "dawn",
                    "hours", "early", "late"});
}

// Whether the noun phrase before tokens[of] is opened, within five words, by "during",
// "in", "at" or "on": "During the NBA summer lockout of 1995, players ..." sets the
// sentence's event inside the thing the date is of.
bool SettingPhrase(const std::vector<Token>& tokens, size_t of) {
  for (size_t k = of, steps = 0; k-- > 0 && steps < 5; ++steps) {
    if (tokens[k].kind != TokenKind::kWord) return false;
    if (IsWord(tokens[k], {"during", "in", "at", "on", "throughout"})) return true;
  }
  return false;
}

bool InPassing(const Sentence& s, std::string_view text, const timex::Timex& t,
               std::string_view published) {
  const std::vector<Token>& tokens = s.tokens;
  size_t first = 0;
  while (first < tokens.size() && tokens[first].span.end <= t.span.begin) ++first;
  size_t after = first;
  while (after < tokens.size() && tokens[after].span.begin < t.span.end) ++after;
  const Token* prev = first > 0 ? &tokens[first - 1] : nullptr;
  // "since Sunday", "until May", and a target: "would rise to 1.8 billion liters a day by
  // the year 2000" (a forecast's date, not an event's).
  if (prev != nullptr && IsWord(*prev, {"since", "until", "till", "through", "by", "between"})) {
    return true;
  }
  // A date that modifies another noun through "of" ("the two biggest television events
  // of the past year", "the attacks of Sept. 11") is that thing's; "the night of July 4"
  // and "the end of 1998" are times of the event.
  if (prev != nullptr && IsWord(*prev, {"of"}) && first >= 2 &&
      tokens[first - 2].kind == TokenKind::kWord && !tokens[first - 2].stopword &&
      !IsTimeNoun(tokens[first - 2]) && !SettingPhrase(tokens, first - 1)) {
    return true;
  }
  if (InsideParentheses(tokens, first) || ParticipleAfterNoun(tokens, first, after)) return true;
  // A weekday or a date that is a title in quotes ("Next Friday" drew well, the first
  // "Friday" movie) dates nothing.
  if (t.span.begin > 0 && t.span.end < text.size() && text[t.span.begin - 1] == '"' &&
      text[t.span.end] == '"') {
    return true;
  }
  // A bill or a code number glued to a letter ("A-2254") is no year.
  if (t.span.begin >= 2 && text[t.span.begin - 1] == '-' &&
      std::isalpha(static_cast<unsigned char>(text[t.span.begin - 2]))) {
    return true;
  }
  std::string_view surface = text.substr(t.span.begin, t.span.end - t.span.begin);
  // A bare year or month before a noun modifies it ("the 1991 Nobel Peace Prize
  // winner", "a July election", "last July's election").
  // The tokenizer keeps a possessive on its word ("month's"): read it from the text.
  const std::string_view rest = text.substr(std::min(text.size(), static_cast<size_t>(t.span.end)));
  const bool possessive = rest.starts_with("'s") || rest.starts_with("\u2019s") ||
                          (after < tokens.size() && (tokens[after].norm == "'s" ||
                                                     tokens[after].norm == "\u2019s"));
  auto word_of = [&](size_t k) {
    std::string_view w = tokens[k].norm;
    for (std::string_view suffix : {"'s", "\u2019s"}) {
      if (w.ends_with(suffix)) w.remove_suffix(suffix.size());
    }
    return w;
  };
  auto one_of = [&](size_t k, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word_of(k)) != words.end();
  };
  bool bare = (surface.size() == 4 && IsDigits(surface)) ||
              (after == first + 1 && IsMonthName(word_of(first))) ||
              (after == first + 2 && one_of(first, {"last", "next", "this"}) &&
               IsMonthName(word_of(first + 1))) ||
              // "next month's premiere", "last year's election"
              (possessive && after == first + 2 && one_of(first, {"last", "next", "this", "past"}) &&
               one_of(first + 1, {"week", "month", "year"}));
  bool modifies = possessive || (after < tokens.size() && tokens[after].kind == TokenKind::kWord &&
                                 !tokens[after].stopword);
  // A fuller date between a determiner and a noun, in the object of a preposition that
  // does not place the sentence's event in it, modifies that noun too: "charged him with
  // the July 1996 pipe-bomb explosion" (the explosion's date). "The December 7 virtual
  // meeting was ..." (the subject) and "in the Dec. 7 call, he warned" (the event's
  // setting) stay dated.
  if (modifies && !possessive && first >= 2 &&
      IsWord(*prev, {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"}) &&
      IsWord(tokens[first - 2], {"of", "with", "for", "about", "against", "beyond", "despite",
                                 "without", "over", "to", "from"}) &&
      MonthNumber(word_of(first)) > 0) {
    return true;
  }
  if (bare && modifies &&
      (prev == nullptr || !IsWord(*prev, {"in", "by", "of", "from", "during", "early", "late",
                                          "mid", "on"}))) {
    return true;
  }
  // A decade ("the mid-1990's") is no year, whether or not the tagger took the "s".
  if (surface.find("0s") != std::string_view::npos || surface.find("0's") != std::string_view::npos) {
    return true;
  }
  if (!surface.empty() && surface.back() == '0') {
    std::string_view next = text.substr(std::min(text.size(), static_cast<size_t>(t.span.end)));
    if (next.starts_with("'s") || next.starts_with("\u2019s") || next.starts_with("s")) return true;
  }
  // A sentence about the future ("will become") is not dated by a past date in it.
  const std::string value = t.value.substr(0, std::min<size_t>(t.value.size(), 10));
  if (!published.empty() && value < published.substr(0, std::min(published.size(), value.size()))) {
    if (FutureBefore(tokens, first)) return true;
  }
  // Inside a relative clause, a comparison ("as Major League Baseball did in 1994"), a
  // phrase of background ("following the 1986 revolt", "left after the opening on
  // Sep. 24": the date is the opening's), or parentheses.
  for (size_t i = first; i-- > 0;) {
    if (tokens[i].norm == "(") return true;
    if (IsClauseBreak(tokens[i], text)) {
      // A noun phrase set off by a dash is an appositive with no event of its own ("...
      // another of the crimes laid at his door _ the attacks on American soldiers in
      // Somalia in 1993"), when the dash follows prose, not a dateline ("WASHINGTON _ The
      // Senate voted Monday").
      const bool dash = tokens[i].norm != "," && tokens[i].norm != ";" && tokens[i].norm != ":" &&
                        tokens[i].norm != "(" && tokens[i].norm != ")";
      const bool after_prose = i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
                               std::islower(static_cast<unsigned char>(text[tokens[i - 1].span.begin]));
      return dash && after_prose && i + 1 < first && IsWord(tokens[i + 1], {"the", "a", "an"});
    }
    if (IsWord(tokens[i], {"which", "who", "whom", "whose", "as", "like", "unlike",
                           "following", "than", "after", "before", "since", "when",
                           "whenever", "where", "until", "till"}) ||
        RelativeThat(tokens, i) || PassiveParticiple(tokens, i, first) ||
        Counterfactual(tokens, i) || DirectiveInfinitive(tokens, i)) {
      return true;
    }
  }
  return false;
}

// Whether times[k] opens a range whose other end follows it ("Jan. 1 to Aug. 31, 2016",
// "July or August of 2018", "August-December 2014").
bool RangeStart(std::string_view text, const std::vector<timex::Timex>& times, size_t k) {
  if (k + 1 >= times.size() || times[k + 1].span.begin < times[k].span.end) return false;
  std::string_view between =
      text.substr(times[k].span.end, times[k + 1].span.begin - times[k].span.end);
  for (std::string_view joint : {" to ", " - ", "-", "\u2013", " \u2013 ", " through ", " and ",
                                 " or ", " until "}) {
    if (between == joint) return true;
  }
  return false;
}

// Whether `cur` continues a list or range that `prev` opens ("between 1978 and 1995",
// "the shutdowns of 1995 and 1996", "the games of 1996, 1998, 2000 and 2002", "the July
// 1996 explosion in the park, the January 1997 blast"): a later
// member of a list mentioned in passing is mentioned in passing too.
bool ContinuesList(std::string_view text, const timex::Timex& prev, const timex::Timex& cur) {
  if (cur.span.begin < prev.span.end) return false;
  std::string_view between = text.substr(prev.span.end, cur.span.begin - prev.span.end);
  for (std::string_view joint : {" and ", ", ", ", and ", " to ", " or ", ", or ", "-", " - ",
                                 "\u2013", " \u2013 ", " through "}) {
    if (between == joint) return true;
  }
  // A list of dated things: "the July 1996 explosion in the park, the January 1997
  // double blast ...": the next member opens with its determiner after a comma or "and",
  // a few words after the last date.
  for (std::string_view joint : {", the ", ", and the ", " and the ", ", or the ", " or the ",
                                 ", a ", " and a "}) {
    if (between.ends_with(joint) && between.find('.') == std::string_view::npos &&
        statements::CountWords(between) <= 10) {
      return true;
    }
  }
  return false;
}

// The day a wire story's dateline gives ("WASHINGTON, March 11 (Xinhua) -- ... said
// today"): its "today" and weekdays count from that day, which is often the day before
// the publication date the archive records. The article's date when there is no such
// dateline, or when it would fall after that date or more than a week before it.
std::string DatelineDate(const Article& art) {
  if (art.date.size() != 10) return art.date;
  std::string_view head = std::string_view(art.text).substr(0, std::min<size_t>(art.text.size(), 80));
  const size_t open = head.find(" (");
  const size_t comma = head.substr(0, open).rfind(", ");
  if (open == std::string_view::npos || comma == std::string_view::npos || comma + 2 > open) {
    return art.date;
  }
  // "March 11": a month and a day of one or two digits, read by the time tagger against
  // the publication date (the nearest such day, "Dec. 31" of a Jan. 1 story the year
  // before).
  const std::string_view month_day = head.substr(comma + 2, open - comma - 2);
  const size_t space = month_day.rfind(' ');
  const std::string_view day = space == std::string_view::npos ? "" : month_day.substr(space + 1);
  if (day.empty() || day.size() > 2 || !IsDigits(day)) return art.date;
  const Span day_part{static_cast<uint32_t>(comma + 2), static_cast<uint32_t>(open)};
  const std::vector<timex::Timex> times = timex::TagTimex(head, day_part, {art.date});
  if (times.size() != 1 || times[0].span.begin != day_part.begin ||
      times[0].span.end != day_part.end || PrecisionOf(times[0].value) != "day") {
    return art.date;
  }
  const std::optional<timex::Date> published = timex::ParseIsoDate(art.date);
  const std::optional<timex::Date> dateline = timex::ParseIsoDate(times[0].value);
  if (!published || !dateline || *dateline > *published ||
      *dateline < timex::AddDays(*published, -7)) {
    return art.date;
  }
  return times[0].value;
}

// A clock time that names no day ("lining up before midnight", "the midnight shows", "at
// 10 p.m.") takes its day from the article's date, which is the report's, not the
// event's: it dates nothing by itself.
bool ClockTimeWithoutDay(std::string_view text, const timex::Timex& t) {
  if (t.type != timex::TimexType::kTime) return false;
  std::string surface(text.substr(t.span.begin, t.span.end - t.span.begin));
  for (char& c : surface) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view day : {"monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow", "jan", "feb",
                               "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                               "dec"}) {
    if (surface.find(day) != std::string::npos) return false;
  }
  return std::none_of(surface.begin(), surface.end(), [](char c) { return c == '/' || c == '-'; });
}

// A season word that opens a name ("the Fall Creek hatchery", "Spring Street"): written
// capitalized mid-sentence and followed by a capitalized word, it names a place.
bool SeasonInAName(std::string_view text, const timex::Timex& t) {
  std::string_view word = text.substr(t.span.begin, t.span.end - t.span.begin);  // "the Fall"
  if (const size_t space = word.rfind(' '); space != std::string_view::npos) {
    word.remove_prefix(space + 1);
  }
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
  const bool season = t.value.ends_with("-SP") || t.value.ends_with("-SU") ||
                      t.value.ends_with("-FA") || t.value.ends_with("-WI");
  const std::string_view rest = text.substr(t.span.end);
  return season && rest.size() >= 2 && rest[0] == ' ' &&
         std::isupper(static_cast<unsigned char>(rest[1]));
}

// A full date set off by dashes on both sides ("ST. LOUIS -- Oct. 28, 1998 --
// CIR-HOME-SCHOOL-1 -- Mary Pride, ...") is a photo caption's or a slug's header.
bool DashedDateline(std::string_view text, const timex::Timex& t) {
  return PrecisionOf(t.value.substr(0, std::min<size_t>(t.value.size(), 10))) == "day" &&
         text.substr(0, t.span.begin).ends_with("-- ") &&
         text.substr(t.span.end).starts_with(" --");
}

std::vector<Candidate> DatedSentences(const Context& ctx) {
  std::vector<Candidate> out;
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    const Article& art = ctx.articles[a];
    timex::TimexContext tctx{DatelineDate(art)};
    for (size_t s = 0; s < art.sentences.size(); ++s) {
      int u = ctx.unit_of[a][s];
      if (u < 0 || !Standalone(ctx, a, ctx.cluster.units[u])) continue;
      double centrality = ctx.Centrality(static_cast<size_t>(u));
      bool unit_ok = ctx.cluster.units[u].eligible;
      bool dated = false, caption = false;
      int passed = -1;  // the last date skipped as mentioned in passing
      const std::vector<timex::Timex> times = timex::TagTimex(art.text, art.sentences[s].span, tctx);
      for (size_t k = 0; k < times.size(); ++k) {
        const timex::Timex& t = times[k];
        if (t.type != timex::TimexType::kDate && t.type != timex::TimexType::kTime) continue;
        if (ClockTimeWithoutDay(art.text, t) || SeasonInAName(art.text, t)) continue;
        if (DashedDateline(art.text, t)) {
          caption = true;
          break;
        }
        std::string value = t.value.substr(0, std::min<size_t>(t.value.size(), 10));
        std::string precision = PrecisionOf(value);
        // A day the article's date cannot resolve ("In Friday's explosion" in an undated
        // article) is when the sentence's event happened; a later date is another
        // event's ("near the site of a suicide bombing in July 1997"), so the sentence
        // cannot be dated. Unless the two are a range's ends ("From Jan. 1 to Aug. 31,
        // 2016": the year is both's).
        if (precision.empty() && value.find('X') != std::string::npos &&
            !InPassing(art.sentences[s], art.text, t, art.date) &&
            !RangeStart(art.text, times, k)) {
          break;
        }
        if (precision.empty()) continue;
        if (InPassing(art.sentences[s], art.text, t, art.date) ||
            (passed >= 0 && ContinuesList(art.text, times[passed], t))) {
          passed = static_cast<int>(k);
          continue;
        }
        out.push_back({value, precision, "text", a, s, centrality, unit_ok});
        dated = true;
        break;
      }
      if (!dated && !caption && s == 0 && PrecisionOf(art.date) == "day") {
        out.push_back({art.date, "day", "published", a, s, centrality, unit_ok});
      }
    }
  }
  return out;
}

int Words(const Context& ctx, const Candidate& c) {
  return ctx.cluster.units[ctx.unit_of[c.article][c.sentence]].words;
}

struct Entry {
  Candidate lead;
  std::vector<size_t> articles;
};

std::vector<Entry> MergeEvents(const Context& ctx, std::vector<Candidate> cands) {
  // Clean, central sentences lead their entry.
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
    if (x.eligible != y.eligible) return x.eligible;
    return x.centrality > y.centrality;
  });
  std::vector<Entry> entries;
  const double threshold = ctx.options.summary.support_threshold;
  for (const Candidate& c : cands) {
    bool merged = false;
    for (Entry& e : entries) {
      // One event dated at two precisions ("in 1997" / "on Dec. 14, 1997") is one entry,
      // at the finer date.
      const bool finer = c.date.size() > e.lead.date.size() && c.date.starts_with(e.lead.date);
      if (e.lead.date != c.date && !finer && !e.lead.date.starts_with(c.date)) continue;
      if (ctx.Similarity(e.lead.article, e.lead.sentence, c.article, c.sentence) < threshold) {
        continue;
      }
      if (finer) {
        e.lead.date = c.date;
        e.lead.precision = c.precision;
      }
      e.articles.push_back(c.article);  // a repeat within one article adds no source
      // A page that repeats a paragraph has usually glued something (a caption, a
      // headline) to one copy: of two copies in one article, show the shorter.
      if (c.article == e.lead.article && Words(ctx, c) < Words(ctx, e.lead)) e.lead = c;
      merged = true;
      break;
    }
    if (!merged) entries.push_back({c, {c.article}});
  }
  return entries;
}

// The verbs of an entry's sentence that tell what happened: lower-case past forms
// (facts::IsPastVerbForm), as stems, without verbs of saying ("said", "announced") and of
// plans and states ("expected", "scheduled", "involved") that any two sentences of a
// story share. Sorted and unique.
std::vector<std::string_view> EventVerbs(const Context& ctx, const Candidate& c) {
  static const std::set<std::string_view> kNotEvents = {
      "expected", "scheduled", "planned", "based", "used", "related", "involved",
      "concerned", "continued", "remained", "seemed", "appeared", "considered", "called",
      "asked", "named", "described", "included", "proposed", "supposed", "allowed"};
  const Article& art = ctx.articles[c.article];
  std::vector<std::string_view> out;
  for (const Token& t : art.sentences[c.sentence].tokens) {
    if (t.kind != TokenKind::kWord || t.stopword || t.norm.empty() ||
        !std::islower(static_cast<unsigned char>(art.text[t.span.begin]))) {
      continue;
    }
    if (!facts::IsPastVerbForm(t.norm) || statements::IsSpeechVerb(t.norm) ||
        kNotEvents.contains(t.norm)) {
      continue;
    }
    out.push_back(t.stem);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Entries in rank order without those that tell a better-ranked entry's event again in
// other words: on a close date (timex::CloseDates: equal, one inside the other, or the
// next day) with a verb of what happened in common ("arrested Pinochet in his bed
// Friday" / "Pinochet was arrested in London on Oct. 16"). A repeat is dropped, not
// merged: its sources are not cited for the kept entry's words. Measured on the close-
// date pairs judged the same event or two (docs/eval.md, "Timeline: repeated events").
// Stops once `limit` entries are kept: the rest would not be shown, and comparing every
// entry of a 5,000-article story with every kept one grew with the square of the story.
std::vector<Entry> WithoutRepeats(const Context& ctx, std::vector<Entry> ranked, size_t limit) {
  std::vector<Entry> kept;
  std::vector<std::vector<std::string_view>> verbs;
  for (Entry& e : ranked) {
    if (kept.size() >= limit) break;
    std::vector<std::string_view> mine = EventVerbs(ctx, e.lead);
    bool repeat = false;
    for (size_t k = 0; k < kept.size() && !repeat; ++k) {
      if (!timex::CloseDates(kept[k].lead.date, e.lead.date)) continue;
      repeat = std::find_first_of(mine.begin(), mine.end(), verbs[k].begin(), verbs[k].end()) !=
               mine.end();
    }
    if (repeat) continue;
    kept.push_back(std::move(e));
    verbs.push_back(std::move(mine));
  }
  return kept;
}

}  // namespace

void AddTimeline(const Context& ctx, Briefing* out) {
  std::vector<Entry> entries = MergeEvents(ctx, DatedSentences(ctx));
  std::stable_sort(entries.begin(), entries.end(), [&](const Entry& x, const Entry& y) {
    const bool tx = x.lead.basis == "text", ty = y.lead.basis == "text";
    if (tx != ty) return tx;  // a date the text states before a publication date
    int nx = ctx.IndependentCount(x.articles), ny = ctx.IndependentCount(y.articles);
    if (nx != ny) return nx > ny;
    return x.lead.centrality > y.lead.centrality;
  });
  entries = WithoutRepeats(ctx, std::move(entries), ctx.options.max_timeline_entries);
  if (entries.size() > ctx.options.max_timeline_entries) {
    entries.resize(ctx.options.max_timeline_entries);
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
    if (x.lead.date != y.lead.date) return x.lead.date < y.lead.date;
    if (x.lead.article != y.lead.article) return x.lead.article < y.lead.article;
    return x.lead.sentence < y.lead.sentence;
  });
  for (const Entry& e : entries) {
    TimelineEntry t{e.lead.date, e.lead.precision, e.lead.basis,
                    ItemFor(ctx, e.lead.article, e.lead.sentence)};
    // A source published before the day of the event cannot report it happening (a
    // September 1999 article does not tell of a crow found on July 31, 2000).
    if (t.precision == "day") {
      std::erase_if(t.event.cites, [&](const Citation& c) {
        const std::string& published = ctx.articles[c.article].date;
        return c.article != e.lead.article && published.size() == 10 && published < t.date;
      });
    }
    out->timeline.push_back(std::move(t));
  }
}

}  // namespace dossier::briefing::internal
