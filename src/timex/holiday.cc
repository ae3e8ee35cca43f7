// holiday.cc: holiday dates from rules (fixed date, n-th weekday of a month, Easter).
//
// Easter Sunday follows the anonymous Gregorian algorithm ("Meeus/Jones/Butcher", J.
// Meeus, Astronomical Algorithms, 2nd ed., 1998, ch. 8), as HeidelTime's holiday
// normalization does; it is a dozen lines of arithmetic, so no library is pulled in.
#include "src/timex/holiday.h"

#include <charconv>
#include <string>

namespace dossier::timex {
namespace {

// Parses a whole (optionally signed) integer; nullopt on anything else.
std::optional<int> Int(std::string_view s) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

Date Easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

// The n-th (n >= 1) or last (n == 0) weekday `wd` of month m of year y.
std::optional<Date> NthWeekday(int y, int m, int wd, int n) {
  if (m < 1 || m > 12 || wd < 1 || wd > 7 || n < 0 || n > 5) return std::nullopt;
  Date first{y, m, 1};
  Date d = AddDays(first, (wd - IsoWeekday(first) + 7) % 7);
  if (n == 0) {
    while (AddDays(d, 7).m == m) d = AddDays(d, 7);
    return d;
  }
  d = AddDays(d, 7 * (n - 1));
  if (d.m != m) return std::nullopt;
  return d;
}

// "11-4-4+1" -> {11, 4, 4, 1}; "05-1-L" -> {5, 1, 0, 0}.
std::optional<Date> WeekdayRule(std::string_view rule, int year) {
  if (rule.size() < 6 || rule[2] != '-' || rule[4] != '-') return std::nullopt;
  auto m = Int(rule.substr(0, 2));
  auto wd = Int(rule.substr(3, 1));
  std::string_view rest = rule.substr(5);
  size_t plus = rest.find_first_of("+-");
  std::string_view nth = rest.substr(0, plus);
  std::optional<int> n = nth == "L" ? std::optional<int>(0) : Int(nth);
  std::optional<int> k = 0;
  if (plus != std::string_view::npos) k = Int(rest.substr(plus));
  if (!m || !wd || !n || !k || (*n == 0 && nth != "L")) return std::nullopt;
  auto d = NthWeekday(year, *m, *wd, *n);
  if (!d) return std::nullopt;
  return AddDays(*d, *k);
}

}  // namespace

std::optional<Date> HolidayDate(std::string_view rule, int year) {
  if (year < 1583 || year > 9999) return std::nullopt;
  if (rule.starts_with("EASTER")) {
    auto k = Int(rule.substr(6));
    if (!k || *k < -60 || *k > 60) return std::nullopt;
    return AddDays(Easter(year), *k);
  }
  if (rule.size() == 5 && rule[2] == '-') {
    auto m = Int(rule.substr(0, 2));
    auto d = Int(rule.substr(3, 2));
    if (!m || !d || !IsValidDate(year, *m, *d)) return std::nullopt;
    return Date{year, *m, *d};
  }
  return WeekdayRule(rule, year);
}

int HolidayMonth(std::string_view rule) {
  auto d = HolidayDate(rule, 2001);
  return d ? d->m : 0;
}

}  // namespace dossier::timex
