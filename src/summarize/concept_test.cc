#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/summarize/features.h"
#include "src/summarize/methods.h"
#include "src/summarize/summarize.h"
#include "src/summarize/test_util.h"

namespace dossier::summarize {
namespace {

using testing::MakeArticle;

const std::string kWire =
    "The central bank raised its main interest rate by half a point on Thursday.";
const std::string kIndependent =
    "Striking dock workers blocked the northern port for a third straight day.";

// a0 and a1 are one wire story printed twice; a2 and a3 report kIndependent each in
// their own words around it.
std::vector<Article> SyndicatedCluster() {
  std::vector<std::string> wire = {
      kWire, "Economists had expected a smaller move after the weak jobs report last month.",
      "The currency rose sharply against the dollar in early trading in Asian markets."};
  return {
      MakeArticle("a0", "2024-01-01", wire),
      MakeArticle("a1", "2024-01-01", wire),
      MakeArticle("a2", "2024-01-01",
                  {kIndependent, "Union leaders demanded higher wages and safer cranes for members.",
                   "Shipping lines diverted container vessels to smaller harbours down the coast."}),
      MakeArticle("a3", "2024-01-01",
                  {kIndependent, "Police kept watch as pickets burned tyres outside the main gate.",
                   "Fruit exporters warned that tonnes of bananas were rotting on the quays."}),
  };
}

TEST(ConceptTest, NearCopyGroupsJoinOnlyCopies) {
  std::vector<Article> articles = SyndicatedCluster();
  internal::Cluster c = internal::BuildCluster(articles, SummaryOptions());
  struct Case { double min_cosine; std::vector<size_t> want; };
  for (const Case& t : {Case{0.8, {0, 0, 2, 3}}, Case{1.01, {0, 1, 2, 3}},
                        Case{0.0, {0, 0, 0, 0}}}) {
    EXPECT_EQ(internal::NearCopyGroups(c, t.min_cosine), t.want) << t.min_cosine;
  }
}

TEST(ConceptTest, SyndicatedCopiesVoteOnceForTheirConcepts) {
  // Counted per article, kWire (2 copies) and kIndependent (2 outlets) tie and the
  // earlier unit would win; counted per distinct report, kIndependent wins.
  SummaryOptions o;
  o.method = Method::kConcept;
  o.max_sentences = 1;
  Summary s = Summarize(SyndicatedCluster(), o);
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.sentences[0].text, kIndependent);
}

TEST(ConceptTest, EmptyAndSingleArticleClustersHaveOneGroupEach) {
  internal::Cluster empty = internal::BuildCluster({}, SummaryOptions());
  EXPECT_TRUE(internal::NearCopyGroups(empty, 0.8).empty());
  std::vector<Article> one = {MakeArticle("a0", "", {kWire})};
  internal::Cluster c = internal::BuildCluster(one, SummaryOptions());
  EXPECT_EQ(internal::NearCopyGroups(c, 0.8), std::vector<size_t>{0});
}

}  // namespace
}  // namespace dossier::summarize
