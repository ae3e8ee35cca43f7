// holiday.h: dates of named holidays in a given year, from a rule written in
// resources/timex/holiday.txt.
//
//   HolidayDate("11-4-4", 1999);    // fourth Thursday of November: 1999-11-25
//   HolidayDate("05-1-L", 2000);    // last Monday of May: 2000-05-29
//   HolidayDate("12-25", 1998);     // 1998-12-25
//   HolidayDate("EASTER+0", 2000);  // 2000-04-23
#ifndef DOSSIER_SRC_TIMEX_HOLIDAY_H_
#define DOSSIER_SRC_TIMEX_HOLIDAY_H_

#include <optional>
#include <string_view>

#include "src/timex/calendar.h"

namespace dossier::timex {

// Rule forms: "MM-DD" (fixed date), "MM-W-N" (N-th ISO weekday W of month MM; N = L for
// the last), "MM-W-N+K" (K days after it: US Election Day is "11-1-1+1", the Tuesday
// after the first Monday), "EASTER+K" / "EASTER-K" (days from Western Easter Sunday).
// Returns nullopt for a malformed rule or a year outside 1583..9999.
std::optional<Date> HolidayDate(std::string_view rule, int year);

// The month a rule's holiday falls in (for choosing the year), or 0 if malformed.
int HolidayMonth(std::string_view rule);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_HOLIDAY_H_
