#include "src/timex/holiday.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::timex {
namespace {

struct HolidayCase {
  std::string rule;
  int year;
  std::string want;  // "" = no date
};

TEST(HolidayDateTest, ComputesFixedFloatingAndEasterHolidays) {
  const HolidayCase cases[] = {
      {"12-25", 2003, "2003-12-25"},
      {"11-4-4", 2004, "2004-11-25"},    // Thanksgiving: fourth Thursday of November
      {"11-4-4", 2010, "2010-11-25"},
      {"11-1-1+1", 2004, "2004-11-02"},  // Election Day: Tuesday after the first Monday
      {"11-1-1+1", 2010, "2010-11-02"},
      {"11-1-1+1", 2015, "2015-11-03"},  // Nov. 1, 2015 is a Sunday
      {"05-1-L", 2004, "2004-05-31"},    // Memorial Day: last Monday of May
      {"09-1-1", 2004, "2004-09-06"},    // Labor Day
      {"EASTER+0", 2004, "2004-04-11"},
      {"EASTER+0", 2011, "2011-04-24"},
      {"EASTER-2", 2008, "2008-03-21"},  // Good Friday, early Easter
      {"02-30", 2004, ""},
      {"11-4-6", 2004, ""},              // there is no sixth Thursday
      {"11-9-1", 2004, ""},
      {"EASTER+x", 2004, ""},
      {"", 2004, ""},
      {"12-25", 1200, ""},
  };
  for (const HolidayCase& c : cases) {
    std::optional<Date> d = HolidayDate(c.rule, c.year);
    EXPECT_EQ(d ? FormatDay(*d) : "", c.want) << c.rule << " " << c.year;
  }
}

TEST(HolidayDateTest, MonthOfRule) {
  EXPECT_EQ(HolidayMonth("11-4-4"), 11);
  EXPECT_EQ(HolidayMonth("EASTER-46"), 2);  // Ash Wednesday 2001: Feb. 28
  EXPECT_EQ(HolidayMonth("bogus"), 0);
}

}  // namespace
}  // namespace dossier::timex
