#include "src/timex/calendar.h"

#include <gtest/gtest.h>

namespace dossier::timex {
namespace {

TEST(CalendarTest, FormatsIsoWeeksAcrossYearBoundaries) {
  struct Case { Date d; const char* want; };
  for (const Case& c : {Case{{2021, 12, 9}, "2021-W49"}, Case{{2021, 1, 3}, "2020-W53"},
                        Case{{2019, 12, 30}, "2020-W01"}, Case{{1989, 10, 26}, "1989-W43"}}) {
    EXPECT_EQ(FormatWeek(c.d), c.want) << FormatDay(c.d);
  }
}

TEST(CalendarTest, AddsMonthsClampingTheDay) {
  EXPECT_EQ(AddMonths({2021, 1, 31}, 1), (Date{2021, 2, 28}));
  EXPECT_EQ(AddMonths({2021, 12, 15}, 1), (Date{2022, 1, 15}));
  EXPECT_EQ(AddMonths({2021, 3, 15}, -15), (Date{2019, 12, 15}));
  EXPECT_EQ(AddDays({2020, 2, 28}, 1), (Date{2020, 2, 29}));
  EXPECT_EQ(AddDays({9999, 12, 31}, 1000), (Date{9999, 12, 31}));
  EXPECT_EQ(AddMonths({1, 1, 1}, -1000), (Date{1, 1, 1}));
}

TEST(CalendarTest, ParsesOnlyValidIsoDates) {
  EXPECT_EQ(ParseIsoDate("2021-12-09"), (Date{2021, 12, 9}));
  EXPECT_EQ(ParseIsoDate("1998-01-08T10:00"), (Date{1998, 1, 8}));
  EXPECT_FALSE(ParseIsoDate("2021-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("2021-13-01").has_value());
  EXPECT_FALSE(ParseIsoDate("20211209").has_value());
  EXPECT_FALSE(ParseIsoDate("").has_value());
  EXPECT_EQ(IsoWeekday({2021, 12, 9}), 4);
}

TEST(CalendarTest, CloseDatesAreEqualNestedOrConsecutiveDays) {
  struct Case {
    const char *a, *b;
    bool close;
  } cases[] = {
      {"1998-11-30", "1998-11-30", true},
      {"1989", "1989-02-14", true},        // a year holds its days
      {"1998-11", "1998-11-30", true},
      {"1998-11-30", "1998-12-01", true},  // across a month's end
      {"1998-12-31", "1999-01-01", true},  // and a year's
      {"1998-12-01", "1998-11-30", true},  // either order
      {"1998-11-28", "1998-11-30", false},
      {"1998-10", "1998-11-30", false},
      {"1998", "1999-01-01", false},
      {"1998-11-30", "", false},
      {"1998-Q4", "1998-11-30", false},    // a quarter is no prefix of its days
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CloseDates(c.a, c.b), c.close) << c.a << " / " << c.b;
  }
}

}  // namespace
}  // namespace dossier::timex
