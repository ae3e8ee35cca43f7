#include "src/ingest/date.h"

#include <gtest/gtest.h>

namespace dossier::ingest {
namespace {

using Kind = ParsedDate::Kind;

TEST(ParseDateTest, ReadsEveryHeaderForm) {
  struct Case {
    const char* text;
    const char* want;
  };
  for (const Case& c : {Case{"20220221", "2022-02-21"}, Case{"2022-02-21", "2022-02-21"},
                        Case{"Tue, 18 Jan 2022", "2022-01-18"},
                        Case{"December 7, 2021", "2021-12-07"}, Case{"Dec. 7, 2021", "2021-12-07"},
                        Case{"Sept 3 2019", "2019-09-03"}, Case{"7th December 2021", "2021-12-07"},
                        Case{"2014-03-10T16:52:50Z", "2014-03-10"},
                        Case{"2017-06-13 21:22:05", "2017-06-13"},
                        Case{"Tue, 18 Jan 2022 10:15:00 +0000", "2022-01-18"},
                        Case{"March 10, 2012 10:54 am ET", "2012-03-10"},
                        Case{"Friday, February 2, 2018", "2018-02-02"},
                        Case{"2020/02/29", "2020-02-29"}, Case{"25/12/2021", "2021-12-25"}}) {
    ParsedDate d = ParseDate(c.text);
    EXPECT_EQ(d.kind, Kind::kValid) << c.text;
    EXPECT_EQ(d.iso, c.want) << c.text;
  }
}

TEST(ParseDateTest, RejectsTextThatIsNotOnlyADate) {
  for (const char* text : {"", "Biden and Putin meet", "December 2021", "03/04/2021",
                           "On December 7, 2021 they met", "2022", "Dec 7, 2021 by Staff",
                           "https://example.com/2022/01/01"}) {
    EXPECT_EQ(ParseDate(text).kind, Kind::kNotDate) << text;
  }
}

TEST(ParseDateTest, FlagsImpossibleAndImplausibleDates) {
  for (const char* text : {"2022-13-45", "2021-02-29", "9999-01-01", "99999999", "1066-10-14",
                           "February 30, 2020"}) {
    EXPECT_EQ(ParseDate(text).kind, Kind::kAbsurd) << text;
  }
}

TEST(DateFromUnixTimeTest, ConvertsSecondsAndMilliseconds) {
  EXPECT_EQ(DateFromUnixTime(0).iso, "1970-01-01");
  EXPECT_EQ(DateFromUnixTime(1645401600).iso, "2022-02-21");
  EXPECT_EQ(DateFromUnixTime(1645401600000).iso, "2022-02-21");
  EXPECT_EQ(DateFromUnixTime(951782400).iso, "2000-02-29");
  EXPECT_EQ(DateFromUnixTime(-1).iso, "1969-12-31");
  EXPECT_EQ(DateFromUnixTime(99999999999999999).kind, Kind::kAbsurd);
}

}  // namespace
}  // namespace dossier::ingest
