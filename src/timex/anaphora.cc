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
// With no such antecedent the DCT-based value stays.
#include "src/timex/anaphora.h"

#include <optional>
#include <string>

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

}  // namespace

void ResolveAnaphora(std::vector<Anchored>* tagged) {
  std::vector<Anchored>& t = *tagged;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].anaphor == Anaphor::kNone) continue;
    bool same = t[i].anaphor == Anaphor::kSamePeriod;
    std::optional<std::string> antecedent = LastPeriod(t, i, !same);
    if (!antecedent) continue;
    std::string v = same ? *antecedent : YearBefore(*antecedent);
    if (!v.empty()) t[i].timex.value = v;
  }
}

}  // namespace dossier::timex
