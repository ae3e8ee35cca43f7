#include "src/summarize/summarize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "src/statements/compress.h"
#include "src/statements/quality.h"
#include "src/statements/test_util.h"

namespace dossier::summarize {
namespace {

using statements::testing::MakeArticle;

constexpr std::string_view kShared =
    "Heavy flooding killed 42 people in the northern province of Kandara on Tuesday, "
    "officials said.";
constexpr std::string_view kSharedTrimmed =
    "Heavy flooding killed 42 people in the northern province of Kandara.";

// Three articles that all carry kShared, each with its own details around it.
std::vector<Article> FloodCluster() {
  return {
      MakeArticle("a0", "2024-03-05",
                  {std::string(kShared),
                   "Rescue teams used boats to reach villages cut off by the rising river water.",
                   "Kandara's regional governor asked the capital for emergency funds and more troops."}),
      MakeArticle("a1", "2024-03-04",
                  {"Farmers in the valley lost their entire spring harvest to the muddy water.",
                   std::string(kShared),
                   "Schools across the province were closed until further notice by authorities."}),
      MakeArticle("a2", "2024-03-06",
                  {"Weather forecasters expect more rain over the northern mountains this week.",
                   "Aid agencies flew tents, blankets and clean water to the displaced families.",
                   std::string(kShared)}),
  };
}

int Words(const Summary& s) {
  int n = 0;
  for (const SummarySentence& line : s.sentences) n += statements::CountWords(line.text);
  return n;
}

TEST(SummarizeTest, RepeatedSentenceIsSelectedAndAttributedToAllThreeArticles) {
  std::vector<Article> cluster = FloodCluster();
  for (Method m : AllMethods()) {
    SCOPED_TRACE(MethodName(m));
    SummaryOptions o;
    o.method = m;
    o.max_sentences = 1;
    Summary s = Summarize(cluster, o);
    ASSERT_EQ(s.sentences.size(), 1u);
    // Trimmed of its weekday and attribution tail; the parts still point at the
    // original bytes.
    EXPECT_EQ(s.sentences[0].text, kSharedTrimmed);
    const Article& from = cluster[s.sentences[0].article];
    ASSERT_EQ(s.sentences[0].parts.size(), 2u);
    EXPECT_EQ(std::string(from.Slice(s.sentences[0].parts[0])) +
                  std::string(from.Slice(s.sentences[0].parts[1])),
              kSharedTrimmed);
    EXPECT_EQ(from.Slice(s.sentences[0].span), kShared);
    std::set<size_t> articles = {s.sentences[0].article};
    for (const Support& sup : s.sentences[0].support) {
      articles.insert(sup.article);
      EXPECT_EQ(cluster[sup.article].Slice(sup.span), kShared);
      EXPECT_NEAR(sup.similarity, 1.0, 1e-5);
    }
    EXPECT_EQ(articles, (std::set<size_t>{0, 1, 2}));
  }
}

TEST(SummarizeTest, BudgetIsNeverExceeded) {
  struct Case { int words, sentences, bytes; };
  std::vector<Article> cluster = FloodCluster();
  for (Method m : AllMethods()) {
    for (const Case& c : {Case{20, 0, 0}, Case{35, 0, 0}, Case{0, 2, 0}, Case{0, 0, 150},
                          Case{25, 1, 0}}) {
      SCOPED_TRACE(std::string(MethodName(m)) + " " + std::to_string(c.words) + "/" +
                   std::to_string(c.sentences) + "/" + std::to_string(c.bytes));
      SummaryOptions o;
      o.method = m;
      o.max_words = c.words, o.max_sentences = c.sentences, o.max_bytes = c.bytes;
      Summary s = Summarize(cluster, o);
      EXPECT_FALSE(s.sentences.empty());
      if (c.words > 0) {
        EXPECT_LE(Words(s), c.words);
      }
      if (c.sentences > 0) {
        EXPECT_LE(static_cast<int>(s.sentences.size()), c.sentences);
      }
      size_t bytes = 0;
      for (const auto& line : s.sentences) bytes += line.text.size() + 1;
      if (c.bytes > 0) {
        EXPECT_LE(static_cast<int>(bytes), c.bytes);
      }
    }
  }
}

TEST(SummarizeTest, TruncateLastFillsTheWordBudgetExactly) {
  std::vector<Article> cluster = FloodCluster();
  struct Case { int words; double redundancy; };
  for (Method m : AllMethods()) {
    // Redundancy 0: every pair of sentences sharing a word is redundant, so the budget
    // can only be filled with redundant sentences (the fallback of FillBudget).
    for (const Case& t : {Case{17, 0.2}, Case{30, 0.2}, Case{50, 0.2}, Case{50, 0.0},
                          Case{80, 0.0}}) {
      int words = t.words;
      SCOPED_TRACE(std::string(MethodName(m)) + " " + std::to_string(words) + " " +
                   std::to_string(t.redundancy));
      SummaryOptions o;
      o.method = m;
      o.max_words = words;
      o.redundancy_threshold = t.redundancy;
      o.truncate_last = true;
      Summary s = Summarize(cluster, o);
      EXPECT_EQ(Words(s), words);
      const SummarySentence& last = s.sentences.back();
      // The text shown is exactly the bytes its parts point at (trimmed or cut).
      EXPECT_EQ(statements::JoinParts(cluster[last.article].text, last.parts), last.text);
    }
  }
}

TEST(SummarizeTest, NearIdenticalSentencesAreNeverBothSelected) {
  std::vector<Article> cluster = {
      MakeArticle("x", "", {"The central bank raised its main interest rate by half a point on Monday.",
                            "Shares in Tokyo fell sharply after the announcement by the bank."}),
      MakeArticle("y", "", {"The central bank raised its main interest rate by half a point Monday.",
                            "Economists had expected a smaller rise given weak consumer spending."}),
  };
  for (Method m : AllMethods()) {
    SCOPED_TRACE(MethodName(m));
    SummaryOptions o;
    o.method = m;
    o.max_words = 200;
    Summary s = Summarize(cluster, o);
    int rate = 0;
    for (const auto& line : s.sentences) rate += line.text.find("interest rate") != std::string::npos;
    EXPECT_EQ(rate, 1);
  }
}

TEST(SummarizeTest, OrdersByArticleDateThenPosition) {
  std::vector<Article> cluster = FloodCluster();  // dates: a1 < a0 < a2
  SummaryOptions o;
  o.method = Method::kLead;
  o.max_words = 1000;
  o.redundancy_threshold = 1.1;  // keep the copies: we test order only
  Summary s = Summarize(cluster, o);
  std::vector<std::pair<size_t, uint32_t>> got;
  for (const auto& line : s.sentences) got.emplace_back(line.article, line.span.begin);
  std::vector<std::pair<size_t, uint32_t>> want = got;
  auto rank = [](size_t article) { return article == 1 ? 0 : article == 0 ? 1 : 2; };
  std::sort(want.begin(), want.end(), [&](const auto& a, const auto& b) {
    return rank(a.first) != rank(b.first) ? rank(a.first) < rank(b.first) : a.second < b.second;
  });
  EXPECT_EQ(got, want);
  ASSERT_EQ(got.size(), 9u);
  EXPECT_EQ(got.front().first, 1u);
  EXPECT_EQ(got.back().first, 2u);
}

TEST(SummarizeTest, QuestionsAndDependentSentencesAreSkipped) {
  std::vector<Article> cluster = {
      MakeArticle("q", "", {"Will the flooding in the northern province of Kandara get worse soon?",
                            "He said the flooding in the northern province of Kandara was worse.",
                            "Flooding in the northern province of Kandara closed twelve roads today."}),
  };
  for (Method m : AllMethods()) {
    SCOPED_TRACE(MethodName(m));
    SummaryOptions o;
    o.method = m;
    o.max_sentences = 1;
    Summary s = Summarize(cluster, o);
    ASSERT_EQ(s.sentences.size(), 1u);
    EXPECT_EQ(s.sentences[0].text,
              "Flooding in the northern province of Kandara closed twelve roads today.");
  }
}

// A sentence that names as known what no earlier summary sentence introduced (an opening
// description of a thing few articles mention, a surname the story gives in full
// elsewhere, at the opening or inside the sentence) is not shown; with its introduction
// before it, it may be.
TEST(SummarizeTest, SentencesLeftDanglingByTheSummaryAreNotShown) {
  const std::string flood =
      "Heavy flooding closed twelve roads in the province of Kandara, the government said.";
  const std::string government =
      "The government is sending soldiers and rubber boats to the flooded valley.";
  const std::string flooding = "The flooding cut power to thousands of homes in the valley.";
  const std::string banner = "The banner carries the names of forty-two people who died in the valley.";
  const std::string johnson = "Johnson said the river would keep rising until the end of next week.";
  const std::string warned = "Rescue crews reached the valley after a warning from Johnson on Friday.";
  const std::string mister = "Mr. Johnson later confirmed the warning to reporters in the valley.";
  struct Case {
    std::string name;
    std::vector<std::string> first;  // the earliest article's sentences
    std::string sentence;            // in the summary or not
    bool shown;
  };
  const Case cases[] = {
      {"description without its introduction", {banner, flood}, banner, false},
      {"description after its introduction",
       {"Mourners raised a banner at the town hall of Kandara on Sunday morning.", banner}, banner, true},
      {"topic word of the story", {flooding, flood}, flooding, true},
      {"a noun that needs its owner, however common", {government, flood}, government, false},
      {"surname the story gives in full elsewhere", {johnson, flood}, johnson, false},
      {"surname after the full name",
       {"Torrence Johnson, a hydrologist at the state university, measured the river.", johnson}, johnson,
       true},
      {"surname inside the sentence, a person the story names in full", {warned, flood, mister}, warned,
       false},
      {"surname inside the sentence after the full name",
       {"Torrence Johnson, a hydrologist at the state university, measured the river.", warned, mister},
       warned, true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Article> cluster = {
        MakeArticle("a0", "2024-03-01", c.first),
        MakeArticle("a1", "2024-03-02",
                    {flood, "Hydrologist Torrence Johnson has studied the valley for twenty long years."}),
        MakeArticle("a2", "2024-03-03", {flood, "Aid agencies flew tents and blankets to the displaced families by helicopter."}),
        MakeArticle("a3", "2024-03-04", {flood, "Schools across the northern districts stayed closed for the whole week."}),
        MakeArticle("a4", "2024-03-05", {flood, "Farmers lost most of the spring harvest to the muddy brown water."}),
        MakeArticle("a5", "2024-03-06", {flood, "Forecasters expect more heavy rain over the mountains in coming days."}),
        MakeArticle("a6", "2024-03-07", {flood, "Soldiers used rubber boats to reach villages cut off by the water."}),
    };
    SummaryOptions o;
    o.method = Method::kLead;
    o.max_sentences = 8;
    o.compress = false;
    Summary s = Summarize(cluster, o);
    bool shown = std::any_of(s.sentences.begin(), s.sentences.end(),
                             [&](const SummarySentence& line) { return line.text == c.sentence; });
    EXPECT_EQ(shown, c.shown);
    EXPECT_GE(s.sentences.size(), 6u);
  }
}

// A cluster with fewer eligible words than the budget may take sentences outside the
// length limits, never ones that lean on their neighbours.
TEST(SummarizeTest, ShortClusterFallsBackOnlyToStandaloneSentences) {
  const std::string shortest = "Schools in the valley stayed shut.";  // under 8 words
  const std::string dependent = "He said the army would send rubber boats to the villages soon.";
  const std::string good = "Heavy flooding closed twelve roads in the province of Kandara today.";
  std::vector<Article> cluster = {MakeArticle("a", "", {good, dependent, shortest})};
  for (Method m : AllMethods()) {
    SCOPED_TRACE(MethodName(m));
    SummaryOptions o;
    o.method = m;
    o.max_words = 200;
    o.compress = false;
    std::vector<std::string> got;
    for (const SummarySentence& line : Summarize(cluster, o).sentences) got.push_back(line.text);
    EXPECT_EQ(got, (std::vector<std::string>{good, shortest}));
  }
}

TEST(SummarizeTest, OutputIsDeterministic) {
  std::vector<Article> cluster = FloodCluster();
  for (Method m : AllMethods()) {
    SummaryOptions o;
    o.method = m;
    o.max_words = 40;
    Summary a = Summarize(cluster, o), b = Summarize(cluster, o);
    ASSERT_EQ(a.sentences.size(), b.sentences.size());
    for (size_t i = 0; i < a.sentences.size(); ++i) {
      EXPECT_EQ(a.sentences[i].span, b.sentences[i].span);
      EXPECT_EQ(a.sentences[i].support.size(), b.sentences[i].support.size());
    }
  }
}

TEST(SummarizeTest, EmptyAndDegenerateInputGiveEmptyOrShortSummaries) {
  SummaryOptions o;
  EXPECT_TRUE(Summarize({}, o).sentences.empty());
  Article empty;
  EXPECT_TRUE(Summarize({empty}, o).sentences.empty());
  Article broken = MakeArticle("b", "", {"Only one short line here."});
  broken.sentences[0].span.end = 9999;  // out of range: ignored, not a crash
  EXPECT_TRUE(Summarize({broken}, o).sentences.empty());
  // A single short sentence is still used when nothing better exists.
  Summary s = Summarize({MakeArticle("s", "", {"Markets fell."})}, o);
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.sentences[0].text, "Markets fell.");
}

TEST(SummarizeTest, ParseMethodRoundTripsEveryName) {
  for (Method m : AllMethods()) {
    StatusOr<Method> parsed = ParseMethod(MethodName(m));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, m);
  }
  EXPECT_FALSE(ParseMethod("magic").ok());
  EXPECT_EQ(SummaryOptions().method, Method::kConcept);
}

}  // namespace
}  // namespace dossier::summarize
