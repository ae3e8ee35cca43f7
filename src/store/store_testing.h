// store_testing.h: raw SQL on a database file, for tests that must damage or inspect
// one beyond what Store offers (linked by tests only: target dossier_store_testing).
#ifndef DOSSIER_SRC_STORE_STORE_TESTING_H_
#define DOSSIER_SRC_STORE_STORE_TESTING_H_

#include <string>

#include "dossier/status.h"

namespace dossier::store::testing {

// Runs `sql` (any statements) on the database at `path`.
Status ExecSql(const std::string& path, const std::string& sql);
// The first column of the first row of `sql`, as text ("" when there is no row).
StatusOr<std::string> QuerySql(const std::string& path, const std::string& sql);

}  // namespace dossier::store::testing

#endif  // DOSSIER_SRC_STORE_STORE_TESTING_H_
