#include "src/cluster/prepared.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::cluster {
namespace {

const int64_t kT0 = ParseTime("2021-12-07");
constexpr int64_t kDay = 86400;

// A stream with every placement kind: stories opening, a similar follow-up, a syndicated
// copy, a bare headline with a URL, an undated article and an empty one.
std::vector<StreamArticle> Stream() {
  static const std::string mine =
      "Rescuers pulled twelve miners from the flooded Tarkwa gold shaft on Tuesday after a "
      "two-day search, Ghana's mining ministry said.\n\nThe Tarkwa mine had been closed "
      "twice for safety violations, according to inspection records kept by the ministry.";
  static const std::string follow =
      "Ghana's mining ministry ordered an inquiry into the Tarkwa gold mine flood in which "
      "twelve miners were trapped for two days before rescuers reached the shaft.";
  static const std::string vote =
      "Chilean senators approved the pension reform bill on Wednesday by 27 votes to 19, "
      "sending it back to the lower house in Valparaiso for a final vote.";
  return {
      {"Miners rescued", mine, "Reuters", kT0, ""},
      {"Pension vote", vote, "wire", kT0, ""},
      {"Twelve miners freed in Ghana", mine, "Daily Graphic", kT0, ""},
      {"Inquiry into mine flood", follow, "wire", kT0 + kDay, ""},
      {"Chile senate passes pension reform", "", "", kT0 + kDay,
       "https://example.com/world/chile-senate-pension-reform-vote"},
      {"Pension bill returns to lower house", vote, "", kNoTime, ""},
      {"", "", "", kNoTime, ""},
  };
}

struct StreamRun {
  std::vector<Placement> placements;
  std::vector<uint64_t> stories;
};

void Expect(const StreamRun& a, const StreamRun& b) {
  ASSERT_EQ(a.placements.size(), b.placements.size());
  for (size_t i = 0; i < a.placements.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(a.placements[i].story, b.placements[i].story);
    EXPECT_EQ(a.placements[i].by, b.placements[i].by);
    EXPECT_EQ(a.placements[i].score, b.placements[i].score);
    EXPECT_EQ(a.placements[i].undated, b.placements[i].undated);
  }
  EXPECT_EQ(a.stories, b.stories);
}

TEST(PreparedArticleTest, PreparedAndShippedAsBytesPlacesExactlyAsAdd) {
  const ClusterOptions options;
  StreamRun direct, shipped;
  StoryClusterer c1(options), c2(options);
  text::Analyzer analyzer;
  for (const StreamArticle& a : Stream()) {
    direct.placements.push_back(c1.Add(a));
    ByteWriter w;
    WritePrepared(PrepareArticle(a, options, &analyzer), &w);
    const std::string bytes = w.Take();
    ByteReader r(bytes);
    PreparedArticle back;
    ASSERT_TRUE(ReadPrepared(&r, &back).ok());
    EXPECT_TRUE(r.done());
    shipped.placements.push_back(c2.AddPrepared(std::move(back)));
  }
  for (uint32_t i = 0; i < c1.size(); ++i) {
    direct.stories.push_back(c1.StoryOf(i));
    shipped.stories.push_back(c2.StoryOf(i));
  }
  Expect(direct, shipped);
  // The stream does exercise the copy and similarity paths.
  EXPECT_EQ(direct.placements[2].by, PlacedBy::kNearCopy);
  EXPECT_EQ(direct.placements[3].by, PlacedBy::kSimilar);
}

TEST(PreparedArticleTest, RoundTripKeepsTermsAndFingerprint) {
  text::Analyzer analyzer;
  const PreparedArticle p = PrepareArticle(Stream()[0], ClusterOptions{}, &analyzer);
  ASSERT_FALSE(p.terms.empty());
  ASSERT_TRUE(p.fingerprint.has_words);
  ASSERT_FALSE(p.fingerprint.passages.empty());
  ByteWriter w;
  WritePrepared(p, &w);
  const std::string bytes = w.Take();
  ByteReader r(bytes);
  PreparedArticle back;
  ASSERT_TRUE(ReadPrepared(&r, &back).ok());
  ASSERT_EQ(back.terms.size(), p.terms.size());
  for (size_t i = 0; i < p.terms.size(); ++i) {
    EXPECT_EQ(back.terms[i].hash, p.terms[i].hash);
    EXPECT_EQ(back.terms[i].weight, p.terms[i].weight);
    EXPECT_EQ(back.terms[i].name, p.terms[i].name);
  }
  EXPECT_EQ(back.fingerprint.exact, p.fingerprint.exact);
  EXPECT_EQ(back.fingerprint.shingles, p.fingerprint.shingles);
  EXPECT_EQ(back.fingerprint.signature, p.fingerprint.signature);
  EXPECT_EQ(back.fingerprint.passages, p.fingerprint.passages);
  EXPECT_EQ(back.time, p.time);
  EXPECT_EQ(back.headline, p.headline);
}

TEST(PreparedArticleTest, MalformedBytesAreAnErrorNeverACrash) {
  text::Analyzer analyzer;
  ByteWriter w;
  WritePrepared(PrepareArticle(Stream()[0], ClusterOptions{}, &analyzer), &w);
  const std::string good = w.Take();
  std::string unsorted = good;
  // The first term's hash starts after flags (1) + time (8) + count (4); make it the
  // largest so the terms are no longer sorted.
  for (size_t i = 13; i < 21; ++i) unsorted[i] = '\xff';
  struct Case {
    std::string bytes;
    const char* what;
  };
  for (const Case& c : {Case{"", "empty"}, Case{good.substr(0, good.size() / 2), "cut in half"},
                        Case{good.substr(0, good.size() - 1), "last byte missing"},
                        Case{"\x07" + good.substr(1), "unknown flag"},
                        Case{unsorted, "terms out of order"}}) {
    SCOPED_TRACE(c.what);
    ByteReader r(c.bytes);
    PreparedArticle back;
    Status s = ReadPrepared(&r, &back);
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find("story signature"), std::string::npos) << s.message();
  }
}

}  // namespace
}  // namespace dossier::cluster
