// parts_test.cc: the parts API (include/dossier/parts.h) against one Engine. Reading,
// records, the planner and per-story briefings run apart must give the Engine's ids,
// stories and briefings byte for byte. Like engine_test.cc this file includes only
// include/dossier/ and links only dossier::dossier.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dossier/engine.h"
#include "dossier/page.h"
#include "dossier/parts.h"
#include "dossier/render.h"

namespace dossier {
namespace {

// Documents as a caller hands them to Engine::Add: here the articles of the repo's
// examples, read with ReadInputs (JSONL fields, text headers) and passed on as text.
std::vector<Document> ExampleDocuments(const std::vector<std::string>& paths) {
  std::vector<Document> docs;
  for (PageResult& p : ReadInputs(paths, {})) {
    EXPECT_TRUE(p.article.ok()) << p.article.status().ToString();
    if (!p.article.ok()) continue;
    Document d;
    d.name = p.name;
    d.content = p.article->text;
    d.id = p.article->id;
    d.title = p.article->title;
    d.date = p.article->date;
    d.url = p.article->url;
    d.source = p.article->source;
    docs.push_back(std::move(d));
  }
  return docs;
}

Document Doc(std::string name, std::string content, std::string source = "") {
  Document d;
  d.name = std::move(name);
  d.content = std::move(content);
  d.source = std::move(source);
  return d;
}

// A line of site furniture in three articles of three different stories: only the
// evidence of the whole corpus (three holders) makes it boilerplate in each.
std::vector<Document> FurnitureDocuments() {
  const std::string furniture =
      "\n\nPhotographs from the scene were taken by our staff photographers on duty that day\n\n";
  return {
      Doc("f1", "Rescuers pulled twelve miners from the flooded Tarkwa shaft on Tuesday, the "
                "mining ministry said." + furniture +
                "The mine had been closed twice for safety violations since 2019.", "a.example"),
      Doc("f2", "Chilean senators approved the pension reform bill on Wednesday by 27 votes to "
                "19, after a debate that lasted two days in Valparaiso." + furniture +
                "The bill now returns to the lower house, where the government holds a narrow "
                "majority.", "b.example"),
      Doc("f3", "The harbour council voted to extend the tram line to Northpoint at a cost of "
                "210 million dollars, the transport committee said." + furniture +
                "Work on the four new stops starts next spring and should end in 2027.",
          "c.example"),
      Doc("f4", "Ghana's mining ministry ordered an inquiry into the Tarkwa mine flood in which "
                "twelve miners were trapped for two days.", "d.example"),
  };
}

// The parts pipeline over `docs`, as python/dossier/dask.py runs it (here in one process).
struct Parts {
  std::vector<PlannedArticle> placed;  // per document that was read, in order
  StoryList stories;
  std::map<uint64_t, std::string> briefings;  // story id -> BriefingToJson
  std::map<uint64_t, std::string> evidence;   // story id -> StoryPlanner::Evidence
};

Parts RunParts(const std::vector<Document>& docs, const EngineOptions& options) {
  Parts out;
  RecordMaker maker(options);
  StoryPlanner planner(options);
  std::map<uint64_t, Article> read;  // id -> the article as read
  for (size_t i = 0; i < docs.size(); ++i) {
    PageResult r = ReadDocument(docs[i], i, options.read);
    if (!r.article.ok()) continue;
    StatusOr<PlannedArticle> p = planner.Add(maker.Make(*r.article));
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    if (!p.ok()) continue;
    out.placed.push_back(*p);
    r.article->article_id = p->id;
    read.try_emplace(p->id.value(), *r.article);
  }
  out.stories = planner.Stories();
  for (const Story& s : out.stories.stories) {
    std::vector<Article> members;
    for (const ArticleId& id : s.articles) members.push_back(read.at(id.value()));
    StatusOr<std::string> evidence = planner.Evidence(s.articles);
    EXPECT_TRUE(evidence.ok());
    if (evidence.ok()) out.evidence[s.id] = *evidence;
    StatusOr<Briefing> b = BriefArticles(std::move(members), *evidence, options, {});
    EXPECT_TRUE(b.ok()) << b.status().ToString();
    if (b.ok()) out.briefings[s.id] = BriefingToJson(*b);
  }
  return out;
}

void ExpectSameStories(const StoryList& want, const StoryList& got) {
  ASSERT_EQ(want.stories.size(), got.stories.size());
  for (size_t i = 0; i < want.stories.size(); ++i) {
    const Story& w = want.stories[i];
    const Story& g = got.stories[i];
    SCOPED_TRACE("story " + std::to_string(w.id));
    EXPECT_EQ(w.id, g.id);
    EXPECT_EQ(w.label, g.label);
    EXPECT_EQ(w.size, g.size);
    EXPECT_EQ(w.outlets, g.outlets);
    EXPECT_EQ(w.first_date, g.first_date);
    EXPECT_EQ(w.last_date, g.last_date);
    EXPECT_EQ(w.articles, g.articles);
    EXPECT_EQ(w.undated, g.undated);
    EXPECT_EQ(w.near_copies, g.near_copies);
  }
  EXPECT_EQ(want.story_of, got.story_of);
  ASSERT_EQ(want.merges.size(), got.merges.size());
}

// The Engine's answer and the parts' answer for the same documents; the Engine keeps
// its articles in `database` when it is not empty.
void ExpectPartsMatchEngine(const std::vector<Document>& docs, size_t want_stories,
                            const std::string& database = "") {
  EngineOptions options;
  options.database = database;
  StatusOr<std::unique_ptr<Engine>> opened = Engine::Open(options);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Engine& engine = **opened;
  std::vector<AddResult> added = engine.Add(docs);
  const StoryList stories = engine.Stories(options.cluster);
  const Parts parts = RunParts(docs, options);

  std::vector<PlannedArticle> engine_placed;
  for (const AddResult& r : added) {
    if (r.id.ok()) engine_placed.push_back({*r.id, r.already_present});
  }
  ASSERT_EQ(parts.placed.size(), engine_placed.size());
  for (size_t i = 0; i < engine_placed.size(); ++i) {
    EXPECT_EQ(parts.placed[i].id, engine_placed[i].id) << i;
    EXPECT_EQ(parts.placed[i].already_present, engine_placed[i].already_present) << i;
  }
  EXPECT_EQ(stories.stories.size(), want_stories);
  ExpectSameStories(stories, parts.stories);
  for (const Story& s : stories.stories) {
    StatusOr<Briefing> b = engine.BriefStory(s.id, options.cluster, {});
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE(parts.briefings.count(s.id)) << s.id;
    EXPECT_EQ(parts.briefings.at(s.id), BriefingToJson(*b)) << "story " << s.id;
  }
}

TEST(PartsTest, MixedStreamGivesTheEngineStoriesAndBriefings) {
  std::vector<Document> docs = ExampleDocuments({"examples/mixed-stream/stream.jsonl"});
  ASSERT_EQ(docs.size(), 11u);
  docs.push_back(docs[0]);  // an article given twice is held once, on both sides
  ExpectPartsMatchEngine(docs, 3);
}

TEST(PartsTest, MixedStreamGivesTheStoredEngineStoriesAndBriefings) {
  const std::filesystem::path db =
      std::filesystem::temp_directory_path() /
      ("dossier_parts_test_" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
  ExpectPartsMatchEngine(ExampleDocuments({"examples/mixed-stream/stream.jsonl"}), 3, db.string());
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
}

TEST(PartsTest, ExampleStoryGivesTheEngineBriefing) {
  std::vector<Document> docs = ExampleDocuments({"examples/biden-putin/"});
  ASSERT_EQ(docs.size(), 5u);
  ExpectPartsMatchEngine(docs, 1);
}

TEST(PartsTest, EvidenceFromOtherStoriesCleansAsTheEngineDoes) {
  const std::vector<Document> docs = FurnitureDocuments();
  ExpectPartsMatchEngine(docs, 3);
  // The line is boilerplate only by the count over all stories: the planner's evidence
  // removes it from the mine story, evidence of that story alone keeps it.
  const EngineOptions options;
  const Parts all = RunParts(docs, options);
  const Parts alone = RunParts({docs[0]}, options);
  ASSERT_EQ(alone.briefings.size(), 1u);
  // The briefings cannot show it either way (a line without a final stop is no summary
  // sentence), so the cleaned article shows it, and the planner's evidence differs.
  EXPECT_NE(all.evidence.at(all.stories.story_of[0]), alone.evidence.begin()->second);
  for (size_t holders : {docs.size(), size_t{1}}) {
    SCOPED_TRACE(std::to_string(holders) + " documents");
    StatusOr<std::unique_ptr<Engine>> engine = Engine::Open(options);
    ASSERT_TRUE(engine.ok());
    std::vector<AddResult> added =
        (*engine)->Add(std::vector<Document>(docs.begin(), docs.begin() + holders));
    ASSERT_TRUE(added[0].id.ok());
    StatusOr<Article> mine = (*engine)->Get(*added[0].id);
    ASSERT_TRUE(mine.ok());
    bool removed = std::any_of(mine->removed.begin(), mine->removed.end(), [&](const Removed& r) {
      return mine->Slice(r.span).starts_with("Photographs from the scene");
    });
    EXPECT_EQ(removed, holders > 1);
  }
}

TEST(PartsTest, ReadDocumentReadsAsEngineAddDoes) {
  Document dated = Doc("feed/7", "Kremlin talks\nhttps://example.com/talks\n\n"
                                 "The two leaders spoke for two hours on Tuesday.");
  dated.date = "Dec. 7, 2021";
  Document absurd = Doc("", "The council met on Monday to discuss the budget.");
  absurd.date = "3021-01-01";
  struct Case {
    Document doc;
    bool ok;
    std::string name, title, url, source, date, message;
    size_t warnings;
  };
  const std::vector<Case> cases = {
      {dated, true, "feed/7", "Kremlin talks", "https://example.com/talks", "example.com",
       "2021-12-07", "", 0},
      {absurd, true, "document 2", "", "", "", "", "", 1},
      {Doc("empty.txt", "  \n "), false, "empty.txt", "", "", "", "", "empty.txt:1: empty input", 0},
  };
  Engine engine(EngineOptions{});
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    SCOPED_TRACE(c.name);
    PageResult r = ReadDocument(c.doc, i, {});
    EXPECT_EQ(r.name, c.name);
    EXPECT_EQ(r.warnings.size(), c.warnings);
    ASSERT_EQ(r.article.ok(), c.ok);
    AddResult added = engine.Add({c.doc})[0];
    if (!c.ok) {
      EXPECT_NE(r.article.status().message().find(c.message), std::string::npos)
          << r.article.status().message();
      continue;
    }
    EXPECT_EQ(r.article->title, c.title);
    EXPECT_EQ(r.article->url, c.url);
    EXPECT_EQ(r.article->source, c.source);
    EXPECT_EQ(r.article->date, c.date);
    // The record's id is the one the Engine gives the same document.
    StoryPlanner planner(EngineOptions{});
    StatusOr<PlannedArticle> p =
        planner.Add(RecordMaker(EngineOptions{}).Make(*r.article));
    ASSERT_TRUE(p.ok() && added.id.ok());
    EXPECT_EQ(p->id, *added.id);
  }
}

TEST(PartsTest, BadRecordsAndEvidenceAreErrorsThatSaySo) {
  PageResult r = ReadDocument(FurnitureDocuments()[0], 0, {});
  ASSERT_TRUE(r.article.ok());
  const std::string record = RecordMaker(EngineOptions{}).Make(*r.article);
  EngineOptions other;
  other.cluster.text_threshold = 0.3;
  const std::string other_record = RecordMaker(other).Make(*r.article);
  struct Case {
    std::string bytes;
    const char* message;
  };
  for (const Case& c : {Case{"", "bad magic"}, Case{"not a record", "bad magic"},
                        Case{record.substr(0, record.size() / 2), "truncated"},
                        Case{record + "x", "trailing bytes"},
                        Case{other_record, "other cleaning or clustering options"}}) {
    SCOPED_TRACE(c.message);
    StoryPlanner planner(EngineOptions{});
    StatusOr<PlannedArticle> p = planner.Add(c.bytes);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(p.status().message().find(c.message), std::string::npos) << p.status().message();
    EXPECT_EQ(planner.size(), 0u);
  }

  StoryPlanner planner(EngineOptions{});
  StatusOr<PlannedArticle> p = planner.Add(record);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(planner.Evidence({ArticleId(42)}).status().code(), StatusCode::kNotFound);
  StatusOr<std::string> evidence = planner.Evidence({p->id});
  ASSERT_TRUE(evidence.ok());

  Article with_id = *r.article;
  with_id.article_id = p->id;
  struct BriefCase {
    std::vector<Article> articles;
    std::string evidence;
    const char* message;
  };
  for (const BriefCase& c : {BriefCase{{}, *evidence, "no articles"},
                             BriefCase{{*r.article}, *evidence, "has no id"},
                             BriefCase{{with_id, with_id}, *evidence, "listed twice"},
                             BriefCase{{with_id}, "garbage", "story evidence"},
                             BriefCase{{with_id}, evidence->substr(0, 6), "story evidence"}}) {
    SCOPED_TRACE(c.message);
    StatusOr<Briefing> b = BriefArticles(c.articles, c.evidence, EngineOptions{}, {});
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(b.status().message().find(c.message), std::string::npos) << b.status().message();
  }
}

TEST(ExtractPageTest, ReadsOnePageFromMemory) {
  const std::string page =
      "<html lang=\"en\"><head><title>Miners rescued - Daily Graphic</title>"
      "<meta property=\"og:title\" content=\"Twelve miners rescued in Ghana\">"
      "<meta property=\"article:published_time\" content=\"2021-12-07T10:00:00Z\"></head>"
      "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
      "<p>Rescuers pulled twelve miners from the flooded Tarkwa gold shaft on Tuesday after "
      "a two-day search, Ghana's mining ministry said in a statement.</p>"
      "<p>The Tarkwa mine had been closed twice for safety violations since 2019, according "
      "to inspection records seen by reporters.</p></article></body></html>";
  PageResult r = ExtractPage("saved/miners.html", page, "https://www.graphic.example/miners", {});
  ASSERT_TRUE(r.article.ok()) << r.article.status().ToString();
  EXPECT_EQ(r.name, "saved/miners.html");
  EXPECT_EQ(r.article->title, "Twelve miners rescued in Ghana");
  EXPECT_EQ(r.article->date, "2021-12-07");
  EXPECT_EQ(r.article->url, "https://www.graphic.example/miners");
  EXPECT_EQ(r.article->source, "graphic.example");
  EXPECT_EQ(r.article->page_kind, "article");
  EXPECT_EQ(r.article->text.find("Home"), std::string::npos);
  EXPECT_NE(r.article->text.find("Rescuers pulled twelve miners"), std::string::npos);

  PageResult bad = ExtractPage("blank.html", "", "", {});
  ASSERT_FALSE(bad.article.ok());
  EXPECT_EQ(bad.article.status().message().rfind("blank.html", 0), 0u)
      << bad.article.status().message();
}

}  // namespace
}  // namespace dossier
