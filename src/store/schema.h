// schema.h: the store's schema as an ordered list of migrations (internal to src/store;
// docs/storage.md explains every table).
//
// Migration n takes a database from version n - 1 to n; version 0 is an empty file.
// Open runs the missing ones in one transaction and records each in schema_version,
// so a database is always at exactly one version. A migration is never edited once
// released: a change to the schema is a new migration.
#ifndef DOSSIER_SRC_STORE_SCHEMA_H_
#define DOSSIER_SRC_STORE_SCHEMA_H_

#include <span>

namespace dossier::store::internal {

struct Migration {
  int version;              // the version the database has after it
  const char* description;  // one line, recorded in schema_version
  const char* sql;          // statements run in order, in the migration's transaction
};

// Every migration, by version from 1 (migrations()[i].version == i + 1).
std::span<const Migration> Migrations();

}  // namespace dossier::store::internal

#endif  // DOSSIER_SRC_STORE_SCHEMA_H_
