// store.cc: the Store of store.h over SQLite.
//
// Crash safety rests on SQLite's atomic commit in WAL mode: a transaction's pages go to
// the write-ahead log and count only once its commit frame is there, so a process killed
// at any instruction leaves the database as of its last commit (the log's torn tail is
// ignored on the next open). synchronous=NORMAL skips the fsync at each commit (a
// committed transaction survives the process dying, not necessarily the machine losing
// power: then the last commits may roll back, but the file stays consistent).
#include "src/store/store.h"

#include <sqlite3.h>

#include <filesystem>
#include <utility>

#include "src/store/codec.h"
#include "src/store/schema.h"
#include "src/store/sqlite.h"

namespace dossier::store {

using internal::Connection;
using internal::Query;

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr size_t kMaxIdleReaders = 8;

std::string SeqName(uint32_t seq) { return "article " + std::to_string(seq); }

Status Configure(Connection* db) {
  return db->Exec("PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMs) +
                  "; PRAGMA synchronous = NORMAL;");
}

// What the file is before migrations: its schema version (0 for a new, empty file), or
// an error naming the path when it is not a Dossier database.
StatusOr<int> DetectVersion(Connection* db) {
  const std::string& path = db->path();
  int64_t app_id = 0, objects = 0;
  {
    Query q(db, "PRAGMA application_id");
    DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
    if (row) app_id = q.Int(0);
  }
  {
    Query q(db, "SELECT count(*) FROM sqlite_schema");
    DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
    if (row) objects = q.Int(0);
  }
  if (app_id == 0 && objects == 0) return 0;
  if (app_id != kApplicationId) {
    return Status::InvalidArgument(path +
                                   ": not a Dossier database (an SQLite database of another "
                                   "application: application_id " +
                                   std::to_string(app_id) + ", " + std::to_string(objects) +
                                   " schema objects)");
  }
  Query q(db, "SELECT max(version) FROM schema_version");
  if (!q.status().ok()) {
    return Status::InvalidArgument(path + ": not a Dossier database (no schema_version table)");
  }
  DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row || q.IsNull(0)) {
    return Status::InvalidArgument(path + ": not a Dossier database (no schema version recorded)");
  }
  return static_cast<int>(q.Int(0));
}

// Runs the migrations after `from` up to kSchemaVersion. REQUIRES: inside a write
// transaction.
Status Migrate(Connection* db, int from) {
  DOSSIER_RETURN_IF_ERROR(db->Exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER PRIMARY KEY,"  // the version a migration brought the database to
      " applied_at TEXT NOT NULL,"     // when (UTC); for readers, never used by the engine
      " description TEXT NOT NULL)"));
  for (const internal::Migration& m : internal::Migrations()) {
    if (m.version <= from) continue;
    Status s = db->Exec(m.sql);
    if (!s.ok()) {
      return Status(s.code(), db->path() + ": migration to schema version " +
                                  std::to_string(m.version) + " failed: " + s.message());
    }
    Query q(db, "INSERT INTO schema_version (version, applied_at, description) "
                "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?)");
    q.Bind(1, int64_t{m.version});
    q.BindText(2, m.description);
    DOSSIER_RETURN_IF_ERROR(q.Run());
  }
  return db->Exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
                  "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";");
}

Status EnableWal(Connection* db) {
  Query q(db, "PRAGMA journal_mode = WAL");
  DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row || q.Text(0) != "wal") {
    return Status::IoError(db->path() + ": cannot switch the database to WAL mode (" +
                           std::string(row ? q.Text(0) : "no answer") + ")");
  }
  return Status::Ok();
}

// Fills the fields of `a` from the article columns starting at `col`, in the order of
// kArticleColumns.
constexpr char kArticleColumns[] =
    "seq, id, input_id, origin, title, date, url, source, byline, dateline, encoding, "
    "replaced_bytes, language, page_kind, text, body, removed, raw_map, clean_title, "
    "clean_date, clean_byline, clean_dateline, clean_body, clean_removed, story, "
    "placed_story, placed_by, placed_score, undated";

