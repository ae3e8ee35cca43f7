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
// the best `max_timeline_entries` are shown in date order. Relative expressions of an
// undated article stay unresolved and are left out, never guessed.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>

#include "src/briefing/context.h"
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
  if (prev != nullptr && IsWord(*prev, {"since", "until", "till", "through", "by"})) return true;
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
  bool bare = (surface.size() == 4 && IsDigits(surface)) ||
              (after == first + 1 && IsMonthName(tokens[first].norm)) ||
              (after == first + 2 && IsWord(tokens[first], {"last", "next", "this"}) &&
               IsMonthName(tokens[first + 1].norm));
  bool modifies = after < tokens.size() &&
                  ((tokens[after].kind == TokenKind::kWord && !tokens[after].stopword) ||
                   tokens[after].norm == "'s" || tokens[after].norm == "\u2019s");
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
    if (IsClauseBreak(tokens[i], text)) break;
    if (IsWord(tokens[i], {"which", "who", "whom", "whose", "as", "like", "unlike",
                           "following", "than", "after", "before"}) ||
        RelativeThat(tokens, i) || PassiveParticiple(tokens, i, first)) {
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
      bool dated = false;
      const std::vector<timex::Timex> times = timex::TagTimex(art.text, art.sentences[s].span, tctx);
      for (size_t k = 0; k < times.size(); ++k) {
        const timex::Timex& t = times[k];
        if (t.type != timex::TimexType::kDate && t.type != timex::TimexType::kTime) continue;
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
        if (precision.empty() || InPassing(art.sentences[s], art.text, t, art.date)) continue;
        out.push_back({value, precision, "text", a, s, centrality, unit_ok});
        dated = true;
        break;
      }
      if (!dated && s == 0 && PrecisionOf(art.date) == "day") {
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
