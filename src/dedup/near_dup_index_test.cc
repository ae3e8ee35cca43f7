#include "src/dedup/near_dup_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dossier::dedup {
namespace {

// Two paragraphs of one wire story, and an unrelated story on the same topic.
constexpr std::string_view kLede =
    "Russian President Vladimir Putin and U.S. President Joe Biden spoke by video link on "
    "Tuesday for two hours about the troops gathered near the Ukrainian border.";
constexpr std::string_view kBody =
    "The White House said Biden warned of strong economic measures if Russia invaded, "
    "while the Kremlin said Putin asked for legal guarantees that NATO would not expand "
    "eastward. Officials on both sides described the talks as frank and businesslike, "
    "and aides agreed to keep in contact. Analysts said neither leader gave ground on "
    "the central question of Ukraine's future alliances, and markets in Moscow rose.";
constexpr std::string_view kOtherStory =
    "Ukraine's defence minister told parliament on Wednesday that the army had moved "
    "extra units to the east and that reservists would be called up if needed. He said "
    "Kyiv was counting on Western partners for air defence and anti-tank weapons, and "
    "that morale among soldiers on the front line remained high despite the winter.";

std::string Join(std::vector<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out.append(p).append("\n\n");
  return out;
}

std::vector<uint32_t> Others(const std::vector<Match>& matches, MatchKind kind) {
  std::vector<uint32_t> out;
  for (const Match& m : matches) if (m.kind == kind) out.push_back(m.other);
  return out;
}

TEST(NearDupIndexTest, FlagsCopiesAndNotSameTopicStories) {
  const std::string original = Join({kLede, kBody});
  struct Case {
    std::string name;
    std::string text;
    std::vector<uint32_t> want_exact;
    std::vector<uint32_t> want_near;
  };
  const std::vector<Case> cases = {
      {"exact copy, other spacing and case", "  " + Join({kLede, kBody}) + "\n", {1}, {}},
      {"changed lede",
       Join({"Biden and Putin held a tense two-hour video call on Tuesday.", kBody}),
       {},
       {1}},
      {"syndicated with a header",
       Join({"MOSCOW (Reuters) - By Staff Writer, Dec 7", kLede, kBody}),
       {},
       {1}},
      {"same topic, other story", Join({kOtherStory}), {}, {}},
      {"empty", "", {}, {}},
  };
  for (const Case& c : cases) {
    NearDupIndex index{NearDupOptions{}};
    index.Add(1, original);
    std::vector<Match> got = index.Query(c.text);
    EXPECT_EQ(Others(got, MatchKind::kExact), c.want_exact) << c.name;
    EXPECT_EQ(Others(got, MatchKind::kNear), c.want_near) << c.name;
  }
}

TEST(NearDupIndexTest, FindsSharedPassageInOtherwiseDifferentArticles) {
  NearDupIndex index{NearDupOptions{}};
  index.Add(7, Join({kLede, kBody}));
  const std::string other = Join({kOtherStory, kBody});
  EXPECT_TRUE(Others(index.Query(other), MatchKind::kNear).empty());
  std::vector<SharedPassage> got = index.QueryPassages(other);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].other, 7u);
  EXPECT_EQ(got[0].paragraph, 1);
  EXPECT_TRUE(index.QueryPassages(Join({kOtherStory})).empty());
}

TEST(NearDupIndexTest, StreamOutputIsDeterministicAndSorted) {
  const std::vector<std::string> texts = {Join({kLede, kBody}), Join({kOtherStory}),
                                          Join({"Header line", kLede, kBody}),
                                          Join({kLede, kBody})};
  auto run = [&] {
    NearDupIndex index{NearDupOptions{}};
    std::vector<std::vector<Match>> out;
    for (uint32_t i = 0; i < texts.size(); ++i) out.push_back(index.AddAndQuery(10 + i, texts[i]));
    return out;
  };
  auto a = run(), b = run();
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(Others(a[3], MatchKind::kExact), std::vector<uint32_t>{10});
  EXPECT_EQ(Others(a[3], MatchKind::kNear), std::vector<uint32_t>{12});
  EXPECT_EQ(Others(a[2], MatchKind::kNear), std::vector<uint32_t>{10});
  EXPECT_TRUE(a[1].empty());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].size(), b[i].size());
    for (size_t k = 0; k < a[i].size(); ++k) EXPECT_EQ(a[i][k].other, b[i][k].other);
  }
}