Status ReadArticleRow(const Query& q, StoredArticle* out) {
  out->seq = static_cast<uint32_t>(q.Int(0));
  const std::string name = SeqName(out->seq);
  Article& a = out->read;
  a.article_id = ArticleId(static_cast<uint64_t>(q.Int(1)));
  a.id = q.Text(2);
  a.origin = q.Text(3);
  a.title = q.Text(4);
  a.date = q.Text(5);
  a.url = q.Text(6);
  a.source = q.Text(7);
  a.byline = q.Text(8);
  a.dateline = q.Text(9);
  a.encoding = q.Text(10);
  a.replaced_bytes = static_cast<uint32_t>(q.Int(11));
  a.language = q.Text(12);
  a.page_kind = q.Text(13);
  a.text = q.Text(14);
  DOSSIER_ASSIGN_OR_RETURN(a.body, DecodeSpans(q.Text(15), a.text.size(), name + " body"));
  DOSSIER_ASSIGN_OR_RETURN(a.removed, DecodeRemoved(q.Text(16), a.text.size(), name + " removed"));
  DOSSIER_ASSIGN_OR_RETURN(a.raw_map, DecodeRawMap(q.Text(17), a.text.size(), name + " raw_map"));
  if (q.IsNull(22)) {
    out->clean.reset();
  } else {
    CleanForm c;
    c.title = q.Text(18);
    c.date = q.Text(19);
    c.byline = q.Text(20);
    c.dateline = q.Text(21);
    DOSSIER_ASSIGN_OR_RETURN(c.body, DecodeSpans(q.Text(22), a.text.size(), name + " clean_body"));
    DOSSIER_ASSIGN_OR_RETURN(c.removed,
                             DecodeRemoved(q.Text(23), a.text.size(), name + " clean_removed"));
    out->clean = std::move(c);
  }
  out->story = static_cast<uint64_t>(q.Int(24));
  out->placed.story = static_cast<uint64_t>(q.Int(25));
  out->placed.by = static_cast<uint8_t>(q.Int(26));
  out->placed.score = q.Real(27);
  out->placed.undated = q.Int(28) != 0;
  return Status::Ok();
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<Connection> writer)
    : path_(std::move(path)), writer_(std::move(writer)) {}

Store::~Store() {
  if (in_transaction_) Rollback();
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, const OpenOptions& options) {
  if (path.empty()) return Status::InvalidArgument("database path is empty");
  std::error_code ec;
  const bool exists = std::filesystem::exists(path, ec);
  if (!exists && !options.create_if_missing) {
    return Status::NotFound(path + ": no such database");
  }
  if (exists && std::filesystem::is_directory(path, ec)) {
    return Status::IoError(path + ": cannot open the database (it is a directory)");
  }
  int flags = SQLITE_OPEN_READWRITE;
  if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Connection> db, Connection::Open(path, flags));
  DOSSIER_RETURN_IF_ERROR(Configure(db.get()));
  DOSSIER_ASSIGN_OR_RETURN(int version, DetectVersion(db.get()));
  if (version > kSchemaVersion) {
    return Status::OutOfRange(path + ": schema version " + std::to_string(version) +
                              " is newer than this build of dossier reads (" +
                              std::to_string(kSchemaVersion) + "); use a newer dossier");
  }
  DOSSIER_RETURN_IF_ERROR(EnableWal(db.get()));
  std::unique_ptr<Store> store(new Store(path, std::move(db)));
  store->opened_version_ = version;
  if (version < kSchemaVersion) {
    DOSSIER_RETURN_IF_ERROR(store->Begin());
    // Another process may have migrated between the check and the lock.
    StatusOr<int> now = DetectVersion(store->writer_.get());
    Status s = now.status();
    if (s.ok() && *now < kSchemaVersion) s = Migrate(store->writer_.get(), *now);
    if (s.ok()) s = store->Commit();
    if (!s.ok()) {
      store->Rollback();
      return s;
    }
    store->created_ = version == 0;
  }
  return store;
}

StatusOr<std::optional<std::string>> Store::GetMeta(std::string_view key) {
  Query q(writer_.get(), "SELECT value FROM meta WHERE key = ?");
  q.BindText(1, key);
  DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(std::string(q.Text(0)));
}

