#include "src/cluster/story_clusterer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "src/cluster/features.h"
#include "src/text/analyzer.h"

namespace dossier::cluster {
namespace {

constexpr int64_t kDay = 86400;
const int64_t kT0 = ParseTime("2021-12-07");

StreamArticle Headline(std::string_view title, int64_t time, std::string_view source = "") {
  return StreamArticle{title, "", source, time, ""};
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

// Three short wire stories, each a few sentences; paraphrased follow-ups share their
// names and rare words.
constexpr std::string_view kMine =
    "Rescuers pulled twelve miners from the flooded Tarkwa gold shaft on Tuesday after a "
    "two-day search, Ghana's mining ministry said. The Tarkwa mine had been closed twice for "
    "safety violations.";
constexpr std::string_view kMineFollowUp =
    "Ghana's mining ministry ordered an inquiry into the Tarkwa gold mine flood in which "
    "twelve miners were trapped for two days before rescuers reached the shaft.";
constexpr std::string_view kVote =
    "Chilean senators approved the pension reform bill on Wednesday by 27 votes to 19, "
    "sending it back to the lower house in Valparaiso for a final vote.";

StreamArticle Full(std::string_view title, std::string_view text, int64_t time,
                   std::string_view source = "wire") {
  return StreamArticle{title, text, source, time, ""};
}

TEST(StoryClustererTest, IdsOpenInOrderAndNeverChangeForPlacedArticles) {
  StoryClusterer c(ClusterOptions{});
  EXPECT_EQ(c.Add(Full("Miners rescued", kMine, kT0)).story, 1u);
  EXPECT_EQ(c.Add(Full("Pension vote", kVote, kT0)).story, 2u);
  const Placement p = c.Add(Full("Inquiry into mine flood", kMineFollowUp, kT0 + kDay));
  EXPECT_EQ(p.story, 1u);
  EXPECT_EQ(p.by, PlacedBy::kSimilar);
  EXPECT_GE(p.score, ClusterOptions{}.text_threshold);
  const std::vector<uint64_t> before = {c.StoryOf(0), c.StoryOf(1), c.StoryOf(2)};
  c.Add(Headline("Stocks close higher on bank earnings", kT0 + kDay));
  EXPECT_EQ((std::vector<uint64_t>{c.StoryOf(0), c.StoryOf(1), c.StoryOf(2)}), before);
  EXPECT_TRUE(c.merges().empty());
}

TEST(StoryClustererTest, SameStreamGivesSameStoriesEveryRun) {
  auto run = [] {
    StoryClusterer c(ClusterOptions{});
    std::vector<uint64_t> ids;
    for (int round = 0; round < 3; ++round) {
      c.Add(Full("Miners rescued", kMine, kT0 + round * kDay));
      c.Add(Full("Pension vote", kVote, kT0 + round * kDay));
      c.Add(Headline("Gold price rises as dollar weakens", kT0 + round * kDay));
    }
    for (uint32_t i = 0; i < c.size(); ++i) ids.push_back(c.StoryOf(i));
    return ids;
  };
  EXPECT_EQ(run(), run());
}

TEST(StoryClustererTest, SyndicatedCopyJoinsItsOriginalAsANearCopy) {
  StoryClusterer c(ClusterOptions{});
  c.Add(Full("Miners rescued", kMine, kT0, "Reuters"));
  c.Add(Full("Pension vote", kVote, kT0));
  const Placement p = c.Add(Full("Twelve miners freed in Ghana", kMine, kT0, "Daily Graphic"));
  EXPECT_EQ(p.by, PlacedBy::kNearCopy);
  EXPECT_EQ(p.story, c.StoryOf(0));
}

TEST(StoryClustererTest, StoryGoesQuietAfterItsWindow) {
  struct Case {
    std::string_view name;
    bool headline;
    int64_t gap_days;
    bool same_story;
  };
  for (const Case& k : {Case{"headline same date", true, 0, true},
                        Case{"headline next day", true, 1, false},
                        Case{"text a month later", false, 30, true},
                        Case{"text two years later", false, 800, false}}) {
    SCOPED_TRACE(k.name);
    StoryClusterer c(ClusterOptions{});
    const int64_t later = kT0 + k.gap_days * kDay + 3600;
    if (k.headline) {
      c.Add(Headline("Tarkwa gold mine flood traps twelve miners in Ghana", kT0));
      c.Add(Headline("Twelve miners trapped as Ghana gold mine floods at Tarkwa", later));
    } else {
      c.Add(Full("Miners rescued", kMine, kT0));
      c.Add(Full("Inquiry into mine flood", kMineFollowUp, later));
    }
    EXPECT_EQ(c.StoryOf(0) == c.StoryOf(1), k.same_story);
  }
}

TEST(StoryClustererTest, QuietStoriesLeaveTheHotIndex) {
  ClusterOptions options;
  options.max_hot_stories = 8;
  StoryClusterer c(options);
  for (int i = 0; i < 600; ++i) {
    const std::string title = "Unrelated item " + std::to_string(i) + " zq" + std::to_string(i);
    c.Add(Headline(title, kT0 + i * kDay));  // a new date each time: yesterday goes quiet
  }
  EXPECT_EQ(c.size(), 600u);
  EXPECT_LE(c.hot_stories(), 600u - 512u);  // swept every 256 articles
}

TEST(StoryClustererTest, MergeMapsTheYoungerStoryIntoTheOlderAndIsRecorded) {
  ClusterOptions options;
  options.merge_factor = 1.0;
  StoryClusterer c(options);
  // Two headlines of one event that share too little to meet, then one that shares
  // most of its words with each: both stories are close to it and to each other.
  c.Add(Headline("Tarkwa flood kills twelve", kT0));
  c.Add(Headline("Ghana rescuers reach trapped miners", kT0));
  ASSERT_NE(c.StoryOf(0), c.StoryOf(1));
  c.Add(Headline("Ghana rescuers reach trapped miners after Tarkwa flood kills twelve", kT0));
  ASSERT_EQ(c.merges().size(), 1u);
  EXPECT_EQ(c.merges()[0].from, 2u);
  EXPECT_EQ(c.merges()[0].into, 1u);
  EXPECT_EQ(c.merges()[0].at_article, 2u);
  EXPECT_EQ(c.StoryOf(0), 1u);
  EXPECT_EQ(c.StoryOf(1), 1u);
  EXPECT_EQ(c.StoryOf(2), 1u);
  EXPECT_EQ(c.Resolve(2), 1u);
  EXPECT_EQ(c.story_count(), 1u);
}

TEST(StoryClustererTest, OddInputIsPlacedAndNeverDropped) {
  StoryClusterer c(ClusterOptions{});
  c.Add(Full("Miners rescued", kMine, kT0));
  // Undated: placed at the stream's time (the last dated article's), and said so.
  const Placement undated = c.Add(Full("Inquiry into mine flood", kMineFollowUp, kNoTime));
  EXPECT_TRUE(undated.undated);
  EXPECT_EQ(undated.story, c.StoryOf(0));
  // Dated before the stream's clock (out of order): still within the story's window.
  EXPECT_EQ(c.Add(Full("Mine inquiry", kMineFollowUp, kT0 - 3 * kDay)).story, c.StoryOf(0));
  // Empty, symbols only, another script: each gets a story; nothing crashes.
  for (StreamArticle odd : {StreamArticle{}, Full("", "", kNoTime), Full("!!! ...", "", kT0),
                            Headline("Землетрясение в Японии: цунами не ожидается", kT0),
                            Headline("日本で地震、津波の心配なし", kT0)}) {
    c.Add(odd);
  }
  EXPECT_EQ(c.size(), 8u);
  for (uint32_t i = 0; i < c.size(); ++i) EXPECT_GE(c.StoryOf(i), 1u);
  // An exact duplicate joins its original.
  EXPECT_EQ(c.Add(Headline("Землетрясение в Японии: цунами не ожидается", kT0)).story,
            c.StoryOf(6));
}

TEST(StoryClustererTest, ABareHeadlineAlsoReadsItsUrlPath) {
  for (double url_weight : {0.0, 0.5}) {
    ClusterOptions options;
    options.url_weight = url_weight;
    StoryClusterer c(options);
    c.Add({"Juan Pablo picks Nikki in finale", "", "", kT0,
           "http://a.example/tv/bachelor-finale-juan-pablo-nikki-ferrell-2014.html"});
    c.Add({"Is this the most hated bachelor yet?", "", "", kT0,
           "http://b.example/2014/03/11/bachelor-finale-nikki-ferrell-reaction?ref=rss"});
    SCOPED_TRACE(url_weight);
    EXPECT_EQ(c.StoryOf(0) == c.StoryOf(1), url_weight > 0);
  }
}

// A term of a full text weighs its count (an article names its subject again and
// again); in a bare headline 1 + ln(count).
TEST(ArticleTermsTest, FullTextCountsRepeatsAndAHeadlineDampsThem) {
  struct Case {
    std::string_view name;
    StreamArticle article;
    float gold_weight;
  };
  const std::string_view text = "the gold price rose; gold traders bought gold coins";
  for (const Case& k : {Case{"full text", Full("Markets", text, kT0, ""), 3.0f},
                        Case{"headline", Headline("gold gold gold", kT0), 1.0f + std::log(3.0f)}}) {
    SCOPED_TRACE(k.name);
    text::Analyzer analyzer;
    const TermVector v = ArticleTerms(&analyzer, k.article, ClusterOptions{});
    const uint64_t gold = HashTerm("gold");
    auto it = std::find_if(v.begin(), v.end(), [&](const Term& t) { return t.hash == gold; });
    ASSERT_NE(it, v.end());
    EXPECT_FLOAT_EQ(it->weight, k.gold_weight);
  }
}

// A story that opened beside the one it belongs to, and stayed small, is scored again
// once 256 more articles have arrived; by then the other story holds the words both
// share, and the small one merges into it (recorded like any merge).
TEST(StoryClustererTest, SecondLookMergesASmallStoryIntoTheStoryThatGrewAroundIt) {
  for (bool second_look : {false, true}) {
    SCOPED_TRACE(second_look);
    ClusterOptions options;
    options.second_look = second_look;
    options.merge_factor = 1e9;  // no merge when an article is placed
    StoryClusterer c(options);
    c.Add(Headline("Tarkwa flood kills twelve", kT0));
    c.Add(Headline("Ghana rescuers reach trapped miners", kT0));
    ASSERT_NE(c.StoryOf(0), c.StoryOf(1));
    c.Add(Headline("Ghana rescuers reach trapped miners after Tarkwa flood kills twelve", kT0));
    for (int i = 0; i < 300; ++i) {
      const std::string title = "Quarterly filler report " + std::to_string(i);
      c.Add(Headline(title, kT0));
    }
    EXPECT_EQ(c.StoryOf(0) == c.StoryOf(1), second_look);
    EXPECT_EQ(c.merges().size(), second_look ? 1u : 0u);
    if (second_look) {
      EXPECT_EQ(c.merges()[0].into, 1u);
      EXPECT_EQ(c.merges()[0].from, 2u);
      EXPECT_EQ(c.merges()[0].at_article, 256u);  // the 256th article after story 1 opened
    }
  }
}

// The second look is for fragments: a story of more than ten articles is not looked at
// again, however close the story that grew beside it. (The other story opens late
// enough that its own second look falls after the stream ends.)
TEST(StoryClustererTest, SecondLookIsForStoriesOfAtMostTenArticles) {
  struct Case {
    int first_story_size;
    bool merged;
  };
  for (const Case& k : {Case{1, true}, Case{10, true}, Case{11, false}}) {
    SCOPED_TRACE(k.first_story_size);
    ClusterOptions options;
    options.merge_factor = 1e9;  // no merge when an article is placed
    StoryClusterer c(options);
    for (int i = 0; i < k.first_story_size; ++i) {
      c.Add(Headline("Tarkwa flood kills twelve", kT0));  // copies: one story
    }
    while (c.size() < 150) {
      c.Add(Headline("Quarterly filler report " + std::to_string(c.size()), kT0));
    }
    const uint32_t other = static_cast<uint32_t>(c.size());
    c.Add(Headline("Ghana rescuers reach trapped miners near Obuasi gold pit", kT0));
    c.Add(Headline("Ghana rescuers reach trapped miners near Obuasi gold pit after Tarkwa "
                   "flood kills twelve",
                   kT0));
    ASSERT_EQ(c.StoryOf(other), c.StoryOf(other + 1));
    ASSERT_NE(c.StoryOf(0), c.StoryOf(other));
    while (c.size() < 300) {
      c.Add(Headline("Quarterly filler report " + std::to_string(c.size()), kT0));
    }
    EXPECT_EQ(c.StoryOf(0) == c.StoryOf(other), k.merged);
    EXPECT_EQ(c.merges().size(), k.merged ? 1u : 0u);
  }
}

// The full-text rules below are told apart from the headline profile by feeding the same
// words both ways: lowercase words, none repeated, as a full text (no title) or as a bare
// headline make identical term vectors, so the two profiles score them alike and differ
// only by their rules. Both profiles get the same threshold and window, and no merges at
// placement.
enum class Profile { kFullText, kHeadline };

StreamArticle Words(Profile profile, std::string_view words, int64_t time) {
  return profile == Profile::kFullText ? StreamArticle{"", words, "", time, ""}
                                       : StreamArticle{words, "", "", time, ""};
}

ClusterOptions SameRulesBothProfiles(double threshold, bool second_look = true) {
  ClusterOptions options;
  options.text_threshold = threshold;
  options.headline_threshold = threshold;
  options.text_window_days = 1000;
  options.headline_window_days = 1000;
  options.merge_factor = 1e9;
  options.text_merge_factor = 0;
  options.second_look = second_look;
  return options;
}

// Three words of a letters-only token no other filler shares (tokens with digits would
// be numbers), so fillers neither join nor copy anything.
std::string Filler(int i) {
  std::string tag;
  for (int n = i + 1; n > 0; n /= 26) tag += static_cast<char>('a' + n % 26);
  return "zq" + tag + "x zq" + tag + "y zq" + tag + "w";
}

// Whether a story takes an article that clears the join threshold but is much less like
// the story than its members were: a full-text story that took two articles by
// similarity turns a full-text one away (it opens a story of its own, which the second
// look may merge later), unless there is no second look to repair the split; headline
// stories take it, and so does a full-text story when the article is a bare headline
// (its cosine is not comparable with full-text members').
TEST(StoryClustererTest, FullTextStoryTurnsAwayAnArticleFarLessLikeItThanItsMembers) {
  // Word orders differ so that no two share five words in a row (no near copies).
  constexpr std::string_view kStory[] = {
      "tarkwa mine flood miners rescue shaft ghana ministry inquiry pumps",
      "ministry ghana pumps flood tarkwa divers shaft rescue miners mine",
      "rescue miners tarkwa oxygen shaft ministry flood families mine ghana",
  };
  constexpr std::string_view kOutlier =
      "ghana ministry festival tarkwa drummers mine parade chiefs shaft harvest";
  struct Case {
    std::string_view name;
    Profile story;
    Profile outlier;
    bool second_look;
    bool joins;
  };
  for (const Case& k :
       {Case{"full text", Profile::kFullText, Profile::kFullText, true, false},
        Case{"full text, no second look", Profile::kFullText, Profile::kFullText, false, true},
        Case{"headlines", Profile::kHeadline, Profile::kHeadline, true, true},
        Case{"a headline into a full-text story", Profile::kFullText, Profile::kHeadline, true,
             true}}) {
    SCOPED_TRACE(k.name);
    StoryClusterer c(SameRulesBothProfiles(0.15, k.second_look));
    double join_sum = 0;
    for (int i = 0; i < 3; ++i) {
      const Placement p = c.Add(Words(k.story, kStory[i], kT0));
      ASSERT_EQ(p.story, 1u);
      if (i > 0) {
        ASSERT_EQ(p.by, PlacedBy::kSimilar);
        join_sum += p.score;
      }
    }
    const Placement p = c.Add(Words(k.outlier, kOutlier, kT0));
    EXPECT_EQ(p.story == 1u, k.joins);
    EXPECT_EQ(p.by, k.joins ? PlacedBy::kSimilar : PlacedBy::kOpened);
    if (k.joins) {  // the case the gate is for: over the threshold, under 0.6 x the mean
      EXPECT_GE(p.score, 0.15);
      EXPECT_LT(p.score, 0.6 * join_sum / 2);
    }
  }
}

// A lone full-text article that no article joined in 256 arrivals is scored again at 0.9
// times the threshold: swept over thresholds, the full-text pair merges wherever the
// headline pair (the same words) does, and at some thresholds where it does not.
TEST(StoryClustererTest, LoneFullTextArticleMergesAtItsSecondLookBelowTheThreshold) {
  constexpr std::string_view kFirst =
      "tarkwa mine flood miners rescue shaft ghana ministry inquiry pumps";
  constexpr std::string_view kSecond =
      "obuasi pit collapse ghana miners shaft rescuers oxygen pumps families";
  auto merged = [&](Profile profile, double threshold) {
    StoryClusterer c(SameRulesBothProfiles(threshold));
    c.Add(Words(profile, kFirst, kT0));
    c.Add(Words(profile, kSecond, kT0));
    if (c.StoryOf(0) == c.StoryOf(1)) return false;  // joined on arrival: not this case
    for (int i = 0; c.size() < 300; ++i) c.Add(Words(profile, Filler(i), kT0));
    return c.StoryOf(0) == c.StoryOf(1);
  };
  int only_full_text = 0;
  for (int step = 5; step <= 60; ++step) {
    const double threshold = step / 100.0;
    SCOPED_TRACE(threshold);
    const bool full = merged(Profile::kFullText, threshold);
    const bool headline = merged(Profile::kHeadline, threshold);
    if (headline) {
      EXPECT_TRUE(full);
    }
    if (full && !headline) ++only_full_text;
  }
  EXPECT_GT(only_full_text, 0);
}

}  // namespace
}  // namespace dossier::cluster
