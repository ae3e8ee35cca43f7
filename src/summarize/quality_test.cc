#include "src/summarize/quality.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::summarize::internal {
namespace {

std::string Clean(const std::string& text) {
  Span s = CleanSpan(text, Span{0, static_cast<uint32_t>(text.size())});
  return text.substr(s.begin, s.size());
}

TEST(QualityTest, CleanSpanRemovesDatelinesAndGluedHeadlines) {
  struct Case { std::string in, want; };
  for (const Case& c : {
           Case{"WASHINGTON (AP) _ The Senate voted.", "The Senate voted."},
           Case{"BRUSSELS, Belgium (AP) - The EU approved aid.", "The EU approved aid."},
           Case{"BEIJING, Oct. 16 (Xinhua) -- China said so.", "China said so."},
           Case{"(CNN) Hours after the party, a boy died.", "Hours after the party, a boy died."},
           Case{"Getty Images House Speaker\n\nCongress is working.", "Congress is working."},
           Case{"The U.S. - China talks - resumed today.", "The U.S. - China talks - resumed today."},
           Case{"NATO said - in a statement - that it would act.",
                "NATO said - in a statement - that it would act."},
           Case{"  Plain sentence.  ", "Plain sentence."},
       }) {
    EXPECT_EQ(Clean(c.in), c.want) << c.in;
  }
}

TEST(QualityTest, IsStatementRejectsQuestionsQuotesAndBoilerplate) {
  struct Case { std::string_view s; bool want; };
  for (const Case& c : {
           Case{"The storm killed 20 people in the province.", true},
           Case{"What happens next is unclear?", false},
           Case{"``We will not leave,'' the leader said.", false},
           Case{"\"We will not leave,\" the leader said.", false},
           Case{"The leader said ``we will not leave,'' and left.", true},
           Case{"The leader said \"we will not leave and left.", false},
           Case{"Sign up for our newsletter to get the news first.", false},
           Case{"Read more at http://example.com/story today.", false},
           Case{"", false},
       }) {
    EXPECT_EQ(IsStatement(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, StartsWithConnectiveFindsPronounsAndConjunctions) {
  struct Case { std::string_view s; bool want; };
  for (const Case& c : {Case{"He said the vote was fair.", true},
                        Case{"But the rebels refused.", true},
                        Case{"This was the third attack.", true},
                        Case{"Hezbollah said the vote was fair.", false},
                        Case{"Thousands marched in the capital.", false}}) {
    EXPECT_EQ(StartsWithConnective(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, CountWordsAndCollapseSpaces) {
  EXPECT_EQ(CountWords("  one two\n\nthree  "), 3);
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CollapseSpaces("  one two\n\nthree  "), "one two three");
}

}  // namespace
}  // namespace dossier::summarize::internal