Status Store::SetMeta(std::string_view key, std::string_view value) {
  Query q(writer_.get(), "INSERT INTO meta (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  q.BindText(1, key);
  q.BindText(2, value);
  return q.Run();
}

Status Store::Begin() {
  if (in_transaction_) return Status::Internal(path_ + ": a transaction is already open");
  DOSSIER_RETURN_IF_ERROR(writer_->Exec("BEGIN IMMEDIATE"));
  in_transaction_ = true;
  return Status::Ok();
}

Status Store::Commit() {
  if (!in_transaction_) return Status::Internal(path_ + ": commit without a transaction");
  Status s = writer_->Exec("COMMIT");
  if (s.ok()) in_transaction_ = false;
  return s;
}

void Store::Rollback() {
  if (!in_transaction_) return;
  if (sqlite3_get_autocommit(writer_->handle()) == 0) writer_->Exec("ROLLBACK").ok();
  in_transaction_ = false;
}

StatusOr<uint32_t> Store::LastSeq() {
  Query q(writer_.get(), "SELECT coalesce(max(seq), 0) FROM articles");
  DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
  return row ? static_cast<uint32_t>(q.Int(0)) : 0u;
}

Status Store::InsertArticle(const StoredArticle& r) {
  if (!in_transaction_) return Status::Internal(path_ + ": insert outside a transaction");
  const Article& a = r.read;
  Query q(writer_.get(),
          "INSERT INTO articles (seq, id, input_id, origin, title, date, url, source, byline, "
          "dateline, encoding, replaced_bytes, language, page_kind, text, body, removed, "
          "raw_map, clean_title, clean_date, clean_byline, clean_dateline, clean_body, "
          "clean_removed, story, placed_story, placed_by, placed_score, undated) VALUES "
          "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
          "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)");
  q.Bind(1, int64_t{r.seq});
  q.Bind(2, static_cast<int64_t>(a.article_id.value()));
  int col = 3;
  for (const std::string* f : {&a.id, &a.origin, &a.title, &a.date, &a.url, &a.source,
                               &a.byline, &a.dateline, &a.encoding}) {
    q.BindText(col++, *f);
  }
  q.Bind(12, int64_t{a.replaced_bytes});
  q.BindText(13, a.language);
  q.BindText(14, a.page_kind);
  q.BindText(15, a.text);
  q.BindText(16, EncodeSpans(a.body));
  q.BindText(17, EncodeRemoved(a.removed));
  q.BindText(18, EncodeRawMap(a.raw_map));
  if (r.clean) {
    q.BindText(19, r.clean->title);
    q.BindText(20, r.clean->date);
    q.BindText(21, r.clean->byline);
    q.BindText(22, r.clean->dateline);
    q.BindText(23, EncodeSpans(r.clean->body));
    q.BindText(24, EncodeRemoved(r.clean->removed));
  }  // else NULL: the database does not clean
  q.Bind(25, static_cast<int64_t>(r.story));
  q.Bind(26, static_cast<int64_t>(r.placed.story));
  q.Bind(27, int64_t{r.placed.by});
  q.Bind(28, r.placed.score);
  q.Bind(29, int64_t{r.placed.undated ? 1 : 0});
  DOSSIER_RETURN_IF_ERROR(q.Run());
  Query k(writer_.get(), "INSERT INTO article_lines (key, seq) VALUES (?, ?)");
  for (const std::string& key : r.repeat_keys) {
    k.Reset();
    k.BindText(1, key);
    k.Bind(2, int64_t{r.seq});
    DOSSIER_RETURN_IF_ERROR(k.Run());
  }
  return Status::Ok();
}

Status Store::UpdateClean(uint32_t seq, const CleanForm& c) {
  if (!in_transaction_) return Status::Internal(path_ + ": update outside a transaction");
  Query q(writer_.get(),
          "UPDATE articles SET clean_title = ?, clean_date = ?, clean_byline = ?, "
          "clean_dateline = ?, clean_body = ?, clean_removed = ? WHERE seq = ?");
  q.BindText(1, c.title);
  q.BindText(2, c.date);
  q.BindText(3, c.byline);
  q.BindText(4, c.dateline);
  q.BindText(5, EncodeSpans(c.body));
  q.BindText(6, EncodeRemoved(c.removed));
  q.Bind(7, int64_t{seq});
  return q.Run();
}

Status Store::InsertStory(uint64_t id, uint32_t opened_seq) {
  if (!in_transaction_) return Status::Internal(path_ + ": insert outside a transaction");
  Query q(writer_.get(), "INSERT INTO stories (id, opened_seq) VALUES (?, ?)");
  q.Bind(1, static_cast<int64_t>(id));
  q.Bind(2, int64_t{opened_seq});
  return q.Run();
}

Status Store::InsertMerge(const StoryMergeRow& m) {
  if (!in_transaction_) return Status::Internal(path_ + ": insert outside a transaction");
  {
    Query q(writer_.get(),
            "INSERT INTO story_merges (n, from_story, into_story, at_seq) VALUES "
            "((SELECT coalesce(max(n), 0) + 1 FROM story_merges), ?, ?, ?)");
    q.Bind(1, static_cast<int64_t>(m.from));
    q.Bind(2, static_cast<int64_t>(m.into));
    q.Bind(3, int64_t{m.at_seq});
    DOSSIER_RETURN_IF_ERROR(q.Run());
  }
  {
    Query q(writer_.get(), "UPDATE stories SET merged_into = ?2 WHERE id = ?1");
    q.Bind(1, static_cast<int64_t>(m.from));
    q.Bind(2, static_cast<int64_t>(m.into));
    DOSSIER_RETURN_IF_ERROR(q.Run());
  }
  Query q(writer_.get(), "UPDATE articles SET story = ?2 WHERE story = ?1");
  q.Bind(1, static_cast<int64_t>(m.from));
  q.Bind(2, static_cast<int64_t>(m.into));
  return q.Run();
}

StatusOr<std::unique_ptr<Connection>> Store::TakeReader() {
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!idle_readers_.empty()) {
      std::unique_ptr<Connection> c = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return c;
    }
  }
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Connection> c,
                           Connection::Open(path_, SQLITE_OPEN_READWRITE));
  DOSSIER_RETURN_IF_ERROR(Configure(c.get()));
  return c;
}

