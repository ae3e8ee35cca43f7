#include "src/extract/clean.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/ingest/ingest.h"

namespace dossier::extract {
namespace {

// Reads text files through ingest, as the pipeline does.
std::vector<Article> ReadFiles(const std::vector<std::string>& paths) {
  std::vector<Article> out;
  ingest::IngestReport report;
  for (const std::string& p : paths) {
    StatusOr<std::string> data = ReadFileToString(p);
    EXPECT_TRUE(data.ok()) << p;
    if (data.ok()) ingest::ReadArticles(p, *data, {}, &out, &report);
  }
  EXPECT_TRUE(report.rejected.empty());
  return out;
}

Article FromText(std::string text, std::string source = "") {
  Article a;
  a.id = "t";
  a.text = std::move(text);
  a.source = std::move(source);
  return a;
}

std::vector<std::string> Body(const Article& a) {
  std::vector<std::string> out;
  for (Span s : a.body) out.emplace_back(a.Slice(s));
  return out;
}

// "reason: text" for every removal.
std::vector<std::string> Removals(const Article& a) {
  std::vector<std::string> out;
  for (const Removed& r : a.removed) out.push_back(r.reason + ": " + std::string(a.Slice(r.span)));
  return out;
}

const char* const kProse = "The committee approved the plan after a long debate on Monday.";
const char* const kProse2 = "Work on the new bridge will start in the spring, officials said.";

TEST(CleanBatchTest, RemovesEachBoilerplateKindWithItsReason) {
  struct Case {
    std::string line, reason;
  };
  for (const Case& c : {
           Case{"Please enter your comment!", "comment-prompt"},
           Case{"Leave a Reply", "comment-prompt"},
           Case{"Share on Facebook Share on Twitter Email to a Friend", "share-bar"},
           Case{"Facebook Twitter Pinterest", "share-bar"},
           Case{"Sign up for our daily newsletter", "newsletter"},
           Case{"Get the best stories delivered to your inbox every morning.", "newsletter"},
           Case{"Related News", "related-links"},
           Case{"SEE ALSO: Floods Close Roads Across The Valley", "related-links"},
           Case{"More World News", "related-links"},
           Case{"Related: Mayor to seek second term in office next year.", "related-links"},
           Case{"Also, see source:", "related-links"},
           Case{"Peter Hansen - Pool/Keystone Via Getty Images", "photo-credit"},
           Case{"Maria Ortiz/Reuters", "photo-credit"},
           Case{"(Photo: Ann Lee/AP)", "photo-credit"},
           Case{"Getty Images", "photo-credit"},
           Case{"Copyright (c) 2019. Example Media, Inc. All rights reserved.", "copyright"},
           Case{"This material may not be published, broadcast, rewritten or redistributed.",
                "copyright"},
           Case{"Access More", "navigation"},
           Case{"Advertisement", "navigation"},
           Case{"Reporting by Tom Black; Editing by Sue White", "credit-line"},
           Case{"Associated Press writer Ann Lee contributed to this report.", "credit-line"},
           Case{"* * *", "separator"},
           Case{"Write to the reporter at reporter@example.com", "link"},
       }) {
    std::vector<Article> batch = {
        FromText(std::string(kProse) + "\n" + c.line + "\n" + kProse2 + "\n")};
    CleanBatch(&batch, {});
    EXPECT_EQ(Removals(batch[0]), (std::vector<std::string>{c.reason + ": " + c.line}))
        << c.line;
    EXPECT_EQ(Body(batch[0]), (std::vector<std::string>{kProse, kProse2})) << c.line;
  }
}

TEST(CleanBatchTest, KeepsProseThatMentionsBoilerplateWords) {
  for (const char* line : {
           "The newsletter, founded in 1990, reported the merger first on its front page.",
           "Readers can share their views at a public meeting next week, the council said.",
           "He said the photo, taken by a Reuters photographer, showed the damage clearly.",
           "More than 200 people attended the funeral, including the mayor and his wife.",
           "By Tuesday, the water had receded from most of the streets in the old town.",
           "“Our thoughts and prayers are with his family,” the statement read.",
       }) {
    std::vector<Article> batch = {
        FromText(std::string(kProse) + "\n" + line + "\n" + kProse2 + "\n")};
    CleanBatch(&batch, {});
    EXPECT_TRUE(batch[0].removed.empty()) << line << ": " << Removals(batch[0]).front();
    EXPECT_EQ(Body(batch[0]).size(), 3u) << line;
  }
}

TEST(CleanBatchTest, FindsTitleBylineDatelineAndSubheadInFixture) {
  std::vector<Article> batch = ReadFiles({DOSSIER_SOURCE_DIR "/tests/data/extract/council.txt"});
  ASSERT_EQ(batch.size(), 1u);
  CleanBatch(&batch, {});
  const Article& a = batch[0];
  EXPECT_EQ(a.title, "Town Council Approves New Library");
  EXPECT_EQ(a.byline, "Maria Lopez, Valley Gazette");
  EXPECT_EQ(a.dateline, "RIVERTON, Ore.");
  EXPECT_EQ(Body(a),
            (std::vector<std::string>{
                "The town council voted 5-2 on Tuesday to fund a new public library on Main "
                "Street.",
                "Construction is expected to begin next spring and take about 18 months.",
                "Several members asked how the town would pay for staff once the building opens.",
                "The mayor said a county grant would cover the first three years of operating "
                "costs."}));
  EXPECT_EQ(Removals(a),
            (std::vector<std::string>{
                "title: Town Council Approves New Library",
                "byline: By Maria Lopez, Valley Gazette", "dateline: RIVERTON, Ore. — ",
                "share-bar: Share on Facebook Share on Twitter Email to a Friend",
                "subhead: Budget questions:",
                "related-links: Related: Riverton school board delays vote on bus contract",
                "comment-prompt: Please enter your comment!",
                "comment-prompt: Please enter your name here"}));
}

TEST(CleanBatchTest, RemovesCreditsCopyrightAndTrailingFurnitureInFixture) {
  std::vector<Article> batch = ReadFiles({DOSSIER_SOURCE_DIR "/tests/data/extract/seals.txt"});
  ASSERT_EQ(batch.size(), 1u);
  CleanBatch(&batch, {});
  const Article& a = batch[0];
  EXPECT_EQ(a.title, "Harbor seals return to the bay");
  EXPECT_EQ(Body(a), (std::vector<std::string>{
                         "Marine biologists counted more than 200 harbor seals in the bay this "
                         "month, the highest number in a decade.",
                         "The animals rest on the sandbars at low tide.",
                         "Volunteers will repeat the count in the autumn, the survey team said."}));
  std::vector<std::string> reasons;
  for (const Removed& r : a.removed) reasons.push_back(r.reason);
  EXPECT_EQ(reasons, (std::vector<std::string>{"title", "photo-credit", "photo-credit",
                                               "photo-credit", "related-links", "copyright",
                                               "related-links", "navigation", "newsletter",
                                               "newsletter"}));
}

TEST(CleanBatchTest, JoinsHardWrappedLinesIntoParagraphs) {
  std::vector<Article> batch = ReadFiles({DOSSIER_SOURCE_DIR "/tests/data/extract/wrapped.txt"});
  ASSERT_EQ(batch.size(), 1u);
  CleanBatch(&batch, {});
  ASSERT_EQ(batch[0].body.size(), 3u);
  EXPECT_TRUE(batch[0].Slice(batch[0].body[1]).starts_with("Engineers told"));
  EXPECT_TRUE(batch[0].Slice(batch[0].body[1]).ends_with("pumping low."));
  // One line per paragraph stays one block per line.
  std::vector<Article> lines = {FromText(std::string(kProse) + "\n" + kProse2 + "\n")};
  CleanBatch(&lines, {});
  EXPECT_EQ(Body(lines[0]), (std::vector<std::string>{kProse, kProse2}));
}

TEST(CleanBatchTest, RemovesLinesRepeatedAcrossBatchOrSource) {
  const std::string furniture = "Listen to this article";
  std::vector<Article> batch;
  for (int i = 0; i < 3; ++i) batch.push_back(FromText(std::string(kProse) + "\n" + furniture + "\n" + kProse2));
  batch.push_back(FromText(std::string(kProse2) + "\nOur Weekly Picks", "site.example"));
  batch.push_back(FromText(std::string(kProse) + "\nOur Weekly Picks", "site.example"));
  batch.push_back(FromText(std::string(kProse) + "\nTonight On Air", "one.example"));
  batch.push_back(FromText(std::string(kProse2) + "\nTonight On Air", "two.example"));
  CleanBatch(&batch, {});
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Removals(batch[i]), (std::vector<std::string>{"repeated: " + furniture}));
  }
  EXPECT_EQ(Removals(batch[3]), (std::vector<std::string>{"repeated: Our Weekly Picks"}));
  EXPECT_EQ(Removals(batch[4]), (std::vector<std::string>{"repeated: Our Weekly Picks"}));
  EXPECT_TRUE(batch[5].removed.empty());  // twice in the batch, from two sources: kept
  EXPECT_TRUE(batch[6].removed.empty());
  // Prose shared by syndicated copies is never removed for repetition.
  std::vector<Article> copies(4, FromText(std::string(kProse) + "\n" + kProse2));
  CleanBatch(&copies, {});
  for (const Article& a : copies) EXPECT_TRUE(a.removed.empty());
}

