// calendar.h: Gregorian date arithmetic and TIMEX3 value formatting (on std::chrono).
//
//   Date d{2021, 12, 9};
//   FormatWeek(AddDays(d, -7));   // "2021-W48"
#ifndef DOSSIER_SRC_TIMEX_CALENDAR_H_
#define DOSSIER_SRC_TIMEX_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

namespace dossier::timex {

struct Date {
  int y = 0;
  int m = 0;
  int d = 0;
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Years outside [1, 9999] are rejected everywhere: TIMEX3 values have four-digit years.
bool IsValidDate(int y, int m, int d);
// "YYYY-MM-DD" (a longer string is cut after 10 characters) -> Date if valid.
std::optional<Date> ParseIsoDate(std::string_view s);

// REQUIRES: d valid. Results leaving years 1..9999 are clamped into range.
Date AddDays(Date d, int days);
Date AddMonths(Date d, int months);  // day clamped to the target month's length
int IsoWeekday(Date d);              // 1 = Monday ... 7 = Sunday

// Whether two TIMEX3 date values can name one event's day: equal, one a coarser form
// of the other ("1989" / "1989-02-14"), or two days in a row (a wire story of the
// evening and one of the next morning).
bool CloseDates(std::string_view a, std::string_view b);

std::string FormatYear(int y);             // "0998", "2021"
std::string FormatDay(Date d);             // "2021-12-07"
std::string FormatMonth(int y, int m);     // "2021-12"
std::string FormatWeek(Date d);            // ISO week: "2021-W49"
std::string FormatQuarter(int y, int q);   // "2022-Q1"

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_CALENDAR_H_
