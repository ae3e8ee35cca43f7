// sqlite.cc: the RAII layer of sqlite.h.
#include "src/store/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace dossier::store::internal {

Status ErrorStatus(int rc, std::string_view path, std::string_view what,
                   std::string_view detail) {
  std::string message = std::string(path) + ": " + std::string(what) + ": " + std::string(detail);
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
      return Status::InvalidArgument(std::string(path) +
                                     ": not a Dossier database (not an SQLite file)");
    case SQLITE_CORRUPT:
      return Status::IoError(std::string(path) + ": the database is corrupt (" +
                             std::string(what) + ": " + std::string(detail) + ")");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(message + " (another process holds the database's write lock)");
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_NOLFS:
      return Status::IoError(message);
    default:
      return Status::Internal(message);
  }
}

StatusOr<std::unique_ptr<Connection>> Connection::Open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    Status s = ErrorStatus(rc, path, "cannot open", detail);
    if ((rc & 0xff) == SQLITE_CANTOPEN) {
      return Status::IoError(path + ": cannot open the database (" + detail + ")");
    }
    return s;
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<Connection>(new Connection(path, db));
}

Connection::~Connection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

Status Connection::Exec(std::string_view sql) {
  const std::string text(sql);
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string detail = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  std::string what = text.substr(0, 60);
  for (char& c : what) {
    if (c == '\n') c = ' ';
  }
  return ErrorStatus(sqlite3_extended_errcode(db_), path_, what, detail);
}

sqlite3_stmt* Connection::Prepare(std::string_view sql, Status* status) {
  std::string key(sql);
  auto it = statements_.find(key);
  if (it != statements_.end()) {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return it->second;
  }
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    *status = ErrorStatus(rc, path_, "cannot prepare \"" + key.substr(0, 60) + "\"",
                          sqlite3_errmsg(db_));
    sqlite3_finalize(stmt);
    return nullptr;
  }
  statements_.emplace(std::move(key), stmt);
  return stmt;
}

Status Connection::Error(std::string_view what) const {
  return ErrorStatus(sqlite3_extended_errcode(db_), path_, what, sqlite3_errmsg(db_));
}

Query::Query(Connection* db, std::string_view sql) : db_(db), sql_(sql) {
  stmt_ = db_->Prepare(sql, &status_);
}

Query::~Query() {
  if (stmt_ != nullptr) sqlite3_reset(stmt_);
}

void Query::Bind(int index, int64_t value) {
  if (stmt_ != nullptr) sqlite3_bind_int64(stmt_, index, value);
}

void Query::Bind(int index, double value) {
  if (stmt_ != nullptr) sqlite3_bind_double(stmt_, index, value);
}

void Query::BindText(int index, std::string_view value) {
  if (stmt_ == nullptr) return;
  // A zero-length view may have a null data pointer, which SQLite would bind as NULL.
  static const char kEmpty[] = "";
  sqlite3_bind_text64(stmt_, index, value.empty() ? kEmpty : value.data(), value.size(),
                      SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Query::BindNull(int index) {
  if (stmt_ != nullptr) sqlite3_bind_null(stmt_, index);
}

StatusOr<bool> Query::Step() {
  if (stmt_ == nullptr) return status_;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status s = ErrorStatus(rc, db_->path(), "\"" + sql_.substr(0, 60) + "\"",
                         sqlite3_errmsg(db_->handle()));
  sqlite3_reset(stmt_);
  return s;
}

Status Query::Run() {
  StatusOr<bool> row = Step();
  while (row.ok() && *row) row = Step();
  return row.status();
}

void Query::Reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Query::Int(int column) const { return sqlite3_column_int64(stmt_, column); }
double Query::Real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Query::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string_view Query::Text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  const int n = sqlite3_column_bytes(stmt_, column);
  if (p == nullptr || n <= 0) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(n)};
}

}  // namespace dossier::store::internal
