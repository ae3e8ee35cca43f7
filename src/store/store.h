// store.h: the SQLite database an Engine keeps its articles, cleaning evidence and
// stories in (docs/storage.md: schema, versions, crash safety, inspection).
//
//   DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> db,
//                            store::Store::Open("news.db", store::OpenOptions{}));
//   DOSSIER_RETURN_IF_ERROR(db->Begin());
//   DOSSIER_RETURN_IF_ERROR(db->InsertArticle(record));   // record.seq = LastSeq() + 1
//   DOSSIER_RETURN_IF_ERROR(db->Commit());                // all or nothing
//   DOSSIER_ASSIGN_OR_RETURN(store::StoredArticle a, db->LoadArticle(1));
//
// The store knows rows, not rules: what an article's cleaned body or story is comes
// from src/engine, which writes it here in the same transaction as the article, so a
// crash (kill -9) leaves every article either wholly stored with its evidence and story
// or not at all. The database is in WAL mode with synchronous=NORMAL: a committed
// transaction survives the process dying at any moment; a power cut may lose the last
// transactions but never leaves a half-written one.
//
// Opening checks what the file is: a new or empty file gets the current schema; a
// Dossier database of an older schema version is migrated in one transaction; anything
// else is an error naming the path (not an SQLite file, an SQLite file of another
// application, a schema newer than this build).
//
// Thread safety: writing (Begin ... Commit, SetMeta) is for one thread at a time, the
// writer; the read functions (LoadArticle, LoadIdentity, ForEachStoryInput, ...) may be
// called from any thread concurrently with it and with each other: each takes a
// connection of its own from a pool and sees the last committed state.
#ifndef DOSSIER_SRC_STORE_STORE_H_
#define DOSSIER_SRC_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/status.h"

namespace dossier::store {

namespace internal {
class Connection;
}

// The schema this build writes; Open migrates older databases up to it.
inline constexpr int kSchemaVersion = 1;
// PRAGMA application_id of a Dossier database ("Doss").
inline constexpr int32_t kApplicationId = 0x446f7373;

struct OpenOptions {
  // Create the database when `path` does not exist. Off: a missing file is kNotFound.
  bool create_if_missing = true;
};

// What cleaning made of an article: the fields CleanArticle may change.
struct CleanForm {
  std::string title;
  std::string date;
  std::string byline;
  std::string dateline;
  std::vector<Span> body;
  std::vector<Removed> removed;
};

// How the article came to be in its story (the values of cluster::PlacedBy).
struct StoryPlacement {
  uint64_t story = 0;       // the story's id when the article was placed
  uint8_t by = 0;           // 0 opened, 1 similar, 2 near copy
  double score = 0;
  bool undated = false;
};

// One row of `articles` with its repeat keys.
struct StoredArticle {
  uint32_t seq = 0;                   // arrival order, from 1
  Article read;                       // as ingested; read.article_id is the article's id
  std::optional<CleanForm> clean;     // absent when the engine does not clean
  std::vector<std::string> repeat_keys;  // the article's share of the cleaning evidence
  StoryPlacement placed;
  uint64_t story = 0;                 // its story now (placed.story after merges)
};

// What the engine keeps in memory for every stored article (Store::ForEachSummary).
struct ArticleSummary {
  uint32_t seq = 0;
  uint64_t id = 0;
  std::string title;
  std::string date;
  std::string source;
  std::string snippet;  // the text's first 80 bytes, only when the title is empty
  StoryPlacement placed;
};

struct StoryMergeRow {
  uint64_t from = 0;
  uint64_t into = 0;
  uint32_t at_seq = 0;  // the article whose arrival merged them
};

class Store {
 public:
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, const OpenOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  // True when this Open created the database (it had no schema before).
  bool created() const { return created_; }
  // The schema version the file had before Open migrated it (kSchemaVersion if none).
  int opened_version() const { return opened_version_; }

  // --- metadata (table meta): writer only ---
  // The value of `key`; nullopt when absent.
  StatusOr<std::optional<std::string>> GetMeta(std::string_view key);
  Status SetMeta(std::string_view key, std::string_view value);

  // --- writing: one transaction at a time, writer only ---
  // BEGIN IMMEDIATE: takes the database's write lock (waits up to 5 s for another
  // process to release it).
  Status Begin();
  Status Commit();
  // Undoes the open transaction, if any. Never fails (a failed rollback leaves SQLite to
  // roll back on the next open, from the journal).
  void Rollback();
  // The highest article seq stored (0 when none), as the writer's connection sees it.
  StatusOr<uint32_t> LastSeq();
  // REQUIRES: inside Begin/Commit; record.seq == LastSeq() + 1 and its id not stored.
  Status InsertArticle(const StoredArticle& record);
  // Replaces the cleaned form of article `seq`. REQUIRES: inside Begin/Commit.
  Status UpdateClean(uint32_t seq, const CleanForm& clean);
  // A story opened by article `opened_seq`. REQUIRES: inside Begin/Commit.
  Status InsertStory(uint64_t id, uint32_t opened_seq);
  // Story `from` merged into `into`: recorded in story_merges, and every article of
  // `from` now belongs to `into`. REQUIRES: inside Begin/Commit.
  Status InsertMerge(const StoryMergeRow& merge);

  // --- reading: any thread, last committed state ---
  // Every article's summary, in seq order.
  Status ForEachSummary(const std::function<Status(ArticleSummary&&)>& fn);
  // Every merge, in the order they happened.
  StatusOr<std::vector<StoryMergeRow>> Merges();
  // Every (seq, repeat key) of the cleaning evidence, in key order.
  Status ForEachRepeatKey(const std::function<void(uint32_t seq, std::string_view key)>& fn);
  // The articles with seq in [from, to], in seq order, with what clustering reads of them
  // (text, title, source, date, url; placement) and nothing else.
  Status ForEachStoryInput(uint32_t from, uint32_t to,
                           const std::function<Status(StoredArticle&&)>& fn);
  // The whole row of article `seq`; kNotFound when there is none.
  StatusOr<StoredArticle> LoadArticle(uint32_t seq);
  // Only what an ArticleId is computed from (text, title, source, url).
  StatusOr<Article> LoadIdentity(uint32_t seq);
  // Rows of `table` (for tests and the command line's summary).
  StatusOr<int64_t> CountRows(std::string_view table);
  // PRAGMA integrity_check: OK, or kIoError with SQLite's report.
  Status CheckIntegrity();

 private:
  Store(std::string path, std::unique_ptr<internal::Connection> writer);
  // A reader connection from the pool (opened when none is idle).
  StatusOr<std::unique_ptr<internal::Connection>> TakeReader();
  void ReturnReader(std::unique_ptr<internal::Connection> reader);
  // Runs `fn` on a pooled reader connection inside one read transaction.
  Status WithReader(const std::function<Status(internal::Connection*)>& fn);

  std::string path_;
  std::unique_ptr<internal::Connection> writer_;
  bool created_ = false;
  int opened_version_ = kSchemaVersion;
  bool in_transaction_ = false;
  std::mutex pool_mu_;
  std::vector<std::unique_ptr<internal::Connection>> idle_readers_;
};

}  // namespace dossier::store

#endif  // DOSSIER_SRC_STORE_STORE_H_
