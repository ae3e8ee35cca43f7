// engine_store_test.cc: the engine's database side from inside: options recorded as
// text, the story view's versions and cache, rows after a repeated ingest, a database
// whose stories do not replay, a damaged database, and two writers on one file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dossier/engine.h"
#include "src/engine/options_text.h"
#include "src/engine/story_view.h"
#include "src/store/store.h"
#include "src/store/store_testing.h"
#include "tests/testing/news_corpus.h"
#include "tests/testing/temp_dir.h"

namespace dossier {
namespace {

std::string TempDir() { return testing::ProcessTempDir("engine_store_test"); }

std::string FreshDb(const std::string& name) {
  const std::string path = TempDir() + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

std::string CorpusFile(const std::string& name, size_t begin, size_t end) {
  testing::CorpusOptions options;
  options.stories = 8;
  options.articles_per_story = 8;
  const std::vector<std::string> lines = testing::GenerateCorpus(options);
  const std::string path = TempDir() + name;
  std::ofstream out(path, std::ios::binary);
  for (size_t i = begin; i < end && i < lines.size(); ++i) out << lines[i] << "\n";
  return path;
}

std::unique_ptr<Engine> OpenDb(const std::string& path) {
  EngineOptions options;
  options.database = path;
  StatusOr<std::unique_ptr<Engine>> e = Engine::Open(options);
  EXPECT_TRUE(e.ok()) << e.status().ToString();
  return e.ok() ? std::move(*e) : nullptr;
}

std::string Describe(const StoryList& list) {
  std::string out;
  for (const Story& s : list.stories) {
    out += std::to_string(s.id) + ":" + std::to_string(s.size) + ":" + s.label + "\n";
  }
  for (uint64_t s : list.story_of) out += std::to_string(s) + ",";
  return out;
}

TEST(OptionsTextTest, OptionsRoundTripThroughText) {
  std::vector<ClusterOptions> clusters(3);
  clusters[1].text_threshold = 0.1 + 0.2;  // not exactly 0.3: 17 digits keep it
  clusters[1].join_near_copies = false;
  clusters[2].max_hot_stories = 7;
  clusters[2].url_weight = 0;
  clusters[2].second_look = false;
  clusters[2].text_merge_factor = 1.5;
  for (const ClusterOptions& c : clusters) {
    StatusOr<ClusterOptions> back = engine::ParseClusterOptions(engine::ClusterOptionsText(c));
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    EXPECT_EQ(*back, c) << engine::ClusterOptionsText(c);
  }
  CleanOptions clean;
  clean.min_repeat_articles = 4;
  clean.drop_subheads = false;
  clean.wrapped_line_fraction = 0.55;
  StatusOr<CleanOptions> back = engine::ParseCleanOptions(engine::CleanOptionsText(clean));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(engine::CleanOptionsText(*back), engine::CleanOptionsText(clean));
  EXPECT_EQ(engine::CleanOptionsText(CleanOptions{}).rfind("min_repeat_articles=3;", 0), 0u);
}

TEST(OptionsTextTest, MalformedTextNamesTheOption) {
  struct Case {
    const char* text;
    const char* says;
  };
  const Case cases[] = {
      {"no_such_option=1;", "unknown option \"no_such_option\""},
      {"min_repeat_articles=three;", "min_repeat_articles has a malformed value \"three\""},
      {"drop_subheads=yes;", "drop_subheads has a malformed value"},
      {"min_repeat_articles=;", "malformed value \"\""},
  };
  for (const Case& c : cases) {
    StatusOr<CleanOptions> r = engine::ParseCleanOptions(c.text);
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_NE(r.status().message().find(c.says), std::string::npos) << r.status().message();
  }
  EXPECT_NE(engine::BriefingOptionsText(BriefingOptions{}),
            engine::BriefingOptionsText([] {
              BriefingOptions o;
              o.summary.method = SummaryMethod::kLead;
              return o;
            }()));
}

engine::ArticleMeta Meta(uint64_t id, std::string title) {
  engine::ArticleMeta m;
  m.id = ArticleId(id);
  m.title = std::move(title);
  return m;
}

engine::PlacementUpdate Placed(uint32_t index, uint64_t story,
                               std::vector<StoryMergeRecord> merges = {}) {
  engine::PlacementUpdate p;
  p.index = index;
  p.placed.story = story;
  p.merges = std::move(merges);
  return p;
}

TEST(StoryViewTest, MergeMovesMembersAndInvalidatesBothStoriesBriefings) {
  engine::StoryView view(8);
  engine::ViewUpdate u;
  u.added = {Meta(11, "Flood in Varna"), Meta(12, "Strike at the port"), Meta(13, "Varna flood")};
  u.placed = {Placed(0, 1), Placed(1, 2), Placed(2, 1)};
  view.Apply(u);
  auto brief = std::make_shared<const Briefing>();
  std::optional<engine::StoryRef> one = view.FindStory(1);
  std::optional<engine::StoryRef> two = view.FindStory(2);
  ASSERT_TRUE(one && two);
  view.PutBriefing(1, one->version, "k", brief);
  view.PutBriefing(2, two->version, "k", brief);
  EXPECT_EQ(view.CachedBriefing(1, "k"), brief);
  EXPECT_EQ(view.CachedBriefing(2, "k"), brief);
  // Article 3 shows stories 1 and 2 are one: 2 merges into 1, and 3 joins 1.
  engine::ViewUpdate merge;
  merge.added = {Meta(14, "Port strike after the Varna flood")};
  merge.placed = {Placed(3, 1, {{2, 1}})};
  view.Apply(merge);
  EXPECT_EQ(view.CachedBriefing(1, "k"), nullptr);
  EXPECT_EQ(view.CachedBriefing(2, "k"), nullptr) << "2 is now 1, which changed";
  std::optional<engine::StoryRef> merged = view.FindStory(2);
  ASSERT_TRUE(merged);
  EXPECT_EQ(merged->id, 1u);
  EXPECT_EQ(merged->articles,
            (std::vector<ArticleId>{ArticleId(11), ArticleId(12), ArticleId(13), ArticleId(14)}));
  const StoryList list = view.Stories();
  ASSERT_EQ(list.stories.size(), 1u);
  EXPECT_EQ(list.story_of, (std::vector<uint64_t>{1, 1, 1, 1}));
  ASSERT_EQ(list.merges.size(), 1u);
  EXPECT_EQ(list.merges[0].from, 2u);
  // A briefing computed before the merge is not cached after it.
  view.PutBriefing(1, one->version, "k", brief);
  EXPECT_EQ(view.CachedBriefing(1, "k"), nullptr);
  // Recleaning one of its articles changes the story too.
  view.PutBriefing(1, view.FindStory(1)->version, "k", brief);
  EXPECT_EQ(view.CachedBriefing(1, "k"), brief);
  engine::ViewUpdate reclean;
  reclean.recleaned = {0};
  view.Apply(reclean);
  EXPECT_EQ(view.CachedBriefing(1, "k"), nullptr);
  const engine::CacheStats stats = view.cache_stats();
  EXPECT_EQ(stats.hits, 3u);
  EXPECT_EQ(stats.misses, 4u);
}

TEST(StoryViewTest, CacheKeepsTheMostRecentlyUsed) {
  engine::StoryView view(2);
  engine::ViewUpdate u;
  for (uint32_t i = 0; i < 3; ++i) {
    u.added.push_back(Meta(100 + i, "story " + std::to_string(i)));
    u.placed.push_back(Placed(i, i + 1));
  }
  view.Apply(u);
  auto b = std::make_shared<const Briefing>();
  for (uint64_t s : {1, 2}) view.PutBriefing(s, view.FindStory(s)->version, "k", b);
  EXPECT_NE(view.CachedBriefing(1, "k"), nullptr);  // 1 is now the most recent
  view.PutBriefing(3, view.FindStory(3)->version, "k", b);  // evicts 2
  EXPECT_NE(view.CachedBriefing(1, "k"), nullptr);
  EXPECT_EQ(view.CachedBriefing(2, "k"), nullptr);
  EXPECT_NE(view.CachedBriefing(3, "k"), nullptr);
  EXPECT_EQ(view.cache_stats().entries, 2u);
}

TEST(EngineStoreTest, RepeatedIngestWritesNoRow) {
  const std::string path = FreshDb("rows.db");
  const std::string file = CorpusFile("rows.jsonl", 0, 64);
  const std::vector<const char*> tables = {"articles", "article_lines", "stories", "story_merges", "meta"};
  std::vector<int64_t> before;
  {
    std::unique_ptr<Engine> db = OpenDb(path);
    db->AddFiles({file});
  }
  {
    auto store = store::Store::Open(path, {});
    ASSERT_TRUE(store.ok());
    for (const char* t : tables) before.push_back(*(*store)->CountRows(t));
  }
  EXPECT_GT(before[0], 50);
  EXPECT_GT(before[1], 50);
  {
    std::unique_ptr<Engine> db = OpenDb(path);
    for (const AddResult& r : db->AddFiles({file})) EXPECT_TRUE(r.already_present);
  }
  auto store = store::Store::Open(path, {});
  ASSERT_TRUE(store.ok());
  for (size_t i = 0; i < tables.size(); ++i) {
    EXPECT_EQ(*(*store)->CountRows(tables[i]), before[i]) << tables[i];
  }
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
  EXPECT_EQ(*store::testing::QuerySql(path, "SELECT count(*) FROM articles WHERE clean_body IS NULL"), "0");
}

TEST(EngineStoreTest, StoriesThatDoNotReplayStopNewArticlesNotReaders) {
  const std::string path = FreshDb("replay.db");
  {
    std::unique_ptr<Engine> db = OpenDb(path);
    db->AddFiles({CorpusFile("replay1.jsonl", 0, 40)});
  }
  // As if another version of the clustering had placed article 7.
  ASSERT_TRUE(store::testing::ExecSql(
                  path, "UPDATE articles SET placed_story = placed_story + 1000 WHERE seq = 7")
                  .ok());
  std::unique_ptr<Engine> db = OpenDb(path);
  ASSERT_NE(db, nullptr);
  const size_t held = db->size();
  EXPECT_FALSE(db->Stories({}).stories.empty());
  std::vector<AddResult> r = db->AddFiles({CorpusFile("replay2.jsonl", 40, 44)});
  ASSERT_FALSE(r.empty());
  size_t refused = 0;
  for (const AddResult& a : r) {
    if (a.already_present) continue;
    ++refused;
    ASSERT_FALSE(a.id.ok());
    EXPECT_NE(a.id.status().message().find(path), std::string::npos) << a.id.status().message();
    EXPECT_NE(a.id.status().message().find("replaying its stories placed article 7"),
              std::string::npos)
        << a.id.status().message();
  }
  EXPECT_GE(refused, 3u);
  EXPECT_EQ(db->size(), held);
  EXPECT_EQ(*store::testing::QuerySql(path, "SELECT count(*) FROM articles"), std::to_string(held));
}

TEST(EngineStoreTest, DamagedDatabaseIsNamedOnOpen) {
  struct Case {
    const char* name;
    const char* sql;
    const char* says;
  };
  const Case cases[] = {
      {"gap.db", "DELETE FROM articles WHERE seq = 5", "damaged: article 6 follows article 4"},
      {"options.db", "UPDATE meta SET value = 'bogus=1;' WHERE key = 'cluster_options'",
       "damaged record of its options: cluster options: unknown option \"bogus\""},
      {"nooptions.db", "DELETE FROM meta", "holds articles but no record of the options"},
      {"placement.db", "UPDATE articles SET placed_by = 9 WHERE seq = 3",
       "article 3 has no valid story placement"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = FreshDb(c.name);
    OpenDb(path)->AddFiles({CorpusFile(std::string(c.name) + ".jsonl", 0, 12)});
    ASSERT_TRUE(store::testing::ExecSql(path, c.sql).ok());
    EngineOptions options;
    options.database = path;
    StatusOr<std::unique_ptr<Engine>> e = Engine::Open(options);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(e.status().message().find(path), std::string::npos) << e.status().message();
    EXPECT_NE(e.status().message().find(c.says), std::string::npos) << e.status().message();
  }
}

// Two engines on one file stand for two processes: the second notices the first's
// articles at its next write and clusters against them.
TEST(EngineStoreTest, AWriterCatchesUpWithAnotherWritersArticles) {
  const std::string first = CorpusFile("two1.jsonl", 0, 30);
  const std::string second = CorpusFile("two2.jsonl", 30, 64);
  Engine memory(EngineOptions{});
  memory.AddFiles({first, second});
  const std::string path = FreshDb("two.db");
  std::unique_ptr<Engine> a = OpenDb(path);
  std::unique_ptr<Engine> b = OpenDb(path);
  a->AddFiles({first});
  EXPECT_EQ(b->size(), 0u) << "b has not written yet";
  b->AddFiles({second});
  EXPECT_EQ(b->size(), memory.size());
  EXPECT_EQ(Describe(b->Stories({})), Describe(memory.Stories({})));
  EXPECT_EQ(Describe(OpenDb(path)->Stories({})), Describe(memory.Stories({})));
}

}  // namespace
}  // namespace dossier
