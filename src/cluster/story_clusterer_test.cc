#include "src/cluster/story_clusterer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/cluster/features.h"

namespace dossier::cluster {
namespace {

constexpr int64_t kDay = 86400;
const int64_t kT0 = ParseTime("2021-12-07");

StreamArticle Headline(std::string_view title, int64_t time, std::string_view source = "") {
  return StreamArticle{title, "", source, time};
}

TEST(ParseTimeTest, ReadsDatesAndTimes) {
  EXPECT_EQ(ParseTime("1970-01-01"), 0);
  EXPECT_EQ(ParseTime("1970-01-02T01:00:30Z"), kDay + 3600 + 30);
  EXPECT_EQ(ParseTime("2014-03-10"), 1394409600);
  for (std::string_view bad : {"", "2014", "2014-13-01", "March 3", "2014/03/10"}) {
    EXPECT_EQ(ParseTime(bad), kNoTime) << bad;
  }
}

TEST(StoryClustererTest, HeadlinesOfOneEventShareAStoryAndOthersOpenTheirOwn) {
  StoryClusterer c(ClusterOptions{});
  c.Add(Headline("Malaysia Airlines flight MH370 missing over South China Sea", kT0));
  c.Add(Headline("Apple unveils new iPhone at Cupertino event", kT0));
  c.Add(Headline("Search for missing Malaysia Airlines MH370 widens", kT0 + 3600));
  c.Add(Headline("Cupertino: Apple iPhone event draws crowds", kT0 + 7200));
  EXPECT_EQ(c.StoryOf(0), c.StoryOf(2));
  EXPECT_EQ(c.StoryOf(1), c.StoryOf(3));
  EXPECT_NE(c.StoryOf(0), c.StoryOf(1));
  EXPECT_EQ(c.story_count(), 2u);
}

}  // namespace
}  // namespace dossier::cluster
