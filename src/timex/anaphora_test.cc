// Anaphoric anchoring ("a year earlier", "the quarter") and the other context rules of
// the tagger, on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/timex/timex.h"

namespace dossier::timex {
namespace {

struct Case {
  std::string text;
  std::string dct;
  std::string want_text;  // the LAST expression tagged ("" = nothing tagged)
  std::string want_value;
};

void CheckLast(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::vector<Timex> got =
        TagTimex(c.text, Span{0, static_cast<uint32_t>(c.text.size())}, TimexContext{c.dct});
    Timex t = got.empty() ? Timex{} : got.back();
    EXPECT_EQ(c.text.substr(t.span.begin, t.span.size()), c.want_text) << c.text;
    EXPECT_EQ(t.value, c.want_value) << c.text;
  }
}

TEST(AnaphoraTest, ComparisonsTakeThePeriodUnderDiscussionOneYearBack) {
  CheckLast({
      {"Net income rose in the third quarter to $5 million from $4 million a year earlier.",
       "1989-10-26", "a year earlier", "1988-Q3"},
      {"Sales for the first half climbed 8% from a year ago.", "1990-08-01", "a year ago",
       "1989-H1"},
      {"The fourth-quarter loss compared with a year-earlier profit.", "1990-02-01",
       "year-earlier", "1988-Q4"},
      {"Revenue in 1987 was higher than a year earlier.", "1989-10-26", "a year earlier", "1986"},
      // No period under discussion: one year before the document date.
      {"The bank had fewer branches a year ago.", "1989-10-26", "a year ago", "1988"},
  });
}

TEST(AnaphoraTest, TheQuarterIsTheLastQuarterMentioned) {
  CheckLast({
      {"Profit fell in the second quarter. Costs rose during the quarter.", "1989-10-26",
       "the quarter", "1989-Q2"},
      // "a year earlier" names the compared period, not the one under discussion.
      {"Sales rose in the third quarter from a year earlier. Margins held in the quarter.",
       "1989-10-26", "the quarter", "1989-Q3"},
      {"Sales rose in the third quarter from a year earlier. A year earlier, margins fell.",
       "1989-10-26", "A year earlier", "1988-Q3"},
      // Nothing to refer back to: the DCT's quarter.
      {"Margins held in the quarter.", "1989-10-26", "the quarter", "1989-Q4"},
  });
}

TEST(AnaphoraTest, PastTenseQuarterNotYetBegunIsLastYears) {
  CheckLast({
      {"The company reported a drop in profits for the fourth quarter.", "1998-01-26",
       "the fourth quarter", "1997-Q4"},
      {"The company will report its profits for the fourth quarter.", "1998-01-26",
       "the fourth quarter", "1998-Q4"},
      {"The company reported a loss for the first quarter.", "1998-05-26", "the first quarter",
       "1998-Q1"},
  });
}

TEST(AnaphoraTest, AgesAreNotDurations) {
  CheckLast({
      {"The 6-year-old boy was rescued at sea.", "2000-01-06", "", ""},
      {"His father, who is 32 years old, flew in.", "2000-01-06", "", ""},
      {"a five-year-old plan to spend five years abroad", "", "five years", "P5Y"},
      {"a 30-year-long dispute", "", "30-year-long", "P30Y"},
  });
}

TEST(AnaphoraTest, TenseCuesIgnoreNamesAndReadFutureInThePast) {
  // 2000-04-05 is a Wednesday.
  CheckLast({
      {"The father would be traveling to the United States Thursday.", "2000-04-05",
       "Thursday", "2000-04-06"},
      {"The group could come to Washington as early as Friday.", "2000-04-05", "Friday",
       "2000-04-07"},
      {"The group arrived in Washington on Monday.", "2000-04-05", "Monday", "2000-04-03"},
  });
}

}  // namespace
}  // namespace dossier::timex