void Store::ReturnReader(std::unique_ptr<Connection> reader) {
  std::lock_guard<std::mutex> lock(pool_mu_);
  if (idle_readers_.size() < kMaxIdleReaders) idle_readers_.push_back(std::move(reader));
}

Status Store::WithReader(const std::function<Status(Connection*)>& fn) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Connection> reader, TakeReader());
  Status s = fn(reader.get());
  ReturnReader(std::move(reader));
  return s;
}

Status Store::ForEachSummary(const std::function<Status(ArticleSummary&&)>& fn) {
  return WithReader([&](Connection* db) -> Status {
    Query q(db,
            "SELECT seq, id, title, date, source, "
            "CASE WHEN title = '' THEN substr(CAST(text AS BLOB), 1, 80) ELSE '' END, "
            "placed_story, placed_by, placed_score, undated FROM articles ORDER BY seq");
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
      if (!row) return Status::Ok();
      ArticleSummary s;
      s.seq = static_cast<uint32_t>(q.Int(0));
      s.id = static_cast<uint64_t>(q.Int(1));
      s.title = q.Text(2);
      s.date = q.Text(3);
      s.source = q.Text(4);
      s.snippet = q.Text(5);
      s.placed.story = static_cast<uint64_t>(q.Int(6));
      s.placed.by = static_cast<uint8_t>(q.Int(7));
      s.placed.score = q.Real(8);
      s.placed.undated = q.Int(9) != 0;
      DOSSIER_RETURN_IF_ERROR(fn(std::move(s)));
    }
  });
}

StatusOr<std::vector<StoryMergeRow>> Store::Merges() {
  std::vector<StoryMergeRow> merges;
  DOSSIER_RETURN_IF_ERROR(WithReader([&](Connection* db) -> Status {
    Query q(db, "SELECT from_story, into_story, at_seq FROM story_merges ORDER BY n");
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
      if (!row) return Status::Ok();
      merges.push_back({static_cast<uint64_t>(q.Int(0)), static_cast<uint64_t>(q.Int(1)),
                        static_cast<uint32_t>(q.Int(2))});
    }
  }));
  return merges;
}

Status Store::ForEachRepeatKey(const std::function<void(uint32_t, std::string_view)>& fn) {
  return WithReader([&](Connection* db) -> Status {
    Query q(db, "SELECT seq, key FROM article_lines ORDER BY key, seq");
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
      if (!row) return Status::Ok();
      fn(static_cast<uint32_t>(q.Int(0)), q.Text(1));
    }
  });
}

