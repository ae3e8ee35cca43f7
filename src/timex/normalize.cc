// normalize.cc: TIMEX3 values for matched expressions (TimeML 1.2.1 guidelines).
//
// Resolution follows HeidelTime's strategy for news (Strötgen & Gertz 2013, sec. 4):
// relative expressions are computed from the document creation time (DCT); an
// underspecified month or weekday is placed before the DCT in a past-tense sentence and
// after it in a future-tense one (nearest otherwise). Without a DCT the value keeps X's.
#include "src/timex/normalize.h"

#include <cstdlib>

#include "src/timex/fields.h"
#include "src/timex/holiday.h"

namespace dossier::timex {
namespace {

bool IsTimeUnit(const std::string& u) { return u == "TH" || u == "TM" || u == "TS"; }

// "P2Y", "PT3H", "P1WE"; count "" means one, "X" unknown. A half of a year, day, hour
// or minute is written in the next smaller unit, as TimeBank does ("2 1/2 years" P2Y6M,
// "5 1/2 hours" PT5H30M); other halves keep a decimal fraction (ISO 8601 allows one).
std::string DurationValue(const std::string& count, const std::string& unit) {
  std::string n = count.empty() ? "1" : count;
  if (n.size() > 2 && n.ends_with(".5") && n.find('.') == n.size() - 2) {
    std::string whole = n.substr(0, n.size() - 2);
    if (unit == "Y") return "P" + whole + "Y6M";
    if (unit == "D") return "P" + whole + "DT12H";
    if (unit == "TH") return "PT" + whole + "H30M";
    if (unit == "TM") return "PT" + whole + "M30S";
  }
  if (IsTimeUnit(unit)) return "PT" + n + unit.substr(1);
  return "P" + n + unit;
}

// The value of the period of `unit` containing day `d` ("2021-W49", "2022-Q1", ...).
std::string PeriodValue(Date d, const std::string& unit) {
  if (unit == "D") return FormatDay(d);
  if (unit == "W") return FormatWeek(d);
  if (unit == "WE") return FormatWeek(d) + "-WE";
  if (unit == "M") return FormatMonth(d.y, d.m);
  if (unit == "Q") return FormatQuarter(d.y, (d.m - 1) / 3 + 1);
  if (unit == "H") return FormatYear(d.y) + "-H" + std::to_string(d.m <= 6 ? 1 : 2);
  if (unit == "DE") return FormatYear(d.y).substr(0, 3);
  if (unit == "CE") return FormatYear(d.y).substr(0, 2);
  return FormatYear(d.y);
}

// The day `n` units away from `d`.
Date ShiftDate(Date d, const std::string& unit, int n) {
  if (unit == "D") return AddDays(d, n);
  if (unit == "W" || unit == "WE") return AddDays(d, 7 * n);
  if (unit == "M") return AddMonths(d, n);
  if (unit == "Q") return AddMonths(d, 3 * n);
  if (unit == "H") return AddMonths(d, 6 * n);
  if (unit == "DE") return AddMonths(d, 120 * n);
  if (unit == "CE") return AddMonths(d, 1200 * n);
  return AddMonths(d, 12 * n);
}

// The weekday `wd` nearest to `dct` in the direction given by shift or tense.
Date ResolveWeekday(Date dct, int wd, std::optional<int> shift, Tense tense) {
  int back = (IsoWeekday(dct) - wd + 7) % 7;  // days back to the previous (or same) one
  int fwd = (wd - IsoWeekday(dct) + 7) % 7;
  if (shift && *shift < 0) return AddDays(dct, -(back == 0 ? 7 : back));
  if (shift && *shift > 0) return AddDays(dct, fwd == 0 ? 7 : fwd);
  if (tense == Tense::kFuture) return AddDays(dct, fwd);
  if (tense == Tense::kPast) return AddDays(dct, -back);
  return fwd < back ? AddDays(dct, fwd) : AddDays(dct, -back);
}

// Months from the DCT to month m (day d, or 0 = the whole month) of year y.
double MonthsAway(Date dct, int y, int m, int d) {
  double months = (y - dct.y) * 12 + (m - dct.m);
  return d == 0 ? months : months + (d - dct.d) / 31.0;
}

// The year for month m (day d, or 0) without a written year: "last June" is the latest
// June before the DCT's month, "next June" the first after; otherwise the nearest
// occurrence, where one contradicting the sentence's tense counts 5 months farther.
int ResolveYear(Date dct, int m, int d, std::optional<int> shift, Tense tense) {
  if (shift && *shift < 0) return m < dct.m ? dct.y : dct.y - 1;
  if (shift && *shift > 0) return m > dct.m ? dct.y : dct.y + 1;
  if (shift) return dct.y;
  constexpr double kTensePenalty = 5;
  int best = dct.y;
  double best_cost = 1e9;
  for (int y = dct.y - 1; y <= dct.y + 1; ++y) {
    double away = MonthsAway(dct, y, m, d);
    double cost = away < 0 ? -away : away;
    if ((tense == Tense::kPast && away > 0.5) || (tense == Tense::kFuture && away < -0.5)) cost += kTensePenalty;
    if (cost < best_cost) best = y, best_cost = cost;
  }
  return best;
}

// "T10:30" from a clock value ("10:30", "10:00pm") and am/pm; empty if invalid.
std::string TimePart(const Fields& f) {
  if (f.clock.empty()) return f.pod.empty() ? "" : "T" + f.pod;
  std::string c = f.clock;
  std::string ampm = f.ampm;
  if (c.size() > 2 && (c.ends_with("am") || c.ends_with("pm"))) ampm = c.substr(c.size() - 2), c.resize(c.size() - 2);
  size_t colon = c.find(':');
  int h = std::atoi(c.substr(0, colon).c_str());
  if (ampm == "pm" && h < 12) h += 12;
  if (ampm == "am" && h == 12) h = 0;
  if (h > 24) return "";
  std::string hh = (h < 10 ? "0" : "") + std::to_string(h);
  return "T" + hh + c.substr(colon);
}

struct Ctx {
  const Fields& f;
  const std::optional<Date>& dct;
  Tense tense;
  Resolution r;
};

bool ResolveDeictic(Ctx* c) {
  if (!c->dct) return c->r.value = "XXXX-XX-XX", true;
  c->r.value = FormatDay(AddDays(*c->dct, *c->f.deictic));
  return c->r.anchored = true;
}

// Quarters and halves ("the third quarter", "first half of 1990"), seasons, centuries.
bool ResolvePart(Ctx* c) {
  const Fields& f = c->f;
  std::optional<int> y = f.year;
  if (!y && c->dct) y = c->dct->y + f.shift.value_or(0), c->r.anchored = true;
  std::string ys = y ? FormatYear(*y) : "XXXX";
  if (f.century) {
    if (*f.ordinal < 1 || *f.ordinal > 99) return false;
    c->r.value = FormatYear(*f.ordinal - 1).substr(2);
    c->r.anchored = false;
    return true;
  }
  if (!f.season.empty()) return c->r.value = ys + "-" + f.season, true;
  int limit = f.unit == "Q" ? 4 : 2;
  if (*f.ordinal < 1 || *f.ordinal > limit) return false;
  // "reported a loss for the fourth quarter", written in January: a part of the year
  // that has not begun at the DCT, told in the past tense, is last year's.
  int first_month = (*f.ordinal - 1) * (f.unit == "Q" ? 3 : 6) + 1;
  if (!f.year && !f.shift && c->dct && c->tense == Tense::kPast && first_month > c->dct->m) {
    ys = FormatYear(c->dct->y - 1);
  }
  c->r.value = ys + "-" + f.unit + std::to_string(*f.ordinal);
  return true;
}

bool ResolveCalendar(Ctx* c) {
  const Fields& f = c->f;
  int month = *f.month;
  std::optional<int> y = f.year;
  if (!y && f.shift && f.unit == "Y" && c->dct) y = c->dct->y + *f.shift;
  if (!y && c->dct) {
    y = ResolveYear(*c->dct, month, f.day.value_or(0), f.shift, c->tense);
    c->r.anchored = true;
  }
  if (f.day) {
    if (!IsValidDate(y.value_or(2000), month, *f.day)) return false;
    c->r.value = y ? FormatDay({*y, month, *f.day}) : "XXXX" + FormatDay({2000, month, *f.day}).substr(4);
    return true;
  }
  c->r.value = y ? FormatMonth(*y, month) : "XXXX" + FormatMonth(2000, month).substr(4);
  return true;
}

bool ResolveWeekdayFields(Ctx* c) {
  const Fields& f = c->f;
  if (!c->dct) return c->r.value = "XXXX-WXX-" + std::to_string(*f.weekday), true;
  c->r.value = FormatDay(ResolveWeekday(*c->dct, *f.weekday, f.shift, c->tense));
  return c->r.anchored = true;
}

// "this year", "last week", "next month", "the weekend", "last night".
bool ResolveShiftUnit(Ctx* c) {
  const Fields& f = c->f;
  std::string unit = f.unit.empty() ? "D" : f.unit;
  // "the latest period" of a company report: the reporting quarter under discussion.
  bool period = f.Has("period");
  if (period) unit = "Q";
  if (IsTimeUnit(unit)) {
    c->r.type = "DURATION";
    c->r.value = DurationValue("1", unit);
    return true;
  }
  if (!c->dct) {
    c->r.value = f.shift.value_or(0) < 0 ? "PAST_REF" : f.shift.value_or(0) > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return true;
  }
  int shift = f.shift.value_or(0);
  // "the quarter" without "this", "current" or "latest" is the quarter under discussion.
  if (unit == "Q" && ((!f.shift && !f.Has("latest") && !f.Has("current")) || period)) {
    c->r.anaphor = Anaphor::kSamePeriod;
  }
  // "the latest quarter" is the last one completed before the DCT.
  if (unit == "Q" && f.Has("latest")) shift = -1;
  // "the weekend" in a past-tense sentence written on a weekday is the one just gone.
  if (unit == "WE" && !f.shift && c->tense == Tense::kPast && IsoWeekday(*c->dct) < 6) shift = -1;
  c->r.value = PeriodValue(ShiftDate(*c->dct, unit, shift), unit);
  return c->r.anchored = true;
}

// "the year-ago quarter", "year-earlier": the period a year before the DCT's.
bool ResolveYearAgo(Ctx* c) {
  if (!c->dct) return c->r.value = "PAST_REF", true;
  c->r.anaphor = Anaphor::kYearBefore;
  c->r.value = PeriodValue(AddMonths(*c->dct, -12), c->f.unit.empty() ? "Y" : c->f.unit);
  return c->r.anchored = true;
}

bool ResolveDate(Ctx* c) {
  const Fields& f = c->f;
  if (f.full_date) return c->r.value = FormatDay(*f.full_date), true;
  if (f.deictic) return ResolveDeictic(c);
  if (!f.decade.empty()) return c->r.value = f.decade, true;
  if (f.ordinal && (f.century || f.unit == "Q" || f.unit == "H")) return ResolvePart(c);
  if (!f.season.empty()) return ResolvePart(c);
  if (f.month) return ResolveCalendar(c);
  if (f.year) return c->r.value = FormatYear(*f.year), true;
  if (f.weekday) return ResolveWeekdayFields(c);
  if (f.shift && !f.pod.empty() && f.unit.empty()) {
    Fields g = f;  // "last night" is the night before the DCT; "this morning" the DCT
    g.deictic = *f.shift < 0 ? -1 : *f.shift;
    Ctx inner{g, c->dct, c->tense, c->r};
    bool ok = ResolveDeictic(&inner);
    c->r = inner.r;
    return ok;
  }
  if (f.shift || f.unit == "WE") return ResolveShiftUnit(c);
  if (!f.clock.empty()) {
    if (!c->dct) return c->r.value = "XXXX-XX-XX", true;
    c->r.value = FormatDay(*c->dct);
    // "at 10 p.m." alone is on the day the text is talking about (anaphora.cc); the time
    // of day is added by NormalizeDate and carried over by the re-anchoring.
    c->r.anaphor = Anaphor::kRelative;
    c->r.relative = Relative{"D", 0, 0, ""};
    return c->r.anchored = true;
  }
  return false;
}

// "Thanksgiving", "last Christmas", "Easter 1998", "Easter week": the holiday's date in
// the written year, else the last one before the DCT ("last"), the next one ("next"),
// the DCT's year ("this"), or the nearest one agreeing with the tense.
bool ResolveHoliday(Ctx* c) {
  const Fields& f = c->f;
  int month = HolidayMonth(f.holiday);
  if (month == 0) return false;
  std::optional<int> y = f.year;
  if (!y && c->dct) {
    Date dct = *c->dct;
    auto on = [&](int year) { return HolidayDate(f.holiday, year).value_or(dct); };
    if (f.shift && *f.shift < 0) y = on(dct.y) < dct ? dct.y : dct.y - 1;
    else if (f.shift && *f.shift > 0) y = on(dct.y) > dct ? dct.y : dct.y + 1;
    else if (f.shift) y = dct.y;
    else y = ResolveYear(dct, month, on(dct.y).d, std::nullopt, c->tense);
    c->r.anchored = true;
  }
  if (!y) return c->r.value = "XXXX-" + FormatMonth(2000, month).substr(5), true;
  std::optional<Date> d = HolidayDate(f.holiday, *y);
  if (!d) return false;
  c->r.value = f.unit == "W" ? FormatWeek(*d) : FormatDay(*d);
  return true;
}

// "now", "recently", "the future", "soon": PRESENT_REF, PAST_REF, FUTURE_REF.
bool NormalizeRef(Ctx* c) {
  const Fields& f = c->f;
  if (!f.ref.empty()) c->r.value = f.ref;
  else c->r.value = f.Has("future") || f.Has("soon") ? "FUTURE_REF" : "PAST_REF";
  return true;
}

int AnaphoricShift(const Fields& f) {
  if (f.Has("following") || f.Has("next")) return 1;
  if (f.Has("previous") || f.Has("preceding") || f.Has("prior")) return -1;
  return 0;  // "that day", "the same year"
}

// "that day", "the following year", "the previous Friday", "the next morning": marked
// for re-anchoring to the last mentioned date (anaphora.cc); the value computed here from
// the DCT stays when the text gives no antecedent.
bool NormalizeAnaphor(Ctx* c) {
  if (!c->dct) return false;
  const Fields& f = c->f;
  Relative rel{f.unit.empty() ? "D" : f.unit, AnaphoricShift(f), f.weekday.value_or(0), f.pod};
  Date d = *c->dct;
  if (rel.weekday != 0) {
    std::optional<int> shift;
    if (rel.shift != 0) shift = rel.shift;
    c->r.value = FormatDay(ResolveWeekday(d, rel.weekday, shift, c->tense));
  } else if (rel.unit == "D") {
    c->r.value = FormatDay(AddDays(d, rel.shift));
  } else {
    c->r.value = PeriodValue(ShiftDate(d, rel.unit, rel.shift), rel.unit);
  }
  if (!rel.pod.empty() && c->r.value.size() == 10) {
    c->r.value += "T" + rel.pod;
    c->r.type = "TIME";
  }
  c->r.anaphor = Anaphor::kRelative;
  c->r.relative = rel;
  return c->r.anchored = true;
}

bool NormalizeDate(Ctx* c) {
  if (!ResolveDate(c)) return false;
  if (c->r.type == "DURATION") return true;
  std::string t = TimePart(c->f);
  if (!c->f.clock.empty() && t.empty()) return false;
  if (!t.empty() && c->r.value.size() == 10) {
    c->r.value += t;
    c->r.type = "TIME";
    if (c->r.anaphor == Anaphor::kRelative) c->r.relative.pod = t.substr(1);
  }
  return true;
}

int Direction(const Fields& f) {
  if (f.Has("later") || f.Has("hence") || f.Has("from")) return 1;
  return -1;
}

bool NormalizeAgo(Ctx* c) {
  const Fields& f = c->f;
  int dir = Direction(f);
  char* end = nullptr;
  long n = std::strtol(f.count.c_str(), &end, 10);
  bool whole = !f.count.empty() && end != nullptr && *end == '\0' && n >= 0 && n <= 5000;
  if (!c->dct || !whole || IsTimeUnit(f.unit)) {
    c->r.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
    return true;
  }
  // "a year ago" / "a year earlier" compare with the period under discussion.
  if (n == 1 && f.unit == "Y" && dir < 0) c->r.anaphor = Anaphor::kYearBefore;
  Date d = ShiftDate(*c->dct, f.unit, dir * static_cast<int>(n));
  // "today five years ago" is the anniversary's very day, not a year.
  if (f.deictic) {
    c->r.value = FormatDay(ShiftDate(AddDays(*c->dct, *f.deictic), f.unit, dir * static_cast<int>(n)));
    return c->r.anchored = true;
  }
  c->r.value = PeriodValue(d, f.unit == "WE" ? "W" : f.unit);
  return c->r.anchored = true;
}

bool NormalizeDuration(Ctx* c) {
  const Fields& f = c->f;
  if (f.unit.empty()) return false;
  std::string count = f.count.empty() && f.plural_unit ? "X" : f.count;
  if (count.size() >= 4 && count.find_first_not_of("0123456789") == std::string::npos) {
    return false;  // "the 1988 quarter": a year, not a count
  }
  if ((f.unit == "DE" || f.unit == "CE") && count != "X") {  // TimeBank writes P20Y
    char* end = nullptr;
    double n = std::strtod(count.empty() ? "1" : count.c_str(), &end);
    if (n > 0 && n < 100) {
      c->r.value = "P" + std::to_string(static_cast<int>(n * (f.unit == "DE" ? 10 : 100))) + "Y";
      return true;
    }
  }
  c->r.value = DurationValue(count, f.unit);
  return true;
}

bool NormalizeSet(Ctx* c) {
  const Fields& f = c->f;
  if (!f.set.empty()) return c->r.value = f.set, true;
  if (f.weekday) return c->r.value = "XXXX-WXX-" + std::to_string(*f.weekday) + TimePart(f), true;
  if (f.unit.empty()) return false;
  std::string count = f.Has("other") ? "2" : f.count;
  c->r.value = DurationValue(count, f.unit);
  return true;
}

}  // namespace

std::optional<Resolution> Normalize(const RuleMatch& m, const std::optional<Date>& dct,
                                    Tense tense) {
  Fields f = GatherFields(m);
  Resolution initial{m.rule->type, "", f.approx.empty() ? f.mod : f.approx, false,
                     Anaphor::kNone, {}};
  Ctx c{f, dct, tense, initial};
  const std::string& n = m.rule->normalizer;
  bool ok = false;
  if (n == "date") ok = NormalizeDate(&c);
  else if (n == "ago") ok = NormalizeAgo(&c);
  else if (n == "period") ok = ResolveShiftUnit(&c);
  else if (n == "yearago") ok = ResolveYearAgo(&c);
  else if (n == "holiday") ok = ResolveHoliday(&c);
  else if (n == "anaphor") ok = NormalizeAnaphor(&c);
  else if (n == "duration") ok = NormalizeDuration(&c);
  else if (n == "set") ok = NormalizeSet(&c);
  else if (n == "ref") ok = NormalizeRef(&c);
  if (!ok || c.r.value.empty()) return std::nullopt;
  return c.r;
}

}  // namespace dossier::timex