// The LSH path against brute force on variants of one text with 0-40% of words replaced:
// every pair whose exact Jaccard is >= the threshold must be found, and no other.
TEST(NearDupIndexTest, LshAgreesWithBruteForceJaccard) {
  // Words returns views into its argument, so the text must outlive the loop.
  const std::string joined = std::string(kBody) + " " + std::string(kOtherStory);
  std::vector<std::string> base;
  for (std::string_view w : Words(joined)) {
    base.emplace_back(w);
  }
  std::vector<std::string> texts;
  uint32_t seed = 12345;
  for (int t = 0; t < 24; ++t) {
    std::vector<std::string> words = base;
    for (size_t i = 0; i < words.size(); ++i) {
      seed = seed * 1664525u + 1013904223u;
      if (seed % 100 < static_cast<uint32_t>(t * 40 / 24)) words[i] = "w" + std::to_string(seed % 997);
    }
    std::string s;
    for (const std::string& w : words) s += w + " ";
    texts.push_back(s);
  }
  NearDupOptions options;
  options.jaccard_threshold = 0.6;
  NearDupIndex index(options);
  int above = 0, below = 0;
  for (uint32_t i = 0; i < texts.size(); ++i) {
    std::vector<Match> got = index.AddAndQuery(i, texts[i]);
    for (uint32_t j = 0; j < i; ++j) {
      double jac = Jaccard(Shingles(texts[i], 5), Shingles(texts[j], 5));
      bool found = std::any_of(got.begin(), got.end(), [j](const Match& m) { return m.other == j; });
      EXPECT_EQ(found, jac >= 0.6) << i << " " << j << " " << jac;
      (jac >= 0.6 ? above : below) += 1;
    }
  }
  EXPECT_GE(above, 5);  // the sample spans the threshold (6 pairs at >= 0.6 today)
  EXPECT_GT(below, 20);
}

TEST(NearDupIndexTest, JaccardOfKnownSets) {
  EXPECT_DOUBLE_EQ(Jaccard({1, 2, 3}, {2, 3, 4}), 0.5);
  EXPECT_DOUBLE_EQ(Jaccard({}, {1}), 0.0);
  EXPECT_EQ(Shingles("one two three", 5).size(), 1u);
  EXPECT_EQ(Shingles("a b c d e f", 5).size(), 2u);
  EXPECT_TRUE(Shingles("", 5).empty());
}

TEST(FindCopiesTest, EachCopyPointsAtTheEarliestOriginalItMatches) {
  const std::string wire = Join({kLede, kBody});
  const std::string rewrite =
      Join({"Biden and Putin held a tense two-hour video call on Tuesday.", kBody});
  const std::string other = Join({kOtherStory});
  struct Case {
    std::string name;
    std::vector<std::string> texts;
    std::vector<int> want;
  };
  const std::vector<Case> cases = {
      {"none", {}, {}},
      {"one", {wire}, {-1}},
      {"reprint and rewrite of the first", {wire, other, wire, rewrite}, {-1, -1, 0, 0}},
      // The rewrite comes first, so it is the original both copies point at.
      {"order decides the original", {rewrite, wire, wire}, {-1, 0, 0}},
      {"empty texts copy nothing", {"", "", wire}, {-1, -1, -1}},
      {"same topic is not a copy", {other, wire}, {-1, -1}},
  };
  for (const Case& t : cases) {
    std::vector<std::string_view> views(t.texts.begin(), t.texts.end());
    EXPECT_EQ(FindCopies(views, NearDupOptions{}), t.want) << t.name;
  }
}

TEST(FindCopiesTest, ThresholdAboveOneLeavesOnlyExactCopies) {
  const std::string wire = Join({kLede, kBody});
  const std::string rewrite =
      Join({"Biden and Putin held a tense two-hour video call on Tuesday.", kBody});
  std::vector<std::string_view> views = {wire, rewrite, wire};
  NearDupOptions strict;
  strict.jaccard_threshold = 1.01;
  EXPECT_EQ(FindCopies(views, strict), (std::vector<int>{-1, -1, 0}));
}

