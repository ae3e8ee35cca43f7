#include "src/eval/content_divergence.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dossier::eval {
namespace {

using Dist = std::map<std::string, double>;

TEST(JensenShannonTest, KnownValues) {
  struct Case {
    const char* name;
    Dist p, q;
    double js;
  };
  const Case cases[] = {
      {"equal", {{"a", 0.5}, {"b", 0.5}}, {{"a", 0.5}, {"b", 0.5}}, 0.0},
      {"disjoint", {{"a", 1}}, {{"b", 1}}, 1.0},
      // M = {a: .75, b: .25}; KL(P||M) = log2(1/.75); KL(Q||M) = .5 log2(.5/.75) + .5 log2 2.
      {"half overlap", {{"a", 1}}, {{"a", 0.5}, {"b", 0.5}},
       (std::log2(1 / 0.75) + 0.5 * std::log2(0.5 / 0.75) + 0.5) / 2},
      {"empty against empty", {}, {}, 0.0},
      {"empty against some", {}, {{"a", 1}}, 1.0},
  };
  for (const Case& c : cases) {
    EXPECT_NEAR(JensenShannon(c.p, c.q), c.js, 1e-12) << c.name;
    EXPECT_NEAR(JensenShannon(c.q, c.p), c.js, 1e-12) << c.name << " (symmetric)";
  }
}

TEST(ContentDistributionTest, StemsAndDropsStopwords) {
  // "the" and "of" are SMART stopwords; "troops" and "troop" stem alike.
  Dist d = ContentDistribution({"The troops of Russia", "troop"});
  ASSERT_EQ(d.size(), 2u);
  EXPECT_DOUBLE_EQ(d.at("troop"), 2.0 / 3);
  EXPECT_DOUBLE_EQ(d.at("russia"), 1.0 / 3);
}

TEST(InputDivergenceTest, OnTopicSummaryIsCloserThanOffTopic) {
  std::vector<std::string_view> input = {
      "Russian troops massed near the Ukrainian border, officials said.",
      "Biden warned Putin of sanctions over the troops near Ukraine."};
  double on = InputDivergence("Russian troops massed near Ukraine; Biden warned of sanctions.",
                              input);
  double off = InputDivergence("The football season opened with a surprise win.", input);
  EXPECT_LT(on, off);
  EXPECT_DOUBLE_EQ(off, 1.0);  // no content word in common
}

}  // namespace
}  // namespace dossier::eval
