// engine_db_test.cc: the Engine over a database, as a client sees it (include/dossier/
// only; the target links dossier::dossier alone): what a reopen restores, incremental
// ingest equal to one ingest, idempotent re-ingest, errors naming the path, the briefing
// cache and its invalidation, and readers served while a long ingest runs.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "dossier/engine.h"
#include "dossier/render.h"
#include "tests/testing/news_corpus.h"
#include "tests/testing/temp_dir.h"

namespace dossier {
namespace {

std::string TempDir() { return testing::ProcessTempDir("engine_db_test"); }

// A path for a new database: nothing there yet.
std::string FreshDb(const std::string& name) {
  const std::string path = TempDir() + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

std::string WriteLines(const std::string& name, const std::vector<std::string>& lines,
                       size_t begin = 0, size_t end = SIZE_MAX) {
  const std::string path = TempDir() + name;
  std::ofstream out(path, std::ios::binary);
  for (size_t i = begin; i < lines.size() && i < end; ++i) out << lines[i] << "\n";
  return path;
}

std::vector<std::string> Corpus(int stories, int per_story) {
  testing::CorpusOptions options;
  options.stories = stories;
  options.articles_per_story = per_story;
  return testing::GenerateCorpus(options);
}

std::unique_ptr<Engine> OpenDb(const std::string& path, EngineOptions options = {}) {
  options.database = path;
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Open(options);
  EXPECT_TRUE(engine.ok()) << engine.status().ToString();
  return engine.ok() ? std::move(*engine) : nullptr;
}

// Everything a story list says, as one comparable string.
std::string Describe(const StoryList& list) {
  std::string out;
  for (const Story& s : list.stories) {
    out += std::to_string(s.id) + " [" + s.label + "] " + std::to_string(s.size) + " " +
           s.first_date + ".." + s.last_date + " u" + std::to_string(s.undated) + " c" +
           std::to_string(s.near_copies) + ":";
    for (const std::string& o : s.outlets) out += " " + o;
    out += " |";
    for (const ArticleId& a : s.articles) out += " " + a.ToString();
    out += "\n";
  }
  for (const StoryMergeRecord& m : list.merges) {
    out += "merge " + std::to_string(m.from) + "->" + std::to_string(m.into) + "\n";
  }
  for (uint64_t s : list.story_of) out += std::to_string(s) + ",";
  return out;
}

// Every held article's cleaned body and removals, in the engine's order.
std::string CleanedBodies(Engine& engine) {
  std::string out;
  for (const ArticleId& id : engine.Ids()) {
    StatusOr<Article> a = engine.Get(id);
    if (!a.ok()) return a.status().ToString();
    out += id.ToString() + " " + a->title + " " + a->date + " " + a->byline + "\n";
    for (Span s : a->body) out += "  + " + std::string(a->Slice(s)) + "\n";
    for (const Removed& r : a->removed) out += "  - " + r.reason + ": " + std::string(a->Slice(r.span)) + "\n";
  }
  return out;
}

Document Doc(std::string name, std::string title, std::string text, std::string source,
             std::string date = "2024-05-02") {
  Document d;
  d.name = std::move(name);
  d.title = std::move(title);
  d.content = std::move(text);
  d.source = std::move(source);
  d.date = std::move(date);
  return d;
}

uint64_t LargestStory(const StoryList& list) {
  const Story* best = &list.stories.front();
  for (const Story& s : list.stories) {
    if (s.size > best->size) best = &s;
  }
  return best->id;
}

TEST(EngineDbTest, ReopenRestoresArticlesCleanedBodiesAndStories) {
  const std::vector<std::string> corpus = Corpus(10, 8);
  const std::string file = WriteLines("reopen.jsonl", corpus);
  Engine memory(EngineOptions{});
  memory.AddFiles({file});
  const StoryList want = memory.Stories({});
  const std::string want_bodies = CleanedBodies(memory);
  ASSERT_GT(want.stories.size(), 3u);
  const uint64_t story = LargestStory(want);
  const std::string want_brief = BriefingToJson(*memory.BriefStory(story, {}, {}));
  // The generated outlets' furniture is learned and removed.
  const size_t repeated = want_bodies.find("  - repeated: ");
  ASSERT_NE(repeated, std::string::npos);
  EXPECT_EQ(want_bodies.find(" Evening Bulletin\n", repeated),
            want_bodies.find('\n', repeated) - std::string(" Evening Bulletin").size());

  const std::string path = FreshDb("reopen.db");
  {
    std::unique_ptr<Engine> db = OpenDb(path);
    ASSERT_NE(db, nullptr);
    for (const AddResult& r : db->AddFiles({file})) ASSERT_TRUE(r.id.ok()) << r.id.status().ToString();
    EXPECT_EQ(db->Ids(), memory.Ids());
    EXPECT_EQ(Describe(db->Stories({})), Describe(want));
    EXPECT_EQ(CleanedBodies(*db), want_bodies);
  }
  std::unique_ptr<Engine> db = OpenDb(path);
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->Ids(), memory.Ids());
  EXPECT_EQ(Describe(db->Stories({})), Describe(want));
  EXPECT_EQ(CleanedBodies(*db), want_bodies);
  StatusOr<Briefing> b = db->BriefStory(story, {}, {});
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(BriefingToJson(*b), want_brief);
}

TEST(EngineDbTest, IngestInPiecesAcrossReopensEqualsOneIngest) {
  const std::vector<std::string> corpus = Corpus(12, 8);
  const std::vector<std::string> files = {WriteLines("piece1.jsonl", corpus, 0, 30),
                                          WriteLines("piece2.jsonl", corpus, 30, 61),
                                          WriteLines("piece3.jsonl", corpus, 61)};
  Engine memory(EngineOptions{});
  memory.AddFiles(files);
  const std::string path = FreshDb("pieces.db");
  for (const std::string& f : files) {
    std::unique_ptr<Engine> db = OpenDb(path);
    ASSERT_NE(db, nullptr);
    db->AddFiles({f});
  }
  std::unique_ptr<Engine> db = OpenDb(path);
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->Ids(), memory.Ids());
  // Story ids stable across runs: every article is where one ingest would have put it,
  // new articles having been clustered and deduplicated against the stored ones.
  EXPECT_EQ(Describe(db->Stories({})), Describe(memory.Stories({})));
  // The evidence was restored too: furniture first seen in the third piece is removed
  // from articles of the first, as with one ingest.
  EXPECT_EQ(CleanedBodies(*db), CleanedBodies(memory));
}

TEST(EngineDbTest, AddingTheSameInputAgainChangesNothing) {
  const std::vector<std::string> corpus = Corpus(6, 6);
  const std::string file = WriteLines("again.jsonl", corpus);
  const std::string path = FreshDb("again.db");
  std::vector<AddResult> first;
  std::string stories;
  {
    std::unique_ptr<Engine> db = OpenDb(path);
    first = db->AddFiles({file});
    stories = Describe(db->Stories({}));
  }
  const auto size_on_disk = std::filesystem::file_size(path);
  std::unique_ptr<Engine> db = OpenDb(path);
  const size_t held = db->size();
  std::vector<AddResult> again = db->AddFiles({file});
  ASSERT_EQ(again.size(), first.size());
  for (size_t i = 0; i < again.size(); ++i) {
    ASSERT_TRUE(again[i].id.ok());
    EXPECT_EQ(*again[i].id, *first[i].id);
    EXPECT_TRUE(again[i].already_present) << again[i].name;
  }
  EXPECT_EQ(db->size(), held);
  EXPECT_EQ(Describe(db->Stories({})), stories);
  db.reset();
  EXPECT_EQ(std::filesystem::file_size(path), size_on_disk);
}

TEST(EngineDbTest, OpenErrorsNameThePath) {
  const std::string text_file = TempDir() + "notes.txt";
  std::ofstream(text_file) << "Shopping list: bread, milk, eggs. Not a database at all.\n"
                           << std::string(300, '.') << "\n";
  struct Case {
    std::string path;
    bool create;
    StatusCode code;
    const char* says;
  };
  const Case cases[] = {
      {text_file, true, StatusCode::kInvalidArgument, "not a Dossier database"},
      {TempDir(), true, StatusCode::kIoError, "directory"},
      {FreshDb("never-made.db"), false, StatusCode::kNotFound, "no such database"},
      {"/nonexistent-dir/sub/news.db", true, StatusCode::kIoError, "cannot open"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    EngineOptions options;
    options.database = c.path;
    options.create_if_missing = c.create;
    StatusOr<std::unique_ptr<Engine>> engine = Engine::Open(options);
    ASSERT_FALSE(engine.ok());
    EXPECT_EQ(engine.status().code(), c.code) << engine.status().ToString();
    EXPECT_NE(engine.status().message().find(c.path), std::string::npos) << engine.status().message();
    EXPECT_NE(engine.status().message().find(c.says), std::string::npos) << engine.status().message();
    // The constructor cannot return the error: every call carries it instead.
    Engine constructed(options);
    std::vector<AddResult> r = constructed.Add({Doc("doc.txt", "", "Rescuers reached the miners.", "")});
    ASSERT_EQ(r.size(), 1u);
    ASSERT_FALSE(r[0].id.ok());
    EXPECT_NE(r[0].id.status().message().find(c.path), std::string::npos);
    EXPECT_EQ(constructed.Brief({ArticleId(1)}, {}).status().code(), c.code);
    EXPECT_TRUE(constructed.Stories({}).stories.empty());
  }
}

TEST(EngineDbTest, ADatabaseKeepsTheOptionsItWasMadeWith) {
  const std::string path = FreshDb("options.db");
  EngineOptions made;
  made.clean.min_repeat_articles = 5;
  made.clean_boilerplate = false;
  made.cluster.text_threshold = 0.3;
  ASSERT_NE(OpenDb(path, made), nullptr);
  std::unique_ptr<Engine> db = OpenDb(path, EngineOptions{});
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->options().clean.min_repeat_articles, 5);
  EXPECT_FALSE(db->options().clean_boilerplate);
  EXPECT_EQ(db->options().cluster, made.cluster);
  EXPECT_EQ(db->options().database, path);
}

const char kMine1[] =
    "Rescuers pumped water from the flooded Kelvale colliery through the night as families "
    "of the twelve trapped miners waited at the gate.\n\nThe operator said air was being "
    "pushed into the lower gallery where the miners are believed to be sheltering.\n\n"
    "Coast Daily morning edition\n";
const char kMine2[] =
    "Twelve miners remain trapped in the flooded Kelvale colliery, and rescuers pumping water "
    "from the lower gallery expect to reach them by morning.\n\nFamilies of the miners waited "
    "at the colliery gate through the night.\n";
const char kMine3[] =
    "All twelve miners trapped in the flooded Kelvale colliery were brought to the surface "
    "alive, the operator said, after rescuers cleared water from the lower gallery.\n";
const char kTram[] =
    "The Northpoint council voted to extend the tram line to the harbour district, approving "
    "a budget of forty million for the works.\n\nCoast Daily morning edition\n";
const char kTram2[] =
    "Councillors in Northpoint approved the tram extension to the harbour after a long debate "
    "about the forty million budget.\n";

class EngineCacheTest : public ::testing::TestWithParam<bool> {  // param: with a database
 protected:
  std::unique_ptr<Engine> Make(const std::string& name) {
    EngineOptions options;
    if (GetParam()) options.database = FreshDb(name);
    StatusOr<std::unique_ptr<Engine>> e = Engine::Open(options);
    EXPECT_TRUE(e.ok());
    return std::move(*e);
  }
};

TEST_P(EngineCacheTest, BriefingIsCachedUntilItsStoryChanges) {
  std::unique_ptr<Engine> engine = Make("cache.db");
  std::vector<AddResult> r = engine->Add({Doc("m1", "Miners trapped in Kelvale flood", kMine1, "Coast Daily"),
                                          Doc("m2", "Kelvale miners still trapped", kMine2, "Valley Courier")});
  ASSERT_TRUE(r[0].id.ok() && r[1].id.ok());
  const StoryList list = engine->Stories({});
  ASSERT_EQ(list.stories.size(), 1u);
  const uint64_t mine = list.stories[0].id;
  auto brief = [&](const BriefingOptions& o = {}) {
    StatusOr<Briefing> b = engine->BriefStory(mine, {}, o);
    EXPECT_TRUE(b.ok()) << b.status().ToString();
    return b.ok() ? BriefingToJson(*b) : "";
  };
  struct Step {
    const char* what;
    std::vector<Document> add;  // before briefing again
    bool other_options;
    bool cached;                // expected: served from the cache
    size_t sources;             // of the briefing
  };
  BriefingOptions shorter;
  shorter.summary.max_words = 40;
  const Step steps[] = {
      {"first briefing", {}, false, false, 2},
      {"asked again", {}, false, true, 2},
      {"other briefing options", {}, true, false, 2},
      {"an article of another story", {Doc("t1", "Northpoint tram vote", kTram2, "Metro")}, false, true, 2},
      {"an article joins the story", {Doc("m3", "Kelvale miners rescued", kMine3, "Northern Wire")}, false, false, 3},
      {"asked again after the join", {}, false, true, 3},
      // Coast Daily's second article carries its furniture line: the line now counts as
      // repeated for that outlet, and m1 (in this story) is recleaned.
      {"evidence recleans an article of the story",
       {Doc("t2", "Northpoint tram extension approved", kTram, "Coast Daily")}, false, false, 3},
      {"asked again after the reclean", {}, false, true, 3},
  };
  std::string last;
  for (const Step& s : steps) {
    SCOPED_TRACE(s.what);
    for (const AddResult& a : engine->Add(s.add)) ASSERT_TRUE(a.id.ok());
    const EngineStats before = engine->Stats();
    const std::string json = brief(s.other_options ? shorter : BriefingOptions{});
    const EngineStats after = engine->Stats();
    EXPECT_EQ(after.briefing_cache_hits - before.briefing_cache_hits, s.cached ? 1u : 0u);
    EXPECT_EQ(after.briefing_cache_misses - before.briefing_cache_misses, s.cached ? 0u : 1u);
    StatusOr<Briefing> b = engine->BriefStory(mine, {}, s.other_options ? shorter : BriefingOptions{});
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->sources.size(), s.sources);
    EXPECT_EQ(BriefingToJson(*b), json) << "a cached briefing is the computed one";
    if (s.cached && !s.other_options) {
      EXPECT_EQ(json, last);
    }
    if (!s.other_options) last = json;
  }
  // The recleaned article lost its furniture line.
  StatusOr<Article> m1 = engine->Get(*r[0].id);
  ASSERT_TRUE(m1.ok());
  bool removed = false;
  for (const Removed& x : m1->removed) removed |= m1->Slice(x.span) == "Coast Daily morning edition";
  EXPECT_TRUE(removed);
  EXPECT_EQ(engine->Stories({}).stories.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(InMemoryAndDatabase, EngineCacheTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& p) {
                           return p.param ? "Database" : "InMemory";
                         });

// Readers are served while one long AddFiles runs: the writer lock is taken per batch,
// and with a database a cached briefing does not take it at all.
class EngineConcurrencyTest : public ::testing::TestWithParam<bool> {};

TEST_P(EngineConcurrencyTest, ReadersAreServedWhileALongIngestRuns) {
  EngineOptions options;
  if (GetParam()) options.database = FreshDb("concurrent.db");
  StatusOr<std::unique_ptr<Engine>> opened = Engine::Open(options);
  ASSERT_TRUE(opened.ok());
  Engine& engine = **opened;
  std::vector<AddResult> seed = engine.Add({Doc("m1", "Miners trapped in Kelvale flood", kMine1, "Coast Daily"),
                                            Doc("m2", "Kelvale miners still trapped", kMine2, "Valley Courier")});
  const uint64_t mine = engine.Stories({}).story_of[0];
  ASSERT_TRUE(engine.BriefStory(mine, {}, {}).ok());
  const std::string file = WriteLines(GetParam() ? "long_db.jsonl" : "long_mem.jsonl", Corpus(40, 20));

  std::atomic<bool> done{false};
  std::vector<AddResult> added;
  std::thread writer([&] {
    added = engine.AddFiles({file});
    done = true;
  });
  // Briefings computed (each budget is a new cache key) beside the ingest and the
  // cached reads below: with a database, in parallel with both.
  std::atomic<size_t> computed{0};
  std::thread briefer([&] {
    for (int words = 30; !done; ++words) {
      BriefingOptions o;
      o.summary.max_words = words;
      StatusOr<Briefing> b = engine.BriefStory(mine, {}, o);
      if (!b.ok() || b->sources.size() != 2) return;
      ++computed;
    }
  });
  size_t briefs = 0, gets = 0, lists = 0;
  while (!done) {
    StatusOr<Briefing> b = engine.BriefStory(mine, {}, {});
    ASSERT_TRUE(b.ok()) << b.status().ToString();
    ASSERT_EQ(b->sources.size(), 2u);
    StatusOr<Article> a = engine.Get(*seed[0].id);
    ASSERT_TRUE(a.ok());
    const StoryList list = engine.Stories({});
    ASSERT_LE(list.story_of.size(), engine.size());
    if (done) break;  // count only what completed while the ingest was still running
    ++briefs, ++gets, ++lists;
  }
  writer.join();
  briefer.join();
  EXPECT_GE(computed.load(), 1u);
  size_t fresh = 0;
  for (const AddResult& r : added) fresh += r.id.ok() && !r.already_present;
  EXPECT_EQ(engine.size(), 2 + fresh);
  // In memory a reader waits for the batch in progress (25 batches of 32 here), and the
  // mutex is not fair: two rounds completed mid-ingest show the lock is not held for
  // the whole call without counting on how the scheduler interleaves the threads.
  EXPECT_GE(briefs, 2u) << "readers were blocked for the whole ingest";
  EXPECT_GE(gets, 2u);
  EXPECT_GE(lists, 2u);
  // A briefing computed (not cached) in parallel with nothing: same as before.
  EXPECT_TRUE(engine.BriefStory(mine, {}, {}).ok());
}

INSTANTIATE_TEST_SUITE_P(InMemoryAndDatabase, EngineConcurrencyTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& p) {
                           return p.param ? "Database" : "InMemory";
                         });

}  // namespace
}  // namespace dossier