TEST(ComparableTextTest, JoinsSentencesByParagraphAndFallsBackToBody) {
  Article a;
  a.text = "HEADER\nFirst one. Second one.\n\nThird one.";
  a.body = {{7, 29}, {31, 41}};
  EXPECT_EQ(ComparableText(a), "First one. Second one.\n\nThird one.");
  a.sentences.resize(3);
  a.sentences[0].span = {7, 17};
  a.sentences[1].span = {18, 29};
  a.sentences[2].span = {31, 41};
  a.sentences[2].paragraph = 1;
  EXPECT_EQ(ComparableText(a), "First one. Second one.\n\nThird one.");
  a.sentences[1].span = {18, 99};  // out of range: skipped, not read
  EXPECT_EQ(ComparableText(a), "First one.\n\nThird one.");
}

TEST(HeadTableTest, ExchangeReturnsThePreviousHeadAcrossGrowth) {
  internal::HeadTable t;
  EXPECT_EQ(t.Find(7), internal::HeadTable::kNone);
  // Keys equal in their low bits probe into one another; 1,000 keys force several grows.
  for (uint32_t i = 0; i < 1000; ++i) {
    EXPECT_EQ(t.Exchange(uint64_t{i} << 20, i), internal::HeadTable::kNone) << i;
  }
  EXPECT_EQ(t.size(), 1000u);
  for (uint32_t i = 0; i < 1000; ++i) EXPECT_EQ(t.Find(uint64_t{i} << 20), i) << i;
  EXPECT_EQ(t.Exchange(uint64_t{5} << 20, 42), 5u);
  EXPECT_EQ(t.Find(uint64_t{5} << 20), 42u);
  EXPECT_EQ(t.Find((uint64_t{5} << 20) + 1), internal::HeadTable::kNone);
  EXPECT_EQ(t.size(), 1000u);
  t.Reserve(5000);  // rehashes in place: every key still found
  for (uint32_t i = 0; i < 1000; ++i) EXPECT_EQ(t.Find(uint64_t{i} << 20), i == 5 ? 42u : i);
}

TEST(NearDupIndexTest, LongTextsTakeTheSortPathAndStillMatch) {
  // Over 4,096 shingles: SortUnique's std::sort branch.
  std::string longer;
  for (int i = 0; i < 1500; ++i) longer += "word" + std::to_string(i) + " w" + std::to_string(i * 7) + " x" + std::to_string(i % 13) + " ";
  longer += std::string(kBody);
  NearDupIndex index{NearDupOptions{}};
  index.Add(0, longer);
  std::vector<Match> m = index.Query(longer + " one more line");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, MatchKind::kNear);
  EXPECT_GT(m[0].jaccard, 0.99);
  EXPECT_GT(Shingles(longer, 5).size(), 4096u);
}

TEST(NearDupIndexTest, ContainmentFindsAnExtendedVersionOnlyWhenAskedFor) {
  // The wire story, then a version with more new text than the story (Jaccard < 0.5).
  const std::string wire = Join({kLede, kBody});
  std::string added;
  for (int i = 0; i < 120; ++i) added += "added" + std::to_string(i) + " ";
  const std::string extended = Join({kLede, kBody, kOtherStory, added});
  struct Case {
    double containment;
    size_t want;
  };
  for (const Case& t : {Case{1.01, 0}, Case{0.9, 1}}) {
    NearDupOptions o;
    o.containment_threshold = t.containment;
    NearDupIndex index(o);
    index.Add(0, wire);
    EXPECT_EQ(index.Query(extended).size(), t.want) << t.containment;
  }
  EXPECT_LT(Jaccard(Shingles(wire, 5), Shingles(extended, 5)), 0.5);
  EXPECT_DOUBLE_EQ(Containment(Shingles(wire, 5), Shingles(extended, 5)), 1.0);
}

}  // namespace
}  // namespace dossier::dedup
