#include "src/eval/rouge.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace dossier::eval {
namespace {

using Strings = std::vector<std::string>;

std::vector<char> Mask(const Strings& model, const Strings& peer, double weight = 0) {
  std::vector<char> mask(model.size(), 0);
  MarkLcs(model, peer, mask, weight);
  return mask;
}

TEST(MarkLcsTest, MarksTokensOnTheLongestCommonSubsequence) {
  EXPECT_EQ(Mask({"a", "b", "c", "d", "e"}, {"a", "c", "e", "b"}),
            (std::vector<char>{1, 0, 1, 0, 1}));
  EXPECT_EQ(Mask({"a", "b"}, {}), (std::vector<char>{0, 0}));
  EXPECT_EQ(Mask({"x", "y"}, {"y", "x", "y"}), (std::vector<char>{1, 1}));
}

TEST(MarkLcsTest, BreaksTiesTheWayRougeBacktracks) {
  // Two LCSs of length 1; ROUGE goes "up" on ties and so keeps the model's first token.
  EXPECT_EQ(Mask({"a", "b"}, {"b", "a"}), (std::vector<char>{1, 0}));
}

TEST(MarkLcsTest, WeightedTablePrefersConsecutiveMatches) {
  // Plain LCS "a b" or "c d" tie; with weight 2 the run "c d e" (9) beats "a b" + "e".
  EXPECT_EQ(Mask({"a", "b", "c", "d", "e"}, {"c", "d", "e", "a", "b"}, 2.0),
            (std::vector<char>{0, 0, 1, 1, 1}));
}

TEST(SkipBigramCountsTest, CountsPairsWithinTheGap) {
  Strings t = {"a", "b", "c", "d"};
  EXPECT_EQ(SkipBigramCounts(t, 0, false).total, 3);
  EXPECT_EQ(SkipBigramCounts(t, 1, false).total, 5);
  EXPECT_EQ(SkipBigramCounts(t, kUnlimitedSkip, false).total, 6);
  EXPECT_EQ(SkipBigramCounts(t, 4, false).counts.at("a d"), 1);
  EXPECT_FALSE(SkipBigramCounts(t, 1, false).counts.contains("a d"));
}

TEST(SkipBigramCountsTest, UnigramsSkipTheLastToken) {
  GramCounts su = SkipBigramCounts({"a", "b", "c", "d"}, 1, true);
  EXPECT_EQ(su.total, 8);  // a, b, c + 5 pairs; no "d"
  EXPECT_FALSE(su.counts.contains("d"));
  EXPECT_EQ(SkipBigramCounts({"alone"}, 4, true).total, 0);
}

TEST(NgramCountsTest, CountsAndClipsRepeats) {
  GramCounts model = NgramCounts({"the", "cat", "the", "cat"}, 2);
  EXPECT_EQ(model.total, 3);
  EXPECT_EQ(model.counts.at("the cat"), 2);
  GramCounts peer = NgramCounts({"the", "cat", "sat", "the", "cat", "the", "cat"}, 2);
  EXPECT_EQ(ClippedHits(model, peer), 3);  // "the cat" min(2, 3) + "cat the" min(1, 1)
  EXPECT_EQ(NgramCounts({"a"}, 2).total, 0);
}

TEST(TripleFromCountsTest, RoundsRecallAndPrecisionBeforeF) {
  RougeTriple t = TripleFromCounts({425, 428, 176}, 0.5);
  EXPECT_DOUBLE_EQ(t.recall, 0.41412);
  EXPECT_DOUBLE_EQ(t.precision, 0.41121);
  EXPECT_DOUBLE_EQ(t.f, 0.41266);
  RougeTriple zero = TripleFromCounts({0, 0, 0}, 0.5);
  EXPECT_EQ(zero.recall + zero.precision + zero.f, 0);
  EXPECT_DOUBLE_EQ(TripleFromCounts({10, 10, 5}, 1.0).f, 0.5);  // alpha 1: F = P
}

TEST(ScoreTopicTest, RougeLIsTheUnionLcsOfLin2004) {
  // Lin (2004), section 3.2: r = w1..w5, c = {w1 w2 w6 w7 w8, w1 w3 w8 w9 w5}; union LCS
  // = w1 w2 w3 w5, so 4 hits of 5 reference tokens and 10 summary tokens.
  RougeOptions o;
  o.max_n = 1;
  RougeScores s = ScoreTopic({"w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"}, {{"w1 w2 w3 w4 w5"}}, o);
  const auto& [triple, counts] = s.at("rouge-l");
  EXPECT_EQ(counts.hit, 4);
  EXPECT_EQ(counts.model, 5);
  EXPECT_EQ(counts.peer, 10);
  EXPECT_DOUBLE_EQ(triple.recall, 0.8);
  EXPECT_DOUBLE_EQ(triple.f, 0.53333);
}

TEST(ScoreTopicTest, ModelAverageSumsAndBestModelPicksOneReference) {
  RougeOptions o;
  o.max_n = 1;
  o.rouge_l = false;
  std::vector<Strings> refs = {{"a b c d"}, {"a x y z"}};
  RougeCounts a = ScoreTopic({"a b c"}, refs, o).at("rouge-1").second;
  EXPECT_EQ(a.model, 8);
  EXPECT_EQ(a.peer, 6);
  EXPECT_EQ(a.hit, 4);
  o.model_average = false;
  RougeCounts b = ScoreTopic({"a b c"}, refs, o).at("rouge-1").second;
  EXPECT_EQ(b.model, 4);
  EXPECT_EQ(b.peer, 3);
  EXPECT_EQ(b.hit, 3);
}

TEST(ScoreTopicTest, NamesFollowTheOptions) {
  RougeOptions o;
  o.max_n = 3;
  o.skip_distance = 4;
  o.skip_both = true;
  o.wlcs_weight = 1.2;
  Strings want = {"rouge-1", "rouge-2", "rouge-3", "rouge-l", "rouge-w-1.2", "rouge-s4", "rouge-su4"};
  EXPECT_EQ(RougeMetricNames(o), want);
  RougeScores s = ScoreTopic({"one two three"}, {{"one two four"}}, o);
  for (const std::string& name : want) EXPECT_TRUE(s.contains(name)) << name;
  EXPECT_EQ(s.size(), want.size());
  EXPECT_EQ(RougeMetricLabel("rouge-su4"), "ROUGE-SU4");
  o.skip_distance = kUnlimitedSkip;
  o.skip_unigrams = true;
  EXPECT_EQ(RougeMetricNames(o).back(), "rouge-su*");
}

TEST(ScoreTopicTest, RougeWKeepsRouge155sDoubleWeightingOfTheReference) {
  // ROUGE-1.5.5 weighs the reference length twice ((4^1.2)^1.2), so an identical
  // 4-token text gets R = 4^-0.2 while P = 1.
  RougeOptions o;
  o.max_n = 0;
  o.rouge_l = false;
  o.wlcs_weight = 1.2;
  RougeScores s = ScoreTopic({"a b c d"}, {{"a b c d"}}, o);
  const auto& [triple, counts] = s.at("rouge-w-1.2");
  EXPECT_DOUBLE_EQ(counts.hit, std::pow(4, 1.2));
  EXPECT_DOUBLE_EQ(triple.recall, 0.75786);
  EXPECT_DOUBLE_EQ(triple.precision, 1.0);
  EXPECT_DOUBLE_EQ(triple.f, 0.86225);
}

TEST(ScoreTopicTest, EmptyInputsScoreZeroWithoutCrashing) {
  RougeOptions o;
  o.skip_distance = 4;
  o.wlcs_weight = 1.2;
  for (const auto& [peer, refs] : std::vector<std::pair<Strings, std::vector<Strings>>>{
           {{}, {{}}}, {{"a b"}, {}}, {{}, {{"a"}}}, {{"\xff\xfe junk \x01"}, {{"junk"}}}}) {
    RougeScores s = ScoreTopic(peer, refs, o);
    for (const auto& [name, value] : s) {
      EXPECT_GE(value.first.recall, 0) << name;
      EXPECT_LE(value.first.recall, 1) << name;
    }
  }
}

TEST(PerlDrand48Test, MatchesPerlRand) {
  // perl -e 'srand(0); print rand(), rand(); srand(42); print rand()'  (perl 5.36)
  PerlDrand48 zero(0);
  EXPECT_DOUBLE_EQ(zero.Next(), 0.17082803610628972);
  EXPECT_DOUBLE_EQ(zero.Next(), 0.74990198048496381);
  EXPECT_DOUBLE_EQ(PerlDrand48(42).Next(), 0.74452500006100664);
}

TEST(BootstrapAverageTest, ConstantScoresGiveAPointInterval) {
  std::vector<std::pair<std::string, RougeTriple>> same;
  for (int i = 0; i < 7; ++i) same.push_back({"t" + std::to_string(i), {0.25, 0.5, 0.33333}});
  RougeAverage avg = BootstrapAverage(same);
  EXPECT_DOUBLE_EQ(avg.average.recall, 0.25);
  EXPECT_DOUBLE_EQ(avg.ci_low.precision, 0.5);
  EXPECT_DOUBLE_EQ(avg.ci_high.f, 0.33333);
  EXPECT_EQ(BootstrapAverage({}).average.recall, 0);
}

TEST(BootstrapAverageTest, IntervalBracketsTheAverageAndIgnoresInputOrder) {
  std::vector<std::pair<std::string, RougeTriple>> v = {
      {"b", {0.1, 0.2, 0.3}}, {"a", {0.5, 0.4, 0.2}}, {"c", {0.9, 0.1, 0.6}}};
  RougeAverage x = BootstrapAverage(v);
  std::swap(v[0], v[2]);
  RougeAverage y = BootstrapAverage(v);
  EXPECT_EQ(x.average.recall, y.average.recall);
  EXPECT_EQ(x.ci_high.f, y.ci_high.f);
  EXPECT_LE(x.ci_low.recall, x.average.recall);
  EXPECT_GE(x.ci_high.recall, x.average.recall);
  EXPECT_NEAR(x.average.recall, 0.5, 0.03);
}

}  // namespace
}  // namespace dossier::eval
