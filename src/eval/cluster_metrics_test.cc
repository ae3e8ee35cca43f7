#include "src/eval/cluster_metrics.h"

#include <gtest/gtest.h>

#include <cmath>

#include <string>
#include <vector>

namespace dossier::eval {
namespace {

using Labels = std::vector<std::string>;

TEST(ClusterMetricsTest, PerfectClusteringScoresOne) {
  ClusterScores s = ScoreClustering({"a", "a", "b", "c", "c"}, {"x", "x", "y", "z", "z"});
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1);
  EXPECT_DOUBLE_EQ(s.pairwise_f1, 1);
  EXPECT_NEAR(s.nmi, 1, 1e-12);
  EXPECT_NEAR(s.ari, 1, 1e-12);
  EXPECT_EQ(s.gold_clusters, 3u);
  EXPECT_EQ(s.predicted_clusters, 3u);
}

// Gold {1,2,3},{4,5}; predicted {1,2},{3,4,5}. By hand:
//   B3 precision = (1 + 1 + 1/3 + 2/3 + 2/3) / 5 = 11/15
//   B3 recall    = (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
//   pairs: same = C(2,2) + C(2,2) = 2 (items 1-2, 4-5); predicted 1 + 3 = 4; gold 3 + 1 = 4
//   ARI: expected = 4 * 4 / C(5,2) = 1.6; (2 - 1.6) / (4 - 1.6) = 1/6
TEST(ClusterMetricsTest, MatchesHandComputedTable) {
  ClusterScores s = ScoreClustering({"g1", "g1", "g1", "g2", "g2"}, {"p1", "p1", "p2", "p2", "p2"});
  EXPECT_NEAR(s.bcubed_precision, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_f1, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.pairwise_precision, 0.5, 1e-12);
  EXPECT_NEAR(s.pairwise_recall, 0.5, 1e-12);
  EXPECT_NEAR(s.ari, 1.0 / 6, 1e-12);
  // MI = sum c/n ln(c n / (a b)): cells (p1,g1)=2, (p2,g1)=1, (p2,g2)=2.
  const double mi = 0.4 * std::log(2 * 5.0 / 6) + 0.2 * std::log(5.0 / 9) +
                    0.4 * std::log(10.0 / 6);
  const double h = -(0.4 * std::log(0.4) + 0.6 * std::log(0.6));  // both sides 3/2 split
  EXPECT_NEAR(s.nmi, mi / h, 1e-12);
}

TEST(ClusterMetricsTest, AllInOneClusterHasFullRecallAndLowPrecision) {
  // Gold {1,2},{3,4}; everything in one predicted cluster.
  ClusterScores s = ScoreClustering({"a", "a", "b", "b"}, {"x", "x", "x", "x"});
  EXPECT_NEAR(s.bcubed_precision, 0.5, 1e-12);
  EXPECT_NEAR(s.bcubed_recall, 1, 1e-12);
  EXPECT_NEAR(s.pairwise_precision, 2.0 / 6, 1e-12);
  EXPECT_NEAR(s.ari, 0, 1e-12);
  EXPECT_NEAR(s.nmi, 0, 1e-12);
}

TEST(ClusterMetricsTest, SingletonsHaveFullPrecision) {
  ClusterScores s = ScoreClustering({"a", "a", "a", "b"}, {"1", "2", "3", "4"});
  EXPECT_NEAR(s.bcubed_precision, 1, 1e-12);
  EXPECT_NEAR(s.bcubed_recall, (1.0 / 3 * 3 + 1) / 4, 1e-12);
  EXPECT_NEAR(s.pairwise_recall, 0, 1e-12);
}

TEST(ClusterMetricsTest, EmptyInputScoresZero) {
  ClusterScores s = ScoreClustering({}, {});
  EXPECT_EQ(s.items, 0u);
  EXPECT_EQ(s.bcubed_f1, 0);
}

}  // namespace
}  // namespace dossier::eval
