// engine_test.cc: the public API as a client sees it. This file includes only
// include/dossier/ headers, and its target links only dossier::dossier, so it also
// checks that the API is complete enough to use without src/.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/engine.h"
#include "dossier/render.h"

namespace dossier {
namespace {

Document Doc(std::string name, std::string content, std::string source = "") {
  Document d;
  d.name = std::move(name);
  d.content = std::move(content);
  d.source = std::move(source);
  return d;
}

const char kStory[] =
    "Rescuers pulled twelve miners from the flooded shaft on Tuesday after a two-day "
    "search, officials said.\n\nThe mine had been closed twice for safety violations "
    "since 2019, according to state records.\n";

TEST(ArticleIdTest, TextFormRoundTripsAndRejectsMalformedStrings) {
  ArticleId id(0x00a3f09c2e5b7d1eULL);
  EXPECT_EQ(id.ToString(), "00a3f09c2e5b7d1e");
  StatusOr<ArticleId> back = ArticleId::Parse("00A3F09C2E5B7D1E");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, id);
  for (const char* bad : {"", "00a3f09c2e5b7d1", "00a3f09c2e5b7d1e0", "00a3f09c2e5b7d1g"}) {
    SCOPED_TRACE(bad);
    EXPECT_EQ(ArticleId::Parse(bad).status().code(), StatusCode::kInvalidArgument);
  }
}

TEST(EngineTest, SameArticleFromTwoPlacesGetsOneIdAndIsHeldOnce) {
  Engine engine(EngineOptions{});
  std::vector<AddResult> r =
      engine.Add({Doc("a/001.txt", kStory), Doc("b/001.txt", kStory), Doc("c.txt", "Other.")});
  ASSERT_EQ(r.size(), 3u);
  ASSERT_TRUE(r[0].id.ok() && r[1].id.ok() && r[2].id.ok());
  EXPECT_EQ(*r[0].id, *r[1].id);
  EXPECT_FALSE(r[0].already_present);
  EXPECT_TRUE(r[1].already_present);
  EXPECT_NE(*r[0].id, *r[2].id);
  EXPECT_EQ(engine.size(), 2u);
  // A second engine computes the same id: ids are content-derived, not counters.
  Engine other(EngineOptions{});
  EXPECT_EQ(*other.Add({Doc("elsewhere", kStory)})[0].id, *r[0].id);
}

TEST(EngineTest, SameTextFromTwoOutletsIsTwoArticles) {
  Engine engine(EngineOptions{});
  std::vector<AddResult> r = engine.Add({Doc("x", kStory, "AP"), Doc("y", kStory, "Reuters")});
  ASSERT_TRUE(r[0].id.ok() && r[1].id.ok());
  EXPECT_NE(*r[0].id, *r[1].id);
}

TEST(EngineTest, BadDocumentsAreRejectedByNameAndTheRestGoOn) {
  struct Case {
    const char* name;
    std::string content;
  };
  const std::vector<Case> cases = {
      {"empty.txt", ""},
      {"binary.bin", std::string("\x00\x01\x02\x03junk\x00", 9)},
  };
  Engine engine(EngineOptions{});
  std::vector<Document> docs;
  for (const Case& c : cases) docs.push_back(Doc(c.name, c.content));
  docs.push_back(Doc("good.txt", kStory));
  std::vector<AddResult> r = engine.Add(docs);
  ASSERT_EQ(r.size(), cases.size() + 1);
  for (size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE(cases[i].name);
    ASSERT_FALSE(r[i].id.ok());
    EXPECT_NE(r[i].id.status().message().find(cases[i].name), std::string::npos)
        << r[i].id.status().message();
  }
  EXPECT_TRUE(r.back().id.ok());
  EXPECT_EQ(engine.size(), 1u);
}

TEST(EngineTest, CallerMetadataWinsAndAbsurdDatesAreLeftEmptyWithAWarning) {
  Engine engine(EngineOptions{});
  Document d = Doc("feed/1", kStory);
  d.title = "Twelve miners rescued";
  d.url = "https://www.example.com/news/miners";
  d.date = "Dec. 7, 2021";
  Document absurd = Doc("feed/2", "A different story about a bridge that was closed for repairs.");
  absurd.date = "9999-99-99";
  std::vector<AddResult> r = engine.Add({d, absurd});
  ASSERT_TRUE(r[0].id.ok() && r[1].id.ok());
  StatusOr<Article> a = engine.Get(*r[0].id);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Twelve miners rescued");
  EXPECT_EQ(a->date, "2021-12-07");
  EXPECT_EQ(a->source, "example.com");
  EXPECT_EQ(a->article_id, *r[0].id);
  EXPECT_FALSE(a->sentences.empty());
  ASSERT_EQ(r[1].warnings.size(), 1u);
  EXPECT_NE(r[1].warnings[0].message().find("feed/2"), std::string::npos);
  EXPECT_EQ(engine.Get(*r[1].id)->date, "");
}

// Three articles of different outlets share the furniture line "Harbor Town Weekly Edition".
// Whatever the order they arrive in, once all three are in, the line is removed from
// each, and the first article's body (cleaned before the others came) is recleaned.
TEST(EngineTest, CleanedBodyDependsOnTheSetOfArticlesNotTheirOrder) {
  const std::vector<Document> docs = {
      Doc("1", "The council approved the budget on Monday after a long debate.\n\n"
               "Harbor Town Weekly Edition\n", "A"),
      Doc("2", "Flooding closed the coastal highway for the third time this year.\n\n"
               "Harbor Town Weekly Edition\n", "B"),
      Doc("3", "The museum reopened its east wing after a two-year renovation.\n\n"
               "Harbor Town Weekly Edition\n", "C"),
  };
  auto body_of = [](Engine& e, const ArticleId& id) {
    StatusOr<Article> a = e.Get(id);
    std::string body;
    for (Span s : a->body) body += std::string(a->Slice(s)) + "|";
    return body;
  };
  Engine forward(EngineOptions{});
  ArticleId first = *forward.Add({docs[0]})[0].id;
  EXPECT_EQ(body_of(forward, first),
            "The council approved the budget on Monday after a long debate.|Harbor Town Weekly Edition|");
  forward.Add({docs[1], docs[2]});
  const std::string cleaned = "The council approved the budget on Monday after a long debate.|";
  EXPECT_EQ(body_of(forward, first), cleaned);

  Engine backward(EngineOptions{});
  backward.Add({docs[2]});
  backward.Add({docs[1]});
  backward.Add({docs[0]});
  EXPECT_EQ(body_of(backward, first), cleaned);
}

TEST(EngineTest, BriefCitesArticleIdsAndRejectsBadIdLists) {
  Engine engine(EngineOptions{});
  std::vector<AddResult> r = engine.Add({
      Doc("a", "Rescuers pulled twelve miners from the flooded shaft on Tuesday, officials said. "
               "The mine had been closed twice for safety violations since 2019.", "A"),
      Doc("b", "Twelve miners were pulled from a flooded shaft on Tuesday by rescuers, officials "
               "said. The mine's owner declined to comment on the rescue.", "B"),
  });
  std::vector<ArticleId> ids = {*r[0].id, *r[1].id};
  StatusOr<Briefing> b = engine.Brief(ids, BriefingOptions{});
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  ASSERT_EQ(b->sources.size(), 2u);
  EXPECT_EQ(b->sources[0].article, ids[0]);
  EXPECT_EQ(b->sources[1].article, ids[1]);
  ASSERT_FALSE(b->summary.empty());
  for (const BriefItem& item : b->summary) {
    for (const Citation& c : item.cites) {
      EXPECT_EQ(c.id, ids[c.article]);
    }
  }
  EXPECT_NE(BriefingToJson(*b).find("\"article\": \"" + ids[0].ToString() + "\""),
            std::string::npos);

  EXPECT_EQ(engine.Brief({}, {}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(engine.Brief({ids[0], ids[0]}, {}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(engine.Brief({ArticleId(42)}, {}).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(engine.Get(ArticleId(42)).status().code(), StatusCode::kNotFound);
}

TEST(EngineTest, AddFilesNamesUnreadablePaths) {
  Engine engine(EngineOptions{});
  std::vector<AddResult> r = engine.AddFiles({"/nonexistent/dossier/path"});
  ASSERT_EQ(r.size(), 1u);
  ASSERT_FALSE(r[0].id.ok());
  EXPECT_NE(r[0].id.status().message().find("/nonexistent/dossier/path"), std::string::npos);
}

Document Dated(std::string name, std::string title, std::string content, std::string date) {
  Document d = Doc(std::move(name), std::move(content));
  d.title = std::move(title);
  d.date = std::move(date);
  return d;
}

TEST(EngineStoriesTest, EveryArticleHasOneStoryAndIdsSurviveLaterInput) {
  Engine engine(EngineOptions{});
  engine.Add({Dated("a", "Miners rescued", kStory, "2021-12-07"),
              Dated("b", "Senate passes pension bill",
                    "Chilean senators approved the pension reform bill by 27 votes to 19.\n",
                    "2021-12-07"),
              Dated("c", "Twelve miners freed after flood",
                    "Twelve miners were pulled from the flooded shaft after a two-day search; "
                    "the mine had been closed twice for safety violations.\n", "")});
  const StoryList first = engine.Stories({});
  ASSERT_EQ(first.story_of.size(), engine.size());
  EXPECT_EQ(first.story_of[0], first.story_of[2]);  // the undated follow-up joins
  EXPECT_NE(first.story_of[0], first.story_of[1]);
  size_t total = 0;
  for (const Story& s : first.stories) total += s.size;
  EXPECT_EQ(total, engine.size());

  engine.Add({Dated("d", "Stocks close higher", "Shares rose on bank earnings.\n", "2021-12-08")});
  const StoryList second = engine.Stories({});
  ASSERT_EQ(second.story_of.size(), 4u);
  for (size_t i = 0; i < first.story_of.size(); ++i) {
    uint64_t id = first.story_of[i];
    for (const StoryMergeRecord& m : second.merges) id = m.from == id ? m.into : id;
    EXPECT_EQ(second.story_of[i], id) << i;
  }
  const Story& mine = *std::find_if(second.stories.begin(), second.stories.end(),
                                    [&](const Story& s) { return s.id == second.story_of[0]; });
  EXPECT_EQ(mine.size, 2u);
  EXPECT_EQ(mine.undated, 1u);
  EXPECT_EQ(mine.first_date, "2021-12-07");
  EXPECT_FALSE(mine.label.empty());

  StatusOr<Briefing> b = engine.BriefStory(mine.id, {}, {});
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->sources.size(), 2u);
  EXPECT_EQ(engine.BriefStory(987654321, {}, {}).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier
