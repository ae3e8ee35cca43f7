// calendar.cc: date arithmetic on std::chrono's civil calendar (C++20 <chrono>); ISO
// weeks are derived from the week's Thursday (ISO 8601: week 1 holds the first Thursday).
#include "src/timex/calendar.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace dossier::timex {
namespace {

namespace chr = std::chrono;

chr::sys_days ToDays(Date d) {
  return chr::sys_days(chr::year(d.y) / chr::month(static_cast<unsigned>(d.m)) /
                       chr::day(static_cast<unsigned>(d.d)));
}

Date FromDays(chr::sys_days days) {
  chr::year_month_day ymd(days);
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date Clamp(Date d) {
  if (d.y < 1) return {1, 1, 1};
  if (d.y > 9999) return {9999, 12, 31};
  return d;
}

}  // namespace

bool IsValidDate(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return (chr::year(y) / chr::month(static_cast<unsigned>(m)) / chr::day(static_cast<unsigned>(d))).ok();
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (!IsValidDate(d.y, d.m, d.d)) return std::nullopt;
  return d;
}

Date AddDays(Date d, int days) {
  long long n = ToDays(d).time_since_epoch().count() + static_cast<long long>(days);
  n = std::clamp(n, -719162LL, 2932896LL);  // 0001-01-01 .. 9999-12-31
  return Clamp(FromDays(chr::sys_days(chr::days(n))));
}

Date AddMonths(Date d, int months) {
  long long total = static_cast<long long>(d.y) * 12 + (d.m - 1) + months;
  total = std::clamp(total, 12LL, 9999LL * 12 + 11);
  Date out{static_cast<int>(total / 12), static_cast<int>(total % 12) + 1, 1};
  chr::year_month_day_last last(chr::year(out.y), chr::month_day_last(chr::month(static_cast<unsigned>(out.m))));
  out.d = std::min(d.d, static_cast<int>(static_cast<unsigned>(last.day())));
  return out;
}

bool CloseDates(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a.starts_with(b) || b.starts_with(a)) return true;
  if (a.size() != 10 || b.size() != 10) return false;
  const std::optional<Date> da = ParseIsoDate(a), db = ParseIsoDate(b);
  return da && db && (AddDays(*da, 1) == *db || AddDays(*db, 1) == *da);
}

int IsoWeekday(Date d) { return static_cast<int>(chr::weekday(ToDays(d)).iso_encoding()); }

std::string FormatYear(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", std::clamp(y, 0, 9999));
  return buf;
}

std::string FormatDay(Date d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", std::clamp(d.y, 0, 9999), d.m, d.d);
  return buf;
}

std::string FormatMonth(int y, int m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", std::clamp(y, 0, 9999), m);
  return buf;
}

std::string FormatWeek(Date d) {
  Date thursday = AddDays(d, 4 - IsoWeekday(d));
  Date jan1{thursday.y, 1, 1};
  long long doy = (ToDays(thursday) - ToDays(jan1)).count();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.y, static_cast<int>(doy / 7 + 1));
  return buf;
}

std::string FormatQuarter(int y, int q) { return FormatYear(y) + "-Q" + std::to_string(q); }

}  // namespace dossier::timex
