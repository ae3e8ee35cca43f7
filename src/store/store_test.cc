// store_test.cc: the SQLite store: schema creation, what a reopen gives back, files
// that are not Dossier databases, transactions, merges, and the span codecs.
#include "src/store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "src/store/codec.h"

namespace dossier::store {
namespace {

std::string TempPath(const std::string& name) {
  const std::string dir = ::testing::TempDir() + "store_test/";
  std::filesystem::create_directories(dir);
  const std::string path = dir + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

// Runs `sql` on `path` with SQLite directly (to build files the store must judge).
void RawExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

std::string RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(stmt, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

StoredArticle Sample(uint32_t seq) {
  StoredArticle r;
  r.seq = seq;
  Article& a = r.read;
  a.article_id = ArticleId(0xf00d000000000000ULL + seq);  // high bit set: stored negative
  a.id = "story-" + std::to_string(seq);
  a.origin = "feed.jsonl:" + std::to_string(seq);
  a.text = "Title line\nBy Jane Doe\n\nThe council voted on Tuesday.\n\nShare this\n";
  a.title = "Council votes";
  a.date = "2024-03-0" + std::to_string(seq % 9 + 1);
  a.url = "https://example.com/" + std::to_string(seq);
  a.source = "example.com";
  a.encoding = "windows-1252";
  a.replaced_bytes = 2;
  a.language = "en";
  a.page_kind = "article";
  a.body = {{0, 10}, {24, 54}};
  a.removed = {{{0, 10}, "header-title"}};
  a.raw_map = {{0, 10, 100, 12}, {24, 30, 140, 30}};
  CleanForm c;
  c.title = a.title;
  c.date = a.date;
  c.byline = "Jane Doe";
  c.body = {{24, 54}};
  c.removed = {{{0, 10}, "header-title"}, {{11, 22}, "byline"}, {{56, 66}, "share-bar"}};
  r.clean = c;
  r.repeat_keys = {"share this"};
  r.placed = {7, 1, 0.375, false};
  r.story = 7;
  return r;
}

void ExpectSameArticle(const StoredArticle& got, const StoredArticle& want) {
  EXPECT_EQ(got.seq, want.seq);
  const Article& a = got.read;
  const Article& b = want.read;
  EXPECT_EQ(a.article_id, b.article_id);
  for (auto [x, y] : {std::pair{&a.id, &b.id}, {&a.origin, &b.origin}, {&a.text, &b.text},
                      {&a.title, &b.title}, {&a.date, &b.date}, {&a.url, &b.url},
                      {&a.source, &b.source}, {&a.byline, &b.byline},
                      {&a.dateline, &b.dateline}, {&a.encoding, &b.encoding},
                      {&a.language, &b.language}, {&a.page_kind, &b.page_kind}}) {
    EXPECT_EQ(*x, *y);
  }
  EXPECT_EQ(a.replaced_bytes, b.replaced_bytes);
  EXPECT_EQ(a.body, b.body);
  ASSERT_EQ(a.removed.size(), b.removed.size());
  for (size_t i = 0; i < a.removed.size(); ++i) {
    EXPECT_EQ(a.removed[i].span, b.removed[i].span);
    EXPECT_EQ(a.removed[i].reason, b.removed[i].reason);
  }
  EXPECT_EQ(a.raw_map, b.raw_map);
  ASSERT_EQ(got.clean.has_value(), want.clean.has_value());
  if (got.clean) {
    EXPECT_EQ(got.clean->byline, want.clean->byline);
    EXPECT_EQ(got.clean->body, want.clean->body);
    ASSERT_EQ(got.clean->removed.size(), want.clean->removed.size());
    for (size_t i = 0; i < got.clean->removed.size(); ++i) {
      EXPECT_EQ(got.clean->removed[i].reason, want.clean->removed[i].reason);
      EXPECT_EQ(got.clean->removed[i].span, want.clean->removed[i].span);
    }
  }
  EXPECT_EQ(got.repeat_keys, want.repeat_keys);
  EXPECT_EQ(got.placed.story, want.placed.story);
  EXPECT_EQ(got.placed.by, want.placed.by);
  EXPECT_EQ(got.placed.score, want.placed.score);
  EXPECT_EQ(got.placed.undated, want.placed.undated);
  EXPECT_EQ(got.story, want.story);
}

TEST(StoreTest, NewDatabaseGetsTheCurrentSchemaInWalMode) {
  const std::string path = TempPath("new.db");
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_TRUE((*store)->created());
  for (const char* table : {"articles", "article_lines", "stories", "story_merges", "meta"}) {
    StatusOr<int64_t> n = (*store)->CountRows(table);
    ASSERT_TRUE(n.ok()) << table << ": " << n.status().ToString();
    EXPECT_EQ(*n, 0) << table;
  }
  EXPECT_EQ(*(*store)->CountRows("schema_version"), kSchemaVersion);
  store->reset();
  EXPECT_EQ(RawQuery(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQuery(path, "PRAGMA application_id"), std::to_string(kApplicationId));
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
  EXPECT_EQ(RawQuery(path, "SELECT max(version) FROM schema_version"),
            std::to_string(kSchemaVersion));
}

TEST(StoreTest, ReopenGivesBackEveryFieldOfEveryArticle) {
  const std::string path = TempPath("reopen.db");
  std::vector<StoredArticle> written = {Sample(1), Sample(2)};
  written[1].clean.reset();  // a database that does not clean stores no cleaned form
  written[1].repeat_keys.clear();
  written[1].read.text = "";
  written[1].read.body.clear();
  written[1].read.removed.clear();
  written[1].read.raw_map.clear();
  written[1].placed = {8, 0, 0, true};
  written[1].story = 8;
  {
    auto store = Store::Open(path, {});
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE((*store)->Begin().ok());
    for (const StoredArticle& r : written) ASSERT_TRUE((*store)->InsertArticle(r).ok());
    ASSERT_TRUE((*store)->SetMeta("clean_options", "min_repeat_articles=3").ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }
  auto store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_FALSE((*store)->created());
  EXPECT_EQ((*store)->opened_version(), kSchemaVersion);
  EXPECT_EQ(*(*store)->LastSeq(), 2u);
  for (const StoredArticle& want : written) {
    SCOPED_TRACE(want.seq);
    StatusOr<StoredArticle> got = (*store)->LoadArticle(want.seq);
    ASSERT_TRUE(got.ok()) << got.status().ToString();
    ExpectSameArticle(*got, want);
  }
  EXPECT_EQ(*(*store)->GetMeta("clean_options"), std::optional<std::string>("min_repeat_articles=3"));
  EXPECT_EQ(*(*store)->GetMeta("absent"), std::nullopt);
  EXPECT_EQ((*store)->LoadArticle(3).status().code(), StatusCode::kNotFound);
  std::vector<uint32_t> seqs;
  ASSERT_TRUE((*store)->ForEachSummary([&](ArticleSummary&& s) {
    seqs.push_back(s.seq);
    EXPECT_EQ(s.snippet, "") << "titled articles need no snippet";
    return Status::Ok();
  }).ok());
  EXPECT_EQ(seqs, (std::vector<uint32_t>{1, 2}));
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

TEST(StoreTest, RolledBackTransactionLeavesNoRow) {
  const std::string path = TempPath("rollback.db");
  auto store = Store::Open(path, {});
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Begin().ok());
  ASSERT_TRUE((*store)->InsertArticle(Sample(1)).ok());
  ASSERT_TRUE((*store)->InsertStory(7, 1).ok());
  (*store)->Rollback();
  EXPECT_EQ(*(*store)->LastSeq(), 0u);
  EXPECT_EQ(*(*store)->CountRows("article_lines"), 0);
  EXPECT_EQ(*(*store)->CountRows("stories"), 0);
  // Writing outside a transaction is refused, not auto-committed row by row.
  EXPECT_EQ((*store)->InsertArticle(Sample(1)).code(), StatusCode::kInternal);
  // A second article with a stored id is refused by the UNIQUE constraint.
  ASSERT_TRUE((*store)->Begin().ok());
  ASSERT_TRUE((*store)->InsertArticle(Sample(1)).ok());
  StoredArticle same_id = Sample(2);
  same_id.read.article_id = Sample(1).read.article_id;
  EXPECT_FALSE((*store)->InsertArticle(same_id).ok());
  (*store)->Rollback();
}

TEST(StoreTest, MergeMovesEveryArticleOfTheYoungerStory) {
  const std::string path = TempPath("merge.db");
  auto store = Store::Open(path, {});
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Begin().ok());
  StoredArticle a = Sample(1), b = Sample(2), c = Sample(3);
  a.placed.story = a.story = 1;
  b.placed.story = b.story = 2;
  c.placed.story = c.story = 2;
  for (const StoredArticle* r : {&a, &b, &c}) ASSERT_TRUE((*store)->InsertArticle(*r).ok());
  ASSERT_TRUE((*store)->InsertStory(1, 1).ok());
  ASSERT_TRUE((*store)->InsertStory(2, 2).ok());
  ASSERT_TRUE((*store)->InsertMerge({2, 1, 3}).ok());
  ASSERT_TRUE((*store)->Commit().ok());
  StatusOr<std::vector<StoryMergeRow>> merges = (*store)->Merges();
  ASSERT_TRUE(merges.ok());
  ASSERT_EQ(merges->size(), 1u);
  EXPECT_EQ((*merges)[0].from, 2u);
  EXPECT_EQ((*merges)[0].into, 1u);
  EXPECT_EQ((*merges)[0].at_seq, 3u);
  for (uint32_t seq : {1u, 2u, 3u}) {
    StatusOr<StoredArticle> r = (*store)->LoadArticle(seq);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->story, 1u) << seq;
  }
  EXPECT_EQ((*store)->LoadArticle(3)->placed.story, 2u) << "placement history is kept";
  EXPECT_EQ(RawQuery(path, "SELECT merged_into FROM stories WHERE id = 2"), "1");
}

TEST(StoreTest, FilesThatAreNotDossierDatabasesAreNamedAndRefused) {
  struct Case {
    const char* name;
    std::string bytes;  // file content; "" with a raw SQL setup below
    const char* setup_sql;
    StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {"random.db", std::string("\x13\x37\x00\xff garbage that is long enough to be a header "
                                "of some other format entirely, not SQLite at all........", 100),
       nullptr, StatusCode::kInvalidArgument, "not a Dossier database (not an SQLite file)"},
      {"notes.txt", "These are my notes.\nNot a database.\n" + std::string(200, 'x'), nullptr,
       StatusCode::kInvalidArgument, "not a Dossier database"},
      {"other_app.db", "", "CREATE TABLE songs (title TEXT);", StatusCode::kInvalidArgument,
       "an SQLite database of another application"},
      {"newer.db", "",
       "PRAGMA application_id = 1148154739; CREATE TABLE schema_version (version INTEGER "
       "PRIMARY KEY, applied_at TEXT, description TEXT); INSERT INTO schema_version VALUES "
       "(99, '', 'the future');",
       StatusCode::kOutOfRange, "schema version 99 is newer than this build"},
      {"no_version.db", "", "PRAGMA application_id = 1148154739; CREATE TABLE t (x);",
       StatusCode::kInvalidArgument, "no schema_version table"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = TempPath(c.name);
    if (c.setup_sql != nullptr) {
      RawExec(path, c.setup_sql);
    } else {
      std::ofstream(path, std::ios::binary) << c.bytes;
    }
    StatusOr<std::unique_ptr<Store>> store = Store::Open(path, {});
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), c.code) << store.status().ToString();
    EXPECT_NE(store.status().message().find(path), std::string::npos) << store.status().message();
    EXPECT_NE(store.status().message().find(c.message), std::string::npos)
        << store.status().message();
  }
}

TEST(StoreTest, PathsThatCannotBeOpenedAreNamed) {
  const std::string dir = TempPath("a_directory");
  std::filesystem::create_directories(dir);
  struct Case {
    std::string path;
    bool create;
    StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {dir, true, StatusCode::kIoError, "it is a directory"},
      {TempPath("missing.db"), false, StatusCode::kNotFound, "no such database"},
      {"/nonexistent-dir/x/news.db", true, StatusCode::kIoError, "cannot open"},
      {"", true, StatusCode::kInvalidArgument, "path is empty"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    OpenOptions options;
    options.create_if_missing = c.create;
    StatusOr<std::unique_ptr<Store>> store = Store::Open(c.path, options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), c.code) << store.status().ToString();
    EXPECT_NE(store.status().message().find(c.path), std::string::npos);
    EXPECT_NE(store.status().message().find(c.message), std::string::npos)
        << store.status().message();
  }
  EXPECT_FALSE(std::filesystem::exists(TempPath("missing.db")));
}

TEST(StoreTest, EmptyFileBecomesADatabase) {
  const std::string path = TempPath("empty.db");
  std::ofstream(path, std::ios::binary).flush();
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path, {});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_TRUE((*store)->created());
}

TEST(StoreTest, DamagedSpanColumnIsAnErrorNamingTheArticle) {
  const std::string path = TempPath("damaged.db");
  {
    auto store = Store::Open(path, {});
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Begin().ok());
    ASSERT_TRUE((*store)->InsertArticle(Sample(1)).ok());
    ASSERT_TRUE((*store)->Commit().ok());
  }
  RawExec(path, "UPDATE articles SET clean_body = '24-5400' WHERE seq = 1");
  auto store = Store::Open(path, {});
  ASSERT_TRUE(store.ok());
  StatusOr<StoredArticle> r = (*store)->LoadArticle(1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_NE(r.status().message().find("article 1 clean_body: span 24-5400 outside the 66-byte text"),
            std::string::npos)
      << r.status().message();
}

TEST(CodecTest, SpanListsRoundTrip) {
  const std::vector<std::vector<Span>> cases = {{}, {{0, 0}}, {{0, 5}, {7, 12}}, {{3, 4294967295u}}};
  for (const std::vector<Span>& spans : cases) {
    const std::string text = EncodeSpans(spans);
    StatusOr<std::vector<Span>> back = DecodeSpans(text, 4294967295u, "t");
    ASSERT_TRUE(back.ok()) << text << ": " << back.status().ToString();
    EXPECT_EQ(*back, spans) << text;
  }
  EXPECT_EQ(EncodeSpans({{0, 5}, {7, 12}}), "0-5 7-12");
  EXPECT_EQ(EncodeRemoved({{{1, 2}, "share-bar"}, {{3, 9}, "two\nlines"}}),
            "1 2 share-bar\n3 9 two lines\n");
  EXPECT_EQ(EncodeRawMap({{0, 3, 10, 5}}), "0 3 10 5\n");
}

TEST(CodecTest, MalformedListsAreErrors) {
  struct Case {
    const char* encoded;
    int list;  // 0 spans, 1 removed, 2 raw map
    const char* message;
  };
  const Case cases[] = {
      {"5", 0, "malformed"},         {"5-", 0, "malformed"},   {"a-b", 0, "malformed"},
      {"9-3", 0, "outside"},         {"0-11", 0, "outside"},   {"1 2", 1, "malformed"},
      {"1 2 reason", 1, "malformed"}, {"1 20 r\n", 1, "outside"}, {"0 3 1\n", 2, "malformed"},
      {"8 5 0 5\n", 2, "outside"},   {"-1-3", 0, "malformed"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.encoded);
    Status s;
    if (c.list == 0) s = DecodeSpans(c.encoded, 10, "what").status();
    if (c.list == 1) s = DecodeRemoved(c.encoded, 10, "what").status();
    if (c.list == 2) s = DecodeRawMap(c.encoded, 10, "what").status();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), StatusCode::kIoError);
    EXPECT_NE(s.message().find(c.message), std::string::npos) << s.message();
    EXPECT_EQ(s.message().rfind("what: ", 0), 0u) << s.message();
  }
}

}  // namespace
}  // namespace dossier::store
