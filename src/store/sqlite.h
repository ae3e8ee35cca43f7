// sqlite.h: a thin RAII layer over the SQLite C API, internal to src/store (the only
// code that includes sqlite3.h).
//
//   DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Connection> db, Connection::Open(path, flags));
//   DOSSIER_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
//   Query q(db.get(), "SELECT title FROM articles WHERE seq = ?");
//   q.Bind(1, int64_t{7});
//   DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
//   if (row) std::cout << q.Text(0) << "\n";
//
// Statements are prepared once per connection and cached by their SQL text; a Query
// borrows one, and resets it (releasing its read snapshot) when it goes out of scope.
// Every error names the database path and what was being done.
//
// Thread safety: a Connection and its statements are used by one thread at a time (the
// connection is opened in SQLite's multi-thread mode, SQLITE_OPEN_NOMUTEX); different
// connections to one file may be used concurrently (WAL: readers never block the writer).
#ifndef DOSSIER_SRC_STORE_SQLITE_H_
#define DOSSIER_SRC_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dossier/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dossier::store::internal {

class Connection {
 public:
  // Opens `path` with sqlite3_open_v2 `flags` (SQLITE_OPEN_NOMUTEX is added). Errors name
  // the path.
  static StatusOr<std::unique_ptr<Connection>> Open(const std::string& path, int flags);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  // The cached prepared statement for `sql`, reset and with bindings cleared; null with
  // *status set when it does not compile.
  sqlite3_stmt* Prepare(std::string_view sql, Status* status);
  // A Status for the connection's last error: "<path>: <what>: <sqlite message>", its
  // code chosen from the SQLite result code (see ErrorStatus).
  Status Error(std::string_view what) const;

  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  Connection(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}

  std::string path_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

// A Status for SQLite result code `rc`: kIoError for I/O, full disk, locks and
// corruption, kInvalidArgument for a file that is not a database, kInternal otherwise.
// The message is "<path>: <what>: <detail>".
Status ErrorStatus(int rc, std::string_view path, std::string_view what, std::string_view detail);

// One use of a cached statement. Binding indexes are 1-based, column indexes 0-based.
class Query {
 public:
  Query(Connection* db, std::string_view sql);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  // Whether the statement compiled; every other call is a no-op (Step and Run return
  // this status) when it did not.
  const Status& status() const { return status_; }

  void Bind(int index, int64_t value);
  void Bind(int index, double value);
  // The bytes are copied (SQLITE_TRANSIENT): the view may die before Step.
  void BindText(int index, std::string_view value);
  void BindNull(int index);

  // Advances: true when a row is available, false when done; an error names `what`.
  StatusOr<bool> Step();
  // Steps to the end (a statement without result rows).
  Status Run();
  // Ready for new bindings (and releases the read snapshot of a half-read SELECT).
  void Reset();

  int64_t Int(int column) const;
  double Real(int column) const;
  bool IsNull(int column) const;
  // Valid until the next Step, Reset or the Query's end.
  std::string_view Text(int column) const;

 private:
  Connection* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string sql_;
  Status status_;
};

}  // namespace dossier::store::internal

#endif  // DOSSIER_SRC_STORE_SQLITE_H_
