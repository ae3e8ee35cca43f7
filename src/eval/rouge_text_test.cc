#include "src/eval/rouge_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::eval {
namespace {

using Strings = std::vector<std::string>;

TEST(TextToUnitsTest, FollowsTheSeeInputConvention) {
  struct Case {
    std::string text;
    Strings want;
  };
  for (const Case& c : {
           Case{"", {}},
           Case{"  \n\t\n", {}},
           Case{"One.\r\n\r\n  Two three.  \n", {"One.", "Two three."}},
           Case{"a <b> c", {"a  b  c"}},
           Case{"<p>", {" p "}},
           Case{"no final newline", {"no final newline"}},
       }) {
    EXPECT_EQ(TextToUnits(c.text), c.want) << c.text;
  }
}

TEST(RougeTokensTest, KeepsLowerCasedRunsOfAsciiLettersAndDigits) {
  struct Case {
    std::string text;
    Strings want;
  };
  for (const Case& c : {
           Case{"The U.S. cut 1,200 jobs -- 52-48!", {"the", "u", "s", "cut", "1", "200", "jobs", "52", "48"}},
           Case{"Z\xC3\xBCrich's COVID-19", {"z", "rich", "s", "covid", "19"}},
           Case{"$3.4 million", {"3", "4", "million"}},
           Case{"--- ... \xE2\x80\x94", {}},
       }) {
    EXPECT_EQ(RougeTokens(c.text, {}), c.want) << c.text;
  }
}

TEST(RougeTokensTest, StemsOnlyTokensLongerThanThreeBytes) {
  EXPECT_EQ(RougeTokens("Ran running cats dogs better", {.stem = true}),
            (Strings{"ran", "run", "cat", "dog", "well"}));
}

TEST(RougeTokensTest, RemovesSmartStopwordsBeforeStemming) {
  EXPECT_EQ(RougeTokens("The cats were sitting on the mat", {.remove_stopwords = true}),
            (Strings{"cats", "sitting", "mat"}));
  EXPECT_TRUE(IsSmartStopword("the"));
  EXPECT_FALSE(IsSmartStopword("cats"));
}

TEST(RougeStemTest, UsesExceptionTableBeforePorter) {
  EXPECT_EQ(RougeStem("geese"), "goose");
  EXPECT_EQ(RougeStem("best"), "well");  // the table shipped with ROUGE-1.5.5
  EXPECT_EQ(RougeStem("elections"), "elect");
}

TEST(TruncateJoinedTest, WordLimitCountsWhitespaceWordsOfRawUnits) {
  Strings units = {"one two-three four", "-- five six"};
  EXPECT_EQ(TruncateJoined(units, 2, 0), "one two-three");
  EXPECT_EQ(TruncateJoined(units, 4, 0), "one two-three four --");
  EXPECT_EQ(TruncateJoined(units, 3, 0), "one two-three four");
  EXPECT_EQ(TruncateJoined(units, 100, 0), "one two-three four -- five six");
  EXPECT_EQ(TruncateJoined(units, 0, 0), "one two-three four -- five six");
}

TEST(TruncateJoinedTest, ByteLimitDoesNotCountJoiningSpaces) {
  Strings units = {"abcd", "efgh", "ijkl"};
  EXPECT_EQ(TruncateJoined(units, 0, 6), "abcd ef");
  EXPECT_EQ(TruncateJoined(units, 0, 8), "abcd efgh");
  EXPECT_EQ(TruncateJoined(units, 0, 3), "abc");
}

TEST(TruncateUnitsTest, WordLimitCutsTheLastUnit) {
  EXPECT_EQ(TruncateUnits({"a b c", "d e f"}, 4, 0), (Strings{"a b c", "d"}));
  EXPECT_EQ(TruncateUnits({"a b c", "d e f"}, 3, 0), (Strings{"a b c"}));
}

TEST(TruncateUnitsTest, ByteLimitKeepsRouge155BugOfNotCountingEarlierUnits) {
  // Each unit is compared alone with the limit: all three 4-byte units survive a
  // 6-byte limit, where TruncateJoined keeps 6 bytes.
  EXPECT_EQ(TruncateUnits({"abcd", "efgh", "ijkl"}, 0, 6), (Strings{"abcd", "efgh", "ijkl"}));
  EXPECT_EQ(TruncateUnits({"abcd", "efghij", "kl"}, 0, 5), (Strings{"abcd", "efghi"}));
}

}  // namespace
}  // namespace dossier::eval
