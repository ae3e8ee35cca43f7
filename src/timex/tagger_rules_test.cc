// Rules added to raise value accuracy (see resources/timex/README.md): tense cues,
// holidays, anaphoric expressions, signals and halves. Sentences written for the test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/timex/timex.h"

namespace dossier::timex {
namespace {

struct Case {
  std::string text;
  std::string dct;
  std::string want_text;  // the span to look for ("" = nothing may be tagged)
  std::string want_value;
};

// Checks the expression whose text is want_text (the sentence may hold others).
void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::vector<Timex> got = TagTimex(c.text, Span{0, static_cast<uint32_t>(c.text.size())},
                                      TimexContext{c.dct});
    if (c.want_text.empty()) {
      EXPECT_TRUE(got.empty()) << c.text << " -> " << (got.empty() ? "" : got[0].value);
      continue;
    }
    const Timex* hit = nullptr;
    for (const Timex& t : got) {
      if (c.text.substr(t.span.begin, t.span.size()) == c.want_text) hit = &t;
    }
    ASSERT_NE(hit, nullptr) << c.text << ": \"" << c.want_text << "\" not tagged";
    EXPECT_EQ(hit->value, c.want_value) << c.text;
  }
}

TEST(TenseCueTest, PlacesWeekdaysByTheTenseOfTheEventNotOfTheReport) {
  Check({
      // 2021-12-08 is a Wednesday: "said" far away reports a future event.
      {"The father will be traveling to Washington with his wife and son on Thursday, his lawyer "
       "said.", "2021-12-08", "Thursday", "2021-12-09"},
      // Next to the expression, the reporting verb is the event.
      {"The minister said Friday that the talks went well.", "2021-12-09", "Friday", "2021-12-03"},
  });
}

TEST(TenseCueTest, ReadsMultiWordCues) {
  Check({
      // "next to" is a place (2021-12-11 is a Saturday).
      {"A bomb exploded next to the embassy on Friday.", "2021-12-11", "Friday", "2021-12-10"},
      // Plans and schedules look ahead even in the past tense ...
      {"The team planned to leave on Thursday.", "2021-12-08", "Thursday", "2021-12-09"},
      {"Talks are set to resume Monday in Geneva.", "2021-12-12", "Monday", "2021-12-13"},
      // ... unless the plan itself is over (past perfect; 2021-12-13 is a Monday).
      {"The offer had been scheduled to expire Friday.", "2021-12-13", "Friday", "2021-12-10"},
      {"The drills were originally set to end on Sunday.", "2022-02-21", "Sunday", "2022-02-20"},
      {"The drills are set to end on Sunday.", "2022-02-21", "Sunday", "2022-02-27"},
      // "plans" as a noun is no cue; "lifted" is.
      {"On Friday, when he put aside his vacation plans, the agency lifted a warning.",
       "2021-12-14", "Friday", "2021-12-10"},
      // Irregular past forms count as past.
      {"Investors bought shares from Sept. 14 to Thursday.", "2021-12-13", "Thursday", "2021-12-09"},
  });
}

TEST(HolidayTest, ResolvesNamedHolidays) {
  Check({
      {"The boat sank on Thanksgiving Day off the coast.", "2022-01-10", "Thanksgiving Day", "2021-11-25"},
      {"Voters will go to the polls on Election Day.", "2022-10-20", "Election Day", "2022-11-08"},
      {"Shops closed early last Christmas.", "2022-06-01", "last Christmas", "2021-12-25"},
      {"Pilgrims will arrive for Easter week.", "2000-04-01", "Easter week", "2000-W16"},
      {"He visited the family at Christmas 1998.", "2005-06-01", "Christmas 1998", "1998-12-25"},
      {"They met on Christmas.", "", "Christmas", "XXXX-12"},
  });
}

TEST(DateExtentTest, KeepsDatesWholeAndClippedMonthsNextToADay) {
  Check({
      {"The paper wrote on Saturday, April 25: the court erred.", "1998-04-27", "Saturday, April 25",
       "1998-04-25"},
      {"Foreign Minister Jan Kavan spoke to reporters.", "1999-03-12", "", ""},
      {"Talks resume Jan 5 in Vienna.", "2021-12-09", "Jan 5", "2022-01-05"},
      {"He sold the firm in Jan. 2020.", "2021-12-09", "Jan. 2020", "2020-01"},
  });
}

TEST(AnaphoraRuleTest, CountsFromTheLastMentionedDate) {
  Check({
      {"The firm was founded on May 22, 1995, and listed the following year.", "2021-12-09",
       "the following year", "1996"},
      {"Shares fell on Oct. 13, 1989. The following month, the index recovered.", "2021-12-09",
       "The following month", "1989-11"},
      {"Troops landed on March 3, 2003. That day, the city fell.", "2021-12-09", "That day",
       "2003-03-03"},
      {"He was released on Feb. 21 and was in court the next morning.", "2000-02-24",
       "the next morning", "2000-02-22TMO"},
      {"Stocks fell on Friday, Oct. 27, 1989, after gains the previous Friday.", "1989-10-30",
       "the previous Friday", "1989-10-20"},
      {"Police came on Oct. 23, 1998, and the suspect fled at 10 p.m.", "1999-04-19", "10 p.m.",
       "1998-10-23T22:00"},
      // Without an antecedent the document date anchors them.
      {"The plant will reopen the following year.", "2021-12-09", "the following year", "2022"},
      {"Polls close at 8 p.m.", "2021-12-09", "8 p.m.", "2021-12-09T20:00"},
  });
}

