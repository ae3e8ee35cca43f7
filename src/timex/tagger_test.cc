#include "src/timex/timex.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::timex {
namespace {

struct Case {
  std::string text;
  std::string dct;
  std::string want_text;   // the expected span's text ("" = nothing tagged)
  std::string want_value;
  std::string want_mod = "";
};

// Tags c.text and returns the first expression (or an empty one).
Timex First(const Case& c) {
  std::vector<Timex> got = TagTimex(c.text, Span{0, static_cast<uint32_t>(c.text.size())},
                                    TimexContext{c.dct});
  return got.empty() ? Timex{} : got[0];
}

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    Timex t = First(c);
    EXPECT_EQ(c.text.substr(t.span.begin, t.span.size()), c.want_text) << c.text;
    EXPECT_EQ(t.value, c.want_value) << c.text;
    EXPECT_EQ(t.mod, c.want_mod) << c.text;
  }
}

TEST(TagTimexTest, NormalizesCalendarDates) {
  Check({
      {"The summit opened Dec. 7, 2021, in Geneva.", "2021-12-09", "Dec. 7, 2021", "2021-12-07"},
      {"Talks resumed on December 7.", "2021-12-09", "December 7", "2021-12-07"},
      {"It was signed on 18 January 2022 at noon.", "", "18 January 2022", "2022-01-18"},
      {"Filed 2022-01-18 by the clerk.", "", "2022-01-18", "2022-01-18"},
      {"Filed 1/18/2022 by the clerk.", "", "1/18/2022", "2022-01-18"},
      {"Prices rose in August 1988.", "", "August 1988", "1988-08"},
      {"The plant closed in 1990.", "2000-01-01", "1990", "1990"},
      {"a boom in the 1990s", "2000-01-01", "the 1990s", "199"},
      {"since the mid-1990s", "", "the mid-1990s", "199", "MID"},
      {"in the 20th century", "", "the 20th century", "19"},
      {"profit in the third quarter rose", "1989-10-26", "the third quarter", "1989-Q3"},
      {"the first half of 1990", "", "the first half of 1990", "1990-H1"},
      {"It opens this summer.", "1998-03-01", "this summer", "1998-SU"},
  });
}

TEST(TagTimexTest, ResolvesWeekdayAgainstDocumentDateWithTense) {
  // 2021-12-09 is a Thursday.
  Check({
      {"Biden spoke on Tuesday about Ukraine.", "2021-12-09", "Tuesday", "2021-12-07"},
      {"Biden will speak on Tuesday about Ukraine.", "2021-12-09", "Tuesday", "2021-12-14"},
      {"The vote is scheduled for Monday night.", "2021-12-09", "Monday night", "2021-12-13TNI"},
      {"They met last Friday.", "2021-12-09", "last Friday", "2021-12-03"},
      {"They meet next Thursday.", "2021-12-09", "next Thursday", "2021-12-16"},
      // 2021-12-11 is a Saturday: the nearest Tuesday is ahead, but "met" is past tense, and
      // the full stops of "Mr." and "U.S." do not end the sentence.
      {"He met Mr. Bush on Tuesday.", "2021-12-11", "Tuesday", "2021-12-07"},
      {"He met U.S. envoys on Tuesday.", "2021-12-11", "Tuesday", "2021-12-07"},
      // A cue of the sentence itself wins over the sentences before; without one, the
      // story's tense carries over.
      {"He met them. On Tuesday, talks will resume.", "2021-12-11", "Tuesday", "2021-12-14"},
      {"He met them. On Tuesday, talks resume.", "2021-12-11", "Tuesday", "2021-12-07"},
  });
}

TEST(TagTimexTest, ResolvesRelativeExpressions) {
  Check({
      {"Sales fell last June.", "2021-12-09", "last June", "2021-06"},
      {"A deal is expected early next year.", "2021-12-09", "early next year", "2022", "START"},
      {"He said so yesterday.", "2021-12-09", "yesterday", "2021-12-08"},
      {"Growth slowed last week.", "2021-12-09", "last week", "2021-W48"},
      {"Shares rose this week.", "2021-12-09", "this week", "2021-W49"},
      {"Results due next quarter.", "2021-12-09", "next quarter", "2022-Q1"},
      {"He arrived two years ago.", "2021-12-09", "two years ago", "2019"},
      {"Rates are high now.", "2021-12-09", "now", "PRESENT_REF"},
      {"Tensions rose recently.", "2021-12-09", "recently", "PAST_REF"},
      {"Tensions rose in recent weeks.", "2021-12-09", "recent weeks", "PXW"},
      {"It grew over the past year.", "2021-12-09", "the past year", "2020"},
      {"Oil rose last night.", "2021-12-09", "last night", "2021-12-08TNI"},
  });
}

TEST(TagTimexTest, NormalizesDurationsAndSets) {
  Check({
      {"The meeting lasted two hours.", "", "two hours", "PT2H"},
      {"a five-year plan", "", "five-year", "P5Y"},
      {"He left days after the vote.", "", "days", "PXD"},
      {"in the past two months", "", "the past two months", "P2M"},
      {"for more than four hours", "", "more than four hours", "PT4H", "MORE_THAN"},
      {"over the next few days", "", "the next few days", "PXD"},
      {"It pays dividends quarterly.", "", "quarterly", "P3M"},
      {"We meet every two weeks.", "", "every two weeks", "P2W"},
      {"for twenty-four hours", "", "twenty-four hours", "PT24H"},
  });
}

TEST(TagTimexTest, NormalizesClockTimesAndDropsTimeZoneFromValue) {
  Check({
      {"The speech starts at 10 a.m. ET today.", "2021-12-09", "10 a.m. ET today", "2021-12-09T10:00"},
      {"Polls close at 8:30 p.m.", "2021-12-09", "8:30 p.m.", "2021-12-09T20:30"},
      {"Polls close at 8:30 p.m.", "", "8:30 p.m.", "XXXX-XX-XXT20:30"},
  });
}

