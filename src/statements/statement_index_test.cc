// Tests of "says the same thing" (statement_index.h) on a small invented story: a
// paraphrase across outlets supports a sentence, a sentence on the same topic does not,
// and the same sentence with another figure does not.
#include "src/statements/statement_index.h"

#include <gtest/gtest.h>

#include "src/statements/test_util.h"
#include "src/text/analyzer.h"

namespace dossier::statements {
namespace {

using testing::MakeArticle;

std::vector<Article> Story() {
  return {
      MakeArticle("wire", "2023-03-14",
                  {"Rescuers pulled 12 survivors from the collapsed bridge on Tuesday, the fire "
                   "chief said.",
                   "The bridge carried about 30,000 vehicles a day across the river.",
                   "Engineers had warned last year that the steel supports were corroding."}),
      MakeArticle("daily", "2023-03-14",
                  {"Fire crews rescued 12 survivors from the collapsed bridge Tuesday.",
                   "The mayor promised the city would rebuild the crossing within two years.",
                   "Inspectors warned a year ago that steel supports under the deck were "
                   "corroding."}),
      MakeArticle("radio", "2023-03-14",
                  {"Rescuers pulled 15 survivors from the collapsed bridge on Tuesday.",
                   "The river is the longest in the state and floods every spring."}),
  };
}

int UnitOf(const Cluster& c, size_t article, uint32_t index) {
  for (size_t u = 0; u < c.units.size(); ++u) {
    if (c.units[u].article == article && c.units[u].index == index) return static_cast<int>(u);
  }
  return -1;
}

TEST(AttributionTest, ParaphrasesSupportTopicOnlyAndOtherFiguresDoNot) {
  std::vector<Article> articles = Story();
  Cluster c = BuildCluster(articles, SummaryOptions{});
  StatementIndex index(c, articles);
  const double threshold = SummaryOptions{}.support_threshold;
  struct Case {
    size_t a;
    uint32_t s;
    size_t b;
    uint32_t t;
    bool supports;
    const char* why;
  };
  const Case cases[] = {
      {0, 0, 1, 0, true, "same rescue, other wording and no attribution"},
      {0, 2, 1, 2, true, "same warning, other subject and tense"},
      {0, 0, 2, 0, false, "12 survivors against 15: two claims"},
      {0, 1, 2, 1, false, "the river, but another fact"},
      {0, 1, 1, 1, false, "the bridge, but another fact"},
  };
  for (const Case& k : cases) {
    int u = UnitOf(c, k.a, k.s), v = UnitOf(c, k.b, k.t);
    ASSERT_GE(u, 0);
    ASSERT_GE(v, 0);
    EXPECT_EQ(index.Support(u, v) >= threshold, k.supports) << k.why << ": " << index.Support(u, v);
    EXPECT_DOUBLE_EQ(index.Support(u, v), index.Support(v, u)) << "symmetric: " << k.why;
  }
}

TEST(AttributionTest, FindSupportListsOtherArticlesInOrderAboveTheThreshold) {
  std::vector<Article> articles = Story();
  Cluster c = BuildCluster(articles, SummaryOptions{});
  int u = UnitOf(c, 0, 0);
  ASSERT_GE(u, 0);
  StatementIndex index(c, articles);
  std::vector<Support> s = FindSupport(c, index, u, SummaryOptions{}.support_threshold);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].article, 1u);
  EXPECT_EQ(articles[1].Slice(s[0].span), "Fire crews rescued 12 survivors from the collapsed bridge Tuesday.");
  // Threshold 0 admits every unit of the other articles, by article then position.
  std::vector<Support> all = FindSupport(c, index, u, 0.0);
  for (size_t i = 1; i < all.size(); ++i) {
    EXPECT_TRUE(all[i - 1].article < all[i].article ||
                (all[i - 1].article == all[i].article && all[i - 1].span.begin < all[i].span.begin));
  }
}

TEST(AttributionTest, NumbersClashOnlyWhenBothStateFiguresAndShareNone) {
  struct Case {
    std::vector<std::string> x, y;
    bool clash;
  };
  const Case cases[] = {
      {{"12"}, {"15"}, true},
      {{"12", "2023"}, {"12"}, false},
      {{}, {"15"}, false},
      {{"175000"}, {}, false},
  };
  for (const Case& k : cases) EXPECT_EQ(NumbersClash(k.x, k.y), k.clash);
}

