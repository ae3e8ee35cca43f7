// store_testing.cc: raw SQL for tests (store_testing.h).
#include "src/store/store_testing.h"

#include <sqlite3.h>

#include <memory>

#include "src/store/sqlite.h"

namespace dossier::store::testing {

Status ExecSql(const std::string& path, const std::string& sql) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<internal::Connection> db,
                           internal::Connection::Open(path, SQLITE_OPEN_READWRITE));
  return db->Exec(sql);
}

StatusOr<std::string> QuerySql(const std::string& path, const std::string& sql) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<internal::Connection> db,
                           internal::Connection::Open(path, SQLITE_OPEN_READWRITE));
  internal::Query q(db.get(), sql);
  DOSSIER_ASSIGN_OR_RETURN(bool row, q.Step());
  return row ? std::string(q.Text(0)) : std::string();
}

}  // namespace dossier::store::testing