TEST(CleanBatchTest, TakesDateLineAndKeepsKnownMetadata) {
  std::vector<Article> batch = {FromText("Dec. 7, 2021\n" + std::string(kProse))};
  batch.push_back(FromText("Bridge Plan Approved\n" + std::string(kProse)));
  batch[1].title = "Bridge Plan Approved";
  batch[1].date = "2020-01-01";
  CleanBatch(&batch, {});
  EXPECT_EQ(batch[0].date, "2021-12-07");
  EXPECT_EQ(Removals(batch[0]), (std::vector<std::string>{"date: Dec. 7, 2021"}));
  EXPECT_EQ(batch[1].title, "Bridge Plan Approved");
  EXPECT_EQ(batch[1].date, "2020-01-01");
  EXPECT_EQ(Removals(batch[1]), (std::vector<std::string>{"title: Bridge Plan Approved"}));
  // Running twice gives the same result.
  std::vector<Article> again = batch;
  CleanBatch(&again, {});
  EXPECT_EQ(Removals(again[0]), Removals(batch[0]));
  EXPECT_EQ(again[0].body, batch[0].body);
}

}  // namespace
}  // namespace dossier::extract

namespace dossier::extract {
namespace {

// Evidence rebuilt from counts (as shipped to another process) gives the verdicts of the
// evidence it was counted from, so an article cleans the same on either side.
TEST(LineEvidenceTest, CountsCopiedIntoAnotherEvidenceGiveTheSameVerdicts) {
  const CleanOptions options;
  struct Holder {
    std::string source;
    std::vector<std::string> keys;
  };
  const std::vector<Holder> holders = {
      {"a.example", {"listen to this article", "our weekly picks"}},
      {"a.example", {"our weekly picks"}},
      {"b.example", {"listen to this article", "tonight on air"}},
      {"", {"listen to this article", "tonight on air"}},
  };
  LineEvidence counted;
  for (const Holder& h : holders) counted.Add(h.source, h.keys, options);
  LineEvidence copied;
  for (const std::string key : {"listen to this article", "our weekly picks", "tonight on air"}) {
    copied.AddCount(key, counted.Count(key));
    for (const std::string source : {"a.example", "b.example", ""}) {
      copied.AddCountOfSource(source, key, counted.CountOfSource(source, key));
    }
  }
  struct Case {
    std::string source, key;
    int count, of_source;
    bool repeated;
  };
  for (const Case& c : {Case{"a.example", "listen to this article", 3, 1, true},
                        Case{"a.example", "our weekly picks", 2, 2, true},
                        Case{"b.example", "our weekly picks", 2, 0, false},
                        Case{"b.example", "tonight on air", 2, 1, false},
                        Case{"", "tonight on air", 2, 0, false},
                        Case{"", "never seen", 0, 0, false}}) {
    SCOPED_TRACE(c.source + " / " + c.key);
    EXPECT_EQ(counted.Count(c.key), c.count);
    EXPECT_EQ(counted.CountOfSource(c.source, c.key), c.of_source);
    EXPECT_EQ(counted.Repeated(c.source, c.key, options), c.repeated);
    EXPECT_EQ(copied.Repeated(c.source, c.key, options), c.repeated);
  }
}

}  // namespace
}  // namespace dossier::extract