// The inverted index's candidates against brute force: at every positive threshold,
// FindSupport lists exactly the other-article units whose Support reaches it, and the
// interned figure veto agrees with NumbersClash on the strings.
TEST(AttributionTest, IndexCandidatesFindTheSamePairsAsAllPairs) {
  std::vector<Article> articles = Story();
  Cluster c = BuildCluster(articles, SummaryOptions{});
  StatementIndex index(c, articles);
  for (double threshold : {0.05, 0.2, 0.35, 0.6}) {
    for (size_t u = 0; u < c.units.size(); ++u) {
      std::vector<size_t> want;
      for (size_t v = 0; v < c.units.size(); ++v) {
        if (c.units[v].article != c.units[u].article && index.Support(u, v) >= threshold) {
          want.push_back(v);
        }
      }
      std::vector<size_t> got;
      for (const Support& s : FindSupport(c, index, u, threshold)) {
        for (size_t v = 0; v < c.units.size(); ++v) {
          if (c.units[v].article == s.article && c.units[v].span.begin == s.span.begin) {
            got.push_back(v);
          }
        }
      }
      EXPECT_EQ(got, want) << "unit " << u << " at " << threshold;
    }
  }
  // The filter prunes: at 0.6 some unit has fewer candidates than units sharing a stem.
  size_t pruned = 0;
  for (size_t u = 0; u < c.units.size(); ++u) {
    size_t strict = index.Candidates(u, 0.6).size(), all = index.Candidates(u, 0).size();
    EXPECT_LE(strict, all) << u;
    pruned += strict < all;
  }
  EXPECT_GT(pruned, 0u);
  for (size_t u = 0; u < c.units.size(); ++u) {
    for (size_t v = 0; v < c.units.size(); ++v) {
      bool clash = NumbersClash(NumbersOf(articles[c.units[u].article], c.units[u]),
                                NumbersOf(articles[c.units[v].article], c.units[v]));
      if (index.Dice(u, v) > 0) {
        EXPECT_EQ(index.Support(u, v) == 0, clash) << u << " " << v;
      }
    }
  }
}

}  // namespace
}  // namespace dossier::statements