TEST(AnaphoraRuleTest, LatestPeriodIsTheQuarterUnderDiscussion) {
  Check({
      {"Net rose in the third quarter. In the latest period, sales rose 5%.", "2021-11-02",
       "the latest period", "2021-Q3"},
      {"In the latest period, sales rose 5%.", "2021-11-02", "the latest period", "2021-Q3"},
  });
}

TEST(SignalTest, SoonRelatingTwoEventsIsNotATime) {
  Check({
      {"He left soon after the attack.", "2021-12-09", "", ""},
      {"They will return the boy as soon as the court rules.", "2021-12-09", "", ""},
      {"Prices will soon rise.", "2021-12-09", "soon", "FUTURE_REF"},
  });
}

TEST(DurationRuleTest, WritesHalvesInTheSmallerUnit) {
  Check({
      {"The flight took 5 1/2 hours.", "", "5 1/2 hours", "PT5H30M"},
      {"It took 2 1/2 years to build.", "", "2 1/2 years", "P2Y6M"},
      {"The clip lasts a minute and a half.", "", "a minute and a half", "PT1M30S"},
      {"He waited two and a half days.", "", "two and a half days", "P2DT12H"},
      {"It grew two and a half weeks.", "", "two and a half weeks", "P2.5W"},
  });
}

TEST(NonTemporalTest, AgesAndFractionsAreNotTimes) {
  Check({
      {"She married him when he was in his 30s.", "2021-12-09", "", ""},
      {"The country imports three-quarters of its food.", "2021-12-09", "", ""},
      {"Rents soared in the 1930s.", "2021-12-09", "the 1930s", "193"},
  });
}

TEST(NonTemporalTest, NewRulesSurviveExtremeDocumentDates) {
  const std::string texts[] = {
      "He came on Christmas, left last Easter and returns next Thanksgiving.",
      "It began on Dec. 31, 9999. The following year was calm; that day at 9 p.m. it ended.",
      "It began in 0999. The previous Friday and the next morning were quiet.",
      "In the latest period, after 9 1/2 years, soon after his 30s.",
  };
  for (const std::string& text : texts) {
    for (const char* dct : {"0001-01-01", "9999-12-31", ""}) {
      for (const Timex& t : TagTimex(text, Span{0, static_cast<uint32_t>(text.size())}, {dct})) {
        EXPECT_LE(t.span.end, text.size());
        EXPECT_FALSE(t.value.empty()) << text;
        EXPECT_EQ(t.value.find("10000"), std::string::npos) << text << " " << t.value;
      }
    }
  }
}

// A dash before a month or year belongs to it only after a modifier ("mid-July"): a
// chronology's "-- July 25, 2000:" line is the full date, not "- July" and "2000".
TEST(DashTest, ADashOpensAMonthOnlyAfterAModifier) {
  Check({
      {"-- July 25, 2000: An Air France Concorde crashes.", "2000-09-01", "July 25, 2000",
       "2000-07-25"},
      {"The talks resumed in mid-July.", "2000-09-01", "mid-July", "2000-07"},
      {"Sales grew - 1999 was a record.", "2000-09-01", "1999", "1999"},
  });
}

// A day's year may follow "of" ("August 20 of 1993", "April 15 of next year"); an
// anniversary ("today five years ago") is that very day; "midnight on May 3" is May 3's.
// Each was read as two expressions, the first dated the document's year or day; and
// "May of last year" had been this year's May.
TEST(DayOfYearTest, ReadsTheYearAfterOfAndTheAnniversaryDay) {
  Check({
      {"They reached agreement on August 20 of 1993 in Oslo.", "1998-09-13",
       "August 20 of 1993", "1993-08-20"},
      {"The government has until April 15 of next year to reply.", "1998-11-28",
       "April 15 of next year", "1999-04-15"},
      {"The mill closed on March 2 of last year.", "1998-11-28", "March 2 of last year",
       "1997-03-02"},
      {"The accords were signed in Washington today five years ago.", "1998-09-13",
       "today five years ago", "1993-09-13"},
      {"Five years ago today, the accords were signed.", "1998-09-13", "Five years ago today",
       "1993-09-13"},
      {"Fans will line up well before midnight on May 3.", "1999-04-13", "midnight on May 3",
       "1999-05-03T24:00"},
      {"Stores will open at 12:01 a.m. on May 3.", "1999-04-13", "12:01 a.m. on May 3",
       "1999-05-03T00:01"},
      // Unchanged: a year ago alone is a year, "of" after a month alone was already read.
      {"The mill closed five years ago.", "1998-09-13", "five years ago", "1993"},
      {"The mill closed in May of 1993.", "1998-09-13", "May of 1993", "1993-05"},
      {"The mill closed in May of last year.", "1998-11-28", "May of last year", "1997-05"},
  });
}

}  // namespace
}  // namespace dossier::timex
