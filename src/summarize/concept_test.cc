#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "src/statements/features.h"
#include "src/summarize/methods.h"
#include "src/summarize/summarize.h"
#include "src/statements/test_util.h"

namespace dossier::summarize {
namespace {

using statements::testing::MakeArticle;

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
  // a1 is a0 reprinted; a2 and a3 share one sentence of three (shingle Jaccard 0.14).
  EXPECT_EQ(internal::NearCopyGroups(c), (std::vector<size_t>{0, 0, 2, 3}));
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
  EXPECT_TRUE(internal::NearCopyGroups(empty).empty());
  std::vector<Article> one = {MakeArticle("a0", "", {kWire})};
  internal::Cluster c = internal::BuildCluster(one, SummaryOptions());
  EXPECT_EQ(internal::NearCopyGroups(c), std::vector<size_t>{0});
}

// A hand-built cluster: unit k is the only sentence of article k, `length` words long,
// with the given concept keys (each article votes 31 for its concepts: position 0).
internal::Cluster HandCluster(const std::vector<std::pair<int, std::vector<uint64_t>>>& units) {
  internal::Cluster c;
  for (const auto& [length, bigrams] : units) {
    internal::Unit& u = c.units.emplace_back();
    u.article = c.num_articles++;
    u.length = u.words = length;
    u.bigrams = bigrams;
  }
  return c;
}

std::vector<size_t> AllUnits(const internal::Cluster& c) {
  std::vector<size_t> all(c.units.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

TEST(ConceptTest, SwapsReplaceAShortUnitThatBlocksABetterLongOne) {
  // Unit 0 has the best weight per word (2 concepts in 10 words) but leaves no room for
  // unit 1 (3 concepts in 20 words), which alone covers more.
  internal::Cluster c = HandCluster({{10, {1, 2}}, {20, {3, 4, 5}}});
  internal::Budget budget;
  budget.words = 20;
  struct Case { bool swaps; std::vector<size_t> want; };
  for (const Case& t : {Case{false, {0}}, Case{true, {1}}}) {
    internal::Selection s =
        internal::SelectConcepts(c, internal::StatementIndex(c), AllUnits(c), budget, 0.5,
                                 {.exact = false, .swaps = t.swaps});
    EXPECT_EQ(s.units, t.want) << "swaps " << t.swaps;
  }
}

TEST(ConceptTest, GreedyDampsUnitsSimilarToChosenOnes) {
  // Unit 0 (3 concepts) is taken first. Unit 1 brings 2 new concepts, unit 2 one, all
  // in 10 words; unit 1's "says the same thing" score with unit 0 (idf-weighted Dice of
  // content terms, all idf 1 here: `shared` of their 10 terms each gives shared / 10)
  // scales its value by max(0, 1 - 1.5 d): at d 0.3 it keeps 0.55 (1.1 concepts' worth
  // > 1) and is taken, at 0.6 only 0.1. Cosines are 0, so the hard threshold blocks
  // neither; swaps are off to see the greedy alone.
  struct Case { uint32_t shared; std::vector<size_t> want; };
  for (const Case& t : {Case{0, {0, 1}}, Case{3, {0, 1}}, Case{6, {0, 2}}}) {
    internal::Cluster c = HandCluster({{10, {1, 2, 3}}, {10, {4, 5}}, {10, {6}}});
    for (uint32_t i = 0; i < 10; ++i) {
      c.units[0].terms.push_back(i);
      c.units[1].terms.push_back(i < t.shared ? i : 100 + i);
    }
    c.units[2].terms = {200};
    c.num_terms = 201;
    c.idf.assign(c.num_terms, 1.0f);
    internal::Budget budget;
    budget.words = 20;
    internal::Selection s =
        internal::SelectConcepts(c, internal::StatementIndex(c), AllUnits(c), budget, 0.9,
                                 {.exact = false, .swaps = false});
    EXPECT_EQ(s.units, t.want) << "shared terms " << t.shared;
  }
}

TEST(ConceptTest, WordsLeftAreFilledWithRarerSharedConceptsThenSingleSourceOnes) {
  // Ten articles of one 10-word unit each: only concept 1 (units 0-2) reaches the floor
  // of 3 articles; concept 2 (units 3-4) is in 2, the rest in one each. Once unit 0 is
  // taken nothing above the floor is left, so the floor gives way: first to 2 articles
  // (unit 3), then to one (unit 5, the earliest of equals), until the budget is full.
  internal::Cluster c = HandCluster({{10, {1}}, {10, {1}}, {10, {1}}, {10, {2}}, {10, {2}},
                                     {10, {5}}, {10, {6}}, {10, {7}}, {10, {8}}, {10, {9}}});
  struct Case { int words; std::vector<size_t> want; };
  for (const Case& t : {Case{10, {0}}, Case{20, {0, 3}}, Case{30, {0, 3, 5}},
                        Case{60, {0, 3, 5, 6, 7, 8}}}) {
    internal::Budget budget;
    budget.words = t.words;
    internal::Selection s =
        internal::SelectConcepts(c, internal::StatementIndex(c), AllUnits(c), budget, 0.5, {});
    EXPECT_EQ(s.units, t.want) << "budget " << t.words;
  }
}

TEST(ConceptTest, UnitToCutAtTheBudgetAddsUncoveredConcepts) {
  // Unit 1 repeats unit 0's concepts (more weight in all, none new); unit 2 brings a new
  // one. Neither fits whole after unit 0; the overflowing unit must be unit 2.
  internal::Cluster c = HandCluster({{10, {1, 2}}, {15, {1, 2}}, {15, {3}}});
  struct Case { bool overflow_last; std::vector<size_t> want; };
  for (const Case& t : {Case{false, {0}}, Case{true, {0, 2}}}) {
    internal::Budget budget;
    budget.words = 20;
    budget.overflow_last = t.overflow_last;
    internal::Selection s =
        internal::SelectConcepts(c, internal::StatementIndex(c), AllUnits(c), budget, 0.5, {});
    EXPECT_EQ(s.units, t.want) << "overflow_last " << t.overflow_last;
  }
}

TEST(ConceptTest, SentenceCutAtTheBudgetIsShownLast) {
  // kShared (11 words, two outlets) is chosen whole; kEarly (12 words, from the earliest
  // article) is chosen to be cut at the budget. Reading order would put kEarly first,
  // but the cut must fall on it, not on kShared.
  const std::string kShared = "The river burst its banks and flooded the old town centre.";
  const std::string kEarly = "Officials closed the main bridge to traffic as water levels kept rising.";
  std::vector<Article> articles = {
      MakeArticle("a0", "2024-01-01", {kEarly}),
      MakeArticle("a1", "2024-01-02",
                  {kShared, "Rescue teams moved hundreds of families to the school gym."}),
      MakeArticle("a2", "2024-01-02",
                  {kShared, "Farmers counted heavy losses as wheat fields stayed under water."}),
  };
  SummaryOptions o;
  o.method = Method::kConcept;
  o.truncate_last = true;
  struct Case { int words; std::string want_cut; };
  for (const Case& t : {Case{20, "Officials closed the main bridge to traffic as water"},
                        Case{14, "Officials closed the"}}) {
    o.max_words = t.words;
    Summary s = Summarize(articles, o);
    ASSERT_EQ(s.sentences.size(), 2u) << t.words;
    EXPECT_EQ(s.sentences[0].text, kShared) << t.words;
    EXPECT_EQ(s.sentences[1].text, t.want_cut) << t.words;
  }
}

}  // namespace
}  // namespace dossier::summarize