namespace dossier::statements {
namespace {

TEST(StatementIndexTest, NamesAreCapitalizedWordsInsideTheSentence) {
  struct Case {
    std::string sentence;
    std::vector<std::string> names;
  };
  for (const Case& c : std::vector<Case>{
           {"Her attorney John Mayoue denied the allegations on Tuesday.", {"john", "mayoue"}},
           {"Officials in Kuala Lumpur met Mr. Anwar in March.", {"anwar", "kuala", "lumpur"}},
           {"The talks ended without a deal.", {}},
           {"He spoke in Thursday's New Straits Times on Oct. 3.", {"new", "strait", "time"}},
           {"The talks stalled over the CPP-FUNCINPEC quarrel.", {"cpp", "funcinpec"}},
           {"They waved signs reading ``Disappeared in Chile.''", {"chile"}},
           {"He told the English-language daily Katona-Apte said so.",
            {"apte", "english", "katona"}},
       }) {
    std::vector<Article> articles = {testing::MakeArticle("a", "", {c.sentence})};
    Cluster cluster = BuildCluster(articles, SummaryOptions());
    ASSERT_EQ(cluster.units.size(), 1u) << c.sentence;
    EXPECT_EQ(NamesOf(articles[0], cluster.units[0]), c.names) << c.sentence;
  }
}

// With the real tokenizer (one token for "Thursday's", "CPP-FUNCINPEC", one '"' norm for
// a curly quote): possessive calendar words and abbreviated months name no one, and a
// hyphenated word gives its capitalized parts.
TEST(StatementIndexTest, NamesOfRealTokensSplitsHyphensAndSkipsCalendarWords) {
  struct Case {
    std::string sentence;
    std::vector<std::string> names;
  };
  text::Analyzer analyzer;
  for (const Case& c : std::vector<Case>{
           {"He spoke in Thursday's New Straits Times on Oct. 3.", {"new", "strait", "time"}},
           {"The talks stalled over the CPP-FUNCINPEC quarrel.", {"cpp", "funcinpec"}},
           {"The English-language daily quoted Judit Katona-Apte.",
            {"apte", "english", "judit", "katona"}},
           {"They waved signs reading \u201CDisappeared in Chile.\u201D", {"chile"}},
       }) {
    Article a;
    a.text = c.sentence;
    analyzer.AnalyzeArticle(&a);
    std::vector<Article> articles = {a};
    Cluster cluster = BuildCluster(articles, SummaryOptions());
    ASSERT_EQ(cluster.units.size(), 1u) << c.sentence;
    EXPECT_EQ(NamesOf(articles[0], cluster.units[0]), c.names) << c.sentence;
  }
}

// Two one-sentence articles, analyzed, and their cluster (a unit each, when both pass).
struct SentencePair {
  std::vector<Article> articles;
  Cluster cluster;
};
SentencePair AnalyzePair(const std::string& x, const std::string& y, text::Analyzer* analyzer) {
  SentencePair p;
  p.articles.resize(2);
  p.articles[0].text = x;
  p.articles[1].text = y;
  for (Article& a : p.articles) analyzer->AnalyzeArticle(&a);
  p.cluster = BuildCluster(p.articles, SummaryOptions());
  return p;
}

// Content stems shared beside the names: lower-case, no stopword, not "said".
TEST(StatementIndexTest, SharedContentStemsCountWordsBesideTheNames) {
  struct Case {
    std::string x, y;
    int shared;
  };
  text::Analyzer analyzer;
  for (const Case& c : std::vector<Case>{
           {"John Mayoue has denied the allegations.", "Mayoue denied all allegations.", 2},
           {"John Mayoue has denied the allegations.", "John Mayoue declined to comment.", 0},
           {"Police said the bridge collapsed.", "The bridge collapsed, police said.", 2},
       }) {
    const SentencePair p = AnalyzePair(c.x, c.y, &analyzer);
    ASSERT_EQ(p.cluster.units.size(), 2u) << c.x;
    EXPECT_EQ(SharedContentStems(p.articles[0], p.cluster.units[0], p.articles[1],
                                 p.cluster.units[1]),
              c.shared)
        << c.x << " / " << c.y;
  }
}

// A direct quotation is carried only by a sentence with a third of its content words.
TEST(StatementIndexTest, QuoteCarriedWantsTheQuotedWords) {
  struct Case {
    std::string x, y;
    bool carried;
  };
  text::Analyzer analyzer;
  for (const Case& c : std::vector<Case>{
           {"``The tone has totally changed,'' said Rich Tafel of the group.",
            "Tafel said the tone had changed totally since last year.", true},
           {"``The tone has totally changed,'' said Rich Tafel of the group.",
            "Rich Tafel, the group's director, was not invited to the meeting.", false},
           {"\"We will never give up the fight,\" the mayor said on Monday.",
            "The mayor vowed on Monday to resist the plan.", false},
           {"\xE2\x80\x9CWe will never give up the fight,\xE2\x80\x9D the mayor said on Monday.",
            "We will never give up the fight, the mayor told reporters.", true},
           // Under three quoted content words, or no quotation: nothing to carry.
           {"The mayor called the plan ``a disgrace'' on Monday.",
            "The mayor criticized the plan on Monday.", true},
           {"Witnesses said both men had been drinking before the crash.",
            "The two men had been drinking, witnesses said.", true},
       }) {
    const SentencePair p = AnalyzePair(c.x, c.y, &analyzer);
    ASSERT_EQ(p.cluster.units.size(), 2u) << c.x;
    EXPECT_EQ(QuoteCarried(p.articles[0], p.cluster.units[0], p.articles[1], p.cluster.units[1]),
              c.carried)
        << c.x << " / " << c.y;
  }
}

TEST(StatementIndexTest, NamesClashWhenEachSideNamesSomeoneTheOtherDoesNot) {
  using V = std::vector<std::string>;
  struct Case {
    V x, y;
    bool clash;
  };
  for (const Case& c : std::vector<Case>{
           {{"gingrich", "john", "mayoue"}, {"evans", "gingrich", "randy"}, true},
           {{"clinton"}, {"clinton", "lewinsky"}, false},
           {{"clinton"}, {}, false},
           {{"anwar"}, {"mahathir"}, true},
       }) {
    EXPECT_EQ(NamesClash(c.x, c.y), c.clash);
    EXPECT_EQ(NamesClash(c.y, c.x), c.clash);
  }
}

}  // namespace
}  // namespace dossier::statements