TEST(TagTimexTest, StaysUnderspecifiedWithoutDocumentDate) {
  Check({
      {"Talks resumed on December 7.", "", "December 7", "XXXX-12-07"},
      {"Biden spoke on Tuesday.", "", "Tuesday", "XXXX-WXX-2"},
      {"He said so yesterday.", "", "yesterday", "XXXX-XX-XX"},
      {"Sales fell last year.", "", "last year", "PAST_REF"},
      {"He arrived two years ago.", "", "two years ago", "PAST_REF"},
  });
  Timex t = First({"Biden spoke on Tuesday.", "", "", ""});
  EXPECT_FALSE(t.anchored);
  EXPECT_TRUE(First({"Biden spoke on Tuesday.", "2021-12-09", "", ""}).anchored);
}

TEST(TagTimexTest, RejectsImpossibleDatesAndNonTemporalNumbers) {
  Check({
      {"on February 31, 2021 nothing", "", "February", "XXXX-02"},
      {"It cost $1990 in total.", "", "", ""},
      {"The may be fine; they march on.", "", "", ""},
      {"Revenue was 2,000 units.", "", "", ""},
  });
}

// TimeML 1.2.1 conventions on extents and values, on sentences written for the test.
TEST(TagTimexTest, FollowsTimemlConventions) {
  Check({
      // "the year ended June 30" is the 12 months up to that day: a duration.
      {"Profit rose in the year ended June 30.", "2021-12-09", "the year", "P1Y"},
      {"Sales fell in the fiscal year ending March 31.", "2021-12-09", "the fiscal year", "P1Y"},
      {"Profit rose for the year, it said.", "2021-12-09", "the year", "2021"},
      // "later" counts from an event of the story: the duration alone is tagged.
      {"Three days later the rebels left.", "2021-12-09", "Three days", "P3D"},
      {"He arrived two days ago.", "2021-12-09", "two days ago", "2021-12-07"},
      // Decades in words, the end of a period, year-end.
      {"Prices soared in the nineties.", "2021-12-09", "the nineties", "199"},
      {"a fad of the late sixties", "2021-12-09", "the late sixties", "196", "END"},
      {"Talks end by the end of the year.", "2021-12-09", "the end of the year", "2021", "END"},
      {"The deal closes before year-end.", "2021-12-09", "year-end", "2021", "END"},
      {"Inflation rose earlier in the year.", "2021-12-09", "earlier in the year", "2021", "START"},
      // Unspecified spans of the past or future.
      {"Prices will rise in coming months.", "2021-12-09", "coming months", "PXM"},
      {"Losses may grow in future quarters.", "2021-12-09", "future quarters", "FUTURE_REF"},
      {"It grew in the months ahead of the vote.", "2021-12-09", "the months ahead", "PXM"},
  });
}

TEST(TagTimexTest, DoesNotReadIndexLevelsOrPhoneNumbersAsYears) {
  Check({
      {"The index closed at 2596.72, off 17 points.", "1989-10-26", "", ""},
      {"He dialed the number (888-484-1644) left on machines.", "1998-11-06", "", ""},
      {"The 1998-1999 season opened.", "1998-11-06", "1998", "1998"},
      {"The index fell to 1462.93 Friday.", "1989-10-26", "Friday", "1989-10-20"},
      {"Sales rose in 1989.", "1989-10-26", "1989", "1989"},
  });
}

TEST(TagTimexTest, NeverCrashesOnJunk) {
  std::vector<std::string> junk = {
      "", "\xff\xfe\xfd", std::string(5000, '9'), "Dec. 99999999999999999999",
      "9999999999 years ago", "the 99999999999999999999th century", std::string("a\0b", 3),
      "December 7, 9999 and 1 January 0000", "\xe2\x80 Tuesday \xc3", "1/2/ 3/4/5/6//7",
      "12:99 p.m.", "99 p.m.", "in 9999 years from now",
  };
  for (const std::string& s : junk) {
    std::vector<Timex> got = TagTimex(s, Span{0, static_cast<uint32_t>(s.size())}, {"9999-12-31"});
    for (const Timex& t : got) EXPECT_LE(t.span.end, s.size());
    TagTimex(s, Span{0, static_cast<uint32_t>(s.size())}, {"0001-01-01"});
  }
  EXPECT_TRUE(TagTimex("Tuesday", Span{5, 100}, {}).empty());  // clipped span
}

TEST(TagTimexTest, TagsOnlyInsideTheGivenSpan) {
  std::string text = "Monday. He spoke Friday.";
  std::vector<Timex> got = TagTimex(text, Span{8, static_cast<uint32_t>(text.size())}, {"2021-12-09"});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].span, (Span{17, 23}));
  EXPECT_EQ(got[0].value, "2021-12-03");
}

TEST(FindDocumentDateTest, FindsDateLineNearTheTop) {
  struct DCase { std::string text; std::string want; };
  for (const DCase& c : {
           DCase{"Biden and Putin talk\nTue, 18 Jan 2022\n\nThe leaders spoke on Monday.", "2022-01-18"},
           DCase{"Headline\nJanuary 18, 2022 10:31 AM\nBody text.", "2022-01-18"},
           DCase{"Headline\nBy A. Writer\n2022-01-18\nBody", "2022-01-18"},
           DCase{"Headline\nThe treaty of December 7, 2021 was signed by many countries "
                 "after years of talks.\nBody", ""},
           DCase{"No date here.\nNone at all.", ""},
       }) {
    EXPECT_EQ(FindDocumentDate(c.text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace dossier::timex