Status Store::ForEachStoryInput(uint32_t from, uint32_t to,
                                const std::function<Status(StoredArticle&&)>& fn) {
  return WithReader([&](Connection* db) -> Status {
    Query q(db,
            "SELECT seq, id, title, text, source, date, url, story, placed_story, placed_by, "
            "placed_score, undated FROM articles WHERE seq BETWEEN ? AND ? ORDER BY seq");
    q.Bind(1, int64_t{from});
    q.Bind(2, int64_t{to});
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
      if (!row) return Status::Ok();
      StoredArticle r;
      r.seq = static_cast<uint32_t>(q.Int(0));
      r.read.article_id = ArticleId(static_cast<uint64_t>(q.Int(1)));
      r.read.title = q.Text(2);
      r.read.text = q.Text(3);
      r.read.source = q.Text(4);
      r.read.date = q.Text(5);
      r.read.url = q.Text(6);
      r.story = static_cast<uint64_t>(q.Int(7));
      r.placed.story = static_cast<uint64_t>(q.Int(8));
      r.placed.by = static_cast<uint8_t>(q.Int(9));
      r.placed.score = q.Real(10);
      r.placed.undated = q.Int(11) != 0;
      DOSSIER_RETURN_IF_ERROR(fn(std::move(r)));
    }
  });
}

StatusOr<StoredArticle> Store::LoadArticle(uint32_t seq) {
  StoredArticle out;
  bool found = false;
  DOSSIER_RETURN_IF_ERROR(WithReader([&](Connection* db) -> Status {
    Query q(db, std::string("SELECT ") + kArticleColumns + " FROM articles WHERE seq = ?");
    q.Bind(1, int64_t{seq});
    DOSSIER_ASSIGN_OR_RETURN(found, q.Step());
    if (!found) return Status::Ok();
    Status s = ReadArticleRow(q, &out);
    if (!s.ok()) return Status(s.code(), path_ + ": " + s.message());
    Query k(db, "SELECT key FROM article_lines WHERE seq = ? ORDER BY key");
    k.Bind(1, int64_t{seq});
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, k.Step());
      if (!row) return Status::Ok();
      out.repeat_keys.emplace_back(k.Text(0));
    }
  }));
  if (!found) return Status::NotFound(path_ + ": no " + SeqName(seq));
  return out;
}

StatusOr<Article> Store::LoadIdentity(uint32_t seq) {
  Article a;
  bool found = false;
  DOSSIER_RETURN_IF_ERROR(WithReader([&](Connection* db) -> Status {
    Query q(db, "SELECT text, title, source, url FROM articles WHERE seq = ?");
    q.Bind(1, int64_t{seq});
    DOSSIER_ASSIGN_OR_RETURN(found, q.Step());
    if (!found) return Status::Ok();
    a.text = q.Text(0);
    a.title = q.Text(1);
    a.source = q.Text(2);
    a.url = q.Text(3);
    return Status::Ok();
  }));
  if (!found) return Status::NotFound(path_ + ": no " + SeqName(seq));
  return a;
}

StatusOr<int64_t> Store::CountRows(std::string_view table) {
  for (char c : table) {
    if (!(c == '_' || (c >= 'a' && c <= 'z'))) {
      return Status::InvalidArgument("not a table name: " + std::string(table));
    }
  }
  int64_t n = 0;
  DOSSIER_RETURN_IF_ERROR(WithReader([&](Connection* db) -> Status {
    Query q(db, "SELECT count(*) FROM " + std::string(table));
    DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
    if (row) n = q.Int(0);
    return Status::Ok();
  }));
  return n;
}

Status Store::CheckIntegrity() {
  std::string report;
  DOSSIER_RETURN_IF_ERROR(WithReader([&](Connection* db) -> Status {
    Query q(db, "PRAGMA integrity_check");
    for (;;) {
      DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
      if (!row) return Status::Ok();
      if (!report.empty()) report += "; ";
      report += q.Text(0);
    }
  }));
  if (report == "ok") return Status::Ok();
  return Status::IoError(path_ + ": integrity check failed: " + report);
}

}  // namespace dossier::store
