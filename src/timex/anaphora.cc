// anaphora.cc: anchoring anaphoric time expressions to the last mentioned period.
//
// Method: HeidelTime (Strötgen & Gertz 2013, sec. 4.2) resolves relative expressions of
// news against the document creation time but anaphoric ones ("the following year",
// "that day") against the last mentioned date of the text. TimeML treats comparison
// phrases the same way: in "net rose in the third quarter from $2 a year earlier", the
// reference time of "a year earlier" is the third quarter, so its value is that quarter
// one year back (TimeML 1.2.1 guidelines, temporal functions and anchorTimeID). We apply
// this to two kinds of expression, marked by the normalizer (Anaphor):
//   kSamePeriod  "the quarter", "the period": the last mentioned part of a year;
//   kYearBefore  "a year ago/earlier", "year-ago", "the year-earlier period": the last
//                mentioned date one year back, at its granularity when that is a part
//                of a year (quarter, half) or a year.
//   kRelative    "that day", "the following year", "the previous Friday", "the next
//                morning": the last mentioned date precise enough for the unit, shifted
//                (HeidelTime's UNDEF-REF values).
// With no such antecedent the DCT-based value stays.
#include "src/timex/anaphora.h"

#include <optional>
#include <string>

#include "src/timex/calendar.h"

namespace dossier::timex {
namespace {

bool IsDigits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// "1989-Q3", "1989-H1": a quarter or half of a known year.
bool IsPartOfYear(const std::string& v) {
  return v.size() == 7 && IsDigits(v, 0, 4) && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') &&
         v[6] >= '1' && v[6] <= '4';
}

bool IsYear(const std::string& v) { return v.size() == 4 && IsDigits(v, 0, 4); }

// `v` (a year or part of a year) one year earlier; "" if the year would leave 1..9999.
std::string YearBefore(const std::string& v) {
  int y = std::stoi(v.substr(0, 4));
  if (y <= 1) return "";
  std::string ys = std::to_string(y - 1);
  ys.insert(0, 4 - ys.size(), '0');
  return ys + v.substr(4);
}

// The value of the last DATE before index i that is a quarter, or (any_period) a
// quarter, half or year; comparisons are skipped.
std::optional<std::string> LastPeriod(const std::vector<Anchored>& t, size_t i, bool any_period) {
  for (size_t k = i; k-- > 0;) {
    const Timex& x = t[k].timex;
    // A comparison ("a year earlier") names the other period, not the one discussed.
    if (x.type != TimexType::kDate || t[k].anaphor == Anaphor::kYearBefore) continue;
    if (IsPartOfYear(x.value) && (any_period || x.value[5] == 'Q')) return x.value;
    if (any_period && IsYear(x.value)) return x.value;
  }
  return std::nullopt;
}

// A date value read back: "1995", "1989-10", "1989-10-27T16:00", "1988-Q3".
struct Point {
  int y = 0;
  int m = 0;  // 0 = unknown
  int d = 0;
  int q = 0;
};

std::optional<Point> ParsePoint(const std::string& v) {
  if (!IsDigits(v, 0, 4)) return std::nullopt;
  Point p{std::stoi(v.substr(0, 4))};
  if (v.size() >= 7 && v[4] == '-' && IsDigits(v, 5, 2)) p.m = std::stoi(v.substr(5, 2));
  if (p.m && v.size() >= 10 && v[7] == '-' && IsDigits(v, 8, 2)) p.d = std::stoi(v.substr(8, 2));
  if (v.size() >= 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') p.q = v[6] - '0';
  if (p.m) p.q = (p.m - 1) / 3 + 1;
  if (p.d && !IsValidDate(p.y, p.m, p.d)) p.d = 0;
  if (p.m < 1 || p.m > 12) p.m = 0, p.d = 0;
  return p;
}

// The value `rel` gives counted from `p`; "" if p is too coarse for it.
std::string Shifted(const Point& p, const Relative& rel) {
  if (rel.unit == "Y" && rel.weekday == 0) {
    int y = p.y + rel.shift;
    return y >= 1 && y <= 9999 ? FormatYear(y) : "";
  }
  if (rel.unit == "Q" && p.q) {
    int q = (p.y * 4 + p.q - 1) + rel.shift;
    return q >= 4 ? FormatQuarter(q / 4, q % 4 + 1) : "";
  }
  if (rel.unit == "M" && p.m) {
    Date d = AddMonths({p.y, p.m, 1}, rel.shift);
    return FormatMonth(d.y, d.m);
  }
  if (!p.d) return "";
  Date day{p.y, p.m, p.d};
  if (rel.weekday != 0) {  // strictly before or after the antecedent's day
    int back = (IsoWeekday(day) - rel.weekday + 7) % 7;
    int fwd = (rel.weekday - IsoWeekday(day) + 7) % 7;
    if (rel.shift < 0) return FormatDay(AddDays(day, -(back == 0 ? 7 : back)));
    return FormatDay(AddDays(day, fwd == 0 ? 7 : fwd));
  }
  if (rel.unit == "W") return FormatWeek(AddDays(day, 7 * rel.shift));
  if (rel.unit != "D") return "";
  std::string v = FormatDay(AddDays(day, rel.shift));
  return rel.pod.empty() ? v : v + "T" + rel.pod;
}

// The value of t[i] counted from the last date before it precise enough, if any.
std::optional<std::string> FromLastDate(const std::vector<Anchored>& t, size_t i) {
  for (size_t k = i; k-- > 0;) {
    const Timex& x = t[k].timex;
    bool date = x.type == TimexType::kDate || x.type == TimexType::kTime;
    if (!date || t[k].anaphor == Anaphor::kYearBefore) continue;
    std::optional<Point> p = ParsePoint(x.value);
    if (!p) continue;
    std::string v = Shifted(*p, t[i].relative);
    if (!v.empty()) return v;
  }
  return std::nullopt;
}

}  // namespace

void ResolveAnaphora(std::vector<Anchored>* tagged) {
  std::vector<Anchored>& t = *tagged;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].anaphor == Anaphor::kNone) continue;
    if (t[i].anaphor == Anaphor::kRelative) {
      if (std::optional<std::string> v = FromLastDate(t, i)) t[i].timex.value = *v;
      continue;
    }
    bool same = t[i].anaphor == Anaphor::kSamePeriod;
    std::optional<std::string> antecedent = LastPeriod(t, i, !same);
    if (!antecedent) continue;
    std::string v = same ? *antecedent : YearBefore(*antecedent);
    if (!v.empty()) t[i].timex.value = v;
  }
}

}  // namespace dossier::timex
