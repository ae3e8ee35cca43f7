// Which supporting sentences a citation may name (Context::Cites): what the source says
// of whom, not only a shared name.
#include "src/briefing/context.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/engine/pipeline.h"

namespace dossier::briefing::internal {
namespace {

TEST(ContextTest, ACitationSaysTheSameOfTheSamePeople) {
  struct Case {
    std::string name, cited, other;
    bool cites;
  };
  const std::string denied = "Mrs. Gingrich's attorney, John Mayoue, has denied the allegations.";
  for (const Case& c : {
           Case{"the same statement", denied,
                "Marianne Gingrich's attorney, John Mayoue, has previously denied the "
                "allegations.",
                true},
           Case{"the same person, another statement", denied,
                "Her attorney, John Mayoue, declined to elaborate on the filing.", false},
           Case{"another person, the same words", denied,
                "Newt Gingrich's attorney, Randolph Evans, has denied the allegations.", false},
           Case{"a place the other article never names",
                "Jordan has enacted a law banning smoking in public places.",
                "Egypt has enacted a law banning smoking in public places.", false},
           Case{"the same place",
                "Jordan has enacted a law banning smoking in public places.",
                "Officials in Jordan enacted a law banning smoking in public places.", true},
           Case{"one name spelled two ways",
                "Catherine Ashton met deposed president Mohamed Morsi on Monday night.",
                "Catherine Ashton met deposed president Mohamed Mursi on Monday night.", true},
       }) {
    std::vector<Article> articles(2);
    articles[0].id = "a";
    articles[0].text = c.cited;
    articles[1].id = "b";
    articles[1].text = c.other;
    engine::PrepareArticles(&articles, {});
    BriefingOptions options;
    Context ctx(articles, options);
    BuildContext(&ctx);
    ASSERT_GE(ctx.unit_of[0][0], 0) << c.name;
    ASSERT_GE(ctx.unit_of[1][0], 0) << c.name;
    EXPECT_EQ(ctx.Cites(static_cast<size_t>(ctx.unit_of[0][0]), static_cast<size_t>(ctx.unit_of[1][0])),
              c.cites)
        << c.name;
  }
}

}  // namespace
}  // namespace dossier::briefing::internal
